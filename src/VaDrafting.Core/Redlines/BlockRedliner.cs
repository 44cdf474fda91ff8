using VaDrafting.Core.Model;

namespace VaDrafting.Core.Redlines;

/// <summary>
/// Who made each token change of one piece of text of a block. <paramref name="stream"/> names the piece: "" for the
/// text of a block or footnote, "<c>rowId/column</c>" for a table cell. Returns null when nobody is known.
/// </summary>
internal delegate Func<TokenStep, RevisionStamp?>? StampsFor(string stream, InlineContent? oldContent, InlineContent? newContent, InlineToken[] oldTokens, InlineToken[] newTokens);

/// <summary>Redlines one block (or footnote) given its old and new versions: segments of its text, rows of its table.</summary>
internal sealed class BlockRedliner(int maxTokens, StampsFor? stamps)
{
    public RedlineBlock Redline(string id, BlockChange placement, Block? old, Block? @new, string? sectionId, RevisionStamp? by)
    {
        if (placement == BlockChange.MovedAway)
            return new RedlineBlock(id, placement, old, null, [], null, sectionId, false, false, by);

        var same = old is not null && old.Equals(@new);
        var change = placement == BlockChange.Unchanged && !same ? BlockChange.Changed : placement;
        var capped = false;
        var oldText = TextOf(old);
        var newText = TextOf(@new);
        List<RedlineSegment> segments = same && newText is not null && stamps is null
            ? SegmentBuilder.Unchanged(newText)
            : oldText is null && newText is null ? [] : Diff("", oldText, newText, ref capped);
        var rows = old is TableBlock || @new is TableBlock ? Rows(old as TableBlock, @new as TableBlock, ref capped) : null;
        var kindChanged = old is not null && @new is not null && Shape(old) != Shape(@new);
        return new RedlineBlock(id, change, old, @new, segments, rows, sectionId, kindChanged, capped, by);
    }

    public RedlineFootnote Footnote(string id, BlockChange placement, Footnote? old, Footnote? @new)
    {
        if (placement == BlockChange.MovedAway) return new RedlineFootnote(id, placement, []);
        var same = old is not null && old.Equals(@new);
        var change = placement == BlockChange.Unchanged && !same ? BlockChange.Changed : placement;
        var capped = false;
        var segments = same && stamps is null ? SegmentBuilder.Unchanged(@new!.Content) : Diff("", old?.Content, @new?.Content, ref capped);
        return new RedlineFootnote(id, change, segments);
    }

    private List<RedlineSegment> Diff(string stream, InlineContent? old, InlineContent? @new, ref bool capped)
    {
        var oldTokens = InlineTokens.Of(old);
        var newTokens = InlineTokens.Of(@new);
        var (steps, wasCapped) = TokenDiff.Diff(oldTokens, newTokens, maxTokens);
        capped |= wasCapped;
        return SegmentBuilder.Build(oldTokens, newTokens, steps, stamps?.Invoke(stream, old, @new, oldTokens, newTokens));
    }

    private List<RedlineRow> Rows(TableBlock? old, TableBlock? @new, ref bool capped)
    {
        var oldRows = AllRows(old);
        var newRows = AllRows(@new);
        var rows = new List<RedlineRow>(Math.Max(oldRows.Count, newRows.Count));
        foreach (var aligned in IdAlignment.Align(oldRows.Select(r => r.Id).ToList(), newRows.Select(r => r.Id).ToList(), "table row"))
        {
            var oldRow = aligned.OldIndex >= 0 ? oldRows[aligned.OldIndex] : null;
            var newRow = aligned.NewIndex >= 0 ? newRows[aligned.NewIndex] : null;
            var id = (oldRow ?? newRow)!.Id;
            if (aligned.Change == BlockChange.MovedAway)
            {
                rows.Add(new RedlineRow(id, aligned.Change, []));
                continue;
            }
            var same = oldRow is not null && oldRow.Equals(newRow);
            var change = aligned.Change == BlockChange.Unchanged && !same ? BlockChange.Changed : aligned.Change;
            var columns = Math.Max(oldRow?.Cells.Count ?? 0, newRow?.Cells.Count ?? 0);
            var cells = new List<IReadOnlyList<RedlineSegment>>(columns);
            for (var c = 0; c < columns; c++)
            {
                var oldCell = oldRow is not null && c < oldRow.Cells.Count ? oldRow.Cells[c] : null;
                var newCell = newRow is not null && c < newRow.Cells.Count ? newRow.Cells[c] : null;
                cells.Add(same && stamps is null ? SegmentBuilder.Unchanged(newCell!) : Diff($"{id}/{c}", oldCell, newCell, ref capped));
            }
            rows.Add(new RedlineRow(id, change, cells));
        }
        return rows;
    }

    private static List<TableRow> AllRows(TableBlock? table) => table is null ? [] : [table.Header, .. table.Rows];

    internal static InlineContent? TextOf(Block? block) => block switch
    {
        HeadingBlock heading => heading.Content,
        ParagraphBlock paragraph => paragraph.Content,
        ListItemBlock item => item.Content,
        QuoteBlock quote => quote.Content,
        _ => null,
    };

    /// <summary>What a block is apart from its content: kind, heading level, list kind and level.</summary>
    private static (Type Kind, int Level, ListKind? List) Shape(Block block) => block switch
    {
        HeadingBlock heading => (typeof(HeadingBlock), heading.Level, null),
        ListItemBlock item => (typeof(ListItemBlock), item.Level, item.Kind),
        _ => (block.GetType(), 0, null),
    };
}
