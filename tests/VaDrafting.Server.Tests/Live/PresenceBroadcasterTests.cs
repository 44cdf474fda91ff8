using Microsoft.Extensions.Logging.Abstractions;
using VaDrafting.Server.Live;

namespace VaDrafting.Server.Tests.Live;

public sealed class PresenceBroadcasterTests
{
    private const string Document = "guidance";
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly PresenceTracker _presence = new();
    private readonly SteppedTime _time = new();
    private readonly List<(string DocumentId, IReadOnlyList<PresenceView> Present, TimeSpan At)> _sent = [];
    private readonly PresenceBroadcaster _broadcaster;

    public PresenceBroadcasterTests() =>
        _broadcaster = new PresenceBroadcaster((id, present) =>
        {
            lock (_sent) _sent.Add((id, present, _time.Now));
            return Task.CompletedTask;
        }, _presence, _time, Interval, NullLogger<PresenceBroadcaster>.Instance);

    private Task JoinAsync(string userId)
    {
        _presence.Join(Document, "connection-" + userId, new LiveMember(userId, userId, null, null, false));
        return _broadcaster.ChangedAsync(Document);
    }

    private IReadOnlyList<string> SentUserIds(int index) => [.. _sent[index].Present.Select(p => p.UserId)];

    [Fact]
    public async Task ChangedAsync_SendsTheFirstChangeAtOnce()
    {
        await JoinAsync("ana");

        Assert.Single(_sent);
        Assert.Equal(["ana"], SentUserIds(0));
    }

    [Fact]
    public async Task ChangedAsync_GathersChangesWithinTheInterval_AndSendsTheLatestListWhenItEnds()
    {
        await JoinAsync("ana");
        foreach (var person in new[] { "tomas", "claire", "arben" }) await JoinAsync(person);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        await JoinAsync("grace");
        Assert.Single(_sent);

        _time.Advance(TimeSpan.FromMilliseconds(50));

        Assert.Equal(2, _sent.Count);
        Assert.Equal(["ana", "tomas", "claire", "arben", "grace"], SentUserIds(1));
    }

    [Fact]
    public async Task ChangedAsync_SendsAtMostOncePerInterval_UnderAStreamOfChanges()
    {
        for (var step = 0; step < 50; step++)
        {
            await JoinAsync("person-" + step);
            _time.Advance(TimeSpan.FromMilliseconds(20));
        }
        _time.Advance(Interval);

        // 50 changes over 1 s: one at once, then one per 200 ms, the last carrying everyone.
        Assert.InRange(_sent.Count, 5, 7);
        Assert.Equal(50, _sent[^1].Present.Count);
        var sentAt = _sent.Select(s => s.At).ToList();
        Assert.All(sentAt.Zip(sentAt.Skip(1)), pair => Assert.True(pair.Second - pair.First >= Interval, $"{pair.First} then {pair.Second}"));
    }

    [Fact]
    public async Task ChangedAsync_AfterAQuietInterval_SendsAtOnceAgain()
    {
        await JoinAsync("ana");
        _time.Advance(TimeSpan.FromSeconds(1));

        await JoinAsync("tomas");

        Assert.Equal(2, _sent.Count);
        Assert.Equal(["ana", "tomas"], SentUserIds(1));
    }

    [Fact]
    public async Task ChangedAsync_SendsNothing_AndKeepsNothing_OnceTheDocumentIsEmpty()
    {
        await JoinAsync("ana");
        await JoinAsync("tomas");
        _presence.Leave(Document, "connection-ana");
        await _broadcaster.ChangedAsync(Document);
        _presence.Leave(Document, "connection-tomas");
        await _broadcaster.ChangedAsync(Document);

        _time.Advance(Interval);

        Assert.Single(_sent);
        Assert.Equal(0, _broadcaster.TrackedDocumentCount);
    }

    [Fact]
    public async Task ChangedAsync_KeepsDocumentsApart()
    {
        await JoinAsync("ana");
        _presence.Join("annex", "connection-lina", new LiveMember("lina", "lina", null, null, false));

        await _broadcaster.ChangedAsync("annex");

        Assert.Equal([Document, "annex"], _sent.Select(s => s.DocumentId));
    }

    /// <summary>A clock that moves only when told, firing the timers that fall due; the timers fire on the caller's thread.</summary>
    private sealed class SteppedTime : TimeProvider
    {
        private readonly List<SteppedTimer> _timers = [];
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public TimeSpan Now => TimeSpan.FromTicks(_ticks);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new SteppedTimer(callback, state, _ticks + dueTime.Ticks, _timers);
            _timers.Add(timer);
            return timer;
        }

        public void Advance(TimeSpan by)
        {
            var end = _ticks + by.Ticks;
            while (_timers.Where(t => t.DueAt <= end).MinBy(t => t.DueAt) is { } due)
            {
                _ticks = Math.Max(_ticks, due.DueAt);
                _timers.Remove(due);
                due.Fire();
            }
            _ticks = end;
        }

        private sealed class SteppedTimer(TimerCallback callback, object? state, long dueAt, List<SteppedTimer> timers) : ITimer
        {
            public long DueAt => dueAt;

            public void Fire() => callback(state);

            public bool Change(TimeSpan dueTime, TimeSpan period) => throw new NotSupportedException("The broadcaster makes a new timer each time.");

            public void Dispose() => timers.Remove(this);

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }
}
