using Microsoft.AspNetCore.SignalR;
using VaDrafting.Server.Live;
using VaDrafting.Server.Tests.Consultation;

namespace VaDrafting.Server.Tests.Live;

public sealed class LivePresenceTests(LiveServer server) : IClassFixture<LiveServer>
{
    private readonly ConsultationSteps steps = new(server);

    [Fact]
    public async Task Presence_FollowsTwoPeopleJoiningMovingAndLeaving_WithTwoTabsOfOnePersonMergedIntoOneEntry()
    {
        var (id, _) = await steps.CirculatedDocumentAsync();
        await using var anaFirstTab = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);
        await using var albania = await LiveClient.ConnectAsync(server, Delegates.Albania, tokenInQuery: true);
        var anaSecondTab = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);

        var first = await anaFirstTab.JoinAsync(id);
        Assert.Equal([DemoPeople.Coordinator], first.Present.Select(p => p.UserId));
        var second = await albania.JoinAsync(id);
        Assert.Equal([DemoPeople.Coordinator, Delegates.Albania], second.Present.Select(p => p.UserId));
        await anaFirstTab.WaitForPresenceAsync(id, present => present.Count == 2);
        var third = await anaSecondTab.JoinAsync(id);
        Assert.Equal([DemoPeople.Coordinator, Delegates.Albania], third.Present.Select(p => p.UserId));
        var albaniaEntry = Assert.Single(third.Present, p => p.UserId == Delegates.Albania);
        Assert.Equal(("albania", "Albania"), (albaniaEntry.OrganisationId, albaniaEntry.OrganisationName));

        await anaSecondTab.UpdatePresenceAsync(id, "hpart1", "nfocal");
        var moved = await albania.WaitForPresenceAsync(id, present => present.Any(p => p.EditingBlockId == "nfocal"));
        var ana = Assert.Single(moved, p => p.UserId == DemoPeople.Coordinator);
        Assert.Equal(("hpart1", "nfocal", "Ana Moreno"), (ana.SectionId, ana.EditingBlockId, ana.Name));
        Assert.Equal(2, moved.Count);

        await albania.UpdatePresenceAsync(id, "hintro");
        await anaFirstTab.WaitForPresenceAsync(id, present => present.Any(p => p.UserId == Delegates.Albania && p.SectionId == "hintro"));

        await anaSecondTab.DisposeAsync();
        var afterTabClosed = await albania.WaitForPresenceAsync(id, present => present.Any(p => p.UserId == DemoPeople.Coordinator && p.EditingBlockId is null));
        Assert.Equal([DemoPeople.Coordinator, Delegates.Albania], afterTabClosed.Select(p => p.UserId));

        await anaFirstTab.LeaveAsync(id);
        var afterLeaving = await albania.WaitForPresenceAsync(id, present => present.Count == 1);
        Assert.Equal(Delegates.Albania, afterLeaving[0].UserId);
        Assert.Equal(0, server.Services.GetRequiredService<PresenceTracker>().DocumentCount(anaFirstTab.Connection.ConnectionId!));
    }

    [Fact]
    public async Task UpdatePresence_RefusesUnknownBlocks_EditingByNonCoordinators_AndDocumentsNotJoined()
    {
        var (id, _) = await steps.CirculatedDocumentAsync();
        await using var albania = await LiveClient.ConnectAsync(server, Delegates.Albania);
        await using var ana = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);

        var notJoined = await Assert.ThrowsAsync<HubException>(() => albania.UpdatePresenceAsync(id, "hintro"));
        await albania.JoinAsync(id);
        await ana.JoinAsync(id);
        var unknownBlock = await Assert.ThrowsAsync<HubException>(() => albania.UpdatePresenceAsync(id, "nosuch"));
        var editing = await Assert.ThrowsAsync<HubException>(() => albania.UpdatePresenceAsync(id, "hintro", "pscope"));
        var coordinatorUnknownBlock = await Assert.ThrowsAsync<HubException>(() => ana.UpdatePresenceAsync(id, "hintro", "nosuch"));

        Assert.Equal("Join the document before telling others where you are in it.", LiveClient.Shown(notJoined));
        Assert.Equal("The latest version of the document has no block 'nosuch'; reload it.", LiveClient.Shown(unknownBlock));
        Assert.Equal("As Contributor of this document you cannot edit its text.", LiveClient.Shown(editing));
        Assert.Equal(LiveClient.Shown(unknownBlock), LiveClient.Shown(coordinatorUnknownBlock));
        await albania.UpdatePresenceAsync(id, "hintro");
        var present = await ana.WaitForPresenceAsync(id, p => p.Any(x => x.UserId == Delegates.Albania && x.SectionId == "hintro"));
        Assert.All(present, p => Assert.Null(p.EditingBlockId));
    }

    [Fact]
    public async Task Disconnecting_LeavesEveryDocument_AndFreesWhatTheConnectionHeld()
    {
        var (first, _) = await steps.CirculatedDocumentAsync();
        var (second, _) = await steps.CirculatedDocumentAsync();
        await using var watcher = await LiveClient.ConnectAsync(server, DemoPeople.SecondCoordinator);
        await watcher.JoinAsync(first);
        await watcher.JoinAsync(second);
        var leaving = await LiveClient.ConnectAsync(server, Delegates.LaoPdr);
        await leaving.JoinAsync(first);
        await leaving.JoinAsync(second);
        var connectionId = leaving.Connection.ConnectionId!;
        var tracker = server.Services.GetRequiredService<PresenceTracker>();
        var budgets = server.Services.GetRequiredService<HubCallRateLimitFilter>();
        Assert.Equal(2, tracker.DocumentCount(connectionId));
        // Presence lists are gathered for a moment: see the arrival before the departure.
        foreach (var document in new[] { first, second })
            await watcher.WaitForPresenceAsync(document, p => p.Any(x => x.UserId == Delegates.LaoPdr));

        await leaving.DisposeAsync();

        foreach (var document in new[] { first, second })
        {
            var present = await watcher.WaitForPresenceAsync(document, p => p.All(x => x.UserId != Delegates.LaoPdr));
            Assert.Equal(DemoPeople.SecondCoordinator, Assert.Single(present).UserId);
            Assert.DoesNotContain(tracker.Present(document), p => p.UserId == Delegates.LaoPdr);
        }
        Assert.Equal(0, tracker.DocumentCount(connectionId));
        Assert.False(budgets.Holds(connectionId));
    }
}
