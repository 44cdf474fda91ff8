using System.Diagnostics;
using VaDrafting.Bench.Docx;
using VaDrafting.Bench.Export;
using VaDrafting.Bench.Redline;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using VaDrafting.Docx;
using VaDrafting.Docx.Review;

// Word export benchmark on the 100-page guidance:
//  - the clean .docx (cover, contents, footer) — target < 100 ms warm;
//  - the redline .docx between two versions with 5% of the prose changed by five authors;
//  - in the same run, `pandoc -f markdown -t docx` writing the same content (the clean text, and the redline with
//    pandoc's insertion/deletion spans), as a whole process.
const int WarmUpRuns = 5;
const int Runs = 30;
const int PandocRuns = 5;
const double CleanTargetMs = 100;
const double ConsolidatedTargetMs = 300;
const int RoundComments = 1000;
const int RoundProposals = 500;
var budget = TimeSpan.FromMinutes(4);
var overall = Stopwatch.StartNew();

var document = new GuidanceGenerator(seed: 20_240_905).Generate();
var meta = new DocumentMeta("Guidance on an Integrated Approach to Victim Assistance", "CCM/MSP/2026/WP.1", ["en"]);
var options = new DocxWriteOptions("guidance-va", "0123456789abcdef0123456789abcdef01234567", Date: new DateOnly(2026, 11, 23),
    SubmittedBy: "the coordinators (Chile, Iraq)", TableOfContents: true, VersionLabel: "Second consultation draft");
var fromStamp = new RevisionStamp("commit00", "coordinator", "Coordinator", "Coordinators", new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero), "First draft");
var chain = new VersionChain(seed: 606).Make(document, 5, 0.05, rewrite: false, fromStamp);
var redline = RedlineAttribution.Attribute(RedlineBuilder.Build(chain.From, chain.To), VersionChain.Histories(chain, fromStamp), chain.ToStamp);
var threads = new RoundGenerator(seed: 77).Make(document, RoundComments, RoundProposals);
var names = new ReviewNames(RoundGenerator.OrganisationName);
var plan = ReviewCopy.Plan(document, threads, names);
var matrixRows = threads.Select((t, i) => new MatrixRow(i + 1, RoundGenerator.OrganisationName(t.SubmittedByOrganisationId) ?? "", "Section", t.Anchor.Exact,
    t.Type.ToString(), t.Opening.Text, t.Proposal?.Replacement, t.Decision?.Response, t.Decision?.Disposition.ToString())).ToList();
var pandoc = FindPandoc();
Console.WriteLine($"Document: {document.Blocks.Count} blocks, {GuidanceGenerator.CountWords(document):N0} words, {document.Footnotes.Count} footnotes; " +
    $"redline: {redline.Stats.Changed} changed, {redline.Stats.Inserted} inserted, {redline.Stats.Deleted} deleted, {redline.Stats.Moved} moved blocks; " +
    $"round: {threads.Count} comments, {threads.Count(t => t.Proposal is not null)} proposed changes ({plan.Notes.Count(n => n.Contains("overlaps", StringComparison.Ordinal))} overlapping, quoted instead of tracked), {plan.Comments.Count} Word comments with replies and decisions. " +
    $"Machine: {Environment.ProcessorCount} cores, load {Measure.LoadAverage()}; pandoc {(pandoc is null ? "not installed" : PandocVersion(pandoc))}.");

var work = Directory.CreateTempSubdirectory("va-bench-export-");
var missed = 0;
try
{
    missed += Bench("Clean .docx (DocxWriter)", () => Clean(document), CleanTargetMs,
        pandoc, PandocMarkdown.Of(document, meta.Title), work.FullName);
    missed += Bench("Redline .docx, 5% changed (DocxRedlineWriter)", () => Redlined(redline), null,
        pandoc, PandocMarkdown.Of(redline, meta.Title), work.FullName);
    missed += Bench($"Consolidated review copy, {RoundComments} comments and {RoundProposals} proposals (ReviewCopy.Write)", () => Consolidated(), ConsolidatedTargetMs,
        pandoc, PandocMarkdown.Of(plan.Redline, meta.Title, plan.Comments), work.FullName);
    missed += Bench("Comment matrix .docx", () => Matrix(rows => { using var o = new MemoryStream(); CommentMatrixExport.WriteDocx("Comment matrix", rows, meta, o, options); return o.ToArray(); }), null, null, "", work.FullName);
    missed += Bench("Comment matrix .xlsx", () => Matrix(rows => { using var o = new MemoryStream(); CommentMatrixExport.WriteXlsx("Comment matrix", rows, o); return o.ToArray(); }), null, null, "", work.FullName);
    missed += Bench("Comment matrix .csv", () => Matrix(rows => { using var o = new MemoryStream(); CommentMatrixExport.WriteCsv(rows, o); return o.ToArray(); }), null, null, "", work.FullName);
}
finally
{
    work.Delete(recursive: true);
}

