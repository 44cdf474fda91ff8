using LibGit2Sharp;
using VaDrafting.Storage.Git;
using Xunit;
using static VaDrafting.Storage.Tests.Stores;

namespace VaDrafting.Storage.Tests;

/// <summary>One document with 1,001 versions shared by the tests of this class.</summary>
public sealed class ThousandCommitDocument : IAsyncLifetime
{
    public const string Id = "long-history";
    public const int Versions = 1001;

    private readonly TemporaryFolder folder = new();

    public string DataPath => folder.Path;

    public string NewScratchFolder() => folder.NewSubfolder("scratch");

    public IReadOnlyList<string> NewestFirst { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        var store = Open(folder.Path);
        var ids = new List<string>();
        ids.Add((await store.CreateAsync(Id, InitialFiles(), People.Coordinator, "Version 0")).CommitId);
        for (var i = 1; i < Versions; i++)
        {
            ids.Add((await store.CommitAsync(Id, null, Change("document.md", $"Paragraph at version {i}. {{#p1}}\n"), People.Delegate, $"Version {i}")).CommitId);
        }
        ids.Reverse();
        NewestFirst = ids;
    }

    public ValueTask DisposeAsync()
    {
        folder.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class HistoryPagingTests(ThousandCommitDocument document) : IClassFixture<ThousandCommitDocument>
{
    private CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(50)]
    [InlineData(7)]
    [InlineData(500)]
    public void Pages_CoverTheWholeHistoryNewestFirstWithoutDuplicates(int pageSize)
    {
        var store = Open(document.DataPath);
        var seen = new List<VersionInfo>();
        HistoryPage page;
        var number = 0;
        do
        {
            page = store.History(ThousandCommitDocument.Id, ++number, pageSize);
            seen.AddRange(page.Items);
            Assert.Equal(page.HasMore ? pageSize : ThousandCommitDocument.Versions - (number - 1) * pageSize, page.Items.Count);
        }
        while (page.HasMore);

        Assert.Equal(document.NewestFirst, seen.Select(v => v.CommitId));
        Assert.Equal((ThousandCommitDocument.Versions + pageSize - 1) / pageSize, number);
        Assert.Equal($"Version {ThousandCommitDocument.Versions - 1}", seen[0].Message);
        Assert.Equal("Version 0", seen[^1].Message);
        Assert.Empty(store.History(ThousandCommitDocument.Id, number + 1, pageSize).Items);
        Assert.False(store.History(ThousandCommitDocument.Id, number + 1, pageSize).HasMore);
        Assert.Empty(store.History(ThousandCommitDocument.Id, int.MaxValue, pageSize).Items);
    }

    [Fact]
    public void DeepPageFirst_ThenShallowPages_AgreeWithTheFullList()
    {
        var store = Open(document.DataPath);

        var last = store.History(ThousandCommitDocument.Id, 21, 50);
        var middle = store.History(ThousandCommitDocument.Id, 10, 50);
        var first = store.History(ThousandCommitDocument.Id, 1, 50);

        Assert.Equal(document.NewestFirst.Skip(1000), last.Items.Select(v => v.CommitId));
        Assert.False(last.HasMore);
        Assert.Equal(document.NewestFirst.Skip(450).Take(50), middle.Items.Select(v => v.CommitId));
        Assert.True(middle.HasMore);
        Assert.Equal(document.NewestFirst.Take(50), first.Items.Select(v => v.CommitId));
    }

    [Fact]
    public void FirstPage_WalksOnlyAsFarAsItShows()
    {
        var index = new FirstParentIndex();
        var gitDirectory = Path.Combine(document.DataPath, ThousandCommitDocument.Id + ".git");
        File.Delete(Path.Combine(gitDirectory, MainLineFile.FileName));
        var head = new ObjectId(document.NewestFirst[0]);

        var firstPage = index.Slice(gitDirectory, head, 0, 51);

        Assert.Equal(51, firstPage.Count);
        Assert.Equal(51, index.WalkedCount);
        index.Slice(gitDirectory, head, 950, 51);
        Assert.Equal(ThousandCommitDocument.Versions, index.WalkedCount);
    }

    [Fact]
    public void MainLine_FollowsFirstParentsOnly()
    {
        var index = new FirstParentIndex();
        var gitDirectory = Path.Combine(document.DataPath, ThousandCommitDocument.Id + ".git");
        using var repository = new Repository(gitDirectory);
        var head = repository.Head.Tip;
        var signature = new Signature("Side Writer", "side@users.va-drafting.invalid", DateTimeOffset.UnixEpoch);
        var root = repository.Lookup<Commit>(document.NewestFirst[^1]);
        var side = repository.ObjectDatabase.CreateCommit(signature, signature, "Side line\n", root.Tree, [root], false);
        var merge = repository.ObjectDatabase.CreateCommit(signature, signature, "Merge\n", head.Tree, [head, side], false);

        var ids = index.Slice(gitDirectory, merge.Id, 0, 5).Select(id => id.Sha).ToList();

        Assert.Equal([merge.Sha, .. document.NewestFirst.Take(4)], ids);
    }

    [Fact]
    public async Task NewCommitsAfterPaging_AppearFirstWhileDeepPagesShift()
    {
        var store = Open(document.NewScratchFolder());
        const string id = "moving-history";
        var newestFirst = new List<string> { (await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Version 0", Token)).CommitId };
        for (var i = 1; i < 120; i++)
        {
            newestFirst.Insert(0, (await store.CommitAsync(id, null, Change("document.md", $"Text {i}"), People.Delegate, $"Version {i}", Token)).CommitId);
        }
        Assert.Equal(newestFirst.Skip(100), store.History(id, 3, 50).Items.Select(v => v.CommitId));

        for (var i = 0; i < 3; i++)
        {
            newestFirst.Insert(0, (await store.CommitAsync(id, newestFirst[0], Change("document.md", $"Newer {i}"), People.Coordinator, $"Newer {i}", Token)).CommitId);
        }
        var first = store.History(id, 1, 50);
        var last = store.History(id, 3, 50);

        Assert.Equal(newestFirst.Take(50), first.Items.Select(v => v.CommitId));
        Assert.Equal(newestFirst.Skip(100), last.Items.Select(v => v.CommitId));
        Assert.Equal(23, last.Items.Count);
    }

    [Fact]
    public void CompleteWalk_IsKeptOnDiskSoANewStoreServesDeepPagesWithoutWalking()
    {
        var gitDirectory = Path.Combine(document.DataPath, ThousandCommitDocument.Id + ".git");
        var file = Path.Combine(gitDirectory, MainLineFile.FileName);
        File.Delete(file);

        Open(document.DataPath).History(ThousandCommitDocument.Id, 21, 50);

        Assert.Equal(1 + ThousandCommitDocument.Versions * 20, new FileInfo(file).Length);
        var afterRestart = new FirstParentIndex();
        var deep = afterRestart.Slice(gitDirectory, new ObjectId(document.NewestFirst[0]), 950, 51);
        Assert.Equal(ThousandCommitDocument.Versions, afterRestart.WalkedCount);
        Assert.Equal(document.NewestFirst.Skip(950), deep.Select(id => id.Sha));
    }

    [Fact]
    public void PartialWalk_IsKeptOnDiskAndResumedAfterARestart()
    {
        var gitDirectory = Path.Combine(document.DataPath, ThousandCommitDocument.Id + ".git");
        File.Delete(Path.Combine(gitDirectory, MainLineFile.FileName));
        var head = new ObjectId(document.NewestFirst[0]);

        new FirstParentIndex().Slice(gitDirectory, head, 450, 51);
        var afterRestart = new FirstParentIndex();
        var page = afterRestart.Slice(gitDirectory, head, 450, 50);
        Assert.Equal(501, afterRestart.WalkedCount);
        Assert.Equal(document.NewestFirst.Skip(450).Take(50), page.Select(id => id.Sha));

        var last = afterRestart.Slice(gitDirectory, head, 1000, 51);
        Assert.Equal(document.NewestFirst.Skip(1000), last.Select(id => id.Sha));
    }

    [Fact]
    public void DamagedMainLineFile_IsDroppedAndTheHistoryRebuilt()
    {
        var gitDirectory = Path.Combine(document.DataPath, ThousandCommitDocument.Id + ".git");
        File.WriteAllBytes(Path.Combine(gitDirectory, MainLineFile.FileName), [1, 2, 3, 4, 5, 6, 7]);

        var page = Open(document.DataPath).History(ThousandCommitDocument.Id, 21, 50);

        Assert.Equal(document.NewestFirst.Skip(1000), page.Items.Select(v => v.CommitId));
        Assert.Equal(1 + ThousandCommitDocument.Versions * 20, new FileInfo(Path.Combine(gitDirectory, MainLineFile.FileName)).Length);
    }
}
