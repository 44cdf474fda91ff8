namespace VaDrafting.Server.Live;

/// <summary>The person behind a connection, as they joined a document.</summary>
public sealed record LiveMember(string UserId, string Name, string? OrganisationId, string? OrganisationName, bool IsCoordinator);

/// <summary>
/// Who is on which document, per connection, in memory. A person with several tabs has several connections;
/// <see cref="Present"/> merges them into one entry. Every method is safe to call from any thread; a document's
/// entry disappears with its last connection, a connection's with its last document.
/// </summary>
public sealed class PresenceTracker
{
    private sealed record Place(LiveMember Member, string? SectionId, string? EditingBlockId, long JoinedAt, long MovedAt);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Dictionary<string, Place>> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _connections = new(StringComparer.Ordinal);
    private long _clock;

    /// <summary>Adds (or renews) the connection on the document; returns the member it replaced, if it had joined before.</summary>
    public LiveMember? Join(string documentId, string connectionId, LiveMember member)
    {
        lock (_lock)
        {
            if (!_documents.TryGetValue(documentId, out var places)) _documents[documentId] = places = new(StringComparer.Ordinal);
            if (!_connections.TryGetValue(connectionId, out var documents)) _connections[connectionId] = documents = new(StringComparer.Ordinal);
            documents.Add(documentId);
            var tick = ++_clock;
            if (places.TryGetValue(connectionId, out var previous))
            {
                places[connectionId] = previous with { Member = member, EditingBlockId = member.IsCoordinator ? previous.EditingBlockId : null, MovedAt = tick };
                return previous.Member;
            }
            places[connectionId] = new Place(member, null, null, tick, tick);
            return null;
        }
    }

    /// <summary>Moves the connection within the document; false when it has not joined it.</summary>
    public bool Move(string documentId, string connectionId, string? sectionId, string? editingBlockId)
    {
        lock (_lock)
        {
            if (!_documents.TryGetValue(documentId, out var places) || !places.TryGetValue(connectionId, out var place)) return false;
            places[connectionId] = place with { SectionId = sectionId, EditingBlockId = editingBlockId, MovedAt = ++_clock };
            return true;
        }
    }

    /// <summary>Removes the connection from the document; returns the member it was, null when it had not joined.</summary>
    public LiveMember? Leave(string documentId, string connectionId)
    {
        lock (_lock)
        {
            if (!_documents.TryGetValue(documentId, out var places) || !places.Remove(connectionId, out var place)) return null;
            if (places.Count == 0) _documents.Remove(documentId);
            if (_connections.TryGetValue(connectionId, out var documents) && documents.Remove(documentId) && documents.Count == 0)
                _connections.Remove(connectionId);
            return place.Member;
        }
    }

    /// <summary>Removes the connection from every document; returns the documents it was on.</summary>
    public IReadOnlyList<string> LeaveAll(string connectionId)
    {
        lock (_lock)
        {
            if (!_connections.Remove(connectionId, out var documents)) return [];
            foreach (var documentId in documents)
            {
                if (_documents.TryGetValue(documentId, out var places) && places.Remove(connectionId) && places.Count == 0)
                    _documents.Remove(documentId);
            }
            return [.. documents];
        }
    }

    public bool IsOn(string documentId, string connectionId)
    {
        lock (_lock) return _documents.TryGetValue(documentId, out var places) && places.ContainsKey(connectionId);
    }

    /// <summary>How many documents the connection has joined.</summary>
    public int DocumentCount(string connectionId)
    {
        lock (_lock) return _connections.TryGetValue(connectionId, out var documents) ? documents.Count : 0;
    }

    /// <summary>How many documents have someone on them (the tracker holds nothing for the others).</summary>
    public int TrackedDocumentCount
    {
        get { lock (_lock) return _documents.Count; }
    }

    /// <summary>
    /// One entry per person on the document, in the order they arrived. Their section is that of the tab they moved in
    /// last; the block they edit is that of the last tab that edits one.
    /// </summary>
    public IReadOnlyList<PresenceView> Present(string documentId)
    {
        lock (_lock)
        {
            if (!_documents.TryGetValue(documentId, out var places)) return [];
            return [.. places.Values
                .GroupBy(p => p.Member.UserId, StringComparer.Ordinal)
                .OrderBy(person => person.Min(p => p.JoinedAt))
                .Select(person =>
                {
                    var latest = person.MaxBy(p => p.MovedAt)!;
                    var editing = person.Where(p => p.EditingBlockId is not null).MaxBy(p => p.MovedAt);
                    var member = latest.Member;
                    return new PresenceView(member.UserId, member.Name, member.OrganisationId, member.OrganisationName, latest.SectionId, editing?.EditingBlockId);
                })];
        }
    }

    /// <summary>The connections on the document of coordinators.</summary>
    public IReadOnlyList<string> CoordinatorConnections(string documentId) => ConnectionsWhere(documentId, member => member.IsCoordinator);

    /// <summary>The connections on the document of one person.</summary>
    public IReadOnlyList<string> ConnectionsOf(string documentId, string userId) => ConnectionsWhere(documentId, member => member.UserId == userId);

    private IReadOnlyList<string> ConnectionsWhere(string documentId, Func<LiveMember, bool> predicate)
    {
        lock (_lock)
        {
            if (!_documents.TryGetValue(documentId, out var places)) return [];
            return [.. places.Where(p => predicate(p.Value.Member)).Select(p => p.Key)];
        }
    }
}
