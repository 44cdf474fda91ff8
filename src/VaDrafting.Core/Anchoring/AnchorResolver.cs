using VaDrafting.Core.Model;

namespace VaDrafting.Core.Anchoring;

/// <summary>
/// Finds an anchor made on one version of a document again in another version. The rules, in order:
/// <list type="number">
/// <item>The block still exists and holds the quote and its whole context at the same offsets: <see cref="AnchorStatus.Exact"/>
/// with confidence 1. When only the context changed, the quote competes with its other occurrences as below and is
/// <see cref="AnchorStatus.Exact"/> (with a lower confidence) if it wins in place.</item>
/// <item>The exact quote occurs elsewhere (the same block first, then other blocks): each occurrence is scored by
/// how much of the old prefix and suffix surround it. One best occurrence with enough evidence (quote plus matching
/// context of at least <see cref="MinEvidence"/> characters, or the whole old context) is
/// <see cref="AnchorStatus.Moved"/>. A tie that the same-block preference cannot break, or too little evidence,
/// gives <see cref="AnchorStatus.Fuzzy"/> with confidence <see cref="UncertainConfidence"/>: it is never a silent guess.</item>
/// <item>The quote itself changed: the closest passage by edit distance, in the old block first and then in the
/// others, is <see cref="AnchorStatus.Fuzzy"/> when its <see cref="TextSimilarity"/> to the quote is at least
/// <see cref="FuzzyThreshold"/>.</item>
/// <item>Otherwise <see cref="AnchorStatus.Orphaned"/>.</item>
/// </list>
/// The approximate search is bounded: a block whose table would exceed <see cref="MaxFuzzyCellsPerBlock"/>
/// cells is skipped, and the search stops after <see cref="MaxFuzzyCellsPerResolve"/> cells in all.
/// Every returned anchor is rebuilt from the new text, so its quote and context are those of the new version.
/// </summary>
public static class AnchorResolver
{
    public const double FuzzyThreshold = 0.75;

    /// <summary>Characters of quote plus matching context needed to call a found quote <see cref="AnchorStatus.Moved"/>.</summary>
    public const int MinEvidence = 16;

    /// <summary>A changed quote shorter than this is not searched for approximately in its own block (too little to recognise).</summary>
    public const int MinFuzzyQuoteLength = 4;

    /// <summary>A changed quote shorter than this is not searched for approximately in other blocks.</summary>
    public const int MinFuzzyQuoteLengthElsewhere = 16;

    public const long MaxFuzzyCellsPerBlock = 4_000_000;
    public const long MaxFuzzyCellsPerResolve = 20_000_000;

    /// <summary>Confidence given to an exact quote whose place cannot be told apart from another.</summary>
    public const double UncertainConfidence = 0.5;

    private sealed record BlockText(string Id, int Index, string Text);

    /// <summary>The anchor texts of one version's blocks, built once per version however many anchors are resolved against it.</summary>
    private sealed class VersionTexts
    {
        public VersionTexts(DraftDocument version)
        {
            Blocks = [.. version.Blocks.Select((block, index) => new BlockText(block.Id, index, AnchorText.Of(block)))];
            foreach (var block in Blocks) ById.TryAdd(block.Id, block);
        }

        public List<BlockText> Blocks { get; }

        public Dictionary<string, BlockText> ById { get; } = new(StringComparer.Ordinal);
    }

    // Versions are immutable, so their texts can be kept for as long as the version object lives
    // (re-anchoring every thread of a round after a new version resolves a thousand anchors against one version).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DraftDocument, VersionTexts> TextsByVersion = new();

    private sealed record Occurrence(BlockText Block, int Start, int End, int Score);

    public static AnchorResolution Resolve(TextAnchor anchor, DraftDocument newVersion)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(newVersion);
        var texts = TextsByVersion.GetValue(newVersion, version => new VersionTexts(version));
        var blocks = texts.Blocks;
        var original = texts.ById.GetValueOrDefault(anchor.BlockId);

        if (original is not null && IsExactInPlace(anchor, original.Text))
            return new AnchorResolution(AnchorStatus.Exact, TextAnchor.FromText(original.Id, original.Text, anchor.Start, anchor.End), 1);

        var occurrences = FindOccurrences(anchor, blocks);
        if (occurrences.Count > 0)
        {
            var chosen = ChooseOccurrence(anchor, occurrences, original);
            var stayed = chosen.Anchor!.BlockId == anchor.BlockId && chosen.Anchor.Start == anchor.Start && chosen.Anchor.End == anchor.End;
            return chosen.Status == AnchorStatus.Moved && stayed ? chosen with { Status = AnchorStatus.Exact } : chosen;
        }

