using System.Diagnostics;

namespace VaDrafting.Bench.Redline;

/// <summary><c>git diff --no-index --word-diff</c> of two files as a whole process, its output read; exit code 1 means "differences".</summary>
internal static class GitWordDiff
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static int Run(string oldFile, string newFile)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "diff", "--no-index", "--no-color", "--word-diff", oldFile, newFile }) start.ArgumentList.Add(argument);
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"git diff took longer than {Limit.TotalSeconds} s");
        }
        if (process.ExitCode > 1) throw new InvalidOperationException($"git diff failed ({process.ExitCode}): {error.Result}");
        return output.Result.Length;
    }

    public static string Version()
    {
        using var process = Process.Start(new ProcessStartInfo("git", "--version") { RedirectStandardOutput = true })!;
        var version = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return version;
    }
}
