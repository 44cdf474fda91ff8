using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace VaDrafting.Server.Export;

/// <summary>Where LibreOffice is and how many conversions may run at once (section <c>Export</c>).</summary>
public sealed class ExportOptions
{
    public const string SectionName = "Export";

    /// <summary>The <c>soffice</c> program; empty to look for <c>soffice</c> or <c>libreoffice</c> on the PATH.</summary>
    public string LibreOffice { get; set; } = "";

    public int MaxConcurrentPdf { get; set; } = 2;

    /// <summary>How long a request waits for a free converter before it is told to try again.</summary>
    public TimeSpan PdfQueueWait { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan PdfTimeout { get; set; } = TimeSpan.FromSeconds(90);
}

/// <summary>
/// Turns a .docx into a PDF with LibreOffice headless: each conversion in its own temporary folder with its own
/// LibreOffice profile (concurrent runs must not share one), at most <see cref="ExportOptions.MaxConcurrentPdf"/> at once,
/// killed with its children after <see cref="ExportOptions.PdfTimeout"/>, the folder removed after.
/// </summary>
public sealed class PdfConverter(IOptions<ExportOptions> options, ILogger<PdfConverter> logger)
{
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Value.MaxConcurrentPdf));
    private readonly Lazy<string?> program = new(() => Locate(options.Value.LibreOffice));

    public bool IsAvailable => program.Value is not null;

    /// <exception cref="ExportUnavailableException">LibreOffice is not installed, every converter stayed busy, or the conversion failed.</exception>
    public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
    {
        var soffice = program.Value ?? throw new ExportUnavailableException(
            "PDF export needs LibreOffice, which is not installed on this server (Debian: apt-get install libreoffice-writer-nogui). The .docx export works without it.");
        if (!await slots.WaitAsync(options.Value.PdfQueueWait, cancellationToken))
            throw new ExportUnavailableException("Every PDF converter is busy; try again in a minute.");
        var work = Directory.CreateTempSubdirectory("va-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "export.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            await RunAsync(soffice, work.FullName, input, cancellationToken);
            var output = Path.Combine(work.FullName, "out", "export.pdf");
            return File.Exists(output)
                ? await File.ReadAllBytesAsync(output, cancellationToken)
                : throw new ExportUnavailableException("LibreOffice did not produce a PDF of this document.");
        }
        finally
        {
            slots.Release();
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException removal)
            {
                logger.LogWarning(removal, "Could not remove the PDF work folder {Folder}", work.FullName);
            }
        }
    }

    private async Task RunAsync(string soffice, string folder, string input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     "-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri, "--headless", "--norestore",
                     "--convert-to", "pdf", "--outdir", Path.Combine(folder, "out"), input,
                 })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new ExportUnavailableException("LibreOffice did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PdfTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested) throw;
            throw new ExportUnavailableException($"LibreOffice did not finish the PDF within {options.Value.PdfTimeout.TotalSeconds:F0} seconds.");
        }
        await Task.WhenAll(stdout, stderr);
        if (process.ExitCode != 0)
        {
            logger.LogWarning("LibreOffice exited with {Code}: {Error}", process.ExitCode, stderr.Result);
            throw new ExportUnavailableException("LibreOffice could not convert this document to PDF.");
        }
    }

    private static string? Locate(string configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(configured) ? configured : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return new[] { "soffice", "libreoffice" }
            .SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }
}
