using System.Diagnostics;
using VaDrafting.Bench.Docx;
using VaDrafting.Bench.Redline;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;

// Redline benchmark: the 100-page guidance and a chain of five versions by five authors, then
//  - the redline between the first and the last version (warm p50), without and with attribution;
//  - the same with every prose block edited, and with every prose block rewritten;
//  - bytes allocated per redline and managed memory the redline keeps;
//  - beside it, `git diff --no-index --word-diff` on the same two document.md files, as a whole process.
const int Authors = 5;
const int WarmUpRuns = 10;
const int GitWarmUpRuns = 2;
const int GitRuns = 15;
const double BuildTargetMs = 6;
const double AttributedTargetMs = 20;
const double RewrittenTargetMs = 200;
var budget = TimeSpan.FromMinutes(3);
var overall = Stopwatch.StartNew();

var document = new GuidanceGenerator(seed: 20_240_905).Generate();
var fromStamp = new RevisionStamp("commit00", "coordinator", "Coordinator", "Coordinators", new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero), "Circulate the first draft");
Console.WriteLine($"Document: {document.Blocks.Count} blocks, {GuidanceGenerator.CountWords(document):N0} words, {document.Footnotes.Count} footnotes. " +
    $"Machine: {Environment.ProcessorCount} cores, load {Measure.LoadAverage()}, {GitWordDiff.Version()}.");

var chains = new VersionChain(seed: 606);
var scenarios = new (string Name, VersionChain.Chain Chain, int Runs, double TargetMs, double AttributedTargetMs, bool ThroughRepository)[]
{
    ("5% of prose blocks edited", chains.Make(document, Authors, 0.05, rewrite: false, fromStamp), 200, BuildTargetMs, AttributedTargetMs, true),
    ("100% of prose blocks edited", chains.Make(document, Authors, 1.0, rewrite: false, fromStamp), 30, RewrittenTargetMs, RewrittenTargetMs, true),
    ("100% of prose blocks rewritten", chains.Make(document, Authors, 1.0, rewrite: true, fromStamp), 30, RewrittenTargetMs, RewrittenTargetMs, false),
};

var work = Directory.CreateTempSubdirectory("va-bench-redline-");
var missed = 0;
try
{
    foreach (var (name, chain, runs, target, attributedTarget, throughRepository) in scenarios)
    {
        if (overall.Elapsed > budget) throw new TimeoutException($"The benchmark went over its budget of {budget.TotalMinutes} minutes.");
        var histories = VersionChain.Histories(chain, fromStamp);
        var redline = RedlineBuilder.Build(chain.From, chain.To);
        var attributed = RedlineAttribution.Attribute(redline, histories, chain.ToStamp);
        var exact = RedlineApplier.Accept(attributed).Equals(chain.To) && RedlineApplier.Reject(attributed).Equals(chain.From);
        var segments = attributed.Blocks.SelectMany(b => b.Segments.Concat(b.Rows?.SelectMany(r => r.Cells).SelectMany(c => c) ?? [])).ToList();
        var changedSegments = segments.Where(s => s.Kind != SegmentKind.Equal).ToList();
        var stats = redline.Stats;

        Console.WriteLine();
        Console.WriteLine($"== {name}: {chain.EditedBlocks} blocks edited over {Authors} versions ({chain.WordEdits} word edits), histories of {histories.Count} blocks");
        Console.WriteLine($"   redline: {stats.Changed} changed, {stats.Inserted} inserted, {stats.Deleted} deleted, {stats.Moved} moved, " +
            $"{redline.Blocks.Count(b => b.Capped)} capped; {changedSegments.Count} change segments, " +
            $"{changedSegments.Select(s => s.By?.CommitId).Distinct().Count()} authors named; accept/reject exact: {(exact ? "yes" : "NO")}");

        for (var i = 0; i < WarmUpRuns; i++) RedlineAttribution.Attribute(RedlineBuilder.Build(chain.From, chain.To), histories, chain.ToStamp);
        var build = Measure.Repeatedly(runs, () => RedlineBuilder.Build(chain.From, chain.To));
        var both = Measure.Repeatedly(runs, () => RedlineAttribution.Attribute(RedlineBuilder.Build(chain.From, chain.To), histories, chain.ToStamp));
        var retained = Measure.Retained(() => RedlineAttribution.Attribute(RedlineBuilder.Build(chain.From, chain.To), histories, chain.ToStamp));
        missed += Report("Build", build, target);
        missed += Report("Build + Attribute", both, attributedTarget);
        Console.WriteLine($"   the attributed redline keeps {retained / 1024.0:F0} KB of managed memory");
        if (throughRepository) missed += await TimeThroughRepository(chain, runs, attributedTarget);

        var oldFile = Path.Combine(work.FullName, "old", "document.md");
        var newFile = Path.Combine(work.FullName, "new", "document.md");
        Directory.CreateDirectory(Path.GetDirectoryName(oldFile)!);
        Directory.CreateDirectory(Path.GetDirectoryName(newFile)!);
        File.WriteAllText(oldFile, DocumentMarkdown.Write(chain.From));
        File.WriteAllText(newFile, DocumentMarkdown.Write(chain.To));
        for (var i = 0; i < GitWarmUpRuns; i++) GitWordDiff.Run(oldFile, newFile);
        var times = new List<double>();
        var outputLength = 0;
        for (var i = 0; i < GitRuns; i++)
        {
            var watch = Stopwatch.StartNew();
            outputLength = GitWordDiff.Run(oldFile, newFile);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"   git diff --no-index --word-diff (process): p50 {Measure.Percentile(times, 50):F1} ms, min {times.Min():F1} ms " +
            $"({GitRuns} runs, {outputLength / 1024.0:F0} KB of output)");
    }
}
finally
{
    work.Delete(recursive: true);
}

