using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace VaDrafting.Docx.Writing;

/// <summary>
/// Writes the blocks of a redline as the body of a Word file with tracked changes, block by block in reading order,
/// through the same <see cref="BodyWriter"/> as a clean export. A block present on one side only carries its hidden
/// bookmark inside its revision, so that accepting or rejecting removes it with the block; the destination of a move
/// carries <c>_va_mv_{id}</c> since its source keeps <c>_va_{id}</c>.
/// </summary>
internal sealed class RedlineBodyWriter(BodyWriter body, TrackedRunWriter tracked, RevisionMarks marks, MarkupIds ids,
    IReadOnlyDictionary<string, IReadOnlyList<PlacedComment>> comments)
{
    private readonly Dictionary<string, (MoveFromRangeStart FromStart, MoveFromRangeEnd FromEnd, MoveToRangeStart ToStart, MoveToRangeEnd ToEnd)> _moves = new(StringComparer.Ordinal);

    /// <param name="frontMatter">The cover lines under the title, as in a clean export (not tracked).</param>
    /// <param name="footerId">The relationship id of the page footer, if there is one.</param>
    public Body Write(Redline redline, string title, IEnumerable<OpenXmlElement>? frontMatter = null, string? footerId = null)
    {
        var result = new Body();
        if (!string.IsNullOrWhiteSpace(title))
        {
            var cursor = CursorFor(DocxRedlineWriter.TitleBlockId);
            var content = tracked.Write(TrackedPiece.FromContent(InlineContent.FromText(title.Trim()), Tracking.None, null), cursor);
            if (cursor is not null) content.AddRange(cursor.Rest());
            result.AppendChild(body.TitleParagraph(content));
        }
        foreach (var element in frontMatter ?? []) result.AppendChild(element);

        var previousWasTable = false;
        foreach (var block in redline.Blocks)
        {
            foreach (var element in Write(block))
            {
                var isTable = element is Table;
                if (isTable && previousWasTable) result.AppendChild(body.TableSeparator());
                result.AppendChild(element);
                previousWasTable = isTable;
            }
        }
        if (previousWasTable) result.AppendChild(body.TableSeparator());
        result.AppendChild(BodyWriter.SectionProperties(footerId));
        return result;
    }

    private IEnumerable<OpenXmlElement> Write(RedlineBlock block)
    {
        var shown = block.New ?? block.Old ?? throw new ArgumentException($"The redline block '{block.BlockId}' has neither an old nor a new version.", nameof(block));
        body.Continue(shown);
        var stamp = block.By;
        return block.Change switch
        {
            BlockChange.Inserted => [OneSided(block.New!, block.Rows, Tracking.Inserted, stamp, CursorFor(block.BlockId), movedName: false)],
            BlockChange.Deleted => [OneSided(block.Old!, block.Rows, Tracking.Deleted, stamp, CursorFor(block.BlockId), movedName: false)],
            BlockChange.MovedAway => [MovedAway(block)],
            BlockChange.MovedHere => [MovedHere(block)],
            _ when block.Old is not null && block.New is not null && (block.Old is TableBlock) != (block.New is TableBlock) =>
            [
                OneSided(block.Old, block.Rows?.Where(r => r.Change != BlockChange.Inserted).ToList(), Tracking.Deleted, stamp, CursorFor(block.BlockId), movedName: false),
                OneSided(block.New, block.Rows?.Where(r => r.Change != BlockChange.Deleted).ToList(), Tracking.Inserted, stamp, null, movedName: true),
            ],
            _ => [Changed(block)],
        };
    }

    private OpenXmlElement Changed(RedlineBlock block)
    {
        var cursor = CursorFor(block.BlockId);
        if (block.New is TableBlock table) return Table(table.Id, RowsOf(block, movedHere: false), cursor, movedName: false);

        var old = block.Old!;
        var @new = block.New!;
        var pieces = old is PlaceholderBlock || @new is PlaceholderBlock
            ? Replacement(BodyWriter.ContentOf(old), BodyWriter.ContentOf(@new), block.By)
            : TrackedPiece.FromSegments(block.Segments, movedHere: false, block.By);
        var content = tracked.Write(pieces, cursor);
        if (cursor is not null) content.AddRange(cursor.Rest());
        return body.Paragraph(BodyWriter.StyleOf(@new), body.NumberingOf(@new), block.BlockId, content,
            change: block.KindChanged ? FormerProperties(old, block.By) : null);
    }

    private static IEnumerable<TrackedPiece> Replacement(InlineContent old, InlineContent @new, RevisionStamp? by) =>
        old.Equals(@new)
            ? TrackedPiece.FromContent(@new, Tracking.None, by)
            : TrackedPiece.FromContent(old, Tracking.Deleted, by).Concat(TrackedPiece.FromContent(@new, Tracking.Inserted, by).Select(p => p with { Anchored = false }));

    /// <summary>A block on one side only: every run and the paragraph mark (or every table row) inserted or deleted.</summary>
    private OpenXmlElement OneSided(Block block, IReadOnlyList<RedlineRow>? rows, Tracking tracking, RevisionStamp? by, CommentCursor? cursor, bool movedName)
    {
        if (block is TableBlock table)
        {
            var tableRows = rows is { Count: > 0 }
                ? rows.Select(r => RowOf(r, tracking, by)).ToList()
                : new[] { table.Header }.Concat(table.Rows).Select(r => new TableRowPlan(r.Id, tracking, by,
                    r.Cells.Select(c => TrackedPiece.FromContent(c, tracking, by).ToList()).ToList())).ToList();
            return Table(table.Id, tableRows, cursor, movedName);
        }
        var content = tracked.Write(TrackedPiece.FromContent(BodyWriter.ContentOf(block), tracking, by), cursor);
        if (cursor is not null) content.AddRange(cursor.Rest());
        var bookmark = movedName ? ids.MovedBlockBookmark(block.Id) : ids.BlockBookmark(block.Id);
        return body.Paragraph(BodyWriter.StyleOf(block), body.NumberingOf(block), null, WithBookmarkInside(content, bookmark, tracking, by),
            mark: Mark(tracking, by));
    }

    private OpenXmlElement MovedAway(RedlineBlock block)
    {
        var old = block.Old ?? throw new ArgumentException($"The redline block '{block.BlockId}' moved away lacks its old version.", nameof(block));
        var cursor = CursorFor(block.BlockId);
        if (old is TableBlock) return OneSided(old, null, Tracking.Deleted, block.By, cursor, movedName: false);

        var ranges = MoveRanges(block.BlockId, block.By);
        var content = new List<OpenXmlElement> { ranges.FromStart };
        var moved = tracked.Write(TrackedPiece.FromContent(BodyWriter.ContentOf(old), Tracking.MovedFrom, block.By), cursor);
        if (cursor is not null) moved.AddRange(cursor.Rest());
        content.AddRange(WithBookmarkInside(moved, ids.BlockBookmark(block.BlockId), Tracking.MovedFrom, block.By));
        content.Add(ranges.FromEnd);
        return body.Paragraph(BodyWriter.StyleOf(old), body.NumberingOf(old), null, content, mark: Mark(Tracking.MovedFrom, block.By));
    }

    private OpenXmlElement MovedHere(RedlineBlock block)
    {
        var @new = block.New ?? throw new ArgumentException($"The redline block '{block.BlockId}' moved here lacks its new version.", nameof(block));
        if (@new is TableBlock table) return Table(table.Id, RowsOf(block, movedHere: true), null, movedName: true);

        var ranges = MoveRanges(block.BlockId, block.By);
        var pieces = block.Old is PlaceholderBlock || @new is PlaceholderBlock || block.Segments.Count == 0
            ? TrackedPiece.FromContent(BodyWriter.ContentOf(@new), Tracking.MovedTo, block.By)
            : TrackedPiece.FromSegments(block.Segments, movedHere: true, block.By);
        var content = new List<OpenXmlElement> { ranges.ToStart };
        content.AddRange(WithBookmarkInside(tracked.Write(pieces), ids.MovedBlockBookmark(block.BlockId), Tracking.MovedTo, block.By));
        content.Add(ranges.ToEnd);
        return body.Paragraph(BodyWriter.StyleOf(@new), body.NumberingOf(@new), null, content, mark: Mark(Tracking.MovedTo, block.By));
    }

    private (MoveFromRangeStart FromStart, MoveFromRangeEnd FromEnd, MoveToRangeStart ToStart, MoveToRangeEnd ToEnd) MoveRanges(string blockId, RevisionStamp? by)
    {
        if (!_moves.TryGetValue(blockId, out var ranges)) _moves[blockId] = ranges = marks.MoveRanges(by);
        return ranges;
    }

    /// <summary>The hidden bookmark inside the first and last revision elements, so that it goes with the tracked text.</summary>
    private List<OpenXmlElement> WithBookmarkInside(List<OpenXmlElement> content, (BookmarkStart Start, BookmarkEnd End)? bookmark, Tracking tracking, RevisionStamp? by)
    {
        if (bookmark is not { } pair) return content;
        var wrappers = content.SelectMany(e => e is Hyperlink link ? link.ChildElements.Where(IsRevision) : IsRevision(e) ? [e] : [])
            .Cast<OpenXmlCompositeElement>().ToList();
        if (wrappers.Count == 0)
        {
            var holder = tracked.NewWrapper(tracking, by);
            holder.Append(pair.Start, pair.End);
            content.Insert(0, holder);
            return content;
        }
        wrappers[0].PrependChild(pair.Start);
        wrappers[^1].AppendChild(pair.End);
        return content;
    }

    private static bool IsRevision(OpenXmlElement element) => element is InsertedRun or DeletedRun or MoveFromRun or MoveToRun;

    private ParagraphMarkRunProperties Mark(Tracking tracking, RevisionStamp? by) => new(tracking switch
    {
        Tracking.Inserted => marks.New<Inserted>(by),
        Tracking.Deleted => marks.New<Deleted>(by),
        Tracking.MovedFrom => marks.New<MoveFrom>(by),
        Tracking.MovedTo => marks.New<MoveTo>(by),
        _ => throw new ArgumentOutOfRangeException(nameof(tracking), tracking, "A plain paragraph mark has no revision."),
    });

    /// <summary>The paragraph properties the block had in the old version (style and list numbering), so that rejecting restores its kind.</summary>
    private ParagraphPropertiesChange FormerProperties(Block old, RevisionStamp? by)
    {
        var change = marks.New<ParagraphPropertiesChange>(by);
        var former = new ParagraphPropertiesExtended();
        if (BodyWriter.StyleOf(old) is { } style) former.AppendChild(new ParagraphStyleId { Val = style });
        if (body.NumberingOf(old) is { } numbering) former.AppendChild(numbering);
        change.AppendChild(former);
        return change;
    }

    private sealed record TableRowPlan(string RowId, Tracking Tracking, RevisionStamp? By, IReadOnlyList<List<TrackedPiece>> Cells, bool MovedName = false);

    private List<TableRowPlan> RowsOf(RedlineBlock block, bool movedHere)
    {
        var rows = block.Rows ?? [];
        var destinations = rows.Where(r => r.Change == BlockChange.MovedHere).ToDictionary(r => r.RowId, StringComparer.Ordinal);
        var plans = new List<TableRowPlan>(rows.Count);
        foreach (var row in rows)
        {
            if (movedHere)
            {
                if (row.Change is BlockChange.Deleted or BlockChange.MovedAway) continue;
                plans.Add(new TableRowPlan(row.RowId, Tracking.Inserted, block.By, row.Cells.Select(c => SidePieces(c, true, Tracking.Inserted, block.By)).ToList(), MovedName: true));
                continue;
            }
            plans.Add(row.Change switch
            {
                BlockChange.MovedAway when destinations.TryGetValue(row.RowId, out var destination) =>
                    new TableRowPlan(row.RowId, Tracking.Deleted, block.By, destination.Cells.Select(c => SidePieces(c, false, Tracking.Deleted, block.By)).ToList()),
                BlockChange.MovedAway => throw new ArgumentException($"The redline moves row '{row.RowId}' away but never places it.", nameof(block)),
                BlockChange.MovedHere => new TableRowPlan(row.RowId, Tracking.Inserted, block.By, row.Cells.Select(c => SidePieces(c, true, Tracking.Inserted, block.By)).ToList(), MovedName: true),
                _ => RowOf(row, Tracking.None, block.By),
            });
        }
        return plans;
    }

    private static TableRowPlan RowOf(RedlineRow row, Tracking tracking, RevisionStamp? blockBy)
    {
        var by = row.Cells.SelectMany(c => c).Select(s => s.By).FirstOrDefault(b => b is not null) ?? blockBy;
        var rowTracking = tracking != Tracking.None ? tracking
            : row.Change == BlockChange.Inserted ? Tracking.Inserted
            : row.Change == BlockChange.Deleted ? Tracking.Deleted
            : Tracking.None;
        var cells = rowTracking == Tracking.None
            ? row.Cells.Select(c => TrackedPiece.FromSegments(c, movedHere: false, by).ToList()).ToList()
            : row.Cells.Select(c => SidePieces(c, rowTracking == Tracking.Inserted, rowTracking, by)).ToList();
        return new TableRowPlan(row.RowId, rowTracking, by, cells);
    }

    private static List<TrackedPiece> SidePieces(IReadOnlyList<RedlineSegment> cell, bool newSide, Tracking tracking, RevisionStamp? by) =>
        TrackedPiece.FromContent(TrackedPiece.Side(cell, newSide), tracking, cell.Select(s => s.By).FirstOrDefault(s => s is not null) ?? by)
            .Select(p => p with { Anchored = !newSide || tracking == Tracking.Inserted })
            .ToList();

    private Table Table(string tableId, List<TableRowPlan> rows, CommentCursor? cursor, bool movedName)
    {
        var columns = Math.Max(1, rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count));
        var width = BodyWriter.CellWidth(columns);
        var table = BodyWriter.TableShell(columns);
        Paragraph? last = null;
        var anchoredRows = 0;
        foreach (var row in rows)
        {
            var anchored = cursor is not null && (row.Tracking != Tracking.Inserted || rows.All(r => r.Tracking == Tracking.Inserted));
            if (anchored && anchoredRows++ > 0) cursor!.Advance(1);
            var wordRow = new WordTableRow();
            var properties = new TableRowProperties();
            if (row.RowId == tableId) properties.AppendChild(new TableHeader());
            if (row.Tracking == Tracking.Inserted) properties.AppendChild(marks.New<Inserted>(row.By));
            if (row.Tracking == Tracking.Deleted) properties.AppendChild(marks.New<Deleted>(row.By));
            if (properties.HasChildren) wordRow.AppendChild(properties);
            for (var i = 0; i < columns; i++)
            {
                if (anchored && i > 0) cursor!.Advance(1);
                var pieces = i < row.Cells.Count ? row.Cells[i] : [];
                var content = tracked.Write(pieces, anchored ? cursor : null);
                if (i == 0)
                {
                    var bookmark = row.MovedName || movedName ? ids.MovedBlockBookmark(row.RowId) : ids.BlockBookmark(row.RowId);
                    if (bookmark is { } pair)
                    {
                        content.Insert(0, pair.Start);
                        content.Add(pair.End);
                    }
                }
                last = body.Paragraph(null, null, null, content);
                wordRow.AppendChild(BodyWriter.Cell(width, last));
            }
            table.AppendChild(wordRow);
        }
        if (cursor is not null && last is not null)
        {
            foreach (var marker in cursor.Rest()) last.AppendChild(marker);
        }
        return table;
    }

    private CommentCursor? CursorFor(string blockId) =>
        comments.TryGetValue(blockId, out var placed) ? new CommentCursor(placed) : null;
}
