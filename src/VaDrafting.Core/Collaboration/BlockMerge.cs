using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Collaboration;

/// <summary>
/// Three-way merge of one block: <c>ancestor</c> is the block at the version an edit started from, <c>mine</c> the
/// edited block, <c>theirs</c> the block as it is now.
/// <list type="bullet">
/// <item>When one side left the block as it was, or both made it the same, that side's block is the result.</item>
/// <item>Text blocks: the kind (heading level, list kind and level, paragraph, quote) is merged as one value —
/// a change on one side is kept, different changes on both are a conflict; the content is merged as inline
/// Markdown with <see cref="WordMerge"/> and read back, and a merged text that does not read back to exactly the
/// same Markdown (a bold mark cut in half, say) is a conflict rather than a guess.</item>
/// <item>Tables whose rows (ids, in order) and columns are the same on all three sides are merged cell by cell;
/// placeholders of the same kind have their descriptions merged; any other difference is a conflict.</item>
/// </list>
/// Footnote references are merged as text; whether they exist is checked when the result goes into a document.
/// </summary>
public static class BlockMerge
{
    /// <summary>Merges the two edits of the block; throws <see cref="ArgumentException"/> when the blocks do not share one id.</summary>
    public static BlockMergeResult Merge(Block ancestor, Block mine, Block theirs)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(theirs);
        if (mine.Id != ancestor.Id || theirs.Id != ancestor.Id)
            throw new ArgumentException($"The three blocks of a merge must be the same block, but their ids are '{ancestor.Id}', '{mine.Id}' and '{theirs.Id}'.");

        if (mine.Equals(theirs) || theirs.Equals(ancestor)) return new BlockMergeResult.Clean(mine);
        if (mine.Equals(ancestor)) return new BlockMergeResult.Clean(theirs);

