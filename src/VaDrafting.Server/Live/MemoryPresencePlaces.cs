namespace VaDrafting.Server.Live;

/// <summary>Presence places in this process only: one server instance. A document's entry disappears with its last connection.</summary>
public sealed class MemoryPresencePlaces : IPresencePlaces
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Dictionary<string, PresencePlace>> _documents = new(StringComparer.Ordinal);
    private long _clock;

    public long NextTick() => Interlocked.Increment(ref _clock);

    public PresencePlace? Find(string documentId, string connectionId)
    {
        lock (_lock) return _documents.TryGetValue(documentId, out var places) && places.TryGetValue(connectionId, out var place) ? place : null;
    }

    public void Put(string documentId, string connectionId, PresencePlace place)
    {
        lock (_lock)
        {
            if (!_documents.TryGetValue(documentId, out var places)) _documents[documentId] = places = new(StringComparer.Ordinal);
            places[connectionId] = place;
        }
    }

    public bool Remove(string documentId, string connectionId)
    {
        lock (_lock)
        {
            if (!_documents.TryGetValue(documentId, out var places) || !places.Remove(connectionId)) return false;
            if (places.Count == 0) _documents.Remove(documentId);
            return true;
        }
    }

    public IReadOnlyList<KeyValuePair<string, PresencePlace>> On(string documentId)
    {
        lock (_lock) return _documents.TryGetValue(documentId, out var places) ? [.. places] : [];
    }

    public int DocumentCount
    {
        get { lock (_lock) return _documents.Count; }
    }
}
