using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace VaDrafting.Core.Collaboration;

/// <summary>
/// Word-level three-way merge (diff3 over two-way DiffPlex diffs of <see cref="WordTokens"/>, whitespace significant).
/// <list type="bullet">
/// <item>Edits separated by at least one token both sides left alone both survive.</item>
/// <item>The same edit made on both sides is taken once.</item>
/// <item>Different edits of the same or touching tokens, and different insertions at the same point, are a
/// conflict; a clean result therefore never loses a word either side kept or added.</item>
/// <item>When the changed parts are larger than <see cref="MaxChangedTokens"/>, the diff could take seconds, so
/// the whole text is reported as one conflict instead.</item>
/// </list>
/// </summary>
public static class WordMerge
{
    /// <summary>Largest number of tokens (ancestor plus one side, after their common start and end) that is diffed.</summary>
    public const int MaxChangedTokens = 6_000;

    public static TextMerge Merge(string ancestor, string mine, string theirs)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(theirs);
        if (mine == theirs) return new TextMerge.Clean(mine);
        if (mine == ancestor) return new TextMerge.Clean(theirs);
        if (theirs == ancestor) return new TextMerge.Clean(mine);

        var baseTokens = WordTokens.Split(ancestor);
        var mineTokens = WordTokens.Split(mine);
        var theirTokens = WordTokens.Split(theirs);
        if (ChangedTokens(baseTokens, mineTokens) > MaxChangedTokens || ChangedTokens(baseTokens, theirTokens) > MaxChangedTokens)
            return new TextMerge.Conflict([new MergeConflict(0, ancestor, mine, theirs)]);

        var mineMatch = MatchAncestorTokens(ancestor, mine, baseTokens, mineTokens);
        var theirMatch = MatchAncestorTokens(ancestor, theirs, baseTokens, theirTokens);
        var merge = new ThreeWay(baseTokens, mineTokens, theirTokens, mineMatch, theirMatch).Merge();
        if (merge is TextMerge.Clean clean && !KeepsEverySidesWords(baseTokens, mineTokens, theirTokens, WordTokens.Split(clean.Text)))
            return new TextMerge.Conflict([new MergeConflict(0, ancestor, mine, theirs)]);
        return merge;
    }

    /// <summary>
    /// Guards against a diff that reads one side's edits differently from what was meant: among equally short
    /// diffs, one may see a word deleted by one side as moved by the other and bring it back. For every word and
    /// punctuation mark both sides removed (or kept), the result may hold no more than the side with fewest; for
    /// every one both added (or kept), no fewer than the side with most.
    /// </summary>
    private static bool KeepsEverySidesWords(string[] ancestor, string[] mine, string[] theirs, string[] merged)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        void Count(string[] tokens, int which)
        {
            foreach (var token in tokens)
            {
                if (string.IsNullOrWhiteSpace(token)) continue;
                if (!counts.TryGetValue(token, out var perText)) counts[token] = perText = new int[4];
                perText[which]++;
            }
        }
        Count(ancestor, 0);
        Count(mine, 1);
        Count(theirs, 2);
        Count(merged, 3);
        foreach (var (_, n) in counts)
        {
            var (before, mineCount, theirCount, result) = (n[0], n[1], n[2], n[3]);
            if (mineCount <= before && theirCount <= before && result > Math.Min(mineCount, theirCount)) return false;
            if (mineCount >= before && theirCount >= before && result < Math.Max(mineCount, theirCount)) return false;
        }
        return true;
    }

    /// <summary>Tokens of both texts outside their common start and end: what the diff has to work through.</summary>
    private static int ChangedTokens(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        return a.Length + b.Length - 2 * (prefix + suffix);
    }

    /// <summary>For each ancestor token, the index of the same token in <paramref name="other"/>, or -1 when the other side removed or replaced it.</summary>
    private static int[] MatchAncestorTokens(string ancestor, string other, string[] baseTokens, string[] otherTokens)
    {
        var diff = Differ.Instance.CreateDiffs(ancestor, other, ignoreWhiteSpace: false, ignoreCase: false, WordTokens.Instance);
        var match = new int[baseTokens.Length];
        Array.Fill(match, -1);
        var a = 0;
        var b = 0;
        foreach (var block in diff.DiffBlocks)
        {
            while (a < block.DeleteStartA) match[a++] = b++;
            a += block.DeleteCountA;
            b += block.InsertCountB;
        }
        while (a < baseTokens.Length) match[a++] = b++;
        var consistent = b == otherTokens.Length;
        for (var i = 0; consistent && i < match.Length; i++) consistent = match[i] < 0 || baseTokens[i] == otherTokens[match[i]];
        if (!consistent) throw new InvalidOperationException("The word diff does not describe the texts it was given.");
        return match;
    }

    private sealed class ThreeWay(string[] ancestor, string[] mine, string[] theirs, int[] mineMatch, int[] theirMatch)
    {
        private readonly StringBuilder _merged = new();
        private readonly List<MergeConflict> _conflicts = [];
        private int _ancestorOffset;

        public TextMerge Merge()
        {
            int i = 0, j = 0, k = 0;
            while (true)
            {
                while (i < ancestor.Length && mineMatch[i] == j && theirMatch[i] == k)
                {
                    Keep(ancestor[i]);
                    i++;
                    j++;
                    k++;
                }
                if (i == ancestor.Length && j == mine.Length && k == theirs.Length) break;

                var next = i;
                while (next < ancestor.Length && (mineMatch[next] < 0 || theirMatch[next] < 0)) next++;
                var mineEnd = next < ancestor.Length ? mineMatch[next] : mine.Length;
                var theirEnd = next < ancestor.Length ? theirMatch[next] : theirs.Length;
                Resolve(ancestor[i..next], mine[j..mineEnd], theirs[k..theirEnd]);
                (i, j, k) = (next, mineEnd, theirEnd);
            }
            return _conflicts.Count == 0 ? new TextMerge.Clean(_merged.ToString()) : new TextMerge.Conflict(_conflicts);
        }

        private void Keep(string token)
        {
            _merged.Append(token);
            _ancestorOffset += token.Length;
        }

        private void Resolve(string[] ancestorPart, string[] minePart, string[] theirPart)
        {
            if (minePart.SequenceEqual(ancestorPart)) Take(ancestorPart, theirPart);
            else if (theirPart.SequenceEqual(ancestorPart) || theirPart.SequenceEqual(minePart)) Take(ancestorPart, minePart);
            else
            {
                _conflicts.Add(new MergeConflict(_ancestorOffset, string.Concat(ancestorPart), string.Concat(minePart), string.Concat(theirPart)));
                _ancestorOffset += ancestorPart.Sum(token => token.Length);
            }
        }

        private void Take(string[] ancestorPart, string[] chosen)
        {
            foreach (var token in chosen) _merged.Append(token);
            _ancestorOffset += ancestorPart.Sum(token => token.Length);
        }
    }
}