        return (ancestor, mine, theirs) switch
        {
            (TableBlock a, TableBlock m, TableBlock t) => MergeTables(a, m, t),
            (PlaceholderBlock a, PlaceholderBlock m, PlaceholderBlock t) => MergePlaceholders(a, m, t),
            _ when TextShape.Of(ancestor) is { } a && TextShape.Of(mine) is { } m && TextShape.Of(theirs) is { } t => MergeText(a, m, t),
            _ => Structural(),
        };
    }

    private static BlockMergeResult Structural() => new BlockMergeResult.Conflict(BlockConflictReason.DifferentStructure, []);

    private static BlockMergeResult MergeText(TextShape ancestor, TextShape mine, TextShape theirs)
    {
        var kind = mine.Kind == ancestor.Kind ? theirs.Kind
            : theirs.Kind == ancestor.Kind || theirs.Kind == mine.Kind ? mine.Kind
            : null;
        if (kind is null) return new BlockMergeResult.Conflict(BlockConflictReason.DifferentKinds, []);
        return MergeContent(ancestor.Content, mine.Content, theirs.Content) switch
        {
            ContentMerge.Merged merged => new BlockMergeResult.Clean(kind.Build(merged.Content)),
            ContentMerge.Failed failed => failed.Conflict,
            _ => throw new InvalidOperationException("Unknown content merge outcome."),
        };
    }

    private static BlockMergeResult MergeTables(TableBlock ancestor, TableBlock mine, TableBlock theirs)
    {
        TableBlock[] tables = [ancestor, mine, theirs];
        var rowIds = tables.Select(t => t.Rows.Select(r => r.Id).ToList()).ToList();
        var columns = tables.Select(t => t.Header.Cells.Count).Distinct().Count();
        if (columns != 1 || !rowIds[1].SequenceEqual(rowIds[0]) || !rowIds[2].SequenceEqual(rowIds[0])) return Structural();

        var regions = new List<MergeConflict>();
        var reasons = new HashSet<BlockConflictReason>();
        InlineContent MergeCell(InlineContent a, InlineContent m, InlineContent t)
        {
            switch (MergeContent(a, m, t))
            {
                case ContentMerge.Merged merged:
                    return merged.Content;
                case ContentMerge.Failed failed:
                    regions.AddRange(failed.Conflict.Regions);
                    reasons.Add(failed.Conflict.Reason);
                    return a;
                default:
                    throw new InvalidOperationException("Unknown content merge outcome.");
            }
        }
        TableRow MergeRow(TableRow a, TableRow m, TableRow t) =>
            a with { Cells = a.Cells.Select((cell, c) => MergeCell(cell, m.Cells[c], t.Cells[c])).ToList() };

        var header = MergeRow(ancestor.Header, mine.Header, theirs.Header);
        var rows = ancestor.Rows.Select((row, r) => MergeRow(row, mine.Rows[r], theirs.Rows[r])).ToList();
        if (reasons.Count == 0) return new BlockMergeResult.Clean(ancestor with { Header = header, Rows = rows });
        var reason = reasons.Contains(BlockConflictReason.OverlappingText) ? BlockConflictReason.OverlappingText : BlockConflictReason.BrokenMarkup;
        return new BlockMergeResult.Conflict(reason, regions);
    }

    private static BlockMergeResult MergePlaceholders(PlaceholderBlock ancestor, PlaceholderBlock mine, PlaceholderBlock theirs)
    {
        if (mine.Kind != ancestor.Kind || theirs.Kind != ancestor.Kind) return Structural();
        return WordMerge.Merge(ancestor.Description, mine.Description, theirs.Description) switch
        {
            TextMerge.Clean clean => new BlockMergeResult.Clean(ancestor with { Description = clean.Text }),
            TextMerge.Conflict conflict => new BlockMergeResult.Conflict(BlockConflictReason.OverlappingText, conflict.Regions),
            _ => throw new InvalidOperationException("Unknown text merge outcome."),
        };
    }

    private abstract record ContentMerge
    {
        public sealed record Merged(InlineContent Content) : ContentMerge;

        public sealed record Failed(BlockMergeResult.Conflict Conflict) : ContentMerge;
    }

    /// <summary>Merges inline content as canonical inline Markdown and reads the result back.</summary>
    private static ContentMerge MergeContent(InlineContent ancestor, InlineContent mine, InlineContent theirs)
    {
        string a, m, t;
        try
        {
            (a, m, t) = (InlineMarkdown.Write(ancestor), InlineMarkdown.Write(mine), InlineMarkdown.Write(theirs));
        }
        catch (ArgumentException error)
        {
            throw new ArgumentException($"A block of the merge has content that cannot be stored: {error.Message}", error);
        }
        switch (WordMerge.Merge(a, m, t))
        {
            case TextMerge.Conflict conflict:
                return new ContentMerge.Failed(new BlockMergeResult.Conflict(BlockConflictReason.OverlappingText, conflict.Regions));
            case TextMerge.Clean clean:
                var content = InlineMarkdown.Parse(clean.Text);
                if (WritesBackAs(content, clean.Text)) return new ContentMerge.Merged(content);
                return new ContentMerge.Failed(new BlockMergeResult.Conflict(BlockConflictReason.BrokenMarkup, [new MergeConflict(0, a, m, t)]));
            default:
                throw new InvalidOperationException("Unknown text merge outcome.");
        }
    }

    private static bool WritesBackAs(InlineContent content, string markdown)
    {
        try
        {
            return InlineMarkdown.Write(content) == markdown;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>What kind of text block it is, apart from its content.</summary>
    private abstract record TextKind
    {
        public abstract Block Build(InlineContent content);
    }

    private sealed record HeadingKind(string Id, int Level) : TextKind
    {
        public override Block Build(InlineContent content) => new HeadingBlock(Id, Level, content);
    }

    private sealed record ParagraphKind(string Id) : TextKind
    {
        public override Block Build(InlineContent content) => new ParagraphBlock(Id, content);
    }

    private sealed record ListItemKind(string Id, ListKind Kind, int Level) : TextKind
    {
        public override Block Build(InlineContent content) => new ListItemBlock(Id, Kind, Level, content);
    }

    private sealed record QuoteKind(string Id) : TextKind
    {
        public override Block Build(InlineContent content) => new QuoteBlock(Id, content);
    }

    private sealed record TextShape(TextKind Kind, InlineContent Content)
    {
        public static TextShape? Of(Block block) => block switch
        {
            HeadingBlock h => new TextShape(new HeadingKind(h.Id, h.Level), h.Content),
            ParagraphBlock p => new TextShape(new ParagraphKind(p.Id), p.Content),
            ListItemBlock l => new TextShape(new ListItemKind(l.Id, l.Kind, l.Level), l.Content),
            QuoteBlock q => new TextShape(new QuoteKind(q.Id), q.Content),
            _ => null,
        };
    }
}
