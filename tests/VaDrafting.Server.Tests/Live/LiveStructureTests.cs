using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Live;

namespace VaDrafting.Server.Tests.Live;

public sealed class LiveStructureTests(LiveServer server) : IClassFixture<LiveServer>
{
    private const string Last = "plast";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<string> ImportAsync()
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var created = await coordinator.PostAsync("/api/documents", HttpAssertions.WordUpload(WordFiles.Docx(WordFiles.SmallGuidance())), Cancel)
            .WaitAsync(LiveClient.Timeout, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadAsync<CreatedDocumentView>()).Id;
    }

    private async Task<DocumentView> DocumentAsync(string id)
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        return await (await coordinator.GetAsync($"/api/documents/{id}", Cancel).WaitAsync(LiveClient.Timeout, Cancel)).ReadAsync<DocumentView>();
    }

    private async Task<BlockSourceView> BlockAsync(string id, string blockId)
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        return await (await coordinator.GetAsync($"/api/documents/{id}/blocks/{blockId}", Cancel).WaitAsync(LiveClient.Timeout, Cancel)).ReadAsync<BlockSourceView>();
    }

    private static Task<StructureResultView> InvokeAsync(LiveClient client, string method, string id, object request) =>
        client.Connection.InvokeAsync<StructureResultView>(method, id, request, Cancel).WaitAsync(LiveClient.Timeout, Cancel);

    [Fact]
    public async Task SplitThenMerge_GivesTwoBlocksAndThenTheOriginalText_OneCommitEach()
    {
        var id = await ImportAsync();
        await using var editor = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);
        var last = await BlockAsync(id, Last);

        var split = await InvokeAsync(editor, nameof(DraftingHub.SplitBlock), id, new SplitBlockRequest(Last, last.Revision, "Progress is ".Length));

        Assert.Equal(2, split.BlockIds.Count);
        Assert.Equal(Last, split.BlockIds[0]);
        Assert.Equal("Progress is ", (await BlockAsync(id, Last)).Text);
        Assert.Equal("measured against the national action plan.", (await BlockAsync(id, split.BlockIds[1])).Text);

        var firstHalf = await BlockAsync(id, Last);
        var merged = await InvokeAsync(editor, nameof(DraftingHub.MergeBlocks), id, new MergeBlocksRequest(Last, firstHalf.Revision));

        Assert.Equal([Last], merged.BlockIds);
        var after = await BlockAsync(id, Last);
        Assert.Equal((last.Text, last.Revision, merged.Version.CommitId), (after.Text, after.Revision, after.CommitId));
        Assert.Equal(split.Version.CommitId, merged.Version.ParentId);
    }

    [Fact]
    public async Task InsertMoveAndDelete_ChangeTheOrderOfBlocks_AndReachReaders()
    {
        var id = await ImportAsync();
        await using var editor = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);
        await using var reader = await LiveClient.ConnectAsync(server, DemoPeople.Observer);
        await reader.JoinAsync(id);

        var inserted = await InvokeAsync(editor, nameof(DraftingHub.InsertBlock), id, new InsertBlockRequest("hintro", "quote", null, null, "Nothing about us *without* us."));
        var newId = Assert.Single(inserted.BlockIds);
        var change = await reader.WaitForAsync<BlockChangedView>(nameof(IDraftingClient.BlockChanged), c => c.BlockId == newId);
        Assert.Equal("quote", change.Block.Type);
        var afterInsert = await DocumentAsync(id);
        Assert.Equal(newId, afterInsert.Blocks[1].Id);
        Assert.Equal("hintro", change.AfterBlockId);
        Assert.Equal(afterInsert.Blocks.Count, change.BlockCount);
        Assert.Equal(change.Revision, afterInsert.Blocks[1].Revision);

        var moved = await InvokeAsync(editor, nameof(DraftingHub.MoveBlock), id, new MoveBlockRequest(Last, (await BlockAsync(id, Last)).Revision, null));
        Assert.Equal([Last], moved.BlockIds);
        Assert.Equal(Last, (await DocumentAsync(id)).Blocks[0].Id);
        var movedChange = await reader.WaitForAsync<BlockChangedView>(nameof(IDraftingClient.BlockChanged), c => c.BlockId == Last && c.Version.CommitId == moved.Version.CommitId);
        Assert.Null(movedChange.AfterBlockId);

        await InvokeAsync(editor, nameof(DraftingHub.DeleteBlock), id, new DeleteBlockRequest(newId, change.Revision));
        Assert.DoesNotContain((await DocumentAsync(id)).Blocks, b => b.Id == newId);
        await reader.WaitForAsync<VersionAddedView>(nameof(IDraftingClient.VersionAdded), v => v.Version.Message.StartsWith("Delete a block", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StructureChanges_WithAStaleRevisionOrByAContributor_AreRefused_AndStoreNothing()
    {
        var id = await ImportAsync();
        await using var editor = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);
        await using var contributor = await LiveClient.ConnectAsync(server, DemoPeople.Contributor);
        var before = await DocumentAsync(id);
        var last = await BlockAsync(id, Last);
        await editor.EditBlockAsync(id, Last, last.CommitId, "Progress is measured every year.");
        var edited = await DocumentAsync(id);

        var stale = await Assert.ThrowsAnyAsync<Exception>(() => InvokeAsync(editor, nameof(DraftingHub.DeleteBlock), id, new DeleteBlockRequest(Last, last.Revision)));
        Assert.Contains("changed meanwhile", LiveClient.Shown(stale), StringComparison.Ordinal);
        var forbidden = await Assert.ThrowsAnyAsync<Exception>(() => InvokeAsync(contributor, nameof(DraftingHub.InsertBlock), id, new InsertBlockRequest(null, "paragraph", null, null, "Text.")));
        Assert.Contains("cannot edit the text", LiveClient.Shown(forbidden), StringComparison.Ordinal);
        var current = await BlockAsync(id, Last);
        var badOffset = await Assert.ThrowsAnyAsync<Exception>(() => InvokeAsync(editor, nameof(DraftingHub.SplitBlock), id, new SplitBlockRequest(Last, current.Revision, 999)));
        Assert.Contains("outside the text", LiveClient.Shown(badOffset), StringComparison.Ordinal);

        var after = await DocumentAsync(id);
        Assert.Equal(edited.Version.CommitId, after.Version.CommitId);
        Assert.Equal(before.Blocks.Select(b => b.Id), after.Blocks.Select(b => b.Id));
    }
}
