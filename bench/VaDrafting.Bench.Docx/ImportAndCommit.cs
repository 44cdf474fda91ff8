using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Serialization;
using VaDrafting.Docx;
using VaDrafting.Storage;

namespace VaDrafting.Bench.Docx;

/// <summary>
/// What the server does for "upload a new version": import the .docx, write document.md, commit it durably
/// (fsync on) to the document's repository. Alternates between two files that differ in one paragraph so every
/// run makes a real change.
/// </summary>
internal static class ImportAndCommit
{
    private static readonly CommitAuthor Coordinator = new("ana-moreno", "Ana Moreno", "Panama");

    public static async Task<Timings> RunAsync(string dataPath, byte[] original, byte[] revised, int runs)
    {
        var store = new GitDocumentStore(new StorageOptions { DataPath = dataPath, Fsync = true }, TimeProvider.System, NullLogger<GitDocumentStore>.Instance);
        var first = DocxImporter.Import(new MemoryStream(original), DocxLimits.Default);
        await store.CreateAsync("bench-guidance", new Dictionary<string, byte[]>
        {
            [DocumentJson.DocumentPath] = Encoding.UTF8.GetBytes(DocumentMarkdown.Write(first.Document)),
        }, Coordinator, "Import the benchmark guidance");

        for (var i = 0; i < 10; i++) await CommitVersionAsync(store, i % 2 == 0 ? revised : original);
        var run = 0;
        return Measure.Repeatedly(runs, () => CommitVersionAsync(store, run++ % 2 == 0 ? revised : original).GetAwaiter().GetResult());
    }

    private static async Task<VersionInfo> CommitVersionAsync(GitDocumentStore store, byte[] docx)
    {
        var imported = DocxImporter.Import(new MemoryStream(docx), DocxLimits.Default);
        var changes = new Dictionary<string, byte[]?>
        {
            [DocumentJson.DocumentPath] = Encoding.UTF8.GetBytes(DocumentMarkdown.Write(imported.Document)),
        };
        return await store.CommitAsync("bench-guidance", null, changes, Coordinator, "Import a new version");
    }

    /// <summary>The same document with the first paragraph's text replaced.</summary>
    public static DraftDocument WithOneParagraphChanged(DraftDocument document)
    {
        var index = document.Blocks.ToList().FindIndex(b => b is ParagraphBlock);
        var blocks = document.Blocks.ToList();
        blocks[index] = new ParagraphBlock(blocks[index].Id, InlineContent.FromText("This paragraph was revised after the first round of consultation."));
        return document with { Blocks = blocks };
    }
}
