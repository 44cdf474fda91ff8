using System.Diagnostics;

namespace VaDrafting.Bench.Export;

/// <summary>
/// The highest the managed heap grows above what was live before while an action runs three times: a sampler thread
/// reads the GC heap size every half millisecond. Garbage the collector has not reclaimed yet counts, so this is an
/// upper bound of what one export needs at once.
/// </summary>
internal static class PeakMemory
{
    public static long Of(Func<object> action, int runs = 3)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        var running = true;
        var sampler = new Thread(() =>
        {
            var watch = Stopwatch.StartNew();
            while (Volatile.Read(ref running) && watch.Elapsed < TimeSpan.FromMinutes(1))
            {
                var now = GC.GetTotalMemory(forceFullCollection: false);
                if (now > Interlocked.Read(ref peak)) Interlocked.Exchange(ref peak, now);
                Thread.Sleep(TimeSpan.FromMilliseconds(0.5));
            }
        }) { IsBackground = true };
        sampler.Start();
        for (var i = 0; i < runs; i++) GC.KeepAlive(action());
        Volatile.Write(ref running, false);
        sampler.Join();
        return Math.Max(0, Interlocked.Read(ref peak) - baseline);
    }
}
