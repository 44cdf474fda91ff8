using System.Diagnostics;

namespace VaDrafting.Bench;

/// <summary>Percentiles of a set of durations (nearest rank).</summary>
internal sealed class Samples(string name)
{
    private readonly List<TimeSpan> values = [];

    public string Name { get; } = name;

    public int Count => values.Count;

    public void Add(TimeSpan value) => values.Add(value);

    public double Percentile(double percent)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)].TotalMilliseconds;
    }

    public double P50 => Percentile(50);

    public double P95 => Percentile(95);
}

/// <summary>Allocations and peak working set around one part of the benchmark.</summary>
internal sealed class MemoryProbe
{
    private readonly long allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);

    public string Report()
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedAtStart;
        using var process = Process.GetCurrentProcess();
        return $"managed allocations {allocated / 1024.0 / 1024.0:F1} MiB, process peak working set so far {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB";
    }
}

/// <summary>A share of the benchmark's overall time limit.</summary>
internal sealed class Budget(TimeSpan limit)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public bool Exhausted => clock.Elapsed >= limit;
}

internal static class Timing
{
    public static TimeSpan Measure(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start);
    }

    public static TimeSpan Measure<T>(Func<T> action, out T result)
    {
        var start = Stopwatch.GetTimestamp();
        result = action();
        return Stopwatch.GetElapsedTime(start);
    }
}
