using Microsoft.AspNetCore.SignalR;
using VaDrafting.Core.Collaboration;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Model;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;
using VaDrafting.Storage;

namespace VaDrafting.Server.Live;

/// <summary>
/// Publishes the services' events to the hub's groups: each event is serialised once per group and goes only to
/// the groups whose members may all see it (<see cref="LiveAudience"/>). Failures are logged, never thrown.
/// </summary>
public sealed class HubDocumentEvents(
    IHubContext<DraftingHub, IDraftingClient> hub,
    VersionDisclosure disclosure,
    PresenceTracker presence,
    TimeProvider time,
    ILogger<HubDocumentEvents> logger) : IDocumentEvents
{
    /// <summary>
    /// The version as everyone outside its author's organisation sees it goes to the document; when that hides the
    /// author, the real one also goes to the author's organisation (or to the author alone, outside any).
    /// </summary>
    public Task VersionAddedAsync(string documentId, VersionInfo version, bool textChanged) =>
        PublishAsync("VersionAdded", documentId, async () =>
        {
            var shown = disclosure.ForOutsiders(documentId, version);
            await hub.Clients.Group(LiveGroups.Document(documentId)).VersionAdded(documentId, new VersionAddedView(DocumentViewMapper.ToView(shown), textChanged));
            if (shown != version) await SendRealVersionToAuthorsSideAsync(documentId, version, textChanged);
        });

    /// <summary>The author's organisation (or the author alone, outside any) sees who made a version outsiders see masked.</summary>
    private Task SendRealVersionToAuthorsSideAsync(string documentId, VersionInfo version, bool textChanged)
    {
        var organisation = disclosure.AuthorOrganisation(version);
        var authorsSide = organisation is null
            ? hub.Clients.Clients(presence.ConnectionsOf(documentId, version.AuthorId))
            : hub.Clients.Group(LiveGroups.Organisation(documentId, organisation));
        return authorsSide.VersionAdded(documentId, new VersionAddedView(DocumentViewMapper.ToView(version), textChanged));
    }

    /// <summary>
    /// Everyone on the document may read its text, so the block goes to the document with the version as outsiders see
    /// it; clients take that version as added. When it is masked, the author's side also gets the real one.
    /// </summary>
    public Task BlockChangedAsync(string documentId, VersionInfo version, DraftDocument content, string blockId) =>
        PublishAsync("BlockChanged", documentId, async () =>
        {
            var index = content.Blocks.ToList().FindIndex(b => b.Id == blockId);
            var block = content.Blocks[index];
            var afterBlockId = index == 0 ? null : content.Blocks[index - 1].Id;
            var outsiders = disclosure.ForOutsiders(documentId, version);
            var change = new BlockChangedView(blockId, BlockRevision.Of(block), DocumentViewMapper.ToView(outsiders), DocumentViewMapper.ToView(block, content), afterBlockId, content.Blocks.Count);
            await hub.Clients.Group(LiveGroups.Document(documentId)).BlockChanged(documentId, change);
            if (outsiders != version) await SendRealVersionToAuthorsSideAsync(documentId, version, textChanged: true);
        });

    public Task ThreadChangedAsync(string documentId, Round round, CommentThread thread, ThreadView view) =>
        PublishAsync("ThreadChanged", documentId, () =>
            Task.WhenAll(Recipients(documentId, LiveAudience.OfThread(round, thread, time.GetUtcNow())).Select(c => c.ThreadChanged(documentId, view))));

    public Task ThreadRemovedAsync(string documentId, Round round, CommentThread thread) =>
        PublishAsync("ThreadRemoved", documentId, () =>
            Task.WhenAll(Recipients(documentId, LiveAudience.OfThread(round, thread, time.GetUtcNow())).Select(c => c.ThreadRemoved(documentId, thread.Id))));

    public Task RoundChangedAsync(string documentId, RoundView round) =>
        PublishAsync("RoundChanged", documentId, () => hub.Clients.Group(LiveGroups.Document(documentId)).RoundChanged(documentId, round));

    public Task AnswerChangedAsync(string documentId, Round round, QuestionAnswer answer, AnswerView view) =>
        PublishAsync("AnswerChanged", documentId, () =>
            Task.WhenAll(Recipients(documentId, LiveAudience.OfAnswer(round, answer, time.GetUtcNow())).Select(c => c.AnswerChanged(documentId, view))));

    /// <summary>
    /// The client proxies that reach an audience, each connection once: a coordinator is in both the coordinators'
    /// group and their organisation's, so the organisation's group is sent to without its coordinators.
    /// </summary>
    private IEnumerable<IDraftingClient> Recipients(string documentId, Audience audience)
    {
        switch (audience.Kind)
        {
            case AudienceKind.Everyone:
                yield return hub.Clients.Group(LiveGroups.Document(documentId));
                break;
            case AudienceKind.OrganisationAndCoordinators:
                yield return hub.Clients.Group(LiveGroups.Coordinators(documentId));
                if (audience.OrganisationId is not null)
                {
                    yield return hub.Clients.GroupExcept(
                        LiveGroups.Organisation(documentId, audience.OrganisationId), presence.CoordinatorConnections(documentId));
                }
                break;
            case AudienceKind.OrganisationOnly when audience.OrganisationId is not null:
                yield return hub.Clients.Group(LiveGroups.Organisation(documentId, audience.OrganisationId));
                break;
            case AudienceKind.OrganisationOnly when audience.PersonId is not null:
                yield return hub.Clients.Clients(presence.ConnectionsOf(documentId, audience.PersonId));
                break;
        }
    }

    private async Task PublishAsync(string eventName, string documentId, Func<Task> publish)
    {
        try
        {
            await publish();
        }
        catch (Exception failure)
        {
            logger.LogError(failure, "Could not publish {Event} of document {DocumentId} to live clients", eventName, documentId);
        }
    }
}
