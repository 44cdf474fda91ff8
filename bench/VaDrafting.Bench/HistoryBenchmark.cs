using LibGit2Sharp;
using Microsoft.Extensions.Logging.Abstractions;
using VaDrafting.Storage;
using VaDrafting.Storage.Git;

namespace VaDrafting.Bench;

/// <summary>Timings of one history page: the store on a fresh instance (no cache), the store warm, and git log.</summary>
internal sealed record PageTimings(int Page, Samples Cold, Samples Warm, Samples GitLog, bool Agrees);

internal static class HistoryBenchmark
{
    public const string DocumentId = "long-history";

    /// <summary>
    /// Builds a document with <paramref name="versions"/> versions: created through the store, then the rest
    /// written straight into the object database in one repository session (fsync off) and published with
    /// one compare-and-swap of the branch. Each version changes one paragraph of a small document.
    /// </summary>
    public static async Task<TimeSpan> BuildAsync(string dataPath, int versions)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var store = new GitDocumentStore(new StorageOptions { DataPath = dataPath, Fsync = false }, TimeProvider.System, NullLogger<GitDocumentStore>.Instance);
        var document = SyntheticDocument.Generate(paragraphs: 25, seed: 5);
        var created = await store.CreateAsync(DocumentId, new Dictionary<string, byte[]> { ["document.md"] = document.ToBytes() }, CommitBenchmark.Author, "Version 1");

        var gitDirectory = Path.Combine(dataPath, DocumentId + ".git");
        using var repository = new Repository(gitDirectory);
        var first = repository.Lookup<Commit>(created.CommitId);
        var parent = first;
        var when = DateTimeOffset.UtcNow.AddSeconds(-versions);
        for (var version = 2; version <= versions; version++)
        {
            document = document.WithParagraphRewritten(version % document.Paragraphs.Count, version);
            var blob = repository.ObjectDatabase.Write<Blob>(document.ToBytes());
            var definition = TreeDefinition.From(parent.Tree).Add("document.md", blob, Mode.NonExecutableFile);
            var tree = repository.ObjectDatabase.CreateTree(definition);
            var signature = Identities.SignatureOf(CommitBenchmark.Author, when.AddSeconds(version));
            var message = MessageTrailers.Compose($"Version {version}", CommitBenchmark.Author.UserId, CommitBenchmark.Author.Organisation);
            parent = repository.ObjectDatabase.CreateCommit(signature, signature, message, tree, [parent], prettifyMessage: false);
        }
        var outcome = LibGit2Native.CompareAndSwap(
            gitDirectory, GitDocumentStore.MainBranch, parent.Id, first.Id, "bench: build history", CommitBenchmark.Author.Name,
            Identities.EmailOf(CommitBenchmark.Author.UserId));
        if (outcome != RefUpdateOutcome.Updated) throw new InvalidOperationException($"Could not publish the built history: {outcome}");
        return clock.Elapsed;
    }

    public static PageTimings MeasurePage(string dataPath, int page, BenchSettings settings, Budget budget)
    {
        var pageSize = settings.HistoryPageSize;
        var gitDirectory = Path.Combine(dataPath, DocumentId + ".git");
        var cold = new Samples("store, fresh instance");
        var warm = new Samples("store, warm cache");
        var gitLog = new Samples("git log");
        HistoryPage? lastPage = null;

        for (var i = 0; i < settings.ColdRepeats && (i == 0 || !budget.Exhausted); i++)
        {
            var fresh = NewStore(dataPath);
            cold.Add(Timing.Measure(() => fresh.History(DocumentId, page, pageSize), out lastPage));
        }

        var store = NewStore(dataPath);
        store.History(DocumentId, page, pageSize);
        for (var i = 0; i < settings.WarmRepeats && (i == 0 || !budget.Exhausted); i++)
        {
            warm.Add(Timing.Measure(() => store.History(DocumentId, page, pageSize), out lastPage));
        }

        string gitOutput = "";
        var skip = ((page - 1) * pageSize).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < settings.ColdRepeats && (i == 0 || !budget.Exhausted); i++)
        {
            gitLog.Add(Timing.Measure(
                () => GitProcess.Run(gitDirectory, null, null, "log", "--first-parent", $"--skip={skip}", "-n", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format=%H"),
                out gitOutput));
        }

        var fromGit = gitOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var agrees = lastPage is not null && lastPage.Items.Select(v => v.CommitId).SequenceEqual(fromGit);
        return new PageTimings(page, cold, warm, gitLog, agrees);
    }

    private static GitDocumentStore NewStore(string dataPath) =>
        new(new StorageOptions { DataPath = dataPath, Fsync = false }, TimeProvider.System, NullLogger<GitDocumentStore>.Instance);
}
