namespace VaDrafting.Core.Redlines;

/// <summary>One entry of an alignment: indexes into the old and new id lists, -1 where the side has no entry.</summary>
/// <param name="Change">
/// <see cref="BlockChange.Unchanged"/> for an id kept in place (the caller tells changed from unchanged), otherwise
/// inserted, deleted, moved away or moved here.
/// </param>
internal readonly record struct AlignedId(BlockChange Change, int OldIndex, int NewIndex);

/// <summary>
/// Aligns two lists of unique ids: the ids kept in place are a longest increasing subsequence of the common ids (in new
/// order, by old position); every other common id is moved. Between two kept ids, what left the old text comes first,
/// then what arrived in the new.
/// </summary>
internal static class IdAlignment
{
    public static List<AlignedId> Align(IReadOnlyList<string> oldIds, IReadOnlyList<string> newIds, string what)
    {
        var oldPositions = IndexOf(oldIds, what);
        var newPositions = IndexOf(newIds, what);

        var common = new List<(int Old, int New)>();
        for (var j = 0; j < newIds.Count; j++)
            if (oldPositions.TryGetValue(newIds[j], out var i)) common.Add((i, j));
        var kept = LongestIncreasing(common);

        var keptOld = new bool[oldIds.Count];
        var keptNew = new bool[newIds.Count];
        foreach (var (o, n) in kept)
        {
            keptOld[o] = true;
            keptNew[n] = true;
        }

        var result = new List<AlignedId>(oldIds.Count + newIds.Count);
        int oi = 0, ni = 0;
        foreach (var (o, n) in kept.Append((oldIds.Count, newIds.Count)))
        {
            for (; oi < o; oi++)
                result.Add(newPositions.TryGetValue(oldIds[oi], out var to)
                    ? new AlignedId(BlockChange.MovedAway, oi, to)
                    : new AlignedId(BlockChange.Deleted, oi, -1));
            for (; ni < n; ni++)
                result.Add(oldPositions.TryGetValue(newIds[ni], out var from)
                    ? new AlignedId(BlockChange.MovedHere, from, ni)
                    : new AlignedId(BlockChange.Inserted, -1, ni));
            if (o < oldIds.Count) result.Add(new AlignedId(BlockChange.Unchanged, o, n));
            oi = o + 1;
            ni = n + 1;
        }
        return result;
    }

    private static Dictionary<string, int> IndexOf(IReadOnlyList<string> ids, string what)
    {
        var positions = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
            if (!positions.TryAdd(ids[i], i))
                throw new ArgumentException($"The {what} id '{ids[i]}' appears more than once in one version.");
        return positions;
    }

    /// <summary>The longest subsequence of <paramref name="pairs"/> (in new order) whose old positions increase; O(n log n).</summary>
    private static List<(int Old, int New)> LongestIncreasing(List<(int Old, int New)> pairs)
    {
        var tails = new List<int>();
        var previous = new int[pairs.Count];
        for (var k = 0; k < pairs.Count; k++)
        {
            int low = 0, high = tails.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (pairs[tails[mid]].Old < pairs[k].Old) low = mid + 1;
                else high = mid;
            }
            previous[k] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count) tails.Add(k);
            else tails[low] = k;
        }
        var result = new List<(int Old, int New)>(tails.Count);
        for (var k = tails.Count > 0 ? tails[^1] : -1; k >= 0; k = previous[k]) result.Add(pairs[k]);
        result.Reverse();
        return result;
    }
}
