using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace VaDrafting.Server.Live;

/// <summary>
/// The live connection of the web client at <see cref="LiveSetup.HubPath"/>: join a document to receive its changes
/// and who is on it, tell others where you are. The work is done by <see cref="LiveSessions"/>.
/// </summary>
[Authorize]
public sealed class DraftingHub(LiveSessions sessions) : Hub<IDraftingClient>
{
    public Task<JoinResult> JoinDocument(string documentId, string? lastSeenCommitId) =>
        sessions.JoinAsync(Context.ConnectionId, Context.User!, documentId, lastSeenCommitId, Context.ConnectionAborted);

    public Task LeaveDocument(string documentId) => sessions.LeaveAsync(Context.ConnectionId, documentId);

    public Task UpdatePresence(string documentId, PresenceUpdate presence) =>
        sessions.UpdatePresenceAsync(Context.ConnectionId, Context.User!, documentId, presence);

    public override Task OnDisconnectedAsync(Exception? exception) => sessions.DisconnectAsync(Context.ConnectionId);
}
