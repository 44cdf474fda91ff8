namespace VaDrafting.Core.Redlines;

/// <summary>Every stamp of a redline passed through one function, e.g. to show each author as a viewer may see them.</summary>
public static class RedlineStamps
{
    public static Redline Map(Redline redline, Func<RevisionStamp, RevisionStamp> map)
    {
        ArgumentNullException.ThrowIfNull(redline);
        ArgumentNullException.ThrowIfNull(map);
        RevisionStamp? Stamp(RevisionStamp? stamp) => stamp is null ? null : map(stamp);
        IReadOnlyList<RedlineSegment> Segments(IReadOnlyList<RedlineSegment> segments) =>
            [.. segments.Select(segment => segment.By is null ? segment : segment with { By = map(segment.By) })];

        return new Redline(
            [.. redline.Blocks.Select(block => block with
            {
                By = Stamp(block.By),
                Segments = Segments(block.Segments),
                Rows = block.Rows is null ? null : [.. block.Rows.Select(row => row with { Cells = [.. row.Cells.Select(Segments)] })],
            })],
            [.. redline.Footnotes.Select(footnote => footnote with { Segments = Segments(footnote.Segments) })]);
    }
}
