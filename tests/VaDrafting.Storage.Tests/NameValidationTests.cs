using Xunit;
using static VaDrafting.Storage.Tests.Stores;

namespace VaDrafting.Storage.Tests;

public sealed class NameValidationTests(TemporaryFolder folder) : IClassFixture<TemporaryFolder>
{
    private const string ExistingDocument = "existing-document";

    private CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> HostileNames() =>
    [
        "../x", "..", ".", "a/../b", "/etc/passwd", "x.git", ".git", "A B", "a/b", "a\\b", "", " ", "UPPER", "a--b", "-a", "a-",
        "tab\tname", "nul\0name", "é", new string('a', 65), new string('a', 4000),
    ];

    public static TheoryData<string> HostilePaths() =>
    [
        "../x", "..", ".", "a/../b", "a/./b", "/etc/passwd", "x.git", ".git", ".git/config", "threads/.git", "threads/x.GIT",
        "A B", "a//b", "a/", "a\\b", "", " ", ".hidden", "threads/.x.json", "trailing.", "C:/x", "nul\0name", "é.md",
        string.Join('/', Enumerable.Repeat("d", 9)), new string('a', 101), string.Join('/', Enumerable.Repeat(new string('b', 90), 3)),
    ];

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task DocumentIds_OutsideTheSlugRules_AreRefusedBeforeTouchingTheDisk(string documentId)
    {
        var store = await StoreWithOneDocumentAsync();
        var before = FolderSnapshot.Take(folder.Path);

        Assert.Throws<InvalidStorageNameException>(() => store.Exists(documentId));
        Assert.Throws<InvalidStorageNameException>(() => store.Resolve(documentId, "HEAD"));
        Assert.Throws<InvalidStorageNameException>(() => store.ReadFile(documentId, "HEAD", "document.md"));
        Assert.Throws<InvalidStorageNameException>(() => store.History(documentId, 1, 10));
        Assert.Throws<InvalidStorageNameException>(() => store.Tags(documentId));
        await Assert.ThrowsAsync<InvalidStorageNameException>(() => store.CreateAsync(documentId, InitialFiles(), People.Coordinator, "x", Token));
        await Assert.ThrowsAsync<InvalidStorageNameException>(() => store.CommitAsync(documentId, null, Change("a.md", "x"), People.Coordinator, "x", Token));
        await Assert.ThrowsAsync<InvalidStorageNameException>(() => store.TagAsync(documentId, "HEAD", "v1", "x", People.Coordinator, Token));

        Assert.Equal(before, FolderSnapshot.Take(folder.Path));
    }

    [Theory]
    [MemberData(nameof(HostileNames))]
    [InlineData("abcdef1")]
    [InlineData("0123456789abcdef0123456789abcdef01234567")]
    public async Task TagNames_OutsideTheSlugRulesOrLikeCommitIds_AreRefused(string name)
    {
        var store = await StoreWithOneDocumentAsync();
        var before = FolderSnapshot.Take(folder.Path);

        await Assert.ThrowsAsync<InvalidStorageNameException>(() => store.TagAsync(ExistingDocument, "HEAD", name, "x", People.Coordinator, Token));

        Assert.Equal(before, FolderSnapshot.Take(folder.Path));
    }

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public async Task FilePaths_OutsideTheRules_AreRefusedAndWriteNothing(string path)
    {
        var store = await StoreWithOneDocumentAsync();
        var before = FolderSnapshot.Take(folder.Path);

        await Assert.ThrowsAsync<InvalidStorageNameException>(() => store.CommitAsync(
            ExistingDocument, null, new Dictionary<string, byte[]?> { ["document.md"] = Utf8("ok"), [path] = Utf8("x") }, People.Coordinator, "x", Token));
        await Assert.ThrowsAsync<InvalidStorageNameException>(() => store.CommitAsync(
            ExistingDocument, null, new Dictionary<string, byte[]?> { [path] = null }, People.Coordinator, "x", Token));
        await Assert.ThrowsAsync<InvalidStorageNameException>(() => store.CreateAsync(
            "fresh-document", new Dictionary<string, byte[]> { [path] = Utf8("x") }, People.Coordinator, "x", Token));
        Assert.Throws<InvalidStorageNameException>(() => store.ReadFile(ExistingDocument, "HEAD", path));

        Assert.Equal(before, FolderSnapshot.Take(folder.Path));
    }

    [Theory]
    [InlineData("document.md")]
    [InlineData("threads/b7f3a.json")]
    [InlineData("rounds/2025-round-1.json")]
    [InlineData("a/b/c/d/e/f/g/h.txt")]
    [InlineData("Access_List-2.json")]
    public async Task FilePaths_WithinTheRules_AreAccepted(string path)
    {
        var store = await StoreWithOneDocumentAsync();

        await store.CommitAsync(ExistingDocument, null, Change(path, "content"), People.Coordinator, $"Write {path}", Token);

        Assert.Equal("content", Text(store.ReadFile(ExistingDocument, "HEAD", path)));
    }

    private async Task<GitDocumentStore> StoreWithOneDocumentAsync()
    {
        var store = Open(folder.Path);
        if (!store.Exists(ExistingDocument))
        {
            await store.CreateAsync(ExistingDocument, InitialFiles(), People.Coordinator, "Import", Token);
        }
        return store;
    }
}
