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
public sealed class DraftingHub(LiveSessions sessions, BlockEditor editor, PeopleDirectory directory) : Hub<IDraftingClient>
{
    public Task<JoinResult> JoinDocument(string documentId, string? lastSeenCommitId) =>
        sessions.JoinAsync(Context.ConnectionId, Context.User!, documentId, lastSeenCommitId, Context.ConnectionAborted);

    public Task LeaveDocument(string documentId) => sessions.LeaveAsync(Context.ConnectionId, documentId);

    public Task UpdatePresence(string documentId, PresenceUpdate presence) =>
        sessions.UpdatePresenceAsync(Context.ConnectionId, Context.User!, documentId, presence);

    /// <summary>Stores a coordinator's new text of a block, merged with what changed since <see cref="BlockEditRequest.BaseCommitId"/>.</summary>
    public Task<EditResultView> EditBlock(string documentId, BlockEditRequest edit) =>
        editor.EditAsync(LiveSessions.RequireDocumentId(documentId), edit, CurrentActor.FromPrincipal(Context.User!, directory), Context.ConnectionAborted);

    public override Task OnDisconnectedAsync(Exception? exception) => sessions.DisconnectAsync(Context.ConnectionId);
}
