using VaDrafting.Server.Live;

namespace VaDrafting.Server.Tests.Live;

public sealed class PresenceTrackerTests
{
    private static readonly LiveMember Ana = new("ana-moreno", "Ana Moreno", "panama", "Panama", IsCoordinator: true);
    private static readonly LiveMember Arben = new("arben-hoxha", "Arben Hoxha", "albania", "Albania", IsCoordinator: false);

    [Fact]
    public void Present_MergesTabsOfOnePerson_TakingTheSectionMovedToLastAndTheBlockOfTheLastTabEditing()
    {
        var tracker = new PresenceTracker();
        tracker.Join("doc", "tab1", Ana);
        tracker.Join("doc", "arben", Arben);
        tracker.Join("doc", "tab2", Ana);

        tracker.Move("doc", "tab1", "hintro", "pscope");
        tracker.Move("doc", "tab2", "hpart1", null);

        var present = tracker.Present("doc");
        Assert.Equal([Ana.UserId, Arben.UserId], present.Select(p => p.UserId));
        Assert.Equal(new PresenceView(Ana.UserId, Ana.Name, "panama", "Panama", "hpart1", "pscope"), present[0]);
        Assert.Equal(["tab1", "tab2"], tracker.CoordinatorConnections("doc").Order());
        Assert.Equal(["tab1", "tab2"], tracker.ConnectionsOf("doc", Ana.UserId).Order());
    }

    [Fact]
    public void LeavingAndClosing_RemoveEveryEntry_SoNothingIsHeldForDocumentsWithoutConnections()
    {
        var tracker = new PresenceTracker();
        tracker.Join("first", "c1", Ana);
        tracker.Join("second", "c1", Ana);
        tracker.Join("second", "c2", Arben);

        Assert.Equal(Arben, tracker.Leave("second", "c2"));
        Assert.Null(tracker.Leave("second", "c2"));
        Assert.Equal(["first", "second"], tracker.LeaveAll("c1").Order());

        Assert.Equal(0, tracker.TrackedDocumentCount);
        Assert.Equal(0, tracker.DocumentCount("c1"));
        Assert.Empty(tracker.Present("second"));
        Assert.False(tracker.Move("first", "c1", null, null));
        Assert.Empty(tracker.LeaveAll("c1"));
    }

    [Fact]
    public void ConcurrentJoinsMovesAndLeaves_LeaveATrackerConsistentWithWhatRemains()
    {
        var tracker = new PresenceTracker();
        Parallel.For(0, 2000, i =>
        {
            var connection = $"c{i}";
            var member = new LiveMember($"person{i % 50}", $"Person {i % 50}", null, null, IsCoordinator: false);
            var document = $"doc{i % 7}";
            tracker.Join(document, connection, member);
            tracker.Move(document, connection, "hintro", null);
            _ = tracker.Present(document);
            if (i % 2 == 0) tracker.LeaveAll(connection);
        });

        var remaining = Enumerable.Range(0, 7).Sum(d => tracker.Present($"doc{d}").Count);
        Assert.Equal(7, tracker.TrackedDocumentCount);
        Assert.Equal(Enumerable.Range(0, 2000).Where(i => i % 2 == 1).Select(i => (i % 7, i % 50)).Distinct().Count(), remaining);
        Assert.All(Enumerable.Range(0, 2000).Where(i => i % 2 == 0), i => Assert.Equal(0, tracker.DocumentCount($"c{i}")));
    }

    [Fact]
    public void JoiningAgain_ReturnsTheMemberItReplaces_AndDropsEditingWhenNoLongerACoordinator()
    {
        var tracker = new PresenceTracker();
        Assert.Null(tracker.Join("doc", "c1", Ana));
        tracker.Move("doc", "c1", "hintro", "pscope");

        var previous = tracker.Join("doc", "c1", Ana with { IsCoordinator = false });

        Assert.Equal(Ana, previous);
        var entry = Assert.Single(tracker.Present("doc"));
        Assert.Equal(("hintro", null), (entry.SectionId, entry.EditingBlockId));
        Assert.Empty(tracker.CoordinatorConnections("doc"));
    }
}
