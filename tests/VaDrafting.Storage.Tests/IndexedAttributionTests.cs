using System.Text;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using VaDrafting.Storage.History;
using Xunit;
using static VaDrafting.Storage.Tests.Stores;

namespace VaDrafting.Storage.Tests;

public sealed class IndexedAttributionTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly GitDocumentStore store;
    private readonly GitBlockHistoryIndex index;

    public IndexedAttributionTests()
    {
        store = Open(folder.Path);
        index = new GitBlockHistoryIndex(store);
    }

    public void Dispose() => folder.Dispose();

    private static string Doc(params string[] lines) => string.Join("\n\n", lines) + "\n";

    private DraftDocument At(string id, string commitId) =>
        DocumentMarkdown.Parse(Encoding.UTF8.GetString(store.ReadFile(id, commitId, "document.md")!));

    private Task<VersionInfo> Write(string id, string text, CommitAuthor author, string? threadFile = null)
    {
        var changes = Change("document.md", text);
        if (threadFile is not null) changes[threadFile] = Encoding.UTF8.GetBytes("{}");
        return store.CommitAsync(id, null, changes, author, "Edit", TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Attribute_NamesTheVersionThatMadeEachChangeReadFromTheRepository()
    {
        var id = UniqueId("attribution");
        var v1 = await store.CreateAsync(id, InitialFiles(Doc("Victims need services. {#para1}", "Keep this. {#para2}")), People.Coordinator, "Import",
            TestContext.Current.CancellationToken);
        var v2 = await Write(id, Doc("Victims need accessible services. {#para1}", "Keep this. {#para2}"), People.Delegate, "threads/th1.json");
        var v3 = await Write(id, Doc("Victims need accessible services. {#para1}", "Keep this. {#para2}", "A new paragraph. {#para3}"), People.Coordinator);

        var redline = RedlineBuilder.Build(At(id, v1.CommitId), At(id, v3.CommitId));
        var result = IndexedAttribution.Attribute(index, id, v1, v3, redline, commit => At(id, commit));

        var inserted = result.Redline.Blocks.Single(b => b.BlockId == "para1").Segments.Single(s => s.Kind == SegmentKind.Inserted);
        Assert.Equal(v2.CommitId, inserted.By?.CommitId);
        Assert.Equal(People.Delegate.Name, inserted.By?.AuthorName);
        Assert.Equal(v3.CommitId, result.Redline.Blocks.Single(b => b.BlockId == "para3").By?.CommitId);
        Assert.Equal(new Dictionary<string, string> { [v2.CommitId] = "th1" }, result.DecisionThreads);
        Assert.Equal(At(id, v3.CommitId), RedlineApplier.Accept(result.Redline));
    }

    [Fact]
    public async Task Attribute_GivesEveryChangeToTheNewerVersionWhenComparingBackwards()
    {
        var id = UniqueId("attribution");
        var v1 = await store.CreateAsync(id, InitialFiles(Doc("First text. {#para1}")), People.Coordinator, "Import", TestContext.Current.CancellationToken);
        var v2 = await Write(id, Doc("Second text. {#para1}"), People.Delegate);

        var redline = RedlineBuilder.Build(At(id, v2.CommitId), At(id, v1.CommitId));
        var result = IndexedAttribution.Attribute(index, id, v2, v1, redline, commit => At(id, commit));

        var stamps = result.Redline.Blocks.SelectMany(b => b.Segments).Where(s => s.Kind != SegmentKind.Equal).Select(s => s.By?.CommitId).Distinct();
        Assert.Equal([v1.CommitId], stamps);
        Assert.Empty(result.DecisionThreads);
    }
}
