namespace VaDrafting.Storage;

/// <summary>A thread-safe least-recently-used cache holding at most <paramref name="capacity"/> entries, for values that never change once made.</summary>
public sealed class BoundedCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> entries = [];
    private readonly LinkedList<(TKey Key, TValue Value)> recency = new();

    public int Count
    {
        get
        {
            lock (gate) return entries.Count;
        }
    }

    /// <summary>The cached value, or the one <paramref name="make"/> gives (made outside the lock; two callers may both make it).</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        lock (gate)
        {
            if (entries.TryGetValue(key, out var found))
            {
                recency.Remove(found);
                recency.AddFirst(found);
                return found.Value.Value;
            }
        }
        var value = make(key);
        lock (gate)
        {
            if (entries.TryGetValue(key, out var raced)) return raced.Value.Value;
            entries[key] = recency.AddFirst((key, value));
            while (entries.Count > Math.Max(1, capacity))
            {
                entries.Remove(recency.Last!.Value.Key);
                recency.RemoveLast();
            }
            return value;
        }
    }
}
