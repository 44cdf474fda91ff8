using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace VaDrafting.Storage.Tests;

/// <summary>A temporary data folder for one test class, deleted afterwards.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("va-storage-tests-").FullName;

    /// <summary>A new empty folder inside this one, for tests that need a data folder of their own.</summary>
    public string NewSubfolder(string name)
    {
        var path = System.IO.Path.Combine(Path, $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        if (!Directory.Exists(Path)) return;
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }
        Directory.Delete(Path, recursive: true);
    }
}

/// <summary>A clock that only moves when told to.</summary>
public sealed class FixedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public FixedTimeProvider() : this(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => now += by;
}

public static class People
{
    public static readonly CommitAuthor Coordinator = new("d3b07384-d9a0-4c9b-8f1e-1f2a3b4c5d6e", "Ilaria Conti", "Italy");
    public static readonly CommitAuthor Delegate = new("5c2f8e10-7a4b-4c3d-9e8f-a1b2c3d4e5f6", "Mirela Hoxha", "Albania");
    public static readonly CommitAuthor Secretariat = new("isu-officer-1", "Tomas Lindqvist", null);
}

public static class Stores
{
    public static GitDocumentStore Open(string dataPath, TimeProvider? time = null) =>
        new(new StorageOptions { DataPath = dataPath, Fsync = false }, time ?? new FixedTimeProvider(), NullLogger<GitDocumentStore>.Instance);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static string Text(byte[]? bytes) => bytes is null ? "<none>" : Encoding.UTF8.GetString(bytes);

    public static Dictionary<string, byte[]> InitialFiles(string documentText = "# Guidance {#h1}\nFirst paragraph. {#p1}\n") => new()
    {
        ["document.md"] = Utf8(documentText),
        ["meta.json"] = Utf8("""{"title":"Guidance on an Integrated Approach to Victim Assistance"}"""),
    };

    public static Dictionary<string, byte[]?> Change(string path, string? text) => new() { [path] = text is null ? null : Utf8(text) };

    public static string UniqueId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)];
}

/// <summary>Runs the real <c>git</c> with no user or system configuration.</summary>
public static class GitCli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary><c>git fsck --full --strict</c>: exit code 0 and nothing reported as an error.</summary>
    public static async Task AssertFsckCleanAsync(string gitDirectory)
    {
        var fsck = await RunAsync(gitDirectory, "fsck", "--full", "--strict", "--no-dangling");
        Assert.True(fsck.ExitCode == 0, $"git fsck failed ({fsck.ExitCode}): {fsck.Output}{fsck.Error}");
        Assert.DoesNotContain("error", fsck.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("missing", fsck.Output + fsck.Error, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Every file and folder under a path with its size and content hash, to prove nothing changed.</summary>
public static class FolderSnapshot
{
    public static IReadOnlyList<string> Take(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(path => File.Exists(path)
                ? $"{System.IO.Path.GetRelativePath(root, path)} {new FileInfo(path).Length} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))}"
                : $"{System.IO.Path.GetRelativePath(root, path)}/")
            .Order(StringComparer.Ordinal)
            .ToList();
}
