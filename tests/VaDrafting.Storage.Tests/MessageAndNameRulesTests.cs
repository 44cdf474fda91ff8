using VaDrafting.Storage.Git;
using Xunit;

namespace VaDrafting.Storage.Tests;

public sealed class MessageAndNameRulesTests
{
    [Theory]
    [InlineData("Import", "u1", null)]
    [InlineData("Comment on §2.3\n\nLonger explanation.\nSecond line.", "u-2", "Albania")]
    [InlineData("", "u3", "Handicap International")]
    [InlineData("Ends with a colon line\n\nKey: value", "u4", null)]
    public void Trailers_ComposeThenParse_GivesBackTheParts(string body, string userId, string? organisation)
    {
        var parsed = MessageTrailers.Parse(MessageTrailers.Compose(body, userId, organisation));

        Assert.Equal(new TrailedMessage(body, userId, organisation), parsed);
    }

    [Theory]
    [InlineData("Written by hand\n")]
    [InlineData("Subject\n\nSigned-off-by: Someone <a@b.c>\n")]
    [InlineData("Subject\n\nOrganisation: Only an organisation\n")]
    public void Trailers_MessageWrittenOutsideTheStore_IsKeptWhole(string message)
    {
        var parsed = MessageTrailers.Parse(message);

        Assert.Equal(new TrailedMessage(message.TrimEnd('\n'), null, null), parsed);
    }

    [Theory]
    [InlineData("deadbeef", true)]
    [InlineData("DEADBEEF", true)]
    [InlineData("dead", false)]
    [InlineData("v1-draft", false)]
    [InlineData("0123456789abcdef0123456789abcdef012345678", false)]
    public void CommitIdPrefixes_AreSevenToFortyHexDigits(string text, bool expected) =>
        Assert.Equal(expected, StorageNames.IsCommitIdPrefix(text));

    [Fact]
    public void FoldersOf_ListsEnclosingFoldersOutermostFirst() =>
        Assert.Equal(["a", "a/b"], StorageNames.FoldersOf("a/b/c.json"));

    [Fact]
    public void UserIdFromEmail_StripsTheStoreDomainOnly()
    {
        Assert.Equal("u-1", Identities.UserIdFromEmail("u-1@users.va-drafting.invalid"));
        Assert.Equal("someone@example.org", Identities.UserIdFromEmail("someone@example.org"));
    }

    [Fact]
    public void Libgit2_IsLoadedOnceSoTheFsyncSwitchReachesLibGit2Sharp()
    {
        LibGit2Native.SetFsyncGitDir(false);

        var loaded = LibGit2Native.LoadedLibraryFiles();

        if (OperatingSystem.IsLinux()) Assert.Single(loaded);
        Assert.StartsWith("git2-", LibGit2Native.LibraryName);
    }
}
