using System.Diagnostics;
using VaDrafting.Core.Model;
using VaDrafting.Docx.Tests.Fixtures;
using Xunit;

namespace VaDrafting.Docx.Tests;

/// <summary>
/// A participant may open an export in LibreOffice and save it as .docx again. The importer must read that
/// file back with the same structure and text. Ids survive through the hidden bookmarks: LibreOffice 7.4 keeps
/// all bookmarks in the body (blocks, rows, footnote references) but only the first one inside footnotes,
/// so footnote ids come back from the bookmarks around their references.
/// </summary>
public sealed class LibreOfficeRoundTripTests
{
    private static readonly TimeSpan ConversionTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task ImportOfALibreOfficeResave_GivesBackTheSameDocumentWithItsIds()
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

            Assert.Equal(original.Footnotes.Select(f => f.Id), result.Document.Footnotes.Select(f => f.Id));
            Assert.Equal(original, result.Document);
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

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
