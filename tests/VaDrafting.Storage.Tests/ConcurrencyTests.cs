using LibGit2Sharp;
using VaDrafting.Storage.Git;
using Xunit;
using static VaDrafting.Storage.Tests.Stores;

namespace VaDrafting.Storage.Tests;

public sealed class ConcurrencyTests(TemporaryFolder folder) : IClassFixture<TemporaryFolder>
{
    private CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FiftyConcurrentCommits_AllLandOnOneLinearHistory()
    {
        var store = Open(folder.Path);
        var id = UniqueId("fifty");
        var created = await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);

        var versions = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => store.CommitAsync(
            id, null, Change($"threads/t{i:00}.json", $$"""{"n":{{i}}}"""), People.Delegate, $"Comment {i}", Token), Token)));

        var history = store.History(id, 1, 100);
        Assert.Equal(51, history.Items.Count);
        Assert.False(history.HasMore);
        Assert.Equal(created.CommitId, history.Items[^1].CommitId);
        for (var i = 0; i < history.Items.Count - 1; i++)
        {
            Assert.Equal(history.Items[i + 1].CommitId, history.Items[i].ParentId);
        }
        Assert.Equal(versions.Select(v => v.CommitId).Order(), history.Items.SkipLast(1).Select(v => v.CommitId).Order());
        Assert.All(Enumerable.Range(0, 50), i => Assert.Equal($$"""{"n":{{i}}}""", Text(store.ReadFile(id, "HEAD", $"threads/t{i:00}.json"))));
        await GitCli.AssertFsckCleanAsync(Path.Combine(folder.Path, id + ".git"));
    }

    [Fact]
    public async Task ReadsWhileWriting_NeverFail()
    {
        var store = Open(folder.Path);
        var id = UniqueId("read-write");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        using var writesDone = new CancellationTokenSource();
        var readCount = 0;

        async Task ReadUntilDone()
        {
            while (!writesDone.IsCancellationRequested)
            {
                var head = store.Resolve(id, "HEAD");
                Assert.NotNull(store.ReadFile(id, head.CommitId, "document.md"));
                Assert.NotEmpty(store.History(id, 1, 20).Items);
                Assert.Empty(store.Tags(id));
                Interlocked.Increment(ref readCount);
                await Task.Yield();
            }
        }

        async Task WaitForReadsAsync(int count)
        {
            // Make sure readers really run between writes, however busy the thread pool is.
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Volatile.Read(ref readCount) < count && DateTime.UtcNow < deadline) await Task.Delay(5, Token);
        }

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(ReadUntilDone, Token)).ToArray();
        for (var i = 0; i < 30; i++)
        {
            await store.CommitAsync(id, null, Change("document.md", $"Revision {i}"), People.Coordinator, $"Edit {i}", Token);
            if (i % 10 == 0) await WaitForReadsAsync(Volatile.Read(ref readCount) + 1);
        }
        await writesDone.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(readCount >= 3);
        Assert.Equal(31, store.History(id, 1, 100).Items.Count);
    }

    [Fact]
    public async Task TwoStoresOnOneFolder_LikeTwoProcesses_LoseNoCommit()
    {
        var dataPath = folder.NewSubfolder("two-stores");
        var first = Open(dataPath);
        var second = Open(dataPath);
        var id = UniqueId("shared");
        await first.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);

        Task<VersionInfo[]> WriteMany(GitDocumentStore store, string name) =>
            Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => store.CommitAsync(
                id, null, Change($"{name}/{i}.json", "{}"), People.Delegate, $"{name} {i}", Token), Token)));

        var written = await Task.WhenAll(WriteMany(first, "first"), WriteMany(second, "second"));

        var history = first.History(id, 1, 100).Items;
        Assert.Equal(41, history.Count);
        Assert.Equal(written.SelectMany(v => v).Select(v => v.CommitId).Order(), history.SkipLast(1).Select(v => v.CommitId).Order());
        await GitCli.AssertFsckCleanAsync(Path.Combine(dataPath, id + ".git"));
    }

    [Fact]
    public async Task CompareAndSwap_WhenTheBranchMovedMeanwhile_LeavesItAlone()
    {
        var store = Open(folder.Path);
        var id = UniqueId("cas");
        var created = await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        var moved = await store.CommitAsync(id, null, Change("document.md", "Moved on"), People.Coordinator, "Move", Token);
        var gitDirectory = Path.Combine(folder.Path, id + ".git");

        var outcome = LibGit2Native.CompareAndSwap(
            gitDirectory, GitDocumentStore.MainBranch, new ObjectId(created.CommitId), new ObjectId(created.CommitId),
            "commit: late writer", "Late Writer", "late@users.va-drafting.invalid");

        Assert.Equal(RefUpdateOutcome.Moved, outcome);
        Assert.Equal(moved.CommitId, store.Resolve(id, "HEAD").CommitId);
    }
}
