using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using VaDrafting.Storage;

namespace VaDrafting.Bench;

/// <summary>
/// A writer meant to be killed: commits to one document in a loop with fsync on and prints
/// <c>acked &lt;commit id&gt;</c> only after each write returned, so whoever kills it knows which
/// commits the store acknowledged.
/// </summary>
internal static class CrashWriter
{
    private static readonly CommitAuthor Writer = new("crash-writer", "Crash Writer", "Test Harness");

    public static async Task<int> RunAsync(string dataPath, string documentId, string[] rest)
    {
        var maxCommits = rest is [var limit, ..] ? int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
        var store = new GitDocumentStore(new StorageOptions { DataPath = dataPath, Fsync = true }, TimeProvider.System, NullLogger<GitDocumentStore>.Instance);
        var document = SyntheticDocument.Generate(paragraphs: 80, seed: 7);
        if (!store.Exists(documentId))
        {
            var created = await store.CreateAsync(documentId, new Dictionary<string, byte[]> { ["document.md"] = document.ToBytes() }, Writer, "Start of the crash run");
            Console.WriteLine($"acked {created.CommitId}");
        }
        for (var i = 0; i < maxCommits; i++)
        {
            document = document.WithParagraphRewritten(i % document.Paragraphs.Count, i);
            var changes = new Dictionary<string, byte[]?>
            {
                ["document.md"] = document.ToBytes(),
                [$"threads/t{i}.json"] = Encoding.UTF8.GetBytes($$"""{"n":{{i}}}"""),
            };
            var version = await store.CommitAsync(documentId, null, changes, Writer, $"Crash run write {i}");
            Console.WriteLine($"acked {version.CommitId}");
        }
        return 0;
    }
}
