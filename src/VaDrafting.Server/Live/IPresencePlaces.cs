namespace VaDrafting.Server.Live;

/// <summary>Where one connection is on one document, and when (ticks of <see cref="IPresencePlaces.NextTick"/>) it arrived and last moved.</summary>
public sealed record PresencePlace(LiveMember Member, string? SectionId, string? EditingBlockId, long JoinedAt, long MovedAt);

/// <summary>
/// The places of the connections on each document, kept where every server instance that reads them sees the same:
/// in memory for one process (<see cref="MemoryPresencePlaces"/>), in Redis for several (<see cref="RedisPresencePlaces"/>).
/// A connection's place is written only by the instance the connection is on.
/// </summary>
public interface IPresencePlaces
{
    /// <summary>A number larger than every one returned before, by any instance: the order of arrivals and moves.</summary>
    long NextTick();

    PresencePlace? Find(string documentId, string connectionId);

    void Put(string documentId, string connectionId, PresencePlace place);

    /// <summary>Removes the connection's place; true when it had one.</summary>
    bool Remove(string documentId, string connectionId);

    /// <summary>Every connection on the document with its place.</summary>
    IReadOnlyList<KeyValuePair<string, PresencePlace>> On(string documentId);

    /// <summary>How many documents have someone on them.</summary>
    int DocumentCount { get; }
}
