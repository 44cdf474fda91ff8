using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using VaDrafting.Bench.Docx;
using VaDrafting.Core.Model;
using VaDrafting.Docx;

// Word import benchmark: a generated 100-page guidance document, written with DocxWriter, imported with
// DocxImporter (warm p50), compared with `pandoc -f docx -t markdown` on the same file.
// Warm-up lasts until the hot code has been recompiled by the tiered JIT: at least this many runs and this long.
const int WarmUpRuns = 40;
var warmUpTime = TimeSpan.FromSeconds(3);
const int ImportRuns = 20;
const int PandocRuns = 5;
var pandocTimeout = TimeSpan.FromSeconds(120);

var document = new GuidanceGenerator(seed: 20_240_905).Generate();
var meta = new DocumentMeta("Guidance on an Integrated Approach to Victim Assistance (benchmark)", "CCM/BENCH/1", ["en"]);
Console.WriteLine($"Document: {document.Blocks.Count} blocks, {GuidanceGenerator.CountWords(document):N0} words, " +
    $"{document.Blocks.OfType<TableBlock>().Count()} tables, {document.Footnotes.Count} footnotes, headings by level " +
    string.Join("/", document.Blocks.OfType<HeadingBlock>().GroupBy(h => h.Level).OrderBy(g => g.Key).Select(g => g.Count())));

var work = Directory.CreateTempSubdirectory("va-bench-docx-");
try
{
    var path = Path.Combine(work.FullName, "guidance.docx");
    var writeTime = Stopwatch.StartNew();
    using (var file = File.Create(path)) DocxWriter.Write(document, meta, file, new DocxWriteOptions("bench", "v1"));
    writeTime.Stop();
    var bytes = File.ReadAllBytes(path);
    Console.WriteLine($"Written with DocxWriter in {writeTime.Elapsed.TotalMilliseconds:F0} ms (cold): {bytes.Length / 1024.0:F0} KB .docx");

    if (Environment.GetEnvironmentVariable("VA_BENCH_KEEP") is { } keep) File.Copy(path, keep, overwrite: true);
    var imported = DocxImporter.Import(new MemoryStream(bytes), DocxLimits.Default);
    Console.WriteLine(imported.Document.Equals(document)
        ? "Import gives back the written document exactly (blocks, ids, footnotes)."
        : "WARNING: the imported document differs from the written one.");

    var warmUp = Stopwatch.StartNew();
    for (var i = 0; i < WarmUpRuns || warmUp.Elapsed < warmUpTime; i++) DocxImporter.Import(new MemoryStream(bytes), DocxLimits.Default);
    var import = Measure.Repeatedly(ImportRuns, () => DocxImporter.Import(new MemoryStream(bytes), DocxLimits.Default));
    var guard = Measure.Repeatedly(ImportRuns, () => DocxPackageGuard.Check(new MemoryStream(bytes), DocxLimits.Default));
    var dom = Measure.Repeatedly(ImportRuns, () =>
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return word.MainDocumentPart!.Document!.Body!.ChildElements.Count;
    });
    var write = Measure.Repeatedly(ImportRuns, () =>
    {
        using var output = new MemoryStream();
        DocxWriter.Write(document, meta, output, new DocxWriteOptions("bench", "v1"));
        return output.Length;
    });
    byte[] revisedBytes;
    using (var revisedFile = new MemoryStream())
    {
        DocxWriter.Write(ImportAndCommit.WithOneParagraphChanged(document), meta, revisedFile, new DocxWriteOptions("bench", "v2"));
        revisedBytes = revisedFile.ToArray();
    }
    var importAndCommit = await ImportAndCommit.RunAsync(Path.Combine(work.FullName, "data"), bytes, revisedBytes, ImportRuns);
    var modelSize = Measure.Retained(() => DocxImporter.Import(new MemoryStream(bytes), DocxLimits.Default));
    var domSize = Measure.Retained(() =>
    {
        var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        GC.KeepAlive(word.MainDocumentPart!.Document);
        return word;
    });

    Console.WriteLine();
    Console.WriteLine($"DocxImporter.Import, warm, {ImportRuns} runs: p50 {import.P50:F1} ms (min {import.Min:F1}, max {import.Max:F1}; " +
        $"CPU time p50 {import.CpuP50:F1} ms), allocated {import.AllocatedPerRun / 1048576.0:F1} MB per import");
    Console.WriteLine($"  of which DocxPackageGuard.Check: p50 {guard.P50:F1} ms, allocated {guard.AllocatedPerRun / 1048576.0:F1} MB");
    Console.WriteLine($"  for comparison, loading the main part as a DOM only: p50 {dom.P50:F1} ms, allocated {dom.AllocatedPerRun / 1048576.0:F1} MB");
    Console.WriteLine($"Import + document.md + durable Git commit (fsync on) as a new version, warm: p50 {importAndCommit.P50:F1} ms " +
        $"(min {importAndCommit.Min:F1}, max {importAndCommit.Max:F1}), allocated {importAndCommit.AllocatedPerRun / 1048576.0:F1} MB per version");
    Console.WriteLine($"DocxWriter.Write, warm: p50 {write.P50:F1} ms (CPU time p50 {write.CpuP50:F1} ms), allocated {write.AllocatedPerRun / 1048576.0:F1} MB per export");
    Console.WriteLine($"Memory held: the imported model {modelSize / 1048576.0:F1} MB; the streaming reader holds one paragraph or table of the Word DOM " +
        $"at a time, where the whole main-part DOM would hold {domSize / 1048576.0:F1} MB");
    Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average {Measure.LoadAverage()} (other processes inflate wall times; CPU time is steadier).");
    Console.WriteLine($"Process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");

    Console.WriteLine();
    var pandoc = Pandoc.Find();
    if (pandoc is null)
    {
        Console.WriteLine("pandoc not found: install it (apt-get install -y pandoc) to compare.");
        Console.WriteLine($"| importer | p50 |\n|---|---|\n| DocxImporter.Import | {import.P50:F1} ms |");
        return;
    }

    Pandoc.Convert(pandoc, path, pandocTimeout);
    var pandocTimes = new List<double>();
    for (var i = 0; i < PandocRuns; i++) pandocTimes.Add(Pandoc.Convert(pandoc, path, pandocTimeout).TotalMilliseconds);
    var pandocP50 = Measure.Percentile(pandocTimes, 50);

    Console.WriteLine($"| importer (same .docx, {bytes.Length / 1024} KB) | p50 | runs |");
    Console.WriteLine("|---|---:|---:|");
    Console.WriteLine($"| DocxImporter.Import (warm, in process) | {import.P50:F1} ms | {ImportRuns} |");
    Console.WriteLine($"| import + commit with fsync (warm, in process) | {importAndCommit.P50:F1} ms | {ImportRuns} |");
    Console.WriteLine($"| pandoc {Pandoc.Version(pandoc)} -f docx -t markdown (process) | {pandocP50:F0} ms | {PandocRuns} |");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DocxImporter is {pandocP50 / import.P50:F1}x faster than pandoc."));
    Console.WriteLine($"Targets: import under 100 ms warm: {(import.P50 < 100 ? "met" : "NOT met")}; at least 5x faster than pandoc: {(pandocP50 / import.P50 >= 5 ? "met" : "NOT met")}.");
}
finally
{
    work.Delete(recursive: true);
}
