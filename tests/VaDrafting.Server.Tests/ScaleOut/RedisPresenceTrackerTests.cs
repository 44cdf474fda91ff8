using Microsoft.Extensions.Options;
using VaDrafting.Server.Live;

namespace VaDrafting.Server.Tests.ScaleOut;

/// <summary>Two instances' trackers over one real Redis keep the semantics of the tracker in memory.</summary>
public sealed class RedisPresenceTrackerTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly LiveMember Ana = new("ana-moreno", "Ana Moreno", "panama", "Panama", IsCoordinator: true);
    private static readonly LiveMember Arben = new("arben-hoxha", "Arben Hoxha", "albania", "Albania", IsCoordinator: false);

    private LiveRedis NewConnection(string prefix) =>
        new(Options.Create(new LiveOptions { Redis = redis.Server.ConnectionString, RedisChannelPrefix = prefix }));

    [Fact]
    public void TabsOnTwoInstances_AreMergedInOrderOfArrival_AndLeavingRemovesEveryEntry()
    {
        var prefix = "tracker-" + Guid.NewGuid().ToString("N")[..8];
        using var first = NewConnection(prefix);
        using var second = NewConnection(prefix);
        var onA = new PresenceTracker(new RedisPresencePlaces(first, new LiveInstance()));
        var onB = new PresenceTracker(new RedisPresencePlaces(second, new LiveInstance()));

        onA.Join("doc", "tab1", Ana);
        onB.Join("doc", "arben", Arben);
        onB.Join("doc", "tab2", Ana);
        onA.Move("doc", "tab1", "hintro", "pscope");
        onB.Move("doc", "tab2", "hpart1", null);

        var present = onA.Present("doc");
        Assert.Equal(present, onB.Present("doc"));
        Assert.Equal([Ana.UserId, Arben.UserId], present.Select(p => p.UserId));
        Assert.Equal(new PresenceView(Ana.UserId, Ana.Name, "panama", "Panama", "hpart1", "pscope"), present[0]);
        Assert.Equal(["tab1", "tab2"], onB.CoordinatorConnections("doc").Order());
        Assert.False(onB.Move("doc", "tab1", null, null));
        Assert.Null(onB.Leave("doc", "tab1"));

        Assert.Equal(["doc"], onA.LeaveAll("tab1"));
        Assert.Equal(Arben, onB.Leave("doc", "arben"));
        Assert.Equal(1, onA.TrackedDocumentCount);
        onB.LeaveAll("tab2");
        Assert.Empty(onA.Present("doc"));
        Assert.Equal(0, onA.TrackedDocumentCount);
    }
}
