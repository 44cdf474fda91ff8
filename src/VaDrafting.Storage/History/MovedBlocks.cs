namespace VaDrafting.Storage.History;

/// <summary>
/// The blocks a commit moved: of the ids present before and after, those outside a longest increasing subsequence
/// of their old positions taken in the new order (the fewest blocks whose moving explains the new order).
/// </summary>
internal static class MovedBlocks
{
    public static IReadOnlyList<string> Find(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var oldPosition = new Dictionary<string, int>(before.Count, StringComparer.Ordinal);
        for (var i = 0; i < before.Count; i++) oldPosition.TryAdd(before[i], i);
        var common = after.Where(oldPosition.ContainsKey).ToList();
        var positions = common.Select(id => oldPosition[id]).ToArray();
        var kept = LongestIncreasing(positions);
        var moved = new List<string>();
        for (var i = 0; i < common.Count; i++)
        {
            if (!kept[i]) moved.Add(common[i]);
        }
        return moved;
    }

    /// <summary>Marks the members of one longest strictly increasing subsequence (patience sorting, O(n log n)).</summary>
    private static bool[] LongestIncreasing(int[] values)
    {
        var tails = new List<int>();
        var previous = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            int low = 0, high = tails.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (values[tails[middle]] < values[i]) low = middle + 1;
                else high = middle;
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count) tails.Add(i);
            else tails[low] = i;
        }
        var kept = new bool[values.Length];
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i]) kept[i] = true;
        return kept;
    }
}
