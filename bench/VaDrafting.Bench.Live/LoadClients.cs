using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace VaDrafting.Bench.Live;

/// <summary>One listening client: the <c>BlockChanged</c> revisions it received, each with the Stopwatch timestamp of its arrival.</summary>
internal sealed class Listener(HubConnection connection)
{
    private readonly List<(string Revision, long At)> _arrivals = [];

    public HubConnection Connection => connection;

    /// <summary>The first <c>BlockChanged</c> payload received, as sent.</summary>
    public JsonElement? FirstChange { get; private set; }

    public void Arrived(JsonElement change)
    {
        var at = Stopwatch.GetTimestamp();
        var revision = change.GetProperty("revision").GetString() ?? "";
        lock (_arrivals)
        {
            _arrivals.Add((revision, at));
            FirstChange ??= change.Clone();
        }
    }

    public IReadOnlyList<(string Revision, long At)> Arrivals
    {
        get { lock (_arrivals) return [.. _arrivals]; }
    }

    public int Count
    {
        get { lock (_arrivals) return _arrivals.Count; }
    }
}

/// <summary>Building, connecting and closing many hub connections, each wait bounded.</summary>
internal static class LoadClients
{
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    public static HubConnection Build(Uri hub, string? token) =>
        new HubConnectionBuilder()
            .WithUrl(hub, HttpTransportType.WebSockets, options =>
            {
                if (token is not null) options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();

    /// <summary>
    /// A started connection that records <c>BlockChanged</c> and ignores the other events (they are still read and parsed,
    /// as a browser would).
    /// </summary>
    public static async Task<Listener> ListenAsync(Uri hub, string? token, IEnumerable<string> ignoredEvents, CancellationToken cancellationToken)
    {
        var connection = Build(hub, token);
        var listener = new Listener(connection);
        connection.On<string, JsonElement>("BlockChanged", (_, change) => listener.Arrived(change));
        foreach (var name in ignoredEvents)
        {
            // PresenceChanged carries the total besides the (capped) list.
            if (name == "PresenceChanged") connection.On<string, JsonElement, int>(name, (_, _, _) => { });
            else connection.On<string, JsonElement>(name, (_, _) => { });
        }
        try
        {
            await connection.StartAsync(cancellationToken).WaitAsync(CallTimeout, cancellationToken);
            return listener;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> for 0..count-1, at most <paramref name="parallel"/> at once; returns the failures.</summary>
    public static async Task<List<Exception>> ForEachAsync(int count, int parallel, Func<int, Task> work)
    {
        var failures = new List<Exception>();
        using var gate = new SemaphoreSlim(parallel);
        var tasks = Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await work(i);
            }
            catch (Exception failure)
            {
                lock (failures) failures.Add(failure);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(tasks);
        return failures;
    }

    public static async Task CloseAllAsync(IEnumerable<HubConnection> connections)
    {
        var all = connections.ToList();
        await ForEachAsync(all.Count, 64, i => all[i].DisposeAsync().AsTask().WaitAsync(CallTimeout));
    }
}
