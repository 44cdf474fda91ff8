using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using VaDrafting.Core.Collaboration;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Live;

namespace VaDrafting.Server.Tests.Live;

public sealed class LiveEditTests(LiveServer server) : IClassFixture<LiveServer>
{
    private const string Scope = "pscope";
    private const string Last = "plast";
    private const string Table = "tindic";
    private const string LastText = "Progress is measured against the national action plan.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<string> ImportAsync(string lastParagraph = LastText)
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var created = await coordinator.PostAsync("/api/documents", HttpAssertions.WordUpload(WordFiles.Docx(WordFiles.SmallGuidance(lastParagraph))), Cancel)
            .WaitAsync(LiveClient.Timeout, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadAsync<CreatedDocumentView>()).Id;
    }

    private async Task<BlockSourceView> BlockAsync(string id, string blockId)
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var response = await coordinator.GetAsync($"/api/documents/{id}/blocks/{blockId}", Cancel).WaitAsync(LiveClient.Timeout, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<BlockSourceView>();
    }

    private async Task<List<VersionView>> HistoryAsync(string id)
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var response = await coordinator.GetAsync($"/api/documents/{id}/versions?pageSize=200", Cancel).WaitAsync(LiveClient.Timeout, Cancel);
        return [.. (await response.ReadAsync<HistoryView>()).Items];
    }

    [Fact]
    public async Task GetBlock_GivesCoordinatorsTheInlineMarkdownRevisionAndLatestVersion()
    {
        var id = await ImportAsync();
        var head = (await HistoryAsync(id))[0];

        var scope = await BlockAsync(id, Scope);

        Assert.Equal((Scope, "paragraph", head.CommitId), (scope.BlockId, scope.Kind, scope.CommitId));
        Assert.Equal("This guidance helps **affected States** plan victim assistance.[^fnlap]", scope.Text);
        Assert.Equal(BlockRevision.Of(WordFiles.SmallGuidance().Blocks.Single(b => b.Id == Scope)), scope.Revision);
        var item = await BlockAsync(id, "bhealth");
        Assert.Equal(("listItem", 1, "bulleted"), (item.Kind, item.Level, item.ListKind));
    }

    [Theory]
    [InlineData(DemoPeople.Contributor, Scope, HttpStatusCode.Forbidden)]
    [InlineData(DemoPeople.Observer, Scope, HttpStatusCode.Forbidden)]
    [InlineData(DemoPeople.Coordinator, "nosuch", HttpStatusCode.NotFound)]
    [InlineData(DemoPeople.Coordinator, Table, HttpStatusCode.BadRequest)]
    public async Task GetBlock_RefusesOthersUnknownBlocksAndTables_WithProblemDetails(string person, string blockId, HttpStatusCode expected)
    {
        var id = await ImportAsync();
        var client = await server.SignInAsync(person);

        var response = await client.GetAsync($"/api/documents/{id}/blocks/{blockId}", Cancel).WaitAsync(LiveClient.Timeout, Cancel);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetBlock_OfAnUnknownDocument_IsNotFound()
    {
        var client = await server.SignInAsync(DemoPeople.Coordinator);
        var response = await client.GetAsync("/api/documents/no-such-document/blocks/pscope", Cancel).WaitAsync(LiveClient.Timeout, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EditBlock_SavesOneCommitByTheEditor_KeepsTheFootnote_AndTellsAnotherReader()
    {
        var id = await ImportAsync();
        await using var editor = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);
        await using var reader = await LiveClient.ConnectAsync(server, DemoPeople.Observer);
        await reader.JoinAsync(id);
        var source = await BlockAsync(id, Scope);
        var edited = source.Text.Replace("plan victim assistance", "plan and fund victim assistance", StringComparison.Ordinal);

        var result = await editor.EditBlockAsync(id, Scope, source.CommitId, edited);

        Assert.Equal((EditOutcome.Saved, Scope, edited), (result.Outcome, result.BlockId, result.Text));
        Assert.NotNull(result.Version);
        var history = await HistoryAsync(id);
        Assert.Equal(2, history.Count);
        Assert.Equal((result.Version.CommitId, DemoPeople.Coordinator, "Edit “Introduction” (pscope)"), (history[0].CommitId, history[0].AuthorId, history[0].Message));
        var now = await BlockAsync(id, Scope);
        Assert.Equal((edited, result.Revision, result.Version.CommitId), (now.Text, now.Revision, now.CommitId));

        var change = await reader.WaitForAsync<BlockChangedView>(nameof(IDraftingClient.BlockChanged), c => c.Version.CommitId == result.Version.CommitId);
        Assert.Equal((Scope, result.Revision, "paragraph"), (change.BlockId, change.Revision, change.Block.Type));
        var reference = Assert.Single(change.Block.Content!, inline => inline.Type == "footnoteRef");
        Assert.Equal(("fnlap", 1), (reference.FootnoteId, reference.Number));
        // The BlockChanged stands for the version: it carries who made it, and no VersionAdded doubles it.
        Assert.Equal((DemoPeople.Coordinator, "Edit “Introduction” (pscope)"), (change.Version.AuthorId, change.Version.Message));
        await reader.Connection.InvokeAsync("LeaveDocument", id, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(reader.Events, e => e.Name == nameof(IDraftingClient.VersionAdded));
    }

    [Fact]
    public async Task EditBlock_SameTextAsStored_IsUnchanged_AndCommitsNothing()
    {
        var id = await ImportAsync();
        await using var editor = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);
        var source = await BlockAsync(id, Last);

        var result = await editor.EditBlockAsync(id, Last, source.CommitId, source.Text);

        Assert.Equal((EditOutcome.Unchanged, LastText, source.Revision), (result.Outcome, result.Text, result.Revision));
        Assert.Null(result.Version);
        Assert.Single(await HistoryAsync(id));
    }

    [Fact]
    public async Task TwoEditorsChangingDifferentWordsFromTheSameBase_BothSurvive_TheSecondAsMerged()
    {
        var id = await ImportAsync();
        await using var panama = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);
        await using var chile = await LiveClient.ConnectAsync(server, DemoPeople.SecondCoordinator);
        var source = await BlockAsync(id, Last);

        var first = await panama.EditBlockAsync(id, Last, source.CommitId, "Progress is measured yearly against the national action plan.");
        var second = await chile.EditBlockAsync(id, Last, source.CommitId, "Progress is measured against the national victim assistance plan.");

        Assert.Equal(EditOutcome.Saved, first.Outcome);
        Assert.Equal(EditOutcome.Merged, second.Outcome);
        const string both = "Progress is measured yearly against the national victim assistance plan.";
        Assert.Equal(both, second.Text);
        Assert.Equal(both, (await BlockAsync(id, Last)).Text);
        var history = await HistoryAsync(id);
        Assert.Equal([DemoPeople.SecondCoordinator, DemoPeople.Coordinator], history.Take(2).Select(v => v.AuthorId));
    }

    [Fact]
    public async Task OverlappingEdits_TheSecondGetsAConflictWithAllThreeTexts_AndNothingIsStored()
    {
        var id = await ImportAsync();
        await using var panama = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);
        await using var chile = await LiveClient.ConnectAsync(server, DemoPeople.SecondCoordinator);
        var source = await BlockAsync(id, Last);
        const string panamaText = "Progress is measured against the national disability plan.";
        const string chileText = "Progress is measured against the national health plan.";

        var first = await panama.EditBlockAsync(id, Last, source.CommitId, panamaText);
        var second = await chile.EditBlockAsync(id, Last, source.CommitId, chileText);

        Assert.Equal(EditOutcome.Saved, first.Outcome);
        Assert.Equal((EditOutcome.Conflict, panamaText, first.Revision), (second.Outcome, second.Text, second.Revision));
        Assert.Null(second.Version);
        var conflict = Assert.IsType<EditConflictView>(second.Conflict);
        Assert.Equal((LastText, chileText, panamaText), (conflict.Ancestor, conflict.Mine, conflict.Theirs));
        Assert.Equal(nameof(BlockConflictReason.OverlappingText), conflict.Reason);
        var region = Assert.Single(conflict.Regions);
        Assert.Contains("health", region.Mine, StringComparison.Ordinal);
        Assert.Contains("disability", region.Theirs, StringComparison.Ordinal);
        Assert.Equal(2, (await HistoryAsync(id)).Count);
        Assert.Equal(panamaText, (await BlockAsync(id, Last)).Text);
    }

    [Fact]
    public async Task FiftyEditorsAtOnceFromTheSameBase_EachGetsAnAnswer_AndGitHoldsExactlyTheSavedEdits()
    {
        const int editors = 50;
        const int words = 25;
        var paragraph = string.Join(" ", Enumerable.Range(0, words).Select(w => $"word{w:00}")) + ".";
        var id = await ImportAsync(paragraph);
        var token = await server.TokenAsync(DemoPeople.Coordinator).WaitAsync(LiveClient.Timeout, Cancel);
        var clients = await Task.WhenAll(Enumerable.Range(0, editors).Select(i => LiveClient.ConnectWithTokenAsync(server, $"editor{i}", token)));
        try
        {
            var source = await BlockAsync(id, Last);
            // Editors i and i + 25 change the same word differently; all others change different words.
            string Replacement(int editor) => $"edit{editor:00}";
            string TextOf(int editor) => source.Text.Replace($"word{editor % words:00}", Replacement(editor), StringComparison.Ordinal);

            var results = await Task.WhenAll(clients.Select((client, i) => client.EditBlockAsync(id, Last, source.CommitId, TextOf(i))));

            Assert.All(results, r => Assert.Contains(r.Outcome, new[] { EditOutcome.Saved, EditOutcome.Merged, EditOutcome.Conflict }));
            var saved = results.Select((r, i) => (Result: r, Editor: i)).Where(s => s.Result.Outcome is EditOutcome.Saved or EditOutcome.Merged).ToList();
            Assert.Equal(EditOutcome.Saved, Assert.Single(saved, s => s.Result.Outcome == EditOutcome.Saved).Result.Outcome);
            Assert.Contains(results, r => r.Outcome == EditOutcome.Conflict);
            var history = await HistoryAsync(id);
            var edits = history.Where(v => v.Message == "Edit “Part I. Affected States” (plast)").ToList();
            Assert.Equal(saved.Count, edits.Count);
            Assert.Equal(edits.Select(v => v.CommitId).Order(StringComparer.Ordinal), saved.Select(s => s.Result.Version!.CommitId).Order(StringComparer.Ordinal));
            var last = saved.Single(s => s.Result.Version!.CommitId == history[0].CommitId);
            var final = await BlockAsync(id, Last);
            Assert.Equal(last.Result.Text, final.Text);
            Assert.All(saved, s => Assert.Contains(Replacement(s.Editor), final.Text, StringComparison.Ordinal));
            for (var word = 0; word < words; word++)
            {
                Assert.Single(saved, s => s.Editor % words == word);
            }
        }
        finally
        {
            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    [Fact]
    public async Task Refusals_StoreNothing_AndLeaveTheConnectionUsable()
    {
        var id = await ImportAsync();
        await using var contributor = await LiveClient.ConnectAsync(server, DemoPeople.Contributor);
        await using var coordinator = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);
        var source = await BlockAsync(id, Scope);
        var forged = new string('a', 40);

        var refusals = new List<(LiveClient Client, string BlockId, string Base, string Text, string Message)>
        {
            (contributor, Scope, source.CommitId, "Changed by a contributor.", "cannot edit the text"),
            (coordinator, Scope, forged, "Changed from a version that does not exist.", "is not a version of this document"),
            (coordinator, Scope, "HEAD", "Changed from a name, not a version.", "is not a version of this document"),
            (coordinator, "nosuch", source.CommitId, "Changed in a block that does not exist.", "There is no block 'nosuch'"),
            (coordinator, Scope, source.CommitId, new string('x', BlockEditor.MaxTextLength + 1), "at most 20,000 characters"),
            (coordinator, Scope, source.CommitId, "It cites a footnote that does not exist.[^fnnone]", "fnnone"),
            (coordinator, Table, source.CommitId, "A table is not edited as text.", "table"),
        };
        foreach (var (client, blockId, baseCommitId, text, message) in refusals)
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => client.EditBlockAsync(id, blockId, baseCommitId, text));
            Assert.Contains(message, LiveClient.Shown(refused), StringComparison.Ordinal);
        }
        var unknownDocument = await Assert.ThrowsAnyAsync<Exception>(() => coordinator.EditBlockAsync("no-such-document", Scope, source.CommitId, "Text."));
        Assert.StartsWith("There is no document", LiveClient.Shown(unknownDocument), StringComparison.Ordinal);

        Assert.Single(await HistoryAsync(id));
        Assert.Equal(source.Text, (await BlockAsync(id, Scope)).Text);
        await contributor.JoinAsync(id);
        var saved = await coordinator.EditBlockAsync(id, Scope, source.CommitId, source.Text.Replace("helps", "guides", StringComparison.Ordinal));
        Assert.Equal(EditOutcome.Saved, saved.Outcome);
    }

    [Fact]
    public async Task EditBlock_StoresMarkdownFormatting_AsTheDocumentReadsIt()
    {
        var id = await ImportAsync();
        await using var editor = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);
        var source = await BlockAsync(id, Last);

        var result = await editor.EditBlockAsync(id, Last, source.CommitId, "Progress is *measured* against the [plan](https://example.org/plan).");

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        var content = InlineMarkdown.Parse(result.Text);
        Assert.Contains(content, inline => inline is TextInline { Text: "measured", Marks: TextMarks.Italic });
        Assert.Contains(content, inline => inline is TextInline { Text: "plan", Href: "https://example.org/plan" });
    }
}
