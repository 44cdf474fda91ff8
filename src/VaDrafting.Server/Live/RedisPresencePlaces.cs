using System.Text.Json;
using StackExchange.Redis;

namespace VaDrafting.Server.Live;

/// <summary>
/// Presence places in Redis, seen alike by every server instance: one hash per document (field: connection id,
/// value: the place stamped with the instance the connection is on), a set of the documents that have someone on them,
/// one counter for the order of arrivals, and one expiring key per running instance, renewed by
/// <see cref="RedisPresenceHeartbeat"/>. The places of an instance whose key expired are removed by the others.
/// </summary>
public sealed class RedisPresencePlaces(LiveRedis redis, LiveInstance instance) : IPresencePlaces
{
    private sealed record Entry(LiveMember Member, string? SectionId, string? EditingBlockId, long JoinedAt, long MovedAt, string Instance);

    // Removes a place and, atomically with it, the document from the set when that was its last place, so a place
    // written meanwhile by another instance never ends up in a document missing from the set.
    private static readonly LuaScript RemovePlace = LuaScript.Prepare(
        """
        local removed = redis.call('HDEL', @documentKey, @connectionId)
        if redis.call('HLEN', @documentKey) == 0 then redis.call('SREM', @documentsKey, @documentId) end
        return removed
        """);

    private string DocumentsKey => redis.Key("presence", "documents");

    private string DocumentKey(string documentId) => redis.Key("presence", "document", documentId);

    private string InstanceKey(string instanceId) => redis.Key("presence", "instance", instanceId);

    public long NextTick() => redis.Database.StringIncrement(redis.Key("presence", "clock"));

    public PresencePlace? Find(string documentId, string connectionId)
    {
        var value = redis.Database.HashGet(DocumentKey(documentId), connectionId);
        return value.IsNullOrEmpty ? null : ToPlace(Read(value));
    }

    public void Put(string documentId, string connectionId, PresencePlace place)
    {
        var entry = new Entry(place.Member, place.SectionId, place.EditingBlockId, place.JoinedAt, place.MovedAt, instance.Id);
        var transaction = redis.Database.CreateTransaction();
        _ = transaction.HashSetAsync(DocumentKey(documentId), connectionId, JsonSerializer.Serialize(entry));
        _ = transaction.SetAddAsync(DocumentsKey, documentId);
        transaction.Execute();
    }

    public bool Remove(string documentId, string connectionId) => RemoveFrom(documentId, connectionId);

    public IReadOnlyList<KeyValuePair<string, PresencePlace>> On(string documentId) =>
        [.. redis.Database.HashGetAll(DocumentKey(documentId)).Select(field => KeyValuePair.Create(field.Name.ToString(), ToPlace(Read(field.Value))))];

    public int DocumentCount => (int)redis.Database.SetLength(DocumentsKey);

    /// <summary>Stamps this instance as running for <paramref name="lifetime"/>.</summary>
    public Task RenewAsync(TimeSpan lifetime) => redis.Database.StringSetAsync(InstanceKey(instance.Id), DateTimeOffset.UtcNow.ToString("O"), lifetime);

    /// <summary>Says this instance stopped: its remaining places (none after a clean stop) go at the next sweep of another instance.</summary>
    public Task RetireAsync() => redis.Database.KeyDeleteAsync(InstanceKey(instance.Id));

    /// <summary>Removes the places of instances that are no longer running; returns the documents that lost someone.</summary>
    public async Task<IReadOnlyList<string>> RemovePlacesOfStoppedInstancesAsync()
    {
        var database = redis.Database;
        var running = new Dictionary<string, bool>(StringComparer.Ordinal) { [instance.Id] = true };
        var changed = new List<string>();
        foreach (var document in await database.SetMembersAsync(DocumentsKey))
        {
            var documentId = document.ToString();
            var stale = new List<string>();
            foreach (var field in await database.HashGetAllAsync(DocumentKey(documentId)))
            {
                var owner = Read(field.Value).Instance;
                if (!running.TryGetValue(owner, out var alive)) running[owner] = alive = await database.KeyExistsAsync(InstanceKey(owner));
                if (!alive) stale.Add(field.Name.ToString());
            }
            var removed = 0;
            foreach (var connectionId in stale)
            {
                if (RemoveFrom(documentId, connectionId)) removed++;
            }
            if (removed > 0) changed.Add(documentId);
        }
        return changed;
    }

    private bool RemoveFrom(string documentId, string connectionId) =>
        (long)redis.Database.ScriptEvaluate(RemovePlace, new
        {
            documentKey = (RedisKey)DocumentKey(documentId),
            documentsKey = (RedisKey)DocumentsKey,
            connectionId,
            documentId,
        }) > 0;

    private static Entry Read(RedisValue value) =>
        JsonSerializer.Deserialize<Entry>(value.ToString()) ?? throw new InvalidOperationException("An empty presence entry in Redis.");

    private static PresencePlace ToPlace(Entry entry) => new(entry.Member, entry.SectionId, entry.EditingBlockId, entry.JoinedAt, entry.MovedAt);
}
