using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace VaDrafting.Server.Live;

/// <summary>
/// Sends a document's presence list to everyone on it at most once per <see cref="LiveOptions.PresenceInterval"/>:
/// the first change after a quiet interval goes out at once, later ones are gathered and the latest list (read from
/// <see cref="PresenceTracker.Present"/> when it is sent) follows when the interval has passed, so the last change is
/// always sent. While a thousand people join, everyone receives a few lists a second instead of one per arrival.
/// Nothing is sent, and nothing kept, for a document nobody is on.
/// </summary>
public sealed class PresenceBroadcaster : IDisposable
{
    private sealed class DocumentState
    {
        public readonly SemaphoreSlim Sending = new(1, 1);
        public long LastSentAt;
        public bool HasSent;
        public bool Pending;
        public ITimer? Timer;
    }

    private readonly Func<string, IReadOnlyList<PresenceView>, Task> _send;
    private readonly PresenceTracker _presence;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly ILogger<PresenceBroadcaster> _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DocumentState> _documents = new(StringComparer.Ordinal);

    public PresenceBroadcaster(
        IHubContext<DraftingHub, IDraftingClient> hub, PresenceTracker presence, TimeProvider time, IOptions<LiveOptions> options,
        ILogger<PresenceBroadcaster> logger)
        : this((documentId, present) => hub.Clients.Group(LiveGroups.Document(documentId))
                .PresenceChanged(documentId, PresenceLists.Shown(present), present.Count),
            presence, time, options.Value.PresenceInterval, logger)
    {
    }

    internal PresenceBroadcaster(
        Func<string, IReadOnlyList<PresenceView>, Task> send, PresenceTracker presence, TimeProvider time, TimeSpan interval,
        ILogger<PresenceBroadcaster> logger)
    {
        _send = send;
        _presence = presence;
        _time = time;
        _interval = interval;
        _logger = logger;
    }

    /// <summary>How many documents have a broadcast pending or sent within the interval.</summary>
    public int TrackedDocumentCount
    {
        get { lock (_lock) return _documents.Count; }
    }

    /// <summary>
    /// Someone joined, moved or left the document. Completes when the list went out, when the change was left to the
    /// broadcast already pending, or when a broadcast is scheduled for the end of the interval.
    /// </summary>
    public Task ChangedAsync(string documentId)
    {
        DocumentState state;
        lock (_lock)
        {
            if (!_documents.TryGetValue(documentId, out var existing)) _documents[documentId] = existing = new DocumentState();
            state = existing;
            if (state.Pending) return Task.CompletedTask;
            state.Pending = true;
            var wait = state.HasSent ? _interval - _time.GetElapsedTime(state.LastSentAt) : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                state.Timer?.Dispose();
                state.Timer = _time.CreateTimer(_ => _ = SendAsync(documentId, state), null, wait, Timeout.InfiniteTimeSpan);
                return Task.CompletedTask;
            }
        }
        return SendAsync(documentId, state);
    }

    private async Task SendAsync(string documentId, DocumentState state)
    {
        // One send at a time per document, each reading the list when it starts: the last list a client receives is the latest.
        await state.Sending.WaitAsync();
        try
        {
            IReadOnlyList<PresenceView> present;
            lock (_lock)
            {
                state.Pending = false;
                state.HasSent = true;
                state.LastSentAt = _time.GetTimestamp();
                present = _presence.Present(documentId);
                if (present.Count == 0)
                {
                    Forget(documentId, state);
                    return;
                }
            }
            await _send(documentId, present);
        }
        catch (Exception failure)
        {
            _logger.LogError(failure, "Could not send who is on document {DocumentId} to live clients", documentId);
        }
        finally
        {
            state.Sending.Release();
        }
    }

    private void Forget(string documentId, DocumentState state)
    {
        state.Timer?.Dispose();
        state.Timer = null;
        if (_documents.TryGetValue(documentId, out var current) && current == state) _documents.Remove(documentId);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var state in _documents.Values) state.Timer?.Dispose();
            _documents.Clear();
        }
    }
}
