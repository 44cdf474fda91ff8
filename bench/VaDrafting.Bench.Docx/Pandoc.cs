using System.Diagnostics;

namespace VaDrafting.Bench.Docx;

/// <summary>Runs the pandoc executable, if installed, as an independent reference reader of the same file.</summary>
internal static class Pandoc
{
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "pandoc"))
            .FirstOrDefault(File.Exists);

    public static string Version(string pandoc)
    {
        var (output, _) = Run(pandoc, ["--version"], TimeSpan.FromSeconds(30));
        return output.Split('\n', 2)[0].Replace("pandoc", "", StringComparison.Ordinal).Trim();
    }

    /// <summary>Converts the file to Markdown (discarding the output) and returns the wall time of the process.</summary>
    public static TimeSpan Convert(string pandoc, string docx, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        Run(pandoc, ["-f", "docx", "-t", "markdown", "-o", "/dev/null", docx], timeout);
        return watch.Elapsed;
    }

    private static (string Output, int ExitCode) Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}.");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error.Result}");
        return (output.Result, process.ExitCode);
    }
}