        return FindApproximately(anchor, blocks, original);
    }

    private static bool IsExactInPlace(TextAnchor anchor, string text)
    {
        if (anchor.Start < 0 || anchor.End > text.Length || anchor.Start > anchor.End) return false;
        if (!AnchorText.IsBoundary(text, anchor.Start) || !AnchorText.IsBoundary(text, anchor.End)) return false;
        if (anchor.End - anchor.Start != anchor.Exact.Length
            || !text.AsSpan(anchor.Start, anchor.Exact.Length).SequenceEqual(anchor.Exact)) return false;
        // With its context changed, the same words at the same offsets may be another passage: let the occurrences compete.
        return ContextScore(anchor, text, anchor.Start, anchor.End) == anchor.Prefix.Length + anchor.Suffix.Length;
    }

    /// <summary>Every place where the quote occurs (for an insertion point: where the old prefix and suffix meet).</summary>
    private static List<Occurrence> FindOccurrences(TextAnchor anchor, List<BlockText> blocks)
    {
        var key = anchor.Exact.Length > 0 ? anchor.Exact : anchor.Prefix + anchor.Suffix;
        var offset = anchor.Exact.Length > 0 ? 0 : anchor.Prefix.Length;
        var occurrences = new List<Occurrence>();
        if (key.Length == 0) return occurrences;
        foreach (var block in blocks)
        {
            for (var at = block.Text.IndexOf(key, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < block.Text.Length ? block.Text.IndexOf(key, at + 1, StringComparison.Ordinal) : -1)
            {
                var start = at + offset;
                var end = start + anchor.Exact.Length;
                if (!AnchorText.IsBoundary(block.Text, start) || !AnchorText.IsBoundary(block.Text, end)) continue;
                occurrences.Add(new Occurrence(block, start, end, ContextScore(anchor, block.Text, start, end)));
            }
        }
        return occurrences;
    }

    /// <summary>How many characters of the old prefix end at <paramref name="start"/> plus how many of the old suffix begin at <paramref name="end"/>.</summary>
    private static int ContextScore(TextAnchor anchor, string text, int start, int end)
    {
        var before = 0;
        while (before < anchor.Prefix.Length && before < start && anchor.Prefix[^(before + 1)] == text[start - before - 1]) before++;
        var after = 0;
        while (after < anchor.Suffix.Length && end + after < text.Length && anchor.Suffix[after] == text[end + after]) after++;
        return before + after;
    }

    private static AnchorResolution ChooseOccurrence(TextAnchor anchor, List<Occurrence> occurrences, BlockText? original)
    {
        var bestScore = occurrences.Max(o => o.Score);
        var best = occurrences.Where(o => o.Score == bestScore).ToList();
        var inOriginal = best.Where(o => o.Block == original).ToList();
        var candidates = inOriginal.Count > 0 ? inOriginal : best;
        var chosen = candidates
            .OrderBy(o => o.Block == original ? Math.Abs(o.Start - anchor.Start) : 0)
            .ThenBy(o => original is null ? o.Block.Index : Math.Abs(o.Block.Index - original.Index))
            .First();
        var resolved = TextAnchor.FromText(chosen.Block.Id, chosen.Block.Text, chosen.Start, chosen.End);

        var fullContext = anchor.Prefix.Length + anchor.Suffix.Length;
        var evidence = anchor.Exact.Length + bestScore;
        var enoughEvidence = evidence >= Math.Min(MinEvidence, anchor.Exact.Length + fullContext);
        if (candidates.Count > 1 || !enoughEvidence)
            return new AnchorResolution(AnchorStatus.Fuzzy, resolved, UncertainConfidence);
        var confidence = fullContext == 0 ? 1 : 0.75 + 0.25 * bestScore / fullContext;
        return new AnchorResolution(AnchorStatus.Moved, resolved, confidence);
    }

    private static AnchorResolution FindApproximately(TextAnchor anchor, List<BlockText> blocks, BlockText? original)
    {
        if (anchor.Exact.Length < MinFuzzyQuoteLength) return AnchorResolution.Orphaned;
        long budget = MaxFuzzyCellsPerResolve;

        if (original is not null && TryMatch(anchor, original, anchor.End, ref budget) is { } inPlace)
            return inPlace with { Confidence = inPlace.Confidence * 0.9 };
        if (anchor.Exact.Length < MinFuzzyQuoteLengthElsewhere) return AnchorResolution.Orphaned;

        AnchorResolution? best = null;
        var bestDistance = int.MaxValue;
        var ordered = original is null ? blocks : blocks.OrderBy(b => Math.Abs(b.Index - original.Index)).ToList();
        foreach (var block in ordered)
        {
            if (block == original || !SharesEnoughWords(anchor.Exact, block.Text)) continue;
            if (TryMatch(anchor, block, block.Text.Length, ref budget) is not { } match) continue;
            var distance = Math.Abs(block.Index - (original?.Index ?? 0));
            if (best is null || match.Confidence > best.Confidence) (best, bestDistance) = (match, distance);
            else if (Math.Abs(match.Confidence - best.Confidence) < 1e-9 && distance != bestDistance)
                best = best with { Confidence = Math.Min(best.Confidence, UncertainConfidence) };
        }
        return best is null ? AnchorResolution.Orphaned : best with { Confidence = best.Confidence * 0.8 };
    }

    private static AnchorResolution? TryMatch(TextAnchor anchor, BlockText block, int preferredEnd, ref long budget)
    {
        var cells = (long)(anchor.Exact.Length + 1) * (block.Text.Length + 1);
        if (cells > MaxFuzzyCellsPerBlock || cells * 2 > budget) return null;
        budget -= cells * 2;
        var match = ApproximateMatcher.Find(anchor.Exact, block.Text, preferredEnd);
        var start = match.Start;
        var end = match.End;
        if (!AnchorText.IsBoundary(block.Text, start)) start--;
        if (!AnchorText.IsBoundary(block.Text, end)) end++;
        if (end <= start) return null;
        (start, end) = SnapToWords(anchor.Exact, block.Text, start, end);
        var similarity = TextSimilarity.Of(anchor.Exact, block.Text[start..end]);
        if (similarity < FuzzyThreshold) return null;
        var confidence = match.Ambiguous ? Math.Min(similarity, UncertainConfidence) : similarity;
        return new AnchorResolution(AnchorStatus.Fuzzy, TextAnchor.FromText(block.Id, block.Text, start, end), confidence);
    }

    /// <summary>
    /// A match found by edit distance may begin or end inside a word ("t on physical…"). Unless the quote itself
    /// begins or ends that way, widen the span to whole words, or narrow it, whichever stays closer to the quote.
    /// </summary>
    private static (int Start, int End) SnapToWords(string quote, string text, int start, int end)
    {
        var cutsStart = start > 0 && IsWordChar(text[start - 1]) && IsWordChar(text[start]) && !(quote.Length > 0 && !IsWordChar(quote[0]));
        var cutsEnd = end < text.Length && end > 0 && IsWordChar(text[end - 1]) && IsWordChar(text[end]) && !(quote.Length > 0 && !IsWordChar(quote[^1]));
        if (!cutsStart && !cutsEnd) return (start, end);

        var (wideStart, wideEnd, narrowStart, narrowEnd) = (start, end, start, end);
        if (cutsStart)
        {
            while (wideStart > 0 && IsWordChar(text[wideStart - 1])) wideStart--;
            while (narrowStart < end && IsWordChar(text[narrowStart])) narrowStart++;
            while (narrowStart < end && !IsWordChar(text[narrowStart])) narrowStart++;
        }
        if (cutsEnd)
        {
            while (wideEnd < text.Length && IsWordChar(text[wideEnd])) wideEnd++;
            while (narrowEnd > narrowStart && IsWordChar(text[narrowEnd - 1])) narrowEnd--;
            while (narrowEnd > narrowStart && !IsWordChar(text[narrowEnd - 1])) narrowEnd--;
        }
        var wide = TextSimilarity.Of(quote, text[wideStart..wideEnd]);
        var narrow = narrowEnd > narrowStart ? TextSimilarity.Of(quote, text[narrowStart..narrowEnd]) : -1;
        return narrow > wide ? (narrowStart, narrowEnd) : (wideStart, wideEnd);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>
    /// A cheap test before the edit-distance search in another block: a passage similar enough to the quote shares
    /// most of its words, so a block holding fewer than half of them cannot contain one.
    /// </summary>
    private static bool SharesEnoughWords(string quote, string text)
    {
        var words = quote.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (words.Count == 0) return true;
        var found = words.Count(w => text.Contains(w, StringComparison.Ordinal));
        return found * 2 >= words.Count;
    }

    private static readonly char[] WordSeparators = [' ', '\t', '\n', ',', '.', ';', ':', '(', ')', '"', '\'', '!', '?', '\u00a0'];
}
