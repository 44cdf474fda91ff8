using DiffPlex;

namespace VaDrafting.Core.Redlines;

/// <summary>One step of a token diff: a token kept (possibly with other marks), deleted from the old text or inserted in the new.</summary>
/// <param name="OldIndex">The token's index in the old text, -1 for an insertion.</param>
/// <param name="NewIndex">The token's index in the new text, -1 for a deletion.</param>
internal readonly record struct TokenStep(SegmentKind Kind, int OldIndex, int NewIndex);

/// <summary>
/// The word diff of two token sequences with DiffPlex (whitespace significant). Their common start and end are matched
/// first; when what remains has more tokens than the cap, the whole old text is deleted and the whole new text inserted.
/// When what remains has few words in common (under a quarter), it is shown as replaced as a whole rather than as a
/// confetti of single matching words. A space kept between two changes joins them, and inside each change the deleted
/// tokens come before the inserted ones, so a rewritten phrase reads as one deletion followed by one insertion.
/// </summary>
internal static class TokenDiff
{
    public static (List<TokenStep> Steps, bool Capped) Diff(InlineToken[] oldTokens, InlineToken[] newTokens, int maxTokens)
    {
        var prefix = 0;
        while (prefix < oldTokens.Length && prefix < newTokens.Length && oldTokens[prefix].Key == newTokens[prefix].Key) prefix++;
        var suffix = 0;
        while (suffix < oldTokens.Length - prefix && suffix < newTokens.Length - prefix
               && oldTokens[^(suffix + 1)].Key == newTokens[^(suffix + 1)].Key) suffix++;

        var oldMiddle = oldTokens.Length - prefix - suffix;
        var newMiddle = newTokens.Length - prefix - suffix;
        var steps = new List<TokenStep>(oldTokens.Length + newMiddle);
        if (oldMiddle + newMiddle > maxTokens)
        {
            for (var i = 0; i < oldTokens.Length; i++) steps.Add(new TokenStep(SegmentKind.Deleted, i, -1));
            for (var j = 0; j < newTokens.Length; j++) steps.Add(new TokenStep(SegmentKind.Inserted, -1, j));
            return (steps, true);
        }

        for (var i = 0; i < prefix; i++) AddKept(steps, oldTokens, newTokens, i, i);
        if (oldMiddle > 0 && newMiddle == 0)
            for (var i = prefix; i < prefix + oldMiddle; i++) steps.Add(new TokenStep(SegmentKind.Deleted, i, -1));
        else if (oldMiddle == 0 && newMiddle > 0)
            for (var j = prefix; j < prefix + newMiddle; j++) steps.Add(new TokenStep(SegmentKind.Inserted, -1, j));
        else if (oldMiddle > 0 && LittleInCommon(oldTokens, newTokens, prefix, oldMiddle, newMiddle))
        {
            for (var i = prefix; i < prefix + oldMiddle; i++) steps.Add(new TokenStep(SegmentKind.Deleted, i, -1));
            for (var j = prefix; j < prefix + newMiddle; j++) steps.Add(new TokenStep(SegmentKind.Inserted, -1, j));
        }
        else if (oldMiddle > 0)
        {
            DiffMiddle(steps, oldTokens, newTokens, prefix, oldMiddle, newMiddle);
        }
        for (var k = suffix; k > 0; k--) AddKept(steps, oldTokens, newTokens, oldTokens.Length - k, newTokens.Length - k);
        return (Tidy(steps, oldTokens), false);
    }

    private static bool LittleInCommon(InlineToken[] oldTokens, InlineToken[] newTokens, int start, int oldCount, int newCount)
    {
        var counts = new Dictionary<string, int>(oldCount, StringComparer.Ordinal);
        var oldWords = 0;
        for (var i = start; i < start + oldCount; i++)
        {
            if (IsSpace(oldTokens[i].Key)) continue;
            oldWords++;
            counts[oldTokens[i].Key] = counts.GetValueOrDefault(oldTokens[i].Key) + 1;
        }
        int newWords = 0, common = 0;
        for (var j = start; j < start + newCount; j++)
        {
            if (IsSpace(newTokens[j].Key)) continue;
            newWords++;
            if (counts.TryGetValue(newTokens[j].Key, out var left) && left > 0)
            {
                counts[newTokens[j].Key] = left - 1;
                common++;
            }
        }
        return common * 4 < Math.Max(oldWords, newWords);
    }

