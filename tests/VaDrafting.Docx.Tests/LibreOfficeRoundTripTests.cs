using System.Diagnostics;
using VaDrafting.Core.Model;
using VaDrafting.Docx.Tests.Fixtures;
using Xunit;

namespace VaDrafting.Docx.Tests;

/// <summary>
/// A participant may open an export in LibreOffice and save it as .docx again. The importer must read that
/// file back with the same structure and text; block and row ids survive through the hidden bookmarks.
/// </summary>
public sealed class LibreOfficeRoundTripTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ConversionTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task ImportOfALibreOfficeResave_KeepsStructureTextAndBlockIds()
    {
        var soffice = FindOnPath("soffice") ?? FindOnPath("libreoffice");
        Assert.True(soffice is not null,
            "LibreOffice is not installed (no soffice or libreoffice on PATH); install it with `apt-get install -y libreoffice-writer-nogui`.");

        var original = SampleDocuments.Rich();
        var work = Directory.CreateTempSubdirectory("va-docx-lo-");
        try
        {
            var input = Path.Combine(work.FullName, "draft.docx");
            await File.WriteAllBytesAsync(input, DocxWriterTests.Write(original), TestContext.Current.CancellationToken);

            var converted = await ConvertWithLibreOffice(soffice!, input, Path.Combine(work.FullName, "out"), Path.Combine(work.FullName, "profile"));
            var result = WordFixture.Import(await File.ReadAllBytesAsync(converted, TestContext.Current.CancellationToken));

            Assert.Equal(original.Blocks.Select(b => b.Id), result.Document.Blocks.Select(b => b.Id));
            Assert.Equal(
                original.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).Select(r => r.Id),
                result.Document.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).Select(r => r.Id));
            Assert.Equal(SampleDocuments.RichMeta.Title, result.Meta?.Title);

            var footnoteIds = original.Footnotes.Zip(result.Document.Footnotes).ToDictionary(p => p.Second.Id, p => p.First.Id);
            Assert.Equal(original.Footnotes.Count, result.Document.Footnotes.Count);
            Assert.Equal(original, WithFootnoteIds(result.Document, footnoteIds));

            var kept = original.Footnotes.Select(f => f.Id).Intersect(result.Document.Footnotes.Select(f => f.Id)).Count();
            output.WriteLine($"Block and row ids kept: all. Footnote ids kept through bookmarks: {kept} of {original.Footnotes.Count}.");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<string> ConvertWithLibreOffice(string soffice, string input, string outputDirectory, string profile)
    {
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // A private profile: concurrent LibreOffice runs on the machine must not share one.
        foreach (var argument in new[]
                 {
                     "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore",
                     "--convert-to", "docx:MS Word 2007 XML", "--outdir", outputDirectory, input,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("LibreOffice did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(ConversionTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"LibreOffice did not finish the conversion within {ConversionTimeout}.");
        }

        var converted = Path.Combine(outputDirectory, Path.GetFileName(input));
        Assert.True(process.ExitCode == 0 && File.Exists(converted),
            $"LibreOffice conversion failed (exit {process.ExitCode}): {await stdout} {await stderr}");
        return converted;
    }

    private static DraftDocument WithFootnoteIds(DraftDocument document, IReadOnlyDictionary<string, string> ids)
    {
        InlineContent Map(InlineContent content) =>
            InlineContent.Of(content.Select(i => i is FootnoteRefInline r ? new FootnoteRefInline(ids.GetValueOrDefault(r.FootnoteId, r.FootnoteId)) : i));

        TableRow MapRow(TableRow row) => new(row.Id, [.. row.Cells.Select(Map)]);

        var blocks = document.Blocks.Select(block => block switch
        {
            HeadingBlock h => h with { Content = Map(h.Content) },
            ParagraphBlock p => p with { Content = Map(p.Content) },
            ListItemBlock l => l with { Content = Map(l.Content) },
            QuoteBlock q => q with { Content = Map(q.Content) },
            TableBlock t => new TableBlock(t.Id, MapRow(t.Header), [.. t.Rows.Select(MapRow)]),
            _ => block,
        });
        var footnotes = document.Footnotes.Select(f => new Footnote(ids.GetValueOrDefault(f.Id, f.Id), f.Content));
        return new DraftDocument([.. blocks], [.. footnotes]);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
