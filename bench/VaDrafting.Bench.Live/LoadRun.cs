using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace VaDrafting.Bench.Live;

/// <summary>The figures of one run: N clients on one hub, paced edits by one coordinator.</summary>
internal sealed record RunResult(
    string Target, int Clients, int Connected, int ConnectFailures, double ConnectSeconds,
    int Edits, int EditFailures, double EditP50, double EditP99,
    int Deliveries, int Missing, double DeliveryP50, double DeliveryP99, double DeliveryMax,
    double LastClientP50, double LastClientMax, double DeliveriesPerSecond, double ServerCpuPercent,
    string LoadBefore, string LoadAfter, JsonElement? Payload);

/// <summary>
/// Connects N listeners and a coordinator to a target, sends paced edits, and times each edit from the moment it is
/// sent until its <c>BlockChanged</c> arrives at every listener (Stopwatch timestamps of this one process).
/// </summary>
internal sealed class LoadRun(ILiveTarget target, ChildProcess server, int clients, int edits, double editsPerSecond)
{
    private static readonly TimeSpan DeliveryWait = TimeSpan.FromSeconds(15);

    public async Task<RunResult> RunAsync(CancellationToken cancellationToken)
    {
        var tokens = new string?[clients];
        var tokenFailures = await LoadClients.ForEachAsync(clients, 8, async i => tokens[i] = await target.ReaderTokenAsync(i, cancellationToken));
        if (tokenFailures.Count > 0) throw new InvalidOperationException($"{tokenFailures.Count} tokens failed: {tokenFailures[0].Message}");

        var listeners = new List<Listener>();
        HubConnection? coordinator = null;
        try
        {
            var connecting = Stopwatch.StartNew();
            var connectFailures = await LoadClients.ForEachAsync(clients, 16, async i =>
            {
                var listener = await LoadClients.ListenAsync(target.Hub, tokens[i], target.IgnoredEvents, cancellationToken);
                lock (listeners) listeners.Add(listener);
                await target.JoinAsync(listener.Connection, cancellationToken);
            });
            connecting.Stop();
            coordinator = LoadClients.Build(target.Hub, await target.CoordinatorTokenAsync(cancellationToken));
            await coordinator.StartAsync(cancellationToken).WaitAsync(LoadClients.CallTimeout, cancellationToken);
            await target.JoinAsync(coordinator, cancellationToken);
            // Let the arrivals' presence lists drain before the edits start.
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);

            var loadBefore = LoadAverage();
            var cpuBefore = server.CpuTime;
            var window = Stopwatch.StartNew();
            var sent = await SendEditsAsync(coordinator, cancellationToken);
            await WaitForDeliveriesAsync(listeners, sent.Count(e => e.Revision is not null), cancellationToken);
            var windowSeconds = window.Elapsed.TotalSeconds;
            var cpu = (server.CpuTime - cpuBefore).TotalSeconds;
            return Summarise(listeners, sent, connectFailures.Count, connecting.Elapsed.TotalSeconds, cpu / windowSeconds * 100, loadBefore);
        }
        finally
        {
            await LoadClients.CloseAllAsync([.. listeners.Select(l => l.Connection), .. coordinator is null ? [] : new[] { coordinator }]);
        }
    }

    private sealed record Edit(long SentAt, long AnsweredAt, string? Revision, string? Problem);

    private async Task<List<Edit>> SendEditsAsync(HubConnection coordinator, CancellationToken cancellationToken)
    {
        var sent = new List<Edit>();
        var pace = TimeSpan.FromSeconds(1 / editsPerSecond);
        var start = Stopwatch.GetTimestamp();
        for (var edit = 0; edit < edits; edit++)
        {
            var due = pace * edit - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero) await Task.Delay(due, cancellationToken);
            var sentAt = Stopwatch.GetTimestamp();
            try
            {
                var result = await target.EditAsync(coordinator, edit, cancellationToken);
                sent.Add(new Edit(sentAt, Stopwatch.GetTimestamp(), result.Revision, result.Problem));
            }
            catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                sent.Add(new Edit(sentAt, Stopwatch.GetTimestamp(), null, failure.Message));
            }
        }
        return sent;
    }

    private static async Task WaitForDeliveriesAsync(List<Listener> listeners, int editsSaved, CancellationToken cancellationToken)
    {
        var waiting = Stopwatch.StartNew();
        while (listeners.Any(l => l.Count < editsSaved) && waiting.Elapsed < DeliveryWait)
        {
            await Task.Delay(50, cancellationToken);
        }
    }

    private RunResult Summarise(List<Listener> listeners, List<Edit> sent, int connectFailures, double connectSeconds, double serverCpuPercent, string loadBefore)
    {
        var saved = sent.Where(e => e.Revision is not null).ToDictionary(e => e.Revision!, StringComparer.Ordinal);
        var latencies = new List<double>();
        var lastArrival = new Dictionary<string, long>(StringComparer.Ordinal);
        var lastAt = 0L;
        foreach (var listener in listeners)
        {
            foreach (var (revision, at) in listener.Arrivals)
            {
                if (!saved.TryGetValue(revision, out var edit)) continue;
                latencies.Add(Stopwatch.GetElapsedTime(edit.SentAt, at).TotalMilliseconds);
                lastArrival[revision] = Math.Max(lastArrival.GetValueOrDefault(revision), at);
                lastAt = Math.Max(lastAt, at);
            }
        }
        var perEdit = saved.Values.Where(e => lastArrival.ContainsKey(e.Revision!))
            .Select(e => Stopwatch.GetElapsedTime(e.SentAt, lastArrival[e.Revision!]).TotalMilliseconds).ToList();
        var answers = sent.Select(e => Stopwatch.GetElapsedTime(e.SentAt, e.AnsweredAt).TotalMilliseconds).ToList();
        var firstSent = sent.Count > 0 ? sent[0].SentAt : 0;
        var seconds = lastAt > firstSent ? Stopwatch.GetElapsedTime(firstSent, lastAt).TotalSeconds : 0;
        return new RunResult(
            target.Name, clients, listeners.Count, connectFailures, connectSeconds,
            sent.Count, sent.Count(e => e.Revision is null), Percentile(answers, 50), Percentile(answers, 99),
            latencies.Count, saved.Count * listeners.Count - latencies.Count,
            Percentile(latencies, 50), Percentile(latencies, 99), latencies.Count == 0 ? double.NaN : latencies.Max(),
            Percentile(perEdit, 50), perEdit.Count == 0 ? double.NaN : perEdit.Max(),
            seconds > 0 ? latencies.Count / seconds : 0, serverCpuPercent, loadBefore, LoadAverage(),
            listeners.Select(l => l.FirstChange).FirstOrDefault(c => c is not null));
    }

    public static double Percentile(List<double> values, double percent)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    /// <summary>The 1, 5 and 15 minute load averages of the machine.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