    private static bool IsSpace(string key) => key.Length > 0 && key[0] != '\0' && string.IsNullOrWhiteSpace(key);

    private static bool IsChange(TokenStep step) => step.Kind is SegmentKind.Deleted or SegmentKind.Inserted;

    /// <summary>Joins changes separated only by kept spaces, and puts the deletions of each change before its insertions.</summary>
    private static List<TokenStep> Tidy(List<TokenStep> steps, InlineToken[] oldTokens)
    {
        var joined = new List<TokenStep>(steps.Count + 8);
        for (var k = 0; k < steps.Count; k++)
        {
            var end = k;
            while (end < steps.Count && steps[end].Kind == SegmentKind.Equal && IsSpace(oldTokens[steps[end].OldIndex].Key)) end++;
            if (end > k && k > 0 && end < steps.Count && IsChange(steps[k - 1]) && IsChange(steps[end]))
            {
                for (var m = k; m < end; m++) joined.Add(new TokenStep(SegmentKind.Deleted, steps[m].OldIndex, -1));
                for (var m = k; m < end; m++) joined.Add(new TokenStep(SegmentKind.Inserted, -1, steps[m].NewIndex));
                k = end - 1;
                continue;
            }
            joined.Add(steps[k]);
        }

        for (var start = 0; start < joined.Count;)
        {
            if (!IsChange(joined[start]))
            {
                start++;
                continue;
            }
            var end = start;
            while (end < joined.Count && IsChange(joined[end])) end++;
            var change = joined.GetRange(start, end - start);
            var ordered = change.Where(s => s.Kind == SegmentKind.Deleted).Concat(change.Where(s => s.Kind == SegmentKind.Inserted)).ToList();
            for (var m = 0; m < ordered.Count; m++) joined[start + m] = ordered[m];
            start = end;
        }
        return joined;
    }

    private static void DiffMiddle(List<TokenStep> steps, InlineToken[] oldTokens, InlineToken[] newTokens, int start, int oldCount, int newCount)
    {
        var chunker = new PresetChunker(Keys(oldTokens, start, oldCount), Keys(newTokens, start, newCount));
        var diff = Differ.Instance.CreateDiffs(PresetChunker.OldText, PresetChunker.NewText, ignoreWhiteSpace: false, ignoreCase: false, chunker);
        var a = 0;
        var b = 0;
        foreach (var block in diff.DiffBlocks)
        {
            while (a < block.DeleteStartA) AddKept(steps, oldTokens, newTokens, start + a++, start + b++);
            for (var d = 0; d < block.DeleteCountA; d++) steps.Add(new TokenStep(SegmentKind.Deleted, start + a++, -1));
            b = block.InsertStartB;
            for (var n = 0; n < block.InsertCountB; n++) steps.Add(new TokenStep(SegmentKind.Inserted, -1, start + b++));
        }
        while (a < oldCount) AddKept(steps, oldTokens, newTokens, start + a++, start + b++);
        if (b != newCount) throw new InvalidOperationException("The word diff does not describe the texts it was given.");
    }

    private static void AddKept(List<TokenStep> steps, InlineToken[] oldTokens, InlineToken[] newTokens, int i, int j) =>
        steps.Add(new TokenStep(InlineTokens.SameFormat(oldTokens[i], newTokens[j]) ? SegmentKind.Equal : SegmentKind.FormatChanged, i, j));

    private static string[] Keys(InlineToken[] tokens, int start, int count)
    {
        var keys = new string[count];
        for (var i = 0; i < count; i++) keys[i] = tokens[start + i].Key;
        return keys;
    }

    /// <summary>Hands DiffPlex token keys made beforehand: footnote references and line breaks are tokens no text can spell.</summary>
    private sealed class PresetChunker(string[] oldKeys, string[] newKeys) : IChunker
    {
        public const string OldText = "old";
        public const string NewText = "new";

        public IReadOnlyList<string> Chunk(string text) => ReferenceEquals(text, OldText) ? oldKeys : newKeys;
    }
}
