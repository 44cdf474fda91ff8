using System.Diagnostics;
using Xunit;
using static VaDrafting.Storage.Tests.Stores;

namespace VaDrafting.Storage.Tests;

public sealed class CrashRecoveryTests(TemporaryFolder folder) : IClassFixture<TemporaryFolder>
{
    private CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("refs/heads/main.lock")]
    [InlineData("HEAD.lock")]
    [InlineData("config.lock")]
    [InlineData("packed-refs.lock")]
    [InlineData("index.lock")]
    [InlineData("logs/refs/heads/main.lock")]
    [InlineData("objects/tmp_object_git2_a1b2c3")]
    public async Task NewStore_RemovesFilesLeftByACrashAndWritesAgain(string leftover)
    {
        var dataPath = folder.NewSubfolder("stale");
        var id = UniqueId("stale-lock");
        await Open(dataPath).CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        var gitDirectory = Path.Combine(dataPath, id + ".git");
        var stalePath = Path.Combine(gitDirectory, leftover);
        await File.WriteAllTextAsync(stalePath, "0000000000000000000000000000000000000000\n", Token);

        var restarted = Open(dataPath);
        var version = await restarted.CommitAsync(id, null, Change("document.md", "After the crash"), People.Coordinator, "After restart", Token);

        Assert.False(File.Exists(stalePath));
        Assert.Equal(version, restarted.Resolve(id, "HEAD"));
        await GitCli.AssertFsckCleanAsync(gitDirectory);
    }

    [Fact]
    public async Task NewStore_RemovesAHalfCreatedDocument()
    {
        var dataPath = folder.NewSubfolder("half-created");
        var leftover = Path.Combine(dataPath, ".creating-draft-0123456789abcdef");
        Directory.CreateDirectory(Path.Combine(leftover, "objects"));
        await File.WriteAllTextAsync(Path.Combine(leftover, "HEAD"), "ref: refs/heads/main\n", Token);

        var store = Open(dataPath);

        Assert.False(Directory.Exists(leftover));
        Assert.Empty(store.ListDocumentIds());
        await store.CreateAsync("draft", InitialFiles(), People.Coordinator, "Import", Token);
        Assert.Equal(["draft"], store.ListDocumentIds());
    }

    [Fact]
    public async Task NewStoreSharingTheFolder_KeepsYoungLeftoversOfAnotherInstance_AndRemovesOldOnes()
    {
        var dataPath = folder.NewSubfolder("shared");
        var id = UniqueId("shared-lock");
        await Open(dataPath).CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        var gitDirectory = Path.Combine(dataPath, id + ".git");
        var writing = Path.Combine(gitDirectory, "refs", "heads", "main.lock");
        var crashed = Path.Combine(gitDirectory, "HEAD.lock");
        var importing = Path.Combine(dataPath, ".creating-draft-0123456789abcdef");
        var abandoned = Path.Combine(dataPath, ".creating-draft-fedcba9876543210");
        foreach (var file in new[] { writing, crashed }) await File.WriteAllTextAsync(file, "0000000000000000000000000000000000000000\n", Token);
        foreach (var staging in new[] { importing, abandoned }) Directory.CreateDirectory(staging);
        var longAgo = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(crashed, longAgo);
        Directory.SetLastWriteTimeUtc(abandoned, longAgo);

        _ = new GitDocumentStore(
            new StorageOptions { DataPath = dataPath, Fsync = false, LeftoverMinimumAge = TimeSpan.FromMinutes(2) },
            new FixedTimeProvider(), Microsoft.Extensions.Logging.Abstractions.NullLogger<GitDocumentStore>.Instance);

        Assert.True(File.Exists(writing));
        Assert.True(Directory.Exists(importing));
        Assert.False(File.Exists(crashed));
        Assert.False(Directory.Exists(abandoned));
    }

    [Fact]
    public async Task LockFileAppearingWhileRunning_FailsFastWithStorageLockedAndWritesNothing()
    {
        var dataPath = folder.NewSubfolder("live-lock");
        var store = Open(dataPath);
        var id = UniqueId("live-lock");
        var created = await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        var lockFile = Path.Combine(dataPath, id + ".git", "refs", "heads", "main.lock");
        await File.WriteAllTextAsync(lockFile, "", Token);
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<StorageLockedException>(() =>
            store.CommitAsync(id, null, Change("document.md", "Blocked"), People.Coordinator, "Blocked", Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(created.CommitId, store.Resolve(id, "HEAD").CommitId);
        File.Delete(lockFile);
        var next = await store.CommitAsync(id, null, Change("document.md", "Unblocked"), People.Coordinator, "Unblocked", Token);
        Assert.Equal(created.CommitId, next.ParentId);
    }

    [Fact]
    public async Task TagLockFileWhileRunning_FailsWithStorageLocked()
    {
        var dataPath = folder.NewSubfolder("tag-lock");
        var store = Open(dataPath);
        var id = UniqueId("tag-lock");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        Directory.CreateDirectory(Path.Combine(dataPath, id + ".git", "refs", "tags"));
        await File.WriteAllTextAsync(Path.Combine(dataPath, id + ".git", "refs", "tags", "v1.lock"), "", Token);

        await Assert.ThrowsAsync<StorageLockedException>(() => store.TagAsync(id, "HEAD", "v1", "note", People.Coordinator, Token));

        Assert.Empty(store.Tags(id));
    }

    [Fact]
    public async Task KilledWriter_LosesNoAcknowledgedCommitAndLeavesFsckClean()
    {
        var dataPath = folder.NewSubfolder("killed");
        const string id = "crash-target";
        var acknowledged = new List<string>();

        using (var writer = StartCrashWriter(dataPath, id))
        {
            var clock = Stopwatch.StartNew();
            while (acknowledged.Count < 25 && clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                var line = await writer.StandardOutput.ReadLineAsync(Token).AsTask().WaitAsync(TimeSpan.FromSeconds(20), Token);
                if (line is null) break;
                if (line.StartsWith("acked ", StringComparison.Ordinal)) acknowledged.Add(line["acked ".Length..]);
            }
            writer.Kill();
            await writer.WaitForExitAsync(Token).WaitAsync(TimeSpan.FromSeconds(10), Token);
            // Lines printed before the kill are acknowledged writes too.
            while (await writer.StandardOutput.ReadLineAsync(Token) is { } rest)
            {
                if (rest.StartsWith("acked ", StringComparison.Ordinal)) acknowledged.Add(rest["acked ".Length..]);
            }
        }

        Assert.True(acknowledged.Count >= 2, $"the writer acknowledged only {acknowledged.Count} commits");
        var store = Open(dataPath);
        var history = store.History(id, 1, GitDocumentStore.MaxPageSize).Items.Select(v => v.CommitId).ToHashSet();
        Assert.All(acknowledged, commitId => Assert.Contains(commitId, history));
        var gitDirectory = Path.Combine(dataPath, id + ".git");
        await GitCli.AssertFsckCleanAsync(gitDirectory);
        await store.CommitAsync(id, null, Change("document.md", "After the kill"), People.Coordinator, "After the kill", Token);
        await GitCli.AssertFsckCleanAsync(gitDirectory);
    }

    [Fact]
    public async Task FsyncOn_SyncsObjectsReferencesAndReflogs()
    {
        Assert.True(File.Exists("/usr/bin/strace"), "strace is missing: the test command installs it (apt-get install strace).");
        var dataPath = folder.NewSubfolder("strace");
        var trace = Path.Combine(folder.Path, $"strace-{Guid.NewGuid():N}.txt");
        var start = new ProcessStartInfo("/usr/bin/strace") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-f", "-y", "-e", "trace=fsync,fdatasync", "-o", trace, "dotnet", CrashWriterPath(), "crash-writer", dataPath, "synced", "2" })
        {
            start.ArgumentList.Add(argument);
        }

        using (var traced = Process.Start(start)!)
        {
            await traced.WaitForExitAsync(Token).WaitAsync(TimeSpan.FromSeconds(60), Token);
            Assert.Equal(0, traced.ExitCode);
        }

        var synced = (await File.ReadAllLinesAsync(trace, Token)).Where(line => line.Contains("fsync(", StringComparison.Ordinal)).ToList();
        Assert.Contains(synced, line => line.Contains("/synced.git/objects/tmp_object_git2_", StringComparison.Ordinal));
        Assert.Contains(synced, line => line.Contains("/synced.git/refs/heads/main.lock>", StringComparison.Ordinal));
        Assert.Contains(synced, line => line.Contains("/synced.git/logs/refs/heads/main>", StringComparison.Ordinal));
        Assert.Contains(synced, line => line.EndsWith($"{Path.GetFileName(dataPath)}>) = 0", StringComparison.Ordinal));
    }

    private static Process StartCrashWriter(string dataPath, string documentId)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = false };
        foreach (var argument in new[] { CrashWriterPath(), "crash-writer", dataPath, documentId })
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start) ?? throw new InvalidOperationException("the crash writer did not start");
    }

    private static string CrashWriterPath() => Path.Combine(AppContext.BaseDirectory, "VaDrafting.Bench.dll");
}
