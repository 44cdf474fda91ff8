using Xunit;
using static VaDrafting.Storage.Tests.Stores;

namespace VaDrafting.Storage.Tests;

public sealed class GitDocumentStoreTests(TemporaryFolder folder) : IClassFixture<TemporaryFolder>
{
    private readonly FixedTimeProvider time = new();
    private CancellationToken Token => TestContext.Current.CancellationToken;

    private GitDocumentStore NewStore() => Open(folder.Path, time);

    [Fact]
    public async Task CreateAsync_MakesFirstVersionReadableAtHead()
    {
        var store = NewStore();
        var id = UniqueId("create");

        var created = await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import of the 2019 guidance", Token);

        Assert.True(store.Exists(id));
        Assert.Null(created.ParentId);
        Assert.Equal(created, store.Resolve(id, "HEAD"));
        Assert.Equal("# Guidance {#h1}\nFirst paragraph. {#p1}\n", Text(store.ReadFile(id, "HEAD", "document.md")));
        Assert.Contains("Victim Assistance", Text(store.ReadFile(id, created.CommitId, "meta.json")));
    }

    [Fact]
    public async Task CommitAsync_RoundTripsAuthorOrganisationTimeAndMessageIntoVersionInfo()
    {
        var store = NewStore();
        var id = UniqueId("roundtrip");
        var created = await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        time.Advance(TimeSpan.FromMinutes(42));
        var when = time.GetUtcNow();
        const string message = "Comment on §2.3 by Albania\n\nAsks to name the national focal point explicitly.";

        var version = await store.CommitAsync(
            id, created.CommitId, Change("threads/t1.json", """{"text":"Please name the focal point"}"""), People.Delegate, message, Token);

        var expected = new VersionInfo(version.CommitId, created.CommitId, when, People.Delegate.UserId, "Mirela Hoxha", "Albania", message);
        Assert.Equal(expected, version);
        Assert.Equal(expected, store.Resolve(id, version.CommitId));
        Assert.Equal(TimeSpan.Zero, version.When.Offset);
    }

    [Fact]
    public async Task CommitAsync_WithoutOrganisation_LeavesOrganisationEmpty()
    {
        var store = NewStore();
        var id = UniqueId("no-org");
        await store.CreateAsync(id, InitialFiles(), People.Secretariat, "Import", Token);

        var head = store.Resolve(id, "HEAD");

        Assert.Null(head.Organisation);
        Assert.Equal(People.Secretariat.UserId, head.AuthorId);
        Assert.Equal("Import", head.Message);
    }

    [Fact]
    public async Task CommitAsync_WritesNestedFilesAndDeletesWhileOlderVersionsKeepTheirFiles()
    {
        var store = NewStore();
        var id = UniqueId("files");
        var created = await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        var withThread = await store.CommitAsync(id, null, Change("threads/abc.json", "{}"), People.Delegate, "Comment", Token);

        var withoutMeta = await store.CommitAsync(
            id, withThread.CommitId, new Dictionary<string, byte[]?> { ["meta.json"] = null, ["threads/abc.json"] = null, ["rounds/r1.json"] = Utf8("[]") },
            People.Coordinator, "Tidy up", Token);

        Assert.Null(store.ReadFile(id, "HEAD", "meta.json"));
        Assert.Null(store.ReadFile(id, "HEAD", "threads/abc.json"));
        Assert.Null(store.ReadFile(id, "HEAD", "threads"));
        Assert.Equal("[]", Text(store.ReadFile(id, withoutMeta.CommitId, "rounds/r1.json")));
        Assert.Equal("{}", Text(store.ReadFile(id, withThread.CommitId, "threads/abc.json")));
        Assert.NotNull(store.ReadFile(id, created.CommitId, "meta.json"));
        Assert.Equal(store.ReadFile(id, created.CommitId, "document.md"), store.ReadFile(id, "HEAD", "document.md"));
    }

    [Fact]
    public async Task CommitAsync_WithStaleExpectedHead_ThrowsAndWritesNothing()
    {
        var store = NewStore();
        var id = UniqueId("stale");
        var created = await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        var second = await store.CommitAsync(id, created.CommitId, Change("document.md", "Second"), People.Coordinator, "Second", Token);
        var before = FolderSnapshot.Take(Path.Combine(folder.Path, id + ".git"));

        var error = await Assert.ThrowsAsync<StaleHeadException>(() =>
            store.CommitAsync(id, created.CommitId, Change("document.md", "Lost update"), People.Delegate, "Late edit", Token));

        Assert.Equal(second.CommitId, error.Actual);
        Assert.Equal(second.CommitId, store.Resolve(id, "HEAD").CommitId);
        Assert.Equal(before, FolderSnapshot.Take(Path.Combine(folder.Path, id + ".git")));
    }

