using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using VaDrafting.Bench.Consultation;
using VaDrafting.Bench.Docx;
using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Serialization;
using VaDrafting.Storage;

// Consultation round benchmark: the 100-page guidance with 1,000 comment threads stored as the server stores them
// (document.md, rounds/{id}.json, threads/{id}.json in one bare repository), then
//  - "load the document with all threads" from HEAD (warm p50), beside the git CLI reading the same thread files;
//  - "re-anchor all threads" against a revised version (warm p50), with the count per anchor status.
const int ThreadCount = 1_000;
const int WarmUpRuns = 5;
const int Runs = 20;
const int GitRuns = 10;
const int StoreReadFileRuns = 3;
const double TargetMs = 200;
const string DocumentId = "bench-guidance";
const string RoundId = "round1";
var overall = Stopwatch.StartNew();

var document = new GuidanceGenerator(seed: 20_240_905).Generate();
var round = Round.Create(RoundId, "First consultation on the revised guidance", "v1", new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero),
    new DateTimeOffset(2026, 10, 15, 17, 0, 0, TimeSpan.Zero), "Europe/Zurich", ["Chad", "Colombia", "Iraq", "Lao PDR", "Lebanon"],
    RoundVisibility.Open, directSubmission: false, []);
var threads = new ThreadGenerator(seed: 4_711, document, RoundId).Generate(ThreadCount);
Console.WriteLine($"Document: {document.Blocks.Count} blocks, {GuidanceGenerator.CountWords(document):N0} words. " +
    $"Threads: {threads.Count:N0}, {threads.Count(t => t.Proposal is not null)} with a proposed change, " +
    $"{threads.Count(t => t.Replies.Count > 0)} with replies ({threads.Sum(t => t.Replies.Count)} replies), " +
    $"{threads.Count(t => t.Decision is not null)} decided, {threads.Select(t => t.Anchor.BlockId).Distinct().Count()} blocks commented.");