using (var process = Process.GetCurrentProcess())
    Console.WriteLine($"\nPeak working set {process.PeakWorkingSet64 / (1024.0 * 1024):F0} MB; run took {overall.Elapsed.TotalSeconds:F0} s; temporary folder removed.");
Console.WriteLine(missed == 0 ? "Every figure with a target is within it." : $"{missed} figure(s) over target.");
return missed == 0 ? 0 : 1;

byte[] Clean(DraftDocument text)
{
    using var output = new MemoryStream();
    DocxWriter.Write(text, meta, output, options);
    return output.ToArray();
}

byte[] Redlined(VaDrafting.Core.Redlines.Redline changes)
{
    using var output = new MemoryStream();
    DocxRedlineWriter.Write(changes, meta, output, options with { TableOfContents = false }, chain.ToStamp);
    return output.ToArray();
}

byte[] Consolidated()
{
    using var output = new MemoryStream();
    ReviewCopy.Write(document, threads, names, meta, output, options);
    return output.ToArray();
}

byte[] Matrix(Func<IReadOnlyList<MatrixRow>, byte[]> write) => write(matrixRows);

int Bench(string name, Func<byte[]> export, double? targetMs, string? pandocPath, string markdown, string folder)
{
    if (overall.Elapsed > budget) throw new TimeoutException($"The benchmark went over its budget of {budget.TotalMinutes} minutes.");
    var coldWatch = Stopwatch.StartNew();
    var bytes = export();
    var cold = coldWatch.Elapsed.TotalMilliseconds;
    for (var i = 0; i < WarmUpRuns; i++) export();
    var warm = Measure.Repeatedly(Runs, export);
    var retained = Measure.Retained(() => export());
    var peak = PeakMemory.Of(() => export());
    var within = targetMs is null || warm.P50 < targetMs;
    Console.WriteLine();
    Console.WriteLine($"== {name}: {bytes.Length / 1024.0:F0} KB file");
    Console.WriteLine($"   cold (first call, with JIT) {cold:F1} ms; warm p50 {warm.P50:F1} ms (min {warm.Min:F1}, max {warm.Max:F1}, CPU p50 {warm.CpuP50:F1}), " +
        $"{warm.AllocatedPerRun / (1024.0 * 1024):F1} MB allocated per run, peak managed memory {peak / (1024.0 * 1024):F1} MB, result keeps {retained / 1024.0:F0} KB" +
        (targetMs is null ? "" : $"; target < {targetMs} ms: {(within ? "met" : "MISSED")}"));
    if (pandocPath is not null)
    {
        var input = Path.Combine(folder, "input.md");
        var output = Path.Combine(folder, "pandoc.docx");
        File.WriteAllText(input, markdown);
        var times = new List<double>();
        for (var i = 0; i < PandocRuns; i++)
        {
            var watch = Stopwatch.StartNew();
            RunPandoc(pandocPath, ["-f", "markdown", "-t", "docx", "-o", output, input]);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"   pandoc -f markdown -t docx on the same content (process): p50 {Measure.Percentile(times, 50):F0} ms, min {times.Min():F0} ms " +
            $"({PandocRuns} runs, {new FileInfo(output).Length / 1024.0:F0} KB file)");
    }
    return within ? 0 : 1;
}

static string? FindPandoc() =>
    (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, "pandoc")).FirstOrDefault(File.Exists);

static string PandocVersion(string pandoc) => RunPandoc(pandoc, ["--version"]).Split('\n', 2)[0].Replace("pandoc", "", StringComparison.Ordinal).Trim();

static string RunPandoc(string pandoc, IEnumerable<string> arguments)
{
    var start = new ProcessStartInfo(pandoc) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var argument in arguments) start.ArgumentList.Add(argument);
    using var process = Process.Start(start) ?? throw new InvalidOperationException("pandoc did not start.");
    var output = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEndAsync();
    if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
    {
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("pandoc did not finish within a minute.");
    }
    if (process.ExitCode != 0) throw new InvalidOperationException($"pandoc failed ({process.ExitCode}): {error.Result}");
    return output.Result;
}
