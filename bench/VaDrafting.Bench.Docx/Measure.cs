using System.Diagnostics;

namespace VaDrafting.Bench.Docx;

/// <summary>Wall-clock times in ms, process CPU time per run (ms, includes GC and JIT threads) and bytes allocated per run.</summary>
internal sealed record Timings(double P50, double Min, double Max, double CpuP50, long AllocatedPerRun);

internal static class Measure
{
    /// <summary>Times <paramref name="runs"/> calls and counts the bytes they allocate on this thread.</summary>
    public static Timings Repeatedly<T>(int runs, Func<T> action)
    {
        var times = new List<double>(runs);
        var cpu = new List<double>(runs);
        long allocated = 0;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            watch.Stop();
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return new Timings(Percentile(times, 50), times.Min(), times.Max(), Percentile(cpu, 50), allocated / runs);
    }

    public static Timings Repeatedly(int runs, Action action) => Repeatedly(runs, () => { action(); return 0; });

    /// <summary>
    /// Managed memory still held by what <paramref name="create"/> returns, after full collections before and
    /// after: the live size of an object graph (for example a whole DOM, versus the imported model).
    /// </summary>
    public static long Retained<T>(Func<T> create) where T : class
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var value = create();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(value);
        if (value is IDisposable disposable) disposable.Dispose();
        return after - before;
    }

    /// <summary>The one-minute load average on Linux, "n/a" elsewhere.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    public static double Percentile(IReadOnlyList<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (percentile / 100.0) * (sorted.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
    }
}