var work = Directory.CreateTempSubdirectory("va-bench-consultation-");
try
{
    // Building the repository needs no durability; libgit2's switch is process-wide.
    var store = new GitDocumentStore(new StorageOptions { DataPath = work.FullName, Fsync = false }, TimeProvider.System, NullLogger<GitDocumentStore>.Instance);
    var files = new Dictionary<string, byte[]>
    {
        [DocumentJson.DocumentPath] = Encoding.UTF8.GetBytes(DocumentMarkdown.Write(document)),
        [$"rounds/{RoundId}.json"] = ConsultationJson.Serialize(round),
    };
    foreach (var thread in threads) files[$"{ThreadLoader.ThreadsFolder}/{thread.Id}.json"] = ConsultationJson.Serialize(thread);
    var build = Stopwatch.StartNew();
    await store.CreateAsync(DocumentId, files, new CommitAuthor("ana-moreno", "Ana Moreno", "Panama"), "Open the first consultation round");
    build.Stop();
    var gitDirectory = Path.Combine(work.FullName, DocumentId + ".git");
    var threadBytes = files.Where(f => f.Key.StartsWith(ThreadLoader.ThreadsFolder + "/", StringComparison.Ordinal)).Sum(f => (long)f.Value.Length);
    Console.WriteLine($"Stored {files.Count:N0} files in one commit in {build.Elapsed.TotalMilliseconds:F0} ms: document.md " +
        $"{files[DocumentJson.DocumentPath].Length / 1024.0:F0} KB, threads {threadBytes / 1024.0:F0} KB " +
        $"({threadBytes / threads.Count:N0} bytes per thread file).");

    var loaded = ThreadLoader.Load(gitDirectory, RoundId);
    var sameThreads = loaded.Threads.Count == threads.Count
        && loaded.Threads.OrderBy(t => t.Id, StringComparer.Ordinal).SequenceEqual(threads.OrderBy(t => t.Id, StringComparer.Ordinal));
    Console.WriteLine(loaded.Document.Equals(document) && loaded.Round.Equals(round) && sameThreads
        ? "Loading gives back the stored document, round and threads exactly."
        : "WARNING: the loaded document, round or threads differ from the stored ones.");

    var loose = MeasureReads(gitDirectory);
    var markdown = Encoding.UTF8.GetString(files[DocumentJson.DocumentPath]);
    var parseOnly = Measure.Repeatedly(Runs, () => DocumentMarkdown.Parse(markdown));
    var threadFiles = threads.Select(t => files[$"{ThreadLoader.ThreadsFolder}/{t.Id}.json"]).ToList();
    var deserializeOnly = Measure.Repeatedly(Runs, () => threadFiles.Select(bytes => ConsultationJson.DeserializeThread(bytes)).Count());
    var viaStore = Measure.Repeatedly(StoreReadFileRuns, () => threads.Sum(t => store.ReadFile(DocumentId, "HEAD", $"{ThreadLoader.ThreadsFolder}/{t.Id}.json")!.Length));
    var retained = Measure.Retained(() => ThreadLoader.Load(gitDirectory, RoundId));
    GitCliReader.Repack(gitDirectory);
    var packed = MeasureReads(gitDirectory);
    var load = loose.Load;

    var revision = new VersionEditor(seed: 1_234).Revise(document, threads.Select(t => t.Anchor).ToList());
    DocumentMarkdown.Write(revision.Document);
    Console.WriteLine($"New version: {revision.EditedBlocks} blocks edited with {revision.Edits} word insertions or deletions " +
        $"({revision.EditsInsideQuotes} inside a commented passage), {revision.DeletedBlocks} blocks deleted, {revision.MovedBlocks} moved.");

    var onDeletedBlocks = threads.Where(t => revision.Document.Blocks.All(b => b.Id != t.Anchor.BlockId)).ToList();
    IReadOnlyList<CommentThread> Reanchor() => threads.Select(t => t.Reanchored(AnchorResolver.Resolve(t.Anchor, revision.Document))).ToList();
    var reanchored = Reanchor();
    for (var i = 1; i < WarmUpRuns; i++) Reanchor();
    var reanchor = Measure.Repeatedly(Runs, Reanchor);
    // Resolve recomputes the anchor text of every block on each call: this is that part alone, once per thread.
    var blockTexts = Measure.Repeatedly(Runs, () =>
    {
        var total = 0;
        for (var i = 0; i < threads.Count; i++) total += revision.Document.Blocks.Select(AnchorText.Of).Sum(text => text.Length);
        return total;
    });
    var slowest = threads
        .Select(t => (Thread: t, Ms: TimeOne(() => AnchorResolver.Resolve(t.Anchor, revision.Document))))
        .OrderByDescending(x => x.Ms).Take(5).ToList();

    Console.WriteLine();
    Console.WriteLine($"Load the document with all threads (LibGit2Sharp on HEAD: open, document.md parsed, round, {ThreadCount:N0} thread blobs deserialised), " +
        $"warm, {Runs} runs: p50 {load.P50:F1} ms (min {load.Min:F1}, max {load.Max:F1}; CPU time p50 {load.CpuP50:F1} ms), " +
        $"allocated {load.AllocatedPerRun / 1048576.0:F1} MB per load; the loaded model holds {retained / 1048576.0:F1} MB");
    Console.WriteLine($"  of which reading the blobs only (LibGit2Sharp): p50 {loose.BytesOnly.P50:F1} ms, allocated {loose.BytesOnly.AllocatedPerRun / 1048576.0:F1} MB");
    Console.WriteLine($"  of which DocumentMarkdown.Parse: p50 {parseOnly.P50:F1} ms, allocated {parseOnly.AllocatedPerRun / 1048576.0:F1} MB");
    Console.WriteLine($"  of which {ThreadCount:N0} × ConsultationJson.DeserializeThread: p50 {deserializeOnly.P50:F1} ms, allocated {deserializeOnly.AllocatedPerRun / 1048576.0:F1} MB");
    Console.WriteLine($"  for comparison, {ThreadCount:N0} × IDocumentStore.ReadFile (one repository open per file), {StoreReadFileRuns} runs: p50 {viaStore.P50:F0} ms");
    Console.WriteLine($"Re-anchor all {ThreadCount:N0} threads (AnchorResolver.Resolve + CommentThread.Reanchored), warm, {Runs} runs: p50 {reanchor.P50:F1} ms " +
        $"(min {reanchor.Min:F1}, max {reanchor.Max:F1}; CPU time p50 {reanchor.CpuP50:F1} ms), allocated {reanchor.AllocatedPerRun / 1048576.0:F1} MB");
    Console.WriteLine($"  of which AnchorText.Of for every block, once per thread: p50 {blockTexts.P50:F1} ms, allocated {blockTexts.AllocatedPerRun / 1048576.0:F1} MB");
    Console.WriteLine($"  {onDeletedBlocks.Count} threads were on deleted blocks: " + string.Join(", ", onDeletedBlocks.Select(t =>
        $"{t.Id} → {reanchored.First(r => r.Id == t.Id).AnchorStatus}")));
    Console.WriteLine("  anchor status: " + string.Join(", ", Enum.GetValues<AnchorStatus>().Select(s => $"{s} {reanchored.Count(t => t.AnchorStatus == s)}")));
    Console.WriteLine("  slowest single resolutions: " + string.Join("; ", slowest.Select(x =>
        string.Create(CultureInfo.InvariantCulture, $"{x.Thread.Id} {x.Ms:F2} ms → {reanchored.First(t => t.Id == x.Thread.Id).AnchorStatus} (quote {x.Thread.Anchor.Exact.Length} chars)"))));
    Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average {Measure.LoadAverage()}; process peak working set " +
        $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");

    Console.WriteLine();
    Console.WriteLine($"| reading the {ThreadCount:N0} thread files of HEAD | p50 | runs |");
    Console.WriteLine("|---|---:|---:|");
    foreach (var (objects, reads) in new[] { ("loose objects, as committed", loose), ("after git repack -a -d", packed) })
    {
        Console.WriteLine($"| {objects}: LibGit2Sharp, bytes only (+ document.md and round) | {reads.BytesOnly.P50:F1} ms | {Runs} |");
        Console.WriteLine($"| {objects}: LibGit2Sharp + parse + deserialise (the timed load) | {reads.Load.P50:F1} ms | {Runs} |");
        Console.WriteLine($"| {objects}: {GitCliReader.Version()}, ls-tree -r ({reads.GitFiles} files) + cat-file --batch ({reads.GitBytes / 1024} KB), 2 processes | {reads.GitCliP50:F1} ms | {GitRuns} |");
    }
    Console.WriteLine($"| re-anchor all threads | {reanchor.P50:F1} ms | {Runs} |");
    Console.WriteLine($"Targets under {TargetMs:F0} ms: load {(load.P50 < TargetMs ? "met" : "NOT met")}, re-anchor {(reanchor.P50 < TargetMs ? "met" : "NOT met")}. " +
        $"Whole run {overall.Elapsed.TotalSeconds:F0} s.");
}
finally
{
    work.Delete(recursive: true);
}

static ReadTimings MeasureReads(string gitDirectory)
{
    for (var i = 0; i < WarmUpRuns; i++) ThreadLoader.Load(gitDirectory, RoundId);
    var load = Measure.Repeatedly(Runs, () => ThreadLoader.Load(gitDirectory, RoundId));
    var bytesOnly = Measure.Repeatedly(Runs, () => ThreadLoader.ReadBytesOnly(gitDirectory, RoundId));
    GitCliReader.ReadAllThreads(gitDirectory);
    var times = new List<double>();
    var (files, bytes) = (0, 0L);
    for (var i = 0; i < GitRuns; i++)
    {
        var watch = Stopwatch.StartNew();
        (files, bytes) = GitCliReader.ReadAllThreads(gitDirectory);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    return new ReadTimings(load, bytesOnly, Measure.Percentile(times, 50), files, bytes);
}

static double TimeOne(Action action)
{
    var watch = Stopwatch.StartNew();
    action();
    return watch.Elapsed.TotalMilliseconds;
}

/// <summary>Reading the round from one repository: the full load, the Git part alone, and the git CLI reading the thread files.</summary>
internal sealed record ReadTimings(Timings Load, Timings BytesOnly, double GitCliP50, int GitFiles, long GitBytes);
