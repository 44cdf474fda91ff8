namespace VaDrafting.Server.Live;

/// <summary>
/// A token bucket: up to <paramref name="burst"/> calls at once, refilled at <paramref name="perSecond"/> calls a
/// second. Thread-safe; holds two numbers.
/// </summary>
public sealed class CallBudget(double perSecond, int burst, TimeProvider time)
{
    private readonly Lock _lock = new();
    private double _tokens = burst;
    private long _refilledAt = time.GetTimestamp();

    /// <summary>Takes one call from the budget; false when it is spent.</summary>
    public bool TryTake()
    {
        lock (_lock)
        {
            var now = time.GetTimestamp();
            _tokens = Math.Min(burst, _tokens + time.GetElapsedTime(_refilledAt, now).TotalSeconds * perSecond);
            _refilledAt = now;
            if (_tokens < 1) return false;
            _tokens -= 1;
            return true;
        }
    }
}
