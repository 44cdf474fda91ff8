namespace VaDrafting.Server.Live;

/// <summary>The person behind a connection, as they joined a document.</summary>
public sealed record LiveMember(string UserId, string Name, string? OrganisationId, string? OrganisationName, bool IsCoordinator);

/// <summary>
/// Who is on which document, per connection. A person with several tabs has several connections; <see cref="Present"/>
/// merges them into one entry. The places are kept in <see cref="IPresencePlaces"/> (in memory, or in Redis where every
/// server instance sees them); which documents each of this instance's connections is on is kept here, since a
/// connection lives on one instance. Every method is safe to call from any thread; a document's entry disappears with
/// its last connection, a connection's with its last document.
/// </summary>
public sealed class PresenceTracker(IPresencePlaces places)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, HashSet<string>> _connections = new(StringComparer.Ordinal);

    /// <summary>Presence of this process only.</summary>
    public PresenceTracker() : this(new MemoryPresencePlaces())
    {
    }

    /// <summary>Adds (or renews) the connection on the document; returns the member it replaced, if it had joined before.</summary>
    public LiveMember? Join(string documentId, string connectionId, LiveMember member)
    {
        lock (_lock)
        {
            if (!_connections.TryGetValue(connectionId, out var documents)) _connections[connectionId] = documents = new(StringComparer.Ordinal);
            documents.Add(documentId);
            var tick = places.NextTick();
            if (places.Find(documentId, connectionId) is { } previous)
            {
                places.Put(documentId, connectionId, previous with { Member = member, EditingBlockId = member.IsCoordinator ? previous.EditingBlockId : null, MovedAt = tick });
                return previous.Member;
            }
            places.Put(documentId, connectionId, new PresencePlace(member, null, null, tick, tick));
            return null;
        }
    }

    /// <summary>Moves the connection within the document; false when it has not joined it.</summary>
    public bool Move(string documentId, string connectionId, string? sectionId, string? editingBlockId)
    {
        lock (_lock)
        {
            if (!IsOnLocked(documentId, connectionId) || places.Find(documentId, connectionId) is not { } place) return false;
            places.Put(documentId, connectionId, place with { SectionId = sectionId, EditingBlockId = editingBlockId, MovedAt = places.NextTick() });
            return true;
        }
    }

    /// <summary>Removes the connection from the document; returns the member it was, null when it had not joined.</summary>
    public LiveMember? Leave(string documentId, string connectionId)
    {
        lock (_lock)
        {
            if (!_connections.TryGetValue(connectionId, out var documents) || !documents.Remove(documentId)) return null;
            if (documents.Count == 0) _connections.Remove(connectionId);
            var place = places.Find(documentId, connectionId);
            places.Remove(documentId, connectionId);
            return place?.Member;
        }
    }

    /// <summary>Removes the connection from every document; returns the documents it was on.</summary>
    public IReadOnlyList<string> LeaveAll(string connectionId)
    {
        lock (_lock)
        {
            if (!_connections.Remove(connectionId, out var documents)) return [];
            foreach (var documentId in documents) places.Remove(documentId, connectionId);
            return [.. documents];
        }
    }

    public bool IsOn(string documentId, string connectionId)
    {
        lock (_lock) return IsOnLocked(documentId, connectionId);
    }

    /// <summary>How many documents the connection has joined.</summary>
    public int DocumentCount(string connectionId)
    {
        lock (_lock) return _connections.TryGetValue(connectionId, out var documents) ? documents.Count : 0;
    }

    /// <summary>How many documents have someone on them (nothing is held for the others).</summary>
    public int TrackedDocumentCount => places.DocumentCount;

    /// <summary>
    /// One entry per person on the document, in the order they arrived. Their section is that of the tab they moved in
    /// last; the block they edit is that of the last tab that edits one.
    /// </summary>
    public IReadOnlyList<PresenceView> Present(string documentId) =>
        [.. places.On(documentId)
            .Select(p => p.Value)
            .GroupBy(p => p.Member.UserId, StringComparer.Ordinal)
            .OrderBy(person => person.Min(p => p.JoinedAt))
            .Select(person =>
            {
                var latest = person.MaxBy(p => p.MovedAt)!;
                var editing = person.Where(p => p.EditingBlockId is not null).MaxBy(p => p.MovedAt);
                var member = latest.Member;
                return new PresenceView(member.UserId, member.Name, member.OrganisationId, member.OrganisationName, latest.SectionId, editing?.EditingBlockId);
            })];

    /// <summary>The connections on the document of coordinators, on every instance.</summary>
    public IReadOnlyList<string> CoordinatorConnections(string documentId) => ConnectionsWhere(documentId, member => member.IsCoordinator);

    /// <summary>The connections on the document of one person, on every instance.</summary>
    public IReadOnlyList<string> ConnectionsOf(string documentId, string userId) => ConnectionsWhere(documentId, member => member.UserId == userId);

    private IReadOnlyList<string> ConnectionsWhere(string documentId, Func<LiveMember, bool> predicate) =>
        [.. places.On(documentId).Where(p => predicate(p.Value.Member)).Select(p => p.Key)];

    private bool IsOnLocked(string documentId, string connectionId) =>
        _connections.TryGetValue(connectionId, out var documents) && documents.Contains(documentId);
}
