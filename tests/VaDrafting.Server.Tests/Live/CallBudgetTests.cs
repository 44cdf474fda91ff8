using VaDrafting.Server.Live;

namespace VaDrafting.Server.Tests.Live;

public sealed class CallBudgetTests
{
    /// <summary>A clock whose timestamps move only when told, in milliseconds.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        public long Milliseconds { get; set; }

        public override long TimestampFrequency => 1000;

        public override long GetTimestamp() => Milliseconds;
    }

    [Fact]
    public void TryTake_AllowsTheBurst_ThenRefillsAtTheRate_NeverBeyondTheBurst()
    {
        var clock = new SteppedClock();
        var budget = new CallBudget(perSecond: 20, burst: 40, clock);

        Assert.Equal(40, Enumerable.Range(0, 100).Count(_ => budget.TryTake()));
        clock.Milliseconds += 100;
        Assert.Equal(2, Enumerable.Range(0, 10).Count(_ => budget.TryTake()));
        clock.Milliseconds += 60_000;
        Assert.Equal(40, Enumerable.Range(0, 100).Count(_ => budget.TryTake()));
    }
}
