using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Live;

/// <summary>
/// The live connection of the web client at <see cref="LiveSetup.HubPath"/>: join a document to receive its changes
/// and who is on it, tell others where you are. The work is done by <see cref="LiveSessions"/>.
/// </summary>
[Authorize]
public sealed class DraftingHub(LiveSessions sessions, BlockEditor editor, BlockStructureEditor structure, PeopleDirectory directory) : Hub<IDraftingClient>
{
    public Task<JoinResult> JoinDocument(string documentId, string? lastSeenCommitId) =>
        sessions.JoinAsync(Context.ConnectionId, Context.User!, documentId, lastSeenCommitId, Context.ConnectionAborted);

    public Task LeaveDocument(string documentId) => sessions.LeaveAsync(Context.ConnectionId, documentId);

    public Task UpdatePresence(string documentId, PresenceUpdate presence) =>
        sessions.UpdatePresenceAsync(Context.ConnectionId, Context.User!, documentId, presence);

    /// <summary>Stores a coordinator's new text of a block, merged with what changed since <see cref="BlockEditRequest.BaseCommitId"/>.</summary>
    public Task<EditResultView> EditBlock(string documentId, BlockEditRequest edit) =>
        editor.EditAsync(LiveSessions.RequireDocumentId(documentId), edit, Actor, Context.ConnectionAborted);

    /// <summary>A new text block; the structure methods below name the revision of the block they change and are refused when it changed.</summary>
    public Task<StructureResultView> InsertBlock(string documentId, InsertBlockRequest insert) =>
        structure.InsertAsync(LiveSessions.RequireDocumentId(documentId), insert, Actor, Context.ConnectionAborted);

    public Task<StructureResultView> DeleteBlock(string documentId, DeleteBlockRequest delete) =>
        structure.DeleteAsync(LiveSessions.RequireDocumentId(documentId), delete, Actor, Context.ConnectionAborted);

    public Task<StructureResultView> MoveBlock(string documentId, MoveBlockRequest move) =>
        structure.MoveAsync(LiveSessions.RequireDocumentId(documentId), move, Actor, Context.ConnectionAborted);

    public Task<StructureResultView> SplitBlock(string documentId, SplitBlockRequest split) =>
        structure.SplitAsync(LiveSessions.RequireDocumentId(documentId), split, Actor, Context.ConnectionAborted);

    public Task<StructureResultView> MergeBlocks(string documentId, MergeBlocksRequest merge) =>
        structure.MergeAsync(LiveSessions.RequireDocumentId(documentId), merge, Actor, Context.ConnectionAborted);

    private Actor Actor => CurrentActor.FromPrincipal(Context.User!, directory);

    public override Task OnDisconnectedAsync(Exception? exception) => sessions.DisconnectAsync(Context.ConnectionId);
}
