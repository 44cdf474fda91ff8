using VaDrafting.Core.Model;

namespace VaDrafting.Core.Tests.Markdown;

/// <summary>Short constructors for building expected documents in tests.</summary>
internal static class Doc
{
    public const TextMarks B = TextMarks.Bold;
    public const TextMarks I = TextMarks.Italic;
    public const TextMarks U = TextMarks.Underline;

    public static TextInline T(string text, TextMarks marks = TextMarks.None, string? href = null) => new(text, marks, href);

    public static InlineContent C(params Inline[] items) => InlineContent.Of(items);

    public static InlineContent C(string text) => InlineContent.FromText(text);

    public static FootnoteRefInline Ref(string id) => new(id);

    public static LineBreakInline Br() => new();

    public static DraftDocument Of(params Block[] blocks) => new(blocks, []);

    public static DraftDocument Of(Block[] blocks, params Footnote[] footnotes) => new(blocks, footnotes);

    public static ParagraphBlock P(string id, string text) => new(id, InlineContent.FromText(text));

    public static ParagraphBlock P(string id, InlineContent content) => new(id, content);

    public static ListItemBlock Bullet(string id, int level, string text) => new(id, ListKind.Bulleted, level, InlineContent.FromText(text));

    public static ListItemBlock Numbered(string id, int level, string text) => new(id, ListKind.Numbered, level, InlineContent.FromText(text));

    public static TableBlock Table(string id, InlineContent[] header, params (string Id, InlineContent[] Cells)[] rows) =>
        new(id, new TableRow(id, header), rows.Select(row => new TableRow(row.Id, row.Cells)).ToList());
}
