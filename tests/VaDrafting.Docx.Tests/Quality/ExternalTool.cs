using System.Diagnostics;
using Xunit;

namespace VaDrafting.Docx.Tests.Quality;

/// <summary>Runs a command-line tool of the test machine with a timeout, failing the test with the install command when it is missing.</summary>
internal static class ExternalTool
{
    public static string Require(string package, params string[] programs) =>
        programs.Select(FindOnPath).FirstOrDefault(p => p is not null)
        ?? throw Xunit.Sdk.FailException.ForFailure(
            $"{string.Join(" or ", programs)} is not installed; install it with `apt-get install -y {package}` (scripts/test.sh does).");

    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(program)} did not finish within {timeout}.");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