using (var process = Process.GetCurrentProcess())
    Console.WriteLine($"\nPeak working set {process.PeakWorkingSet64 / (1024.0 * 1024):F0} MB; run took {overall.Elapsed.TotalSeconds:F0} s; temporary folder removed.");
Console.WriteLine(missed == 0 ? "Every figure is within its target." : $"{missed} figure(s) over target.");
return missed == 0 ? 0 : 1;

// What a request costs on the server: the versions in a real Git repository, attribution read through the block history index.
static async Task<int> TimeThroughRepository(VersionChain.Chain chain, int runs, double targetMs)
{
    using var repository = await RepositoryScenario.WriteAsync(chain);
    var index = repository.NewIndex();
    var cold = repository.TimeColdIndex(index, RedlineBuilder.Build(chain.From, chain.To));
    var firstWatch = Stopwatch.StartNew();
    var first = repository.RedlineWithAttribution(index);
    var firstRequest = firstWatch.Elapsed;
    var exact = RedlineApplier.Accept(first.Redline).Equals(chain.To) && RedlineApplier.Reject(first.Redline).Equals(chain.From);
    var authors = first.Redline.Blocks.SelectMany(b => b.Segments).Where(s => s.Kind != SegmentKind.Equal)
        .Select(s => s.By?.AuthorId).Distinct().Count();
    Console.WriteLine($"   real repository: {repository.Commits} commits; block history index built cold in {cold.TotalMilliseconds:F1} ms " +
        $"(once per document after a start), then the first redline + attribution in {firstRequest.TotalMilliseconds:F1} ms; " +
        $"{authors} authors named; accept/reject exact: {(exact ? "yes" : "NO")}");
    for (var i = 0; i < WarmUpRuns; i++) repository.RedlineWithAttribution(index);
    var warm = Measure.Repeatedly(runs, () => repository.RedlineWithAttribution(index));
    return Report("Build + Attribute through the index (a warm request)", warm, targetMs) + (exact ? 0 : 1);
}

static int Report(string what, Timings timings, double targetMs)
{
    var within = timings.P50 < targetMs;
    Console.WriteLine($"   {what}: p50 {timings.P50:F2} ms (min {timings.Min:F2}, max {timings.Max:F2}, CPU p50 {timings.CpuP50:F2}), " +
        $"{timings.AllocatedPerRun / 1024.0:F0} KB allocated per run; target < {targetMs} ms: {(within ? "met" : "MISSED")}");
    return within ? 0 : 1;
}
