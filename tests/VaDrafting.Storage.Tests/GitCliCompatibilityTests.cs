using Xunit;
using static VaDrafting.Storage.Tests.Stores;

namespace VaDrafting.Storage.Tests;

/// <summary>The repositories are plain Git: the command-line client reads, clones and checks them.</summary>
public sealed class GitCliCompatibilityTests(TemporaryFolder folder) : IClassFixture<TemporaryFolder>
{
    private readonly FixedTimeProvider time = new();
    private CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Clone_ShowsEveryCommitWithItsAuthorAndMessage()
    {
        var store = Open(folder.Path, time);
        var id = UniqueId("clone");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import of the 2019 guidance", Token);
        time.Advance(TimeSpan.FromHours(1));
        await store.CommitAsync(id, null, Change("threads/t1.json", "{}"), People.Delegate, "Comment on §2.3 by Albania", Token);
        time.Advance(TimeSpan.FromHours(1));
        await store.CommitAsync(id, null, Change("document.md", "# Guidance {#h1}\nRevised paragraph. {#p1}\n"), People.Secretariat, "Apply editorial changes", Token);
        var clone = Path.Combine(folder.NewSubfolder("clones"), id);

        var cloned = await GitCli.RunAsync(folder.Path, "clone", "--quiet", Path.Combine(folder.Path, id + ".git"), clone);
        var log = await GitCli.RunAsync(clone, "log", "--format=%an|%ae|%ad|%s|%(trailers:key=User-Id,valueonly,separator=)", "--date=iso-strict");

        Assert.Equal(0, cloned.ExitCode);
        Assert.Equal(
            [
                $"Tomas Lindqvist|isu-officer-1@users.va-drafting.invalid|2025-09-01T11:00:00+00:00|Apply editorial changes|isu-officer-1",
                $"Mirela Hoxha|{People.Delegate.UserId}@users.va-drafting.invalid|2025-09-01T10:00:00+00:00|Comment on §2.3 by Albania|{People.Delegate.UserId}",
                $"Ilaria Conti|{People.Coordinator.UserId}@users.va-drafting.invalid|2025-09-01T09:00:00+00:00|Import of the 2019 guidance|{People.Coordinator.UserId}",
            ],
            log.Output.TrimEnd('\n').Split('\n'));
        Assert.Equal("# Guidance {#h1}\nRevised paragraph. {#p1}\n", await File.ReadAllTextAsync(Path.Combine(clone, "document.md"), Token));
        Assert.Equal("{}", await File.ReadAllTextAsync(Path.Combine(clone, "threads", "t1.json"), Token));
        var branch = await GitCli.RunAsync(clone, "rev-parse", "--abbrev-ref", "HEAD");
        Assert.Equal("main", branch.Output.Trim());
    }

    [Fact]
    public async Task Fsck_IsCleanAfterManyWritesAndTheReflogKeepsEveryUpdate()
    {
        var store = Open(folder.Path, time);
        var id = UniqueId("fsck");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        for (var i = 0; i < 40; i++)
        {
            time.Advance(TimeSpan.FromMinutes(5));
            var changes = new Dictionary<string, byte[]?>
            {
                ["document.md"] = Utf8($"# Guidance {{#h1}}\nParagraph revision {i}. {{#p1}}\n"),
                [$"threads/t{i % 7}.json"] = i % 3 == 0 ? null : Utf8($$"""{"revision":{{i}}}"""),
                [$"rounds/r{i % 2}/questions.json"] = Utf8($"[{i}]"),
            };
            await store.CommitAsync(id, null, changes, i % 2 == 0 ? People.Delegate : People.Secretariat, $"Write {i}", Token);
            if (i % 10 == 9) await store.TagAsync(id, "HEAD", $"v{i / 10 + 1}", $"Circulated after write {i}", People.Coordinator, Token);
        }
        var gitDirectory = Path.Combine(folder.Path, id + ".git");

        await GitCli.AssertFsckCleanAsync(gitDirectory);
        var reflog = await GitCli.RunAsync(gitDirectory, "reflog", "show", "--format=%gs", "refs/heads/main");
        var entries = reflog.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(41, entries.Length);
        Assert.Equal("commit: Write 39", entries[0]);
        Assert.Equal("commit (initial): Import", entries[^1]);
    }

    [Fact]
    public async Task TagList_ShowsCirculatedVersionWithItsNote()
    {
        var store = Open(folder.Path, time);
        var id = UniqueId("tag-cli");
        await store.CreateAsync(id, InitialFiles(), People.Coordinator, "Import", Token);
        await store.TagAsync(id, "HEAD", "v1-first-draft", "First draft for the intersessional meeting", People.Coordinator, Token);
        var gitDirectory = Path.Combine(folder.Path, id + ".git");

        var tags = await GitCli.RunAsync(gitDirectory, "tag", "-n1");
        var tagger = await GitCli.RunAsync(gitDirectory, "for-each-ref", "--format=%(taggername)|%(taggeremail)|%(objecttype)", "refs/tags");

        Assert.Matches(@"^v1-first-draft\s+First draft for the intersessional meeting\n$", tags.Output);
        Assert.Equal($"Ilaria Conti|<{People.Coordinator.UserId}@users.va-drafting.invalid>|tag\n", tagger.Output);
        await GitCli.AssertFsckCleanAsync(gitDirectory);
    }
}
