using System.Text;
using LibGit2Sharp;
using VaDrafting.Storage.Git;
using Xunit;

namespace VaDrafting.Storage.Tests;

public sealed class LooseBlobWriterTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    [Theory]
    [InlineData("")]
    [InlineData("One paragraph. {#p1abcd}\n")]
    [InlineData("Accents é, dashes – and emoji 🙂 survive.\n")]
    public async Task Write_ProducesTheObjectGitWouldWrite(string text)
    {
        var gitDirectory = folder.NewSubfolder("repo");
        Repository.Init(gitDirectory, isBare: true);
        var content = Encoding.UTF8.GetBytes(text);
        var input = Path.Combine(folder.Path, $"input-{Guid.NewGuid():N}");
        await File.WriteAllBytesAsync(input, content, TestContext.Current.CancellationToken);

        var id = LooseBlobWriter.Write(gitDirectory, content, fsync: true);

        var expected = await GitCli.RunAsync(gitDirectory, "hash-object", "--no-filters", input);
        Assert.Equal(expected.Output.Trim(), id.Sha);
        var stored = await GitCli.RunAsync(gitDirectory, "cat-file", "blob", id.Sha);
        Assert.Equal(text, stored.Output);
        var fsck = await GitCli.RunAsync(gitDirectory, "fsck", "--full", "--strict");
        Assert.Equal(0, fsck.ExitCode);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(gitDirectory, "objects"), LooseBlobWriter.TemporaryPrefix + "*"));
    }

    [Fact]
    public void Write_OfContentAlreadyStoredLeavesTheObjectAlone()
    {
        var gitDirectory = folder.NewSubfolder("repo");
        Repository.Init(gitDirectory, isBare: true);
        var content = Encoding.UTF8.GetBytes("Same text twice.\n");

        var first = LooseBlobWriter.Write(gitDirectory, content, fsync: false);
        var path = Path.Combine(gitDirectory, "objects", first.Sha[..2], first.Sha[2..]);
        var writtenAt = File.GetLastWriteTimeUtc(path);
        var second = LooseBlobWriter.Write(gitDirectory, content, fsync: false);

        Assert.Equal(first, second);
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(path));
        using var repository = new Repository(gitDirectory);
        Assert.Equal("Same text twice.\n", repository.Lookup<Blob>(first).GetContentText());
    }

    public void Dispose() => folder.Dispose();
}
