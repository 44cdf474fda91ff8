using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using VaDrafting.Core.Access;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Documents;
using VaDrafting.Storage;

namespace VaDrafting.Server.Live;

/// <summary>
/// What the hub's methods do: joining a document (with the versions the client missed), leaving it, and moving
/// within it, with the presence broadcasts that follow. Every call checks, at the latest version, that the person may
/// read the document.
/// </summary>
public sealed class LiveSessions(
    IHubContext<DraftingHub, IDraftingClient> hub,
    DocumentService documents,
    IDocumentStore store,
    PeopleDirectory directory,
    PresenceTracker presence,
    PresenceBroadcaster broadcaster,
    LatestBlockIds latestBlocks,
    IOptions<LiveOptions> options)
{
    /// <summary>The most versions a join returns; the client reloads when it missed more.</summary>
    public const int MaxMissedVersions = 200;

    /// <summary>
    /// Joins the connection to the document. <paramref name="connectionAborted"/> is the connection's own token: a
    /// connection that closes while joining may have been cleaned up already, so the join undoes itself.
    /// </summary>
    public async Task<JoinResult> JoinAsync(
        string connectionId, ClaimsPrincipal user, string? documentId, string? lastSeenCommitId, CancellationToken connectionAborted)
    {
        var id = RequireDocumentId(documentId);
        var actor = CurrentActor.FromPrincipal(user, directory);
        var role = documents.RequireRole(id, actor, DocumentAction.Read);
        var limit = options.Value.MaxDocumentsPerConnection;
        if (!presence.IsOn(id, connectionId) && presence.DocumentCount(connectionId) >= limit)
            throw new HubException($"You follow {limit} documents on this connection already; leave one before joining another.");

        var member = new LiveMember(actor.UserId, actor.Name, actor.OrganisationId, actor.OrganisationName, role == DocumentRole.Coordinator);
        var previous = presence.Join(id, connectionId, member);
        // Groups first, history second: a version committed meanwhile arrives twice rather than not at all.
        var groups = GroupsOf(id, member).ToList();
        foreach (var group in groups) await hub.Groups.AddToGroupAsync(connectionId, group);
        if (previous is not null)
        {
            // Joining again after a change of role or organisation: leave only the groups that no longer apply.
            foreach (var group in GroupsOf(id, previous).Except(groups)) await hub.Groups.RemoveFromGroupAsync(connectionId, group);
        }

        JoinResult result;
        try
        {
            result = lastSeenCommitId is null
                // A client that has just loaded the document missed nothing: no history to read (a thousand may join at once).
                ? new JoinResult(store.Resolve(id, "HEAD").CommitId, [], false, [])
                : CatchUp(id, actor, lastSeenCommitId);
        }
        catch
        {
            // A join that fails leaves nothing behind: no groups, no presence.
            await LeaveAsync(connectionId, id);
            throw;
        }
        if (connectionAborted.IsCancellationRequested)
        {
            await DisconnectAsync(connectionId);
            throw new HubException("The connection closed while joining the document.");
        }
        await BroadcastPresenceAsync(id);
        var present = presence.Present(id);
        return result with { Present = PresenceLists.Shown(present), PresentTotal = present.Count };
    }

    public async Task LeaveAsync(string connectionId, string? documentId)
    {
        var id = RequireDocumentId(documentId);
        var member = presence.Leave(id, connectionId);
        if (member is null) return;
        await RemoveFromGroupsAsync(connectionId, id, member);
        await BroadcastPresenceAsync(id);
    }

    public async Task UpdatePresenceAsync(string connectionId, ClaimsPrincipal user, string? documentId, PresenceUpdate? update)
    {
        var id = RequireDocumentId(documentId);
        var actor = CurrentActor.FromPrincipal(user, directory);
        var role = documents.RequireRole(id, actor, DocumentAction.Read);
        if (update is null) throw new HubException("Send where you are as { sectionId, editingBlockId } (either may be null).");
        if (!presence.IsOn(id, connectionId)) throw new HubException("Join the document before telling others where you are in it.");
        if (update.EditingBlockId is not null && !DocumentPermissions.Allows(role, DocumentAction.EditText))
            throw new HubException($"As {role} of this document you cannot edit its text.");
        var blocks = latestBlocks.Of(id);
        foreach (var blockId in new[] { update.SectionId, update.EditingBlockId })
        {
            if (blockId is not null && !blocks.Contains(blockId))
                throw new HubException($"The latest version of the document has no block '{Shorten(blockId)}'; reload it.");
        }
        if (!presence.Move(id, connectionId, update.SectionId, update.EditingBlockId)) return;
        await BroadcastPresenceAsync(id);
    }

    /// <summary>A closed connection leaves every document it was on (SignalR drops its groups itself).</summary>
    public async Task DisconnectAsync(string connectionId)
    {
        foreach (var documentId in presence.LeaveAll(connectionId))
        {
            await BroadcastPresenceAsync(documentId);
        }
    }

    private JoinResult CatchUp(string documentId, Actor actor, string lastSeenCommitId)
    {
        var history = documents.History(documentId, 1, MaxMissedVersions, actor);
        var tags = DocumentsApi.TagsByCommit(store, documentId);
        var (missed, truncated) = Missed(history, lastSeenCommitId);
        return new JoinResult(history.Items[0].CommitId, [.. missed.Select(v => DocumentViewMapper.ToView(v, tags))], truncated, []);
    }

    /// <summary>
    /// The versions after <paramref name="lastSeenCommitId"/>, newest first. The latest page, marked truncated, when it is not among them (unknown, or too far back).
    /// </summary>
    private static (IReadOnlyList<VersionInfo> Missed, bool Truncated) Missed(HistoryPage history, string lastSeenCommitId)
    {
        var seen = history.Items.Select(v => v.CommitId).ToList().IndexOf(lastSeenCommitId);
        return seen >= 0 ? ([.. history.Items.Take(seen)], false) : (history.Items, true);
    }

    /// <summary>Tells the document's clients who is on it now: after people left without a call of their own (their server instance stopped).</summary>
    public Task RefreshPresenceAsync(string documentId) => BroadcastPresenceAsync(documentId);

    private Task BroadcastPresenceAsync(string documentId) => broadcaster.ChangedAsync(documentId);

    private async Task RemoveFromGroupsAsync(string connectionId, string documentId, LiveMember member)
    {
        foreach (var group in GroupsOf(documentId, member)) await hub.Groups.RemoveFromGroupAsync(connectionId, group);
    }

    private static IEnumerable<string> GroupsOf(string documentId, LiveMember member)
    {
        yield return LiveGroups.Document(documentId);
        if (member.OrganisationId is not null) yield return LiveGroups.Organisation(documentId, member.OrganisationId);
        if (member.IsCoordinator) yield return LiveGroups.Coordinators(documentId);
    }

    internal static string RequireDocumentId(string? documentId) =>
        string.IsNullOrWhiteSpace(documentId) ? throw new HubException("Name the document (documentId).") : documentId;

    internal static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
