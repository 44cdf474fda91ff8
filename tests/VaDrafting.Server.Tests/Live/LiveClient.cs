using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Live;

namespace VaDrafting.Server.Tests.Live;

/// <summary>An event the server pushed to a client.</summary>
public sealed record LiveEvent(string Name, string DocumentId, object Payload);

/// <summary>
/// A real SignalR client of the drafting hub (WebSockets over loopback) signed in as one person, recording every event
/// it receives in order. Every wait gives up after <see cref="Timeout"/>.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private readonly List<LiveEvent> _events = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveClient(HubConnection connection, string userId)
    {
        Connection = connection;
        UserId = userId;
        connection.On<string, List<PresenceView>, int>(nameof(IDraftingClient.PresenceChanged), (id, present, _) => Record(nameof(IDraftingClient.PresenceChanged), id, present));
        connection.On<string, VersionAddedView>(nameof(IDraftingClient.VersionAdded), (id, added) => Record(nameof(IDraftingClient.VersionAdded), id, added));
        connection.On<string, ThreadView>(nameof(IDraftingClient.ThreadChanged), (id, thread) => Record(nameof(IDraftingClient.ThreadChanged), id, thread));
        connection.On<string, string>(nameof(IDraftingClient.ThreadRemoved), (id, threadId) => Record(nameof(IDraftingClient.ThreadRemoved), id, threadId));
        connection.On<string, RoundView>(nameof(IDraftingClient.RoundChanged), (id, round) => Record(nameof(IDraftingClient.RoundChanged), id, round));
        connection.On<string, AnswerView>(nameof(IDraftingClient.AnswerChanged), (id, answer) => Record(nameof(IDraftingClient.AnswerChanged), id, answer));
        connection.On<string, BlockChangedView>(nameof(IDraftingClient.BlockChanged), (id, change) => Record(nameof(IDraftingClient.BlockChanged), id, change));
    }

    public HubConnection Connection { get; }

    public string UserId { get; }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// Connects as <paramref name="userId"/>. With <paramref name="tokenInQuery"/> the token travels as the
    /// <c>access_token</c> query parameter, as browsers send it; otherwise the client library's own way.
    /// </summary>
    public static async Task<LiveClient> ConnectAsync(LiveServer server, string userId, bool tokenInQuery = false)
    {
        var token = await server.TokenAsync(userId).WaitAsync(Timeout, Cancel);
        return await ConnectWithTokenAsync(server, userId, token, tokenInQuery);
    }

    /// <summary>Connects with a token obtained elsewhere; <paramref name="userId"/> names the client in failure messages.</summary>
    public static async Task<LiveClient> ConnectWithTokenAsync(LiveServer server, string userId, string token, bool tokenInQuery = false)
    {
        var connection = Build(tokenInQuery ? new Uri(server.HubAddress + "?access_token=" + Uri.EscapeDataString(token)) : server.HubAddress,
            tokenInQuery ? null : token);
        var client = new LiveClient(connection, userId);
        await connection.StartAsync(Cancel).WaitAsync(Timeout, Cancel);
        return client;
    }

    /// <summary>A connection that is not started, with the given token (none: anonymous).</summary>
    public static HubConnection Build(Uri address, string? token) =>
        new HubConnectionBuilder()
            .WithUrl(address, HttpTransportType.WebSockets, options =>
            {
                if (token is not null) options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .WithStatefulReconnect()
            .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();

    public Task<JoinResult> JoinAsync(string documentId, string? lastSeenCommitId = null) =>
        Connection.InvokeAsync<JoinResult>(nameof(DraftingHub.JoinDocument), documentId, lastSeenCommitId, Cancel).WaitAsync(Timeout, Cancel);

    public Task LeaveAsync(string documentId) =>
        Connection.InvokeAsync(nameof(DraftingHub.LeaveDocument), documentId, Cancel).WaitAsync(Timeout, Cancel);

    public Task UpdatePresenceAsync(string documentId, string? sectionId, string? editingBlockId = null) =>
        Connection.InvokeAsync(nameof(DraftingHub.UpdatePresence), documentId, new PresenceUpdate(sectionId, editingBlockId), Cancel).WaitAsync(Timeout, Cancel);

    public Task<EditResultView> EditBlockAsync(string documentId, string blockId, string baseCommitId, string text) =>
        Connection.InvokeAsync<EditResultView>(nameof(DraftingHub.EditBlock), documentId, new BlockEditRequest(blockId, baseCommitId, text), Cancel).WaitAsync(Timeout, Cancel);

    /// <summary>
    /// The part of a refusal's message meant for people: SignalR prefixes a <see cref="Microsoft.AspNetCore.SignalR.HubException"/>'s
    /// message with "An unexpected error occurred invoking '…' on the server. HubException: ".
    /// </summary>
    public static string Shown(Exception refusal)
    {
        const string marker = "HubException: ";
        var at = refusal.Message.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? refusal.Message : refusal.Message[(at + marker.Length)..];
    }

    /// <summary>Every event received so far with this name, in order.</summary>
    public IReadOnlyList<T> Received<T>(string name)
    {
        lock (_lock) return [.. _events.Where(e => e.Name == name).Select(e => (T)e.Payload)];
    }

    /// <summary>Every event received so far, in order.</summary>
    public IReadOnlyList<LiveEvent> Events
    {
        get { lock (_lock) return [.. _events]; }
    }

    /// <summary>Waits for an event with this name whose payload matches (received before or after the call).</summary>
    public async Task<T> WaitForAsync<T>(string name, Func<T, bool>? match = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(Timeout);
        while (true)
        {
            Task arrived;
            lock (_lock)
            {
                var found = _events.Where(e => e.Name == name).Select(e => (T)e.Payload).FirstOrDefault(p => match?.Invoke(p) ?? true);
                if (found is not null) return found;
                arrived = _arrived.Task;
            }
            try
            {
                await arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!Cancel.IsCancellationRequested)
            {
                throw new TimeoutException($"{UserId} received no matching {name} within {Timeout.TotalSeconds} s; received: {Describe()}.");
            }
        }
    }

    /// <summary>Waits until the latest presence list received for the document matches, and returns it.</summary>
    public Task<List<PresenceView>> WaitForPresenceAsync(string documentId, Func<List<PresenceView>, bool> match) =>
        WaitForLatestAsync(nameof(IDraftingClient.PresenceChanged), documentId, match);

    private async Task<T> WaitForLatestAsync<T>(string name, string documentId, Func<T, bool> match)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(Timeout);
        while (true)
        {
            Task arrived;
            lock (_lock)
            {
                var latest = _events.Where(e => e.Name == name && e.DocumentId == documentId).Select(e => (T)e.Payload).LastOrDefault();
                if (latest is not null && match(latest)) return latest;
                arrived = _arrived.Task;
            }
            try
            {
                await arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!Cancel.IsCancellationRequested)
            {
                throw new TimeoutException($"{UserId}'s latest {name} did not match within {Timeout.TotalSeconds} s; received: {Describe()}.");
            }
        }
    }

    private void Record(string name, string documentId, object payload)
    {
        TaskCompletionSource arrived;
        lock (_lock)
        {
            _events.Add(new LiveEvent(name, documentId, payload));
            arrived = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        arrived.SetResult();
    }

    private string Describe()
    {
        lock (_lock) return string.Join(", ", _events.Select(e => e.Name));
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync().AsTask().WaitAsync(Timeout);
}
