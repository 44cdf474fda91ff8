using System.Diagnostics;

namespace VaDrafting.Bench.Consultation;

/// <summary>
/// The git command line reading the same thread files: <c>git ls-tree -r HEAD threads/</c> to list them, then one
/// <c>git cat-file --batch</c> process fed every blob id, its whole output read. Each process has a time limit.
/// </summary>
internal static class GitCliReader
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>The number of thread files listed and the bytes cat-file wrote for them.</summary>
    public static (int Files, long Bytes) ReadAllThreads(string gitDirectory)
    {
        var listing = Run(gitDirectory, null, "ls-tree", "-r", "HEAD", ThreadLoader.ThreadsFolder + "/");
        var ids = listing.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ', '\t')[2]).ToList();
        var output = RunBytes(gitDirectory, string.Join('\n', ids) + "\n", "cat-file", "--batch");
        return (ids.Count, output.Length);
    }

    /// <summary>Packs every loose object into one pack, as <c>git gc</c> would.</summary>
    public static void Repack(string gitDirectory) => Run(gitDirectory, null, "repack", "-a", "-d", "-q");

    public static string Version() => Run(Environment.CurrentDirectory, null, "--version").Trim();

    private static string Run(string gitDirectory, string? input, params string[] arguments) =>
        System.Text.Encoding.UTF8.GetString(RunBytes(gitDirectory, input, arguments));

    private static byte[] RunBytes(string gitDirectory, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (arguments[0] != "--version") start.ArgumentList.Add("--git-dir=" + gitDirectory);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["LC_ALL"] = "C";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"git {string.Join(' ', arguments)} took longer than {Limit.TotalSeconds} s");
        }
        copy.Wait();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}");
        return output.ToArray();
    }
}
