using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Redlines;

/// <summary>Turns a Core <see cref="Redline"/> into the JSON shape of the API, naming block kinds as <see cref="BlockView"/> does.</summary>
public static class RedlineViewMapper
{
    public static RedlineView ToView(
        Redline redline,
        (VersionView From, VersionView To) versions,
        bool attributed,
        Func<RevisionStamp?, StampView?> stamps,
        IReadOnlyDictionary<string, int> footnoteNumbers)
    {
        SegmentView Segment(RedlineSegment s) => new(
            s.Kind,
            s.Text,
            Marks: s.Marks == TextMarks.None ? null : MarkNames(s.Marks),
            Href: s.Href,
            OldMarks: s.OldMarks is { } old ? MarkNames(old) : null,
            OldHref: s.OldHref,
            FootnoteId: s.FootnoteId,
            FootnoteNumber: s.FootnoteId is not null && footnoteNumbers.TryGetValue(s.FootnoteId, out var number) ? number : null,
            LineBreak: s.LineBreak ? true : null,
            By: stamps(s.By));

        IReadOnlyList<SegmentView> Segments(IReadOnlyList<RedlineSegment> segments) => [.. segments.Select(Segment)];

        RedlineBlockView Block(RedlineBlock b)
        {
            var shown = b.New ?? b.Old ?? throw new InvalidOperationException($"Redline block '{b.BlockId}' has neither an old nor a new block.");
            var old = b.KindChanged ? b.Old : null;
            var placeholder = shown as PlaceholderBlock;
            return new RedlineBlockView(
                b.BlockId, b.Change, DocumentViewMapper.KindName(shown), b.KindChanged, b.Capped, Segments(b.Segments),
                Level: DocumentViewMapper.LevelOf(shown), ListKind: DocumentViewMapper.ListKindOf(shown),
                OldKind: old is null ? null : DocumentViewMapper.KindName(old), OldLevel: old is null ? null : DocumentViewMapper.LevelOf(old), OldListKind: old is null ? null : DocumentViewMapper.ListKindOf(old),
                SectionId: b.SectionId,
                By: stamps(b.By),
                Rows: b.Rows is null ? null : [.. b.Rows.Select(r => new RedlineRowView(r.RowId, r.Change, [.. r.Cells.Select(Segments)]))],
                Placeholder: placeholder is null ? null : new PlaceholderView(placeholder.Kind, placeholder.Description));
        }

        var stats = redline.Stats;
        return new RedlineView(
            versions.From, versions.To, attributed,
            [.. redline.Blocks.Select(Block)],
            [.. redline.Footnotes.Select(f => new RedlineFootnoteView(f.FootnoteId, f.Change, Segments(f.Segments),
                footnoteNumbers.TryGetValue(f.FootnoteId, out var number) ? number : null))],
            new RedlineStatsView(stats.Changed, stats.Inserted, stats.Deleted, stats.Moved));
    }

    private static List<string> MarkNames(TextMarks marks)
    {
        var names = new List<string>(3);
        if (marks.HasFlag(TextMarks.Bold)) names.Add("bold");
        if (marks.HasFlag(TextMarks.Italic)) names.Add("italic");
        if (marks.HasFlag(TextMarks.Underline)) names.Add("underline");
        return names;
    }
}
