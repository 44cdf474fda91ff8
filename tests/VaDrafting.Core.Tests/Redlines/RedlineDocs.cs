using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;

namespace VaDrafting.Core.Tests.Redlines;

/// <summary>Short ways to write documents and read redlines in tests.</summary>
internal static class RedlineDocs
{
    public static DraftDocument Doc(params Block[] blocks) => new(blocks, []);

    public static ParagraphBlock P(string id, string text) => new(id, InlineContent.FromText(text));

    public static ParagraphBlock P(string id, params Inline[] inlines) => new(id, InlineContent.Of(inlines));

    public static HeadingBlock H(string id, int level, string text) => new(id, level, InlineContent.FromText(text));

    public static ListItemBlock Item(string id, string text, ListKind kind = ListKind.Numbered, int level = 0) =>
        new(id, kind, level, InlineContent.FromText(text));

    public static TableRow Row(string id, params string[] cells) => new(id, cells.Select(InlineContent.FromText).ToList());

    public static TableBlock Table(string id, string[] header, params TableRow[] rows) => new(id, Row(id, header), rows);

    public static RedlineBlock Block(this Redline redline, string id, BlockChange? change = null) =>
        redline.Blocks.Single(b => b.BlockId == id && (change is null || b.Change == change));

    /// <summary>The text of the segments of one kind, joined.</summary>
    public static string Text(this IEnumerable<RedlineSegment> segments, SegmentKind kind) =>
        string.Concat(segments.Where(s => s.Kind == kind).Select(s => s.Text));

    public static string Ids(this Redline redline) =>
        string.Join(" ", redline.Blocks.Select(b => $"{b.BlockId}:{b.Change}"));

    public static void AssertRoundTrips(DraftDocument from, DraftDocument to, Redline redline)
    {
        Xunit.Assert.Equal(to, RedlineApplier.Accept(redline));
        Xunit.Assert.Equal(from, RedlineApplier.Reject(redline));
    }
}
