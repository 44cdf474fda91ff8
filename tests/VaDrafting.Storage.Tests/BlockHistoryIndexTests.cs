using VaDrafting.Storage.History;
using Xunit;
using static VaDrafting.Storage.Tests.Stores;

namespace VaDrafting.Storage.Tests;

public sealed class BlockHistoryIndexTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly GitDocumentStore store;
    private readonly GitBlockHistoryIndex index;

    public BlockHistoryIndexTests()
    {
        store = Open(folder.Path);
        index = new GitBlockHistoryIndex(store);
    }

    public void Dispose() => folder.Dispose();

    private static string Doc(params string[] lines) => string.Join("\n\n", lines) + "\n";

    private async Task<VersionInfo> Write(string id, string text, CommitAuthor? author = null, Dictionary<string, byte[]?>? more = null)
    {
        var changes = Change("document.md", text);
        foreach (var (path, content) in more ?? []) changes[path] = content;
        return await store.CommitAsync(id, null, changes, author ?? People.Coordinator, "Edit the text", TestContext.Current.CancellationToken);
    }

    private async Task<(string Id, VersionInfo First)> Create(string text)
    {
        var id = UniqueId("history");
        var first = await store.CreateAsync(id, InitialFiles(text), People.Coordinator, "Import", TestContext.Current.CancellationToken);
        return (id, first);
    }

    [Fact]
    public async Task Read_ListsTheCommitsThatChangedEachBlockWithItsLineAfterEach()
    {
        var (id, v1) = await Create(Doc("# Scope {#h1}", "First words. {#p1}", "Second words. {#p2}"));
        var v2 = await Write(id, Doc("# Scope {#h1}", "First words, revised. {#p1}", "Second words. {#p2}"), People.Delegate);
        var v3 = await Write(id, Doc("# Scope {#h1}", "First words, revised. {#p1}", "Second words again. {#p2}", "Third. {#p3}"));
        var v4 = await Write(id, Doc("# Scope {#h1}", "First words, final. {#p1}", "Third. {#p3}"));

        var range = index.Read(id, v1.CommitId, v4.CommitId, ["p1", "p2", "p3", "h1"]);

        Assert.True(range.FromOnMainLine);
        Assert.Equal(
            [new BlockLineChange(v2.CommitId, "First words, revised. {#p1}"), new BlockLineChange(v4.CommitId, "First words, final. {#p1}")],
            range.Changes["p1"]);
        Assert.Equal([new BlockLineChange(v3.CommitId, "Second words again. {#p2}"), new BlockLineChange(v4.CommitId, null)], range.Changes["p2"]);
        Assert.Equal([new BlockLineChange(v3.CommitId, "Third. {#p3}")], range.Changes["p3"]);
        Assert.Empty(range.Changes["h1"]);
        Assert.Equal(People.Delegate.UserId, range.Commits[v2.CommitId].Version.AuthorId);
        Assert.Equal(new[] { v2.CommitId, v3.CommitId, v4.CommitId }.Order(StringComparer.Ordinal), range.Commits.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Read_StartsAfterFromAndStopsAtTo()
    {
        var (id, v1) = await Create(Doc("One. {#p1}"));
        var v2 = await Write(id, Doc("Two. {#p1}"));
        var v3 = await Write(id, Doc("Three. {#p1}"));
        await Write(id, Doc("Four. {#p1}"));

        var range = index.Read(id, v2.CommitId, v3.CommitId, ["p1"]);

        Assert.Equal([new BlockLineChange(v3.CommitId, "Three. {#p1}")], range.Changes["p1"]);
        Assert.Equal([v3.CommitId], range.Commits.Keys);
        Assert.True(index.Read(id, v1.CommitId, v1.CommitId, ["p1"]).FromOnMainLine);
    }

    [Fact]
    public async Task Read_BackwardsIsNotOnTheMainLineAndListsNothing()
    {
        var (id, v1) = await Create(Doc("One. {#p1}"));
        var v2 = await Write(id, Doc("Two. {#p1}"));

        var range = index.Read(id, v2.CommitId, v1.CommitId, ["p1"]);

        Assert.False(range.FromOnMainLine);
        Assert.Empty(range.Changes["p1"]);
        Assert.True(index.Precedes(id, v1.CommitId, v2.CommitId));
        Assert.False(index.Precedes(id, v2.CommitId, v1.CommitId));
        Assert.False(index.Precedes(id, v2.CommitId, v2.CommitId));
    }

    [Fact]
    public async Task Read_ReportsAMovedBlockButNotTheBlocksItPassed()
    {
        var (id, v1) = await Create(Doc("A. {#pa}", "B. {#pb}", "C. {#pc}", "D. {#pd}"));
        var v2 = await Write(id, Doc("B. {#pb}", "C. {#pc}", "A. {#pa}", "D. {#pd}"));

        var range = index.Read(id, v1.CommitId, v2.CommitId, ["pa", "pb", "pc", "pd"]);

        Assert.Equal([new BlockLineChange(v2.CommitId, "A. {#pa}")], range.Changes["pa"]);
        Assert.Empty(range.Changes["pb"]);
        Assert.Empty(range.Changes["pc"]);
        Assert.Empty(range.Changes["pd"]);
    }

    [Fact]
    public async Task Read_KeysATableByItsIdWithAllItsLinesAndFootnotesByTheirPrefix()
    {
        const string header = "| State | Action | {#t1}\n| --- | --- |";
        var (id, v1) = await Create(Doc("See the plan.[^f1] {#p1}", header + "\n| Lao PDR | survey | {#r1}\n| Iraq | clearance | {#r2}") + "\n[^f1]: The first note.\n");
        var v2 = await Write(id, Doc("See the plan.[^f1] {#p1}", header + "\n| Lao PDR | survey | {#r1}\n| Iraq | clearance and support | {#r2}") + "\n[^f1]: The first note, revised.\n");

        var range = index.Read(id, v1.CommitId, v2.CommitId, ["t1", "r2", "p1", BlockHistoryKeys.Footnote("f1")]);

        Assert.Equal(header + "\n| Lao PDR | survey | {#r1}\n| Iraq | clearance and support | {#r2}", Assert.Single(range.Changes["t1"]).Line);
        Assert.Empty(range.Changes["r2"]);
        Assert.Empty(range.Changes["p1"]);
        Assert.Equal("[^f1]: The first note, revised.", Assert.Single(range.Changes["fn:f1"]).Line);
    }

    [Fact]
    public async Task Read_TellsWhichThreadFilesChangedWithTheText()
    {
        var (id, v1) = await Create(Doc("One. {#p1}"));
        await store.CommitAsync(id, null, Change("threads/th1.json", "{}"), People.Delegate, "Comment", TestContext.Current.CancellationToken);
        var decision = await Write(id, Doc("One, as proposed. {#p1}"), more: new() { ["threads/th1.json"] = Utf8("{\"decided\":true}") });

        var range = index.Read(id, v1.CommitId, decision.CommitId, ["p1"]);

        Assert.Equal([decision.CommitId], range.Changes["p1"].Select(c => c.CommitId));
        Assert.Equal(["th1"], range.Commits[decision.CommitId].ChangedThreadIds);
    }

    [Fact]
    public async Task Index_IsUpdatedIncrementallyReadingOnlyTheNewCommitsDocuments()
    {
        var (id, v1) = await Create(Doc("One. {#p1}", "Other. {#p2}"));
        var v2 = await Write(id, Doc("Two. {#p1}", "Other. {#p2}"));
        index.Read(id, v1.CommitId, v2.CommitId, ["p1"]);
        var before = index.Statistics(id);

        await store.CommitAsync(id, null, Change("meta.json", "{\"title\":\"Renamed\"}"), People.Coordinator, "Rename", TestContext.Current.CancellationToken);
        var v4 = await Write(id, Doc("Two. {#p1}", "Other, changed. {#p2}"));
        var range = index.Read(id, v1.CommitId, v4.CommitId, ["p2"]);

        var after = index.Statistics(id);
        Assert.Equal(before.Rebuilds, after.Rebuilds);
        Assert.Equal(4, after.Commits);
        // One document.md for the new text commit while indexing; the answer for p2 at v4 reuses its lines.
        Assert.Equal(before.BlobsRead + 1, after.BlobsRead);
        Assert.Equal([new BlockLineChange(v4.CommitId, "Other, changed. {#p2}")], range.Changes["p2"]);
    }

    [Fact]
    public async Task Index_IsRebuiltWhenTheMainLineWasRewritten()
    {
        var (id, v1) = await Create(Doc("One. {#p1}"));
        var v2 = await Write(id, Doc("Two. {#p1}"));
        Assert.True(index.Precedes(id, v1.CommitId, v2.CommitId));
        var rebuilds = index.Statistics(id).Rebuilds;

        var reset = await GitCli.RunAsync(Path.Combine(folder.Path, id + ".git"), "update-ref", "refs/heads/main", v1.CommitId);
        Assert.Equal(0, reset.ExitCode);
        var other = await Write(id, Doc("Elsewhere. {#p1}"));

        var range = index.Read(id, v1.CommitId, other.CommitId, ["p1"]);
        Assert.Equal([new BlockLineChange(other.CommitId, "Elsewhere. {#p1}")], range.Changes["p1"]);
        Assert.Equal(rebuilds + 1, index.Statistics(id).Rebuilds);
        Assert.False(index.Read(id, v1.CommitId, v2.CommitId, ["p1"]).FromOnMainLine);
    }

    [Fact]
    public async Task Read_OverManyCommitsReadsOnlyTheDocumentsOfTheCommitsThatTouchedTheBlocks()
    {
        var paragraphs = Enumerable.Range(0, 40).Select(i => $"Paragraph {i} in its first form. {{#p{i:00}}}").ToArray();
        var (id, first) = await Create(Doc(paragraphs));
        VersionInfo last = first;
        for (var round = 1; round <= 150; round++)
        {
            var edited = round % 40;
            paragraphs[edited] = $"Paragraph {edited} after edit {round}. {{#p{edited:00}}}";
            last = await Write(id, Doc(paragraphs));
        }
        index.Read(id, first.CommitId, first.CommitId, ["p07"]);
        var before = index.Statistics(id).BlobsRead;

        var range = index.Read(id, first.CommitId, last.CommitId, ["p07"]);

        Assert.Equal([7, 47, 87, 127], range.Changes["p07"].Select(c => int.Parse(c.Line!.Split(' ')[4].TrimEnd('.'), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(before + 4, index.Statistics(id).BlobsRead);
        Assert.Equal(151, index.Statistics(id).Commits);
    }

    [Fact]
    public void Read_RefusesAnUnknownCommitOrDocument()
    {
        Assert.Throws<DocumentNotFoundException>(() => index.Read("nothing-here", new string('a', 40), new string('b', 40), ["p1"]));
    }

    [Fact]
    public async Task Read_RefusesACommitIdThatIsNotOfTheDocument()
    {
        var (id, v1) = await Create(Doc("One. {#p1}"));
        Assert.Throws<VersionNotFoundException>(() => index.Read(id, v1.CommitId, new string('c', 40), ["p1"]));
        Assert.Throws<VersionNotFoundException>(() => index.Read(id, v1.CommitId, "HEAD", ["p1"]));
    }
}
