namespace VaDrafting.Core.Anchoring;

/// <summary>
/// Finds the substring of a text closest to a pattern by edit distance (Sellers' algorithm: a Levenshtein table
/// whose match may start anywhere), in O(pattern × text) time and O(pattern) memory.
/// </summary>
internal static class ApproximateMatcher
{
    /// <summary>A match: <see cref="Start"/>..<see cref="End"/> of the text, and whether an equally close match lies elsewhere.</summary>
    public readonly record struct Match(int Start, int End, int Distance, bool Ambiguous);

    /// <summary>
    /// The closest match of <paramref name="pattern"/> in <paramref name="text"/>; among equally close ones the one
    /// ending nearest <paramref name="preferredEnd"/>.
    /// </summary>
    public static Match Find(string pattern, string text, int preferredEnd)
    {
        var ends = EndDistances(pattern, text);
        var best = int.MaxValue;
        var bestEnd = 0;
        var furthestTie = 0;
        for (var end = 0; end <= text.Length; end++)
        {
            if (ends[end] < best)
            {
                best = ends[end];
                bestEnd = end;
            }
            else if (ends[end] == best && Math.Abs(end - preferredEnd) < Math.Abs(bestEnd - preferredEnd))
            {
                bestEnd = end;
            }
        }
        for (var end = 0; end <= text.Length; end++)
        {
            if (ends[end] == best) furthestTie = Math.Max(furthestTie, Math.Abs(end - bestEnd));
        }
        var start = bestEnd - MatchLength(pattern, text, bestEnd, best);
        // Ends of one match cluster within a few characters; an equal match further away than half the pattern is another passage.
        var ambiguous = furthestTie > Math.Max(1, pattern.Length / 2);
        return new Match(start, bestEnd, best, ambiguous);
    }

    /// <summary>For each end offset of the text, the least edit distance of the pattern to a substring ending there.</summary>
    private static int[] EndDistances(string pattern, string text)
    {
        var column = new int[pattern.Length + 1];
        for (var i = 0; i <= pattern.Length; i++) column[i] = i;
        var ends = new int[text.Length + 1];
        ends[0] = column[pattern.Length];
        for (var j = 1; j <= text.Length; j++)
        {
            var diagonal = column[0];
            column[0] = 0;
            for (var i = 1; i <= pattern.Length; i++)
            {
                var above = column[i];
                var substitution = diagonal + (pattern[i - 1] == text[j - 1] ? 0 : 1);
                column[i] = Math.Min(substitution, Math.Min(above, column[i - 1]) + 1);
                diagonal = above;
            }
            ends[j] = column[pattern.Length];
        }
        return ends;
    }

    /// <summary>The length of the match ending at <paramref name="end"/> with <paramref name="distance"/>, found by matching both reversed.</summary>
    private static int MatchLength(string pattern, string text, int end, int distance)
    {
        var reversedPattern = Reverse(pattern);
        var reversedText = Reverse(text[..end]);
        var lengths = EndDistances(reversedPattern, reversedText);
        var bestLength = -1;
        for (var length = 0; length < lengths.Length; length++)
        {
            if (lengths[length] != distance) continue;
            if (bestLength < 0 || Math.Abs(length - pattern.Length) < Math.Abs(bestLength - pattern.Length)) bestLength = length;
        }
        return Math.Max(0, bestLength);
    }

    private static string Reverse(string text)
    {
        var chars = text.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
