using Xunit;

namespace VaDrafting.Docx.Tests.Quality;

/// <summary>
/// LibreOffice headless as an independent reader: converts a file to "pdf", "docx" or "xlsx" with a private profile per call
/// (concurrent runs on the machine must not share one) in a temporary folder that is removed afterwards.
/// </summary>
public static class LibreOffice
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(3);

    private static readonly Dictionary<string, string> Filters = new(StringComparer.Ordinal)
    {
        // LibreOffice picks the PDF export of the document's kind (text or spreadsheet).
        ["pdf"] = "pdf",
        ["docx"] = "docx:MS Word 2007 XML",
        ["xlsx"] = "xlsx:Calc MS Excel 2007 XML",
    };

    /// <summary>The converted file's bytes; <paramref name="inputExtension"/> tells LibreOffice what the input is.</summary>
    public static async Task<byte[]> ConvertAsync(byte[] input, string format, CancellationToken cancellationToken,
        string inputExtension = "docx", TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Filters.TryGetValue(format, out var filter))
            throw new ArgumentException($"LibreOffice conversions here are to {string.Join(" or ", Filters.Keys)}, not '{format}'.", nameof(format));
        var soffice = ExternalTool.Require("libreoffice-writer-nogui", "soffice", "libreoffice");

        var work = Directory.CreateTempSubdirectory("va-lo-");
        try
        {
            var source = Path.Combine(work.FullName, "input." + inputExtension);
            var outputDirectory = Path.Combine(work.FullName, "out");
            await File.WriteAllBytesAsync(source, input, cancellationToken);
            var result = await ExternalTool.RunAsync(soffice,
                [
                    "-env:UserInstallation=" + new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri,
                    "--headless", "--norestore", "--convert-to", filter, "--outdir", outputDirectory, source,
                ],
                timeout ?? DefaultTimeout, cancellationToken);

            var converted = Path.Combine(outputDirectory, "input." + format);
            Assert.True(result.ExitCode == 0 && File.Exists(converted),
                $"LibreOffice conversion to {format} failed (exit {result.ExitCode}): {result.Output} {result.Error}");
            return await File.ReadAllBytesAsync(converted, cancellationToken);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
