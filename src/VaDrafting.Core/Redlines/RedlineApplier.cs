using VaDrafting.Core.Model;

namespace VaDrafting.Core.Redlines;

/// <summary>
/// Accepts or rejects every change of a redline. The text of each block comes from its segments and rows; its shape
/// (kind, level, table columns, placeholder) from <see cref="RedlineBlock.New"/> or <see cref="RedlineBlock.Old"/>.
/// Accepting gives the new version exactly, rejecting the old one.
/// </summary>
public static class RedlineApplier
{
    public static DraftDocument Accept(Redline redline) => Apply(redline, accepted: true);

    public static DraftDocument Reject(Redline redline) => Apply(redline, accepted: false);

    private static DraftDocument Apply(Redline redline, bool accepted)
    {
        ArgumentNullException.ThrowIfNull(redline);
        var movedHere = redline.Blocks.Where(b => b.Change == BlockChange.MovedHere).ToDictionary(b => b.BlockId, StringComparer.Ordinal);
        var blocks = new List<Block>(redline.Blocks.Count);
        foreach (var block in redline.Blocks)
        {
            if (!Keeps(block.Change, accepted)) continue;
            var source = block.Change == BlockChange.MovedAway ? Destination(movedHere, block.BlockId) : block;
            var shape = (accepted ? block.New : block.Old)
                ?? throw new ArgumentException($"The redline block '{block.BlockId}' ({block.Change}) lacks its {(accepted ? "new" : "old")} version.", nameof(redline));
            blocks.Add(Rebuild(shape, source, accepted));
        }

        var movedFootnotes = redline.Footnotes.Where(f => f.Change == BlockChange.MovedHere).ToDictionary(f => f.FootnoteId, StringComparer.Ordinal);
        var footnotes = new List<Footnote>(redline.Footnotes.Count);
        foreach (var footnote in redline.Footnotes)
        {
            if (!Keeps(footnote.Change, accepted)) continue;
            var source = footnote.Change == BlockChange.MovedAway ? Destination(movedFootnotes, footnote.FootnoteId) : footnote;
            footnotes.Add(new Footnote(footnote.FootnoteId, SegmentBuilder.Side(source.Segments, accepted)));
        }
        return new DraftDocument(blocks, footnotes);
    }

    private static bool Keeps(BlockChange change, bool accepted) => change switch
    {
        BlockChange.Unchanged or BlockChange.Changed => true,
        BlockChange.Inserted or BlockChange.MovedHere => accepted,
        _ => !accepted,
    };

    private static T Destination<T>(Dictionary<string, T> movedHere, string id) =>
        movedHere.TryGetValue(id, out var destination)
            ? destination
            : throw new ArgumentException($"The redline moves '{id}' away but never places it.", "redline");

    private static Block Rebuild(Block shape, RedlineBlock source, bool accepted) => shape switch
    {
        HeadingBlock heading => heading with { Content = SegmentBuilder.Side(source.Segments, accepted) },
        ParagraphBlock paragraph => paragraph with { Content = SegmentBuilder.Side(source.Segments, accepted) },
        ListItemBlock item => item with { Content = SegmentBuilder.Side(source.Segments, accepted) },
        QuoteBlock quote => quote with { Content = SegmentBuilder.Side(source.Segments, accepted) },
        TableBlock table => RebuildTable(table, source.Rows ?? [], accepted),
        _ => shape,
    };

    private static TableBlock RebuildTable(TableBlock shape, IReadOnlyList<RedlineRow> rows, bool accepted)
    {
        var columns = new[] { shape.Header }.Concat(shape.Rows).ToDictionary(r => r.Id, r => r.Cells.Count, StringComparer.Ordinal);
        var movedHere = rows.Where(r => r.Change == BlockChange.MovedHere).ToDictionary(r => r.RowId, StringComparer.Ordinal);
        var rebuilt = new List<TableRow>(rows.Count);
        foreach (var row in rows)
        {
            if (!Keeps(row.Change, accepted)) continue;
            var source = row.Change == BlockChange.MovedAway ? Destination(movedHere, row.RowId) : row;
            var count = columns.TryGetValue(row.RowId, out var known)
                ? known
                : throw new ArgumentException($"The redline row '{row.RowId}' is not in its table's {(accepted ? "new" : "old")} version.", "redline");
            rebuilt.Add(new TableRow(row.RowId, source.Cells.Take(count).Select(cell => SegmentBuilder.Side(cell, accepted)).ToList()));
        }
        if (rebuilt.Count == 0 || rebuilt[0].Id != shape.Id)
            throw new ArgumentException($"The redline of table '{shape.Id}' does not start with its header row.", "redline");
        return new TableBlock(shape.Id, rebuilt[0], rebuilt.Skip(1).ToList());
    }
}