    [Fact]
    public async Task CommitAsync_WithCurrentExpectedHeadInUpperCase_Succeeds()
    {
        var store = NewStore();
        var id = UniqueId("expected");
        var created = await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);

        var next = await store.CommitAsync(id, created.CommitId.ToUpperInvariant(), Change("document.md", "Next"), People.Coordinator, "Next", Token);

        Assert.Equal(created.CommitId, next.ParentId);
    }

    [Fact]
    public async Task CreateAsync_ForExistingDocument_ThrowsDocumentExists()
    {
        var store = NewStore();
        var id = UniqueId("twice");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);

        await Assert.ThrowsAsync<DocumentExistsException>(() => store.CreateAsync(id, InitialFiles(), People.Delegate, "Again", Token));

        Assert.Equal("Import", store.Resolve(id, "HEAD").Message);
    }

    [Fact]
    public async Task UnknownDocument_ThrowsDocumentNotFoundEverywhere()
    {
        var store = NewStore();
        const string id = "no-such-document";

        Assert.False(store.Exists(id));
        Assert.Throws<DocumentNotFoundException>(() => store.Resolve(id, "HEAD"));
        Assert.Throws<DocumentNotFoundException>(() => store.ReadFile(id, "HEAD", "document.md"));
        Assert.Throws<DocumentNotFoundException>(() => store.History(id, 1, 10));
        Assert.Throws<DocumentNotFoundException>(() => store.Tags(id));
        await Assert.ThrowsAsync<DocumentNotFoundException>(() => store.CommitAsync(id, null, Change("a.md", "x"), People.Coordinator, "x", Token));
        await Assert.ThrowsAsync<DocumentNotFoundException>(() => store.TagAsync(id, "HEAD", "v1", "note", People.Coordinator, Token));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, id + ".git")));
    }

    [Fact]
    public async Task Resolve_AcceptsHeadFullAndAbbreviatedIdsAndTagNames()
    {
        var store = NewStore();
        var id = UniqueId("resolve");
        var created = await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        var head = await store.CommitAsync(id, null, Change("document.md", "Edited"), People.Coordinator, "Edit", Token);
        await store.TagAsync(id, created.CommitId, "v1-first-draft", "First draft", People.Coordinator, Token);

        Assert.Equal(head, store.Resolve(id, "HEAD"));
        Assert.Equal(created, store.Resolve(id, created.CommitId));
        Assert.Equal(created, store.Resolve(id, created.CommitId[..7]));
        Assert.Equal(created, store.Resolve(id, created.CommitId[..12].ToUpperInvariant()));
        Assert.Equal(created, store.Resolve(id, "v1-first-draft"));
        Assert.Equal("# Guidance {#h1}\nFirst paragraph. {#p1}\n", Text(store.ReadFile(id, "v1-first-draft", "document.md")));
    }

    [Theory]
    [InlineData("0000000")]
    [InlineData("0000000000000000000000000000000000000000")]
    [InlineData("no-such-tag")]
    [InlineData("HEAD~1")]
    [InlineData("HEAD^")]
    [InlineData("main")]
    [InlineData("refs/heads/main")]
    [InlineData("head")]
    [InlineData("../x")]
    [InlineData("")]
    [InlineData("abc")]
    public async Task Resolve_UnknownOrUnsupportedRevision_ThrowsVersionNotFound(string revision)
    {
        var store = NewStore();
        var id = UniqueId("unknown-rev");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        await store.CommitAsync(id, null, Change("document.md", "Edited"), People.Coordinator, "Edit", Token);

        Assert.Throws<VersionNotFoundException>(() => store.Resolve(id, revision));
        Assert.Throws<VersionNotFoundException>(() => store.ReadFile(id, revision, "document.md"));
    }

    [Fact]
    public async Task Resolve_IdOfATreeInsteadOfACommit_ThrowsVersionNotFound()
    {
        var store = NewStore();
        var id = UniqueId("tree-id");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        using var repository = new LibGit2Sharp.Repository(Path.Combine(folder.Path, id + ".git"));
        var treeId = repository.Head.Tip.Tree.Sha;

        Assert.Throws<VersionNotFoundException>(() => store.Resolve(id, treeId));
    }

    [Fact]
    public async Task ReadFile_MissingFile_ReturnsNull()
    {
        var store = NewStore();
        var id = UniqueId("missing-file");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);

        Assert.Null(store.ReadFile(id, "HEAD", "access.json"));
        Assert.Null(store.ReadFile(id, "HEAD", "threads/none.json"));
    }

    [Fact]
    public async Task TagAsync_RecordsTaggerAndNoteAndTagsListsOldestFirst()
    {
        var store = NewStore();
        var id = UniqueId("tags");
        var created = await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        time.Advance(TimeSpan.FromDays(1));
        var secondTagTime = time.GetUtcNow().AddDays(10);
        var second = await store.CommitAsync(id, null, Change("document.md", "Revised"), People.Coordinator, "Revise", Token);
        time.Advance(TimeSpan.FromDays(10));
        var later = await store.TagAsync(id, second.CommitId, "v2-revised-draft", "Revised after the intersessional meeting", People.Secretariat, Token);
        time.Advance(TimeSpan.FromDays(-9));
        var earlier = await store.TagAsync(id, created.CommitId, "v1-first-draft", "First draft\n\nCirculated to all States Parties.", People.Coordinator, Token);

        var tags = store.Tags(id);

        Assert.Equal(["v1-first-draft", "v2-revised-draft"], tags.Select(t => t.Name));
        Assert.Equal(earlier, tags[0]);
        Assert.Equal(later, tags[1]);
        Assert.Equal(
            new CirculatedVersion("v2-revised-draft", second.CommitId, People.Secretariat.UserId, "Tomas Lindqvist", secondTagTime, "Revised after the intersessional meeting"),
            later);
        Assert.Equal("First draft\n\nCirculated to all States Parties.", earlier.Note);
        Assert.Equal(People.Coordinator.UserId, earlier.TaggerId);
    }

    [Fact]
    public async Task TagAsync_ExistingName_ThrowsTagExists()
    {
        var store = NewStore();
        var id = UniqueId("tag-twice");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        await store.TagAsync(id, "HEAD", "v1", "First", People.Coordinator, Token);
        await store.CommitAsync(id, null, Change("document.md", "Edited"), People.Coordinator, "Edit", Token);

        await Assert.ThrowsAsync<TagExistsException>(() => store.TagAsync(id, "HEAD", "v1", "Again", People.Coordinator, Token));

        Assert.Equal("First", Assert.Single(store.Tags(id)).Note);
    }

    [Fact]
    public async Task TagAsync_UnknownRevision_ThrowsVersionNotFound()
    {
        var store = NewStore();
        var id = UniqueId("tag-unknown");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);

        await Assert.ThrowsAsync<VersionNotFoundException>(() => store.TagAsync(id, "1234567", "v1", "x", People.Coordinator, Token));
        Assert.Empty(store.Tags(id));
    }

    [Fact]
    public async Task History_ListsNewestFirstWithParents()
    {
        var store = NewStore();
        var id = UniqueId("history");
        var first = await store.CreateAsync(id, InitialFiles(), People.Coordinator, "One", Token);
        var second = await store.CommitAsync(id, null, Change("document.md", "2"), People.Delegate, "Two", Token);
        var third = await store.CommitAsync(id, null, Change("document.md", "3"), People.Secretariat, "Three", Token);

        var page = store.History(id, 1, 10);

        Assert.Equal([third, second, first], page.Items);
        Assert.False(page.HasMore);
        Assert.Equal(1, page.Page);
        Assert.Equal(10, page.PageSize);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    [InlineData(1, GitDocumentStore.MaxPageSize + 1)]
    public async Task History_OutOfRangePaging_Throws(int page, int pageSize)
    {
        var store = NewStore();
        var id = UniqueId("paging-args");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "One", Token);

        Assert.Throws<ArgumentOutOfRangeException>(() => store.History(id, page, pageSize));
    }

    [Fact]
    public async Task ListDocumentIds_IsSortedAndIgnoresOtherFolders()
    {
        var dataPath = folder.NewSubfolder("listing");
        var store = Open(dataPath, time);
        foreach (var id in new[] { "zeta", "alpha", "mid-2" })
        {
            await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        }
        Directory.CreateDirectory(Path.Combine(dataPath, "Not A Document.git"));
        Directory.CreateDirectory(Path.Combine(dataPath, "plain-folder"));

        Assert.Equal(["alpha", "mid-2", "zeta"], store.ListDocumentIds());
    }

    [Fact]
    public async Task CommitAsync_FileWhereAFolderIsOrFolderWhereAFileIs_ThrowsAndWritesNothing()
    {
        var store = NewStore();
        var id = UniqueId("clash");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        await store.CommitAsync(id, null, Change("threads/a.json", "{}"), People.Coordinator, "Thread", Token);
        var head = store.Resolve(id, "HEAD");

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(id, null, Change("threads", "file"), People.Coordinator, "x", Token));
        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(id, null, Change("threads", null), People.Coordinator, "x", Token));
        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(id, null, Change("document.md/inner.json", "{}"), People.Coordinator, "x", Token));
        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(
            id, null, new Dictionary<string, byte[]?> { ["notes"] = Utf8("a"), ["notes/b.json"] = Utf8("b") }, People.Coordinator, "x", Token));

        Assert.Equal(head, store.Resolve(id, "HEAD"));
    }

    [Fact]
    public async Task CommitAsync_ReplacingAFileByAFolderInOneChange_Works()
    {
        var store = NewStore();
        var id = UniqueId("file-to-folder");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);

        await store.CommitAsync(
            id, null, new Dictionary<string, byte[]?> { ["meta.json"] = null, ["meta.json2/a.json"] = Utf8("{}") }, People.Coordinator, "Move", Token);

        Assert.Null(store.ReadFile(id, "HEAD", "meta.json"));
        Assert.Equal("{}", Text(store.ReadFile(id, "HEAD", "meta.json2/a.json")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public async Task CommitAsync_WithoutMessage_ThrowsArgumentException(string message)
    {
        var store = NewStore();
        var id = UniqueId("no-message");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(id, null, Change("a.md", "x"), People.Coordinator, message, Token));
    }

    [Theory]
    [InlineData("", "Name", null)]
    [InlineData("has space", "Name", null)]
    [InlineData("id", "", null)]
    [InlineData("id", "Evil <root@example.org>", null)]
    [InlineData("id", "Two\nLines", null)]
    [InlineData("id", "'Quoted'", null)]
    [InlineData("id", "Trailing comma,", null)]
    [InlineData("id", "Name", "Org\nUser-Id: forged")]
    public async Task CommitAsync_WithUnusableAuthor_ThrowsArgumentException(string userId, string name, string? organisation)
    {
        var store = NewStore();
        var id = UniqueId("bad-author");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.CommitAsync(id, null, Change("a.md", "x"), new CommitAuthor(userId, name, organisation), "x", Token));

        Assert.Equal("Import", store.Resolve(id, "HEAD").Message);
    }

    [Theory]
    [InlineData("Jean Dupont Jr.")]
    [InlineData("Seán O'Brien")]
    [InlineData("Ministère des Affaires étrangères (Dept. A)")]
    public async Task CommitAsync_AuthorNames_RoundTripExactly(string name)
    {
        var store = NewStore();
        var id = UniqueId("names");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);

        var version = await store.CommitAsync(id, null, Change("a.md", "x"), new CommitAuthor("u-names", name, null), "x", Token);

        Assert.Equal(name, version.AuthorName);
        Assert.Equal(name, store.Resolve(id, "HEAD").AuthorName);
    }

    [Fact]
    public async Task CommitAsync_MessageThatLooksLikeTrailers_KeepsItsTextAndTheRealAuthor()
    {
        var store = NewStore();
        var id = UniqueId("forged-trailer");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);

        var version = await store.CommitAsync(id, null, Change("a.md", "x"), People.Delegate, "Edit\n\nUser-Id: someone-else", Token);

        Assert.Equal(People.Delegate.UserId, version.AuthorId);
        Assert.Equal("Edit\n\nUser-Id: someone-else", version.Message);
    }

    [Fact]
    public async Task CommitAsync_CancelledBeforeWriting_WritesNothing()
    {
        var store = NewStore();
        var id = UniqueId("cancelled");
        var created = await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.CommitAsync(id, null, Change("a.md", "x"), People.Coordinator, "x", new CancellationToken(canceled: true)));

        Assert.Equal(created.CommitId, store.Resolve(id, "HEAD").CommitId);
    }

    [Fact]
    public async Task ListFiles_NamesTheFilesOfAFolderAtEachVersionSortedAndWithoutSubfolders()
    {
        var store = NewStore();
        var id = UniqueId("list");
        var created = await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        await store.CommitAsync(id, null, Change("threads/tb2.json", "{}"), People.Delegate, "Comment", Token);
        var second = await store.CommitAsync(id, null, new Dictionary<string, byte[]?>
        {
            ["threads/ta1.json"] = Utf8("{}"),
            ["threads/nested/tc3.json"] = Utf8("{}"),
        }, People.Delegate, "Two more", Token);

        Assert.Equal(["ta1.json", "tb2.json"], store.ListFiles(id, "HEAD", "threads"));
        Assert.Equal(["tb2.json"], store.ListFiles(id, second.ParentId!, "threads"));
        Assert.Empty(store.ListFiles(id, created.CommitId, "threads"));
        Assert.Empty(store.ListFiles(id, "HEAD", "rounds"));
        Assert.Empty(store.ListFiles(id, "HEAD", "document.md"));
        Assert.Throws<InvalidStorageNameException>(() => store.ListFiles(id, "HEAD", "../threads"));
    }
}
