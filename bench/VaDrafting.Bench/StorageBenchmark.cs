using System.Diagnostics;
using System.Runtime.InteropServices;
using LibGit2Sharp;
using static System.FormattableString;

namespace VaDrafting.Bench;

/// <summary>
/// <c>storage</c>: the commit latency of a one-paragraph change to a ~240 KB document (store with fsync on
/// and off, beside the git command line with <c>core.fsync=all</c>) and the history paging at 10,000 versions.
/// Every part has a time budget; temporary folders are removed at the end.
/// </summary>
internal static class StorageBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = args.Contains("--quick") ? BenchSettings.Quick : BenchSettings.Full;
        var root = Directory.CreateTempSubdirectory("va-bench-").FullName;
        var clock = Stopwatch.StartNew();
        try
        {
            var document = SyntheticDocument.Generate(settings.Paragraphs, seed: 42);
            PrintHeader(document);
            PrintLoad("load before");
            var storeOn = await RunStoreCommitsAsync(root, document, settings);
            RunGitCliCommits(root, document, settings, storeOn);
            await RunHistoryAsync(root, settings);
            PrintLoad("\nload after");
            Console.WriteLine(Invariant($"finished in {clock.Elapsed.TotalSeconds:F0} s"));
            return 0;
        }
        finally
        {
            DeleteFolder(root);
        }
    }

    private static void PrintHeader(SyntheticDocument document)
    {
        Console.WriteLine(Invariant($"VA Drafting storage benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        Console.WriteLine(Invariant($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
        Console.WriteLine(Invariant($"LibGit2Sharp {GlobalSettings.Version.InformationalVersion}, {GitProcess.Version()}"));
        Console.WriteLine(Invariant($"document.md: {document.Paragraphs.Count} paragraphs, {document.ToBytes().Length:N0} bytes"));
    }

    /// <summary>Other work on the machine skews every figure: print the load average beside them.</summary>
    private static void PrintLoad(string label)
    {
        const string loadFile = "/proc/loadavg";
        if (File.Exists(loadFile)) Console.WriteLine($"{label}: load average {string.Join(' ', File.ReadAllText(loadFile).Split(' ').Take(3))}");
    }

    private static async Task<CommitPhases> RunStoreCommitsAsync(string root, SyntheticDocument document, BenchSettings settings)
    {
        var memory = new MemoryProbe();
        var on = await CommitBenchmark.MeasureStoreAsync(Path.Combine(root, "store-fsync"), document, fsync: true, settings);
        var off = await CommitBenchmark.MeasureStoreAsync(Path.Combine(root, "store-no-fsync"), document, fsync: false, settings);

        Console.WriteLine(Invariant($"\n1. Store commit of a one-paragraph change (GitDocumentStore), {on.Total.Count} measured after {settings.WarmupCommits} warm-up"));
        Console.WriteLine("   phase           fsync on p50    p95   fsync off p50    p95   fsync cost p50");
        foreach (var (withSync, withoutSync) in on.All.Zip(off.All))
        {
            Console.WriteLine(Invariant(
                $"   {withSync.Name,-14} {withSync.P50,12:F2} {withSync.P95,6:F2} {withoutSync.P50,15:F2} {withoutSync.P95,6:F2} {withSync.P50 - withoutSync.P50,16:F2}   ms"));
        }
        var (file, folder) = CommitBenchmark.MeasureDiskSync(root);
        Console.WriteLine(Invariant(
            $"   this disk: fsync of a new 4 KB file p50 {file.P50:F2} ms (p95 {file.P95:F2}), of its folder p50 {folder.P50:F2} ms; a commit makes 12 fsync calls"));
        var (libgit2Hash, sha1, zlib) = CommitBenchmark.MeasureBlobFloor(document.ToBytes());
        Console.WriteLine(Invariant(
            $"   blob phase parts, p50: libgit2's hashing would take {libgit2Hash.P50:F2} ms (SHA-1 with collision detection); for comparison .NET SHA-1 {sha1.P50:F2} ms, .NET zlib level 1 {zlib.P50:F2} ms"));
        Console.WriteLine(Invariant($"   memory: {memory.Report()}; inside the store {on.AllocatedBytes / 1024.0 / Math.Max(1, on.Total.Count):F0} KiB per commit"));
        return on;
    }

    private static void RunGitCliCommits(string root, SyntheticDocument document, BenchSettings settings, CommitPhases store)
    {
        var memory = new MemoryProbe();
        var plumbing = GitCliCommitBenchmark.MeasurePlumbing(root, document, settings);
        var commitAll = GitCliCommitBenchmark.MeasureCommitAll(root, document, settings);

        Console.WriteLine(Invariant($"\n2. git command line, same change, core.fsync=all, {plumbing.Total.Count} measured"));
        Console.WriteLine("   plumbing in a bare repository, one process per step:");
        foreach (var phase in new[] { plumbing.Blobs, plumbing.Tree, plumbing.Commit, plumbing.RefUpdate, plumbing.Total })
        {
            Console.WriteLine(Invariant($"   {Label(phase.Name),-28} p50 {phase.P50,6:F2}  p95 {phase.P95,6:F2} ms"));
        }
        Console.WriteLine(Invariant($"   {"git commit -a (work tree)",-28} p50 {commitAll.P50,6:F2}  p95 {commitAll.P95,6:F2} ms ({commitAll.Count} measured)"));
        Console.WriteLine(Invariant($"   side by side, p50: store {store.Total.P50:F2} ms | git plumbing {plumbing.Total.P50:F2} ms | git commit -a {commitAll.P50:F2} ms"));
        Console.WriteLine($"   memory: {memory.Report()}");
    }

    private static string Label(string phase) => phase switch
    {
        "blob" => "hash-object -w",
        "tree" => "mktree",
        "commit" => "commit-tree",
        "ref update" => "update-ref (old value checked)",
        _ => "total",
    };

    private static async Task RunHistoryAsync(string root, BenchSettings settings)
    {
        var memory = new MemoryProbe();
        var dataPath = Path.Combine(root, "history");
        var built = await HistoryBenchmark.BuildAsync(dataPath, settings.HistoryVersions);
        var lastPage = (settings.HistoryVersions + settings.HistoryPageSize - 1) / settings.HistoryPageSize;
        int[] pages = [1, Math.Min(100, lastPage), lastPage];

        Console.WriteLine(Invariant(
            $"\n3. History at {settings.HistoryVersions:N0} versions, page size {settings.HistoryPageSize} (built in {built.TotalSeconds:F1} s, loose objects)"));
        var loose = new Budget(settings.HistoryBudget);
        PrintPages(pages.Select(page => HistoryBenchmark.MeasurePage(dataPath, page, settings, loose)));

        // What a maintenance "git gc" would change; no delta search, so it stays within the time limit.
        var gitDirectory = Path.Combine(dataPath, HistoryBenchmark.DocumentId + ".git");
        try
        {
            var gc = Timing.Measure(() => GitProcess.Run(gitDirectory, null, null, "-c", "pack.window=0", "gc", "--quiet"));
            Console.WriteLine(Invariant($"   after git gc ({gc.TotalSeconds:F1} s; pack, packed refs, commit-graph):"));
            var packed = new Budget(settings.HistoryBudget / 2);
            PrintPages(pages.Select(page => HistoryBenchmark.MeasurePage(dataPath, page, settings, packed)));
        }
        catch (TimeoutException error)
        {
            Console.WriteLine($"   packed comparison skipped: {error.Message}");
        }
        Console.WriteLine($"   memory: {memory.Report()}");
    }

    private static void PrintPages(IEnumerable<PageTimings> pages)
    {
        Console.WriteLine("   page   store fresh p50   store warm p50   git log p50   same ids");
        foreach (var page in pages)
        {
            Console.WriteLine(Invariant(
                $"   {page.Page,4} {page.Cold.P50,14:F2} ms {page.Warm.P50,13:F2} ms {page.GitLog.P50,10:F2} ms   {(page.Agrees ? "yes" : "NO")}"));
        }
    }

    private static void DeleteFolder(string path)
    {
        if (!Directory.Exists(path)) return;
        foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }
        Directory.Delete(path, recursive: true);
    }
}
