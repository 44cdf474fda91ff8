using CsCheck;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Tests.Markdown;

/// <summary>Random documents whose text is built from syntax characters, edge spaces and scripts of all kinds.</summary>
internal static class DocumentGenerators
{
    public const int MaxFootnotes = 3;

    private static readonly string[] Fragments =
    [
        // prose
        "States Parties", "victim assistance", "survivors", "x", "Z", "9", "2026", "a_b", "snake_case_name", "C++",
        // whitespace of every kind, at run edges as often as inside
        " ", "  ", "\t", "\u00A0", "\u2009", "\u3000",
        // zero-width and direction characters
        "\u200B", "\u200C", "\u200D", "\uFEFF", "\u200F", "\u202E",
        // other scripts
        "é", "Ça", "ñ", "مساعدة الضحايا", "受害者援助", "피해자", "Ελλάδα", "👩🏽‍🦯", "🇱🇦", "✓",
        // every character of the escape list, alone and doubled
        "\\", "*", "**", "_", "__", "[", "]", "(", ")", "#", "##", "+", "++", "-", "--", "!", "!!!", "|", "<", ">",
        "{", "}", "~", "~~", "`", "``",
        // other punctuation and look-alikes of our own syntax
        "&", "&amp;", "&#32;", "&#x41;", "&nbsp", ";", "^", ":", ".", ",", "'", "\"", "’", "“", "—", "−", "†", "=", "$", "@", "%", "?",
        "1.", "1)", "2. ", "- ", "> ", "# ", "| --- |", "{#abcd}", "{#notanid}", "[^fn01]", "[^", "<br>", "<b>", "</i>", "<u>",
        "[link](https://example.org)", "https://example.org/a_(b)", "**bold**", "++under++",
        // control characters that are not line terminators
        "\f", "\v", "\u0001", "\u007F", "\u0085", "\u2028",
    ];

    private static readonly string[] TypedSyntax =
    [
        "**", "*", "__", "_", "++", "+", "~~", "`", "``", "[", "]", "](", ")", "(", "![", "[^", "[^fn01]", "[^Bad]",
        "<", ">", "<b>", "</b>", "<i>", "</i>", "<u>", "</u>", "<em>", "<br>", "<br/>", "<script>", "</script>",
        "<https://example.org>", "<isu@example.org>", "<javascript:alert(1)>", "](https://example.org)",
        "](javascript:alert(1))", "](<https://example.org/a b>)", "\\", "\\*", "\\[", "&amp;", "&#32;", "&#0;", "&bogus;",
        "\n", "\r\n", "\r", "  \n", "\\\n", "\0", " ", "\t", "word", "States Parties", "é", "受害者", "👩🏽‍🦯", "\u00A0", "\u200B",
    ];

    /// <summary>Arbitrary inline Markdown as a person might type it, well-formed or not.</summary>
    public static readonly Gen<string> TypedMarkdown =
        Gen.Frequency((4, Gen.OneOf(TypedSyntax)), (1, Gen.OneOf(Fragments)), (1, Gen.Char[' ', '\u024F'].Select(c => c.ToString())))
            .Array[0, 16]
            .Select(string.Concat);

    private static readonly string?[] Hrefs =
    [
        "https://example.org/guidance", "http://example.org/a_(b)?q=1&amp;r=2", "mailto:isu@example.org",
        "https://example.org/with space", "https://example.org/<angle>", "https://example.org/pipe|bar",
        "https://example.org/back\\slash", "HTTPS://EXAMPLE.ORG/UPPER", "https://example.org/\u00A0nbsp",
        "https://example.org/)(", "https://example.org/*star*_under_", "https://example.org/[x]",
    ];

    private static readonly string[] PlaceholderKinds = ["image", "textbox", "field", "object", "chart", "equation"];

    public static readonly Gen<string> Text =
        Gen.Frequency(
                (6, Gen.OneOf(Fragments)),
                (1, Gen.Char[' ', '\u024F'].Select(c => c.ToString())))
            .Array[1, 6]
            .Select(string.Concat);

    private static readonly Gen<string?> Href = Gen.Frequency((4, Gen.Const((string?)null)), (1, Gen.OneOf(Hrefs)));

    private static readonly Gen<Inline> TextRun =
        Gen.Select(Text, Gen.Int[0, 7], Href, (text, marks, href) => (Inline)new TextInline(text, (TextMarks)marks, href));

    public static string FootnoteId(int number) => $"fn{number:D2}";

    /// <summary>Inline content; footnote references point at fn01…fn{footnotes}.</summary>
    public static Gen<InlineContent> Content(int footnotes)
    {
        var items = new List<(int, IGen<Inline>)>
        {
            (12, TextRun),
            (1, Gen.Const<Inline>(new LineBreakInline())),
        };
        if (footnotes > 0)
            items.Add((2, Gen.Int[1, footnotes].Select(n => (Inline)new FootnoteRefInline(FootnoteId(n)))));
        return Gen.Frequency([.. items]).Array[0, 8].Select(InlineContent.Of);
    }

    private static Gen<Block> Block(int footnotes)
    {
        var content = Content(footnotes);
        return Gen.OneOf(
            Gen.Select(Gen.Int[1, 6], content, (level, c) => (Block)new HeadingBlock("", level, c)),
            content.Select(c => (Block)new ParagraphBlock("", c)),
            Gen.Select(Gen.Int[0, 8], content, (level, c) => (Block)new ListItemBlock("", ListKind.Bulleted, level, c)),
            Gen.Select(Gen.Int[0, 8], content, (level, c) => (Block)new ListItemBlock("", ListKind.Numbered, level, c)),
            content.Select(c => (Block)new QuoteBlock("", c)),
            Gen.Int[1, 4].SelectMany(columns => content.Array[columns].Array[1, 4].Select(rows =>
                (Block)new TableBlock("", new TableRow("", rows[0]), rows.Skip(1).Select(cells => new TableRow("", cells)).ToList()))),
            Gen.Select(Gen.OneOf(PlaceholderKinds), Gen.Frequency((1, Gen.Const("")), (5, Text)),
                (kind, description) => (Block)new PlaceholderBlock("", kind, description)));
    }

    public static readonly Gen<DraftDocument> Document =
        Gen.Int[0, MaxFootnotes].SelectMany(footnotes =>
            Gen.Select(Block(footnotes).Array[0, 10], Content(0).Array[footnotes], Assemble));

    private static DraftDocument Assemble(Block[] blocks, InlineContent[] footnoteContents)
    {
        var next = 0;
        string NewId() => $"id{++next:D4}";
        var withIds = blocks.Select(block => block switch
        {
            TableBlock table => WithIds(table, NewId),
            _ => block with { Id = NewId() },
        }).ToList();
        var footnotes = footnoteContents.Select((content, i) => new Footnote(FootnoteId(i + 1), content)).ToList();
        return new DraftDocument(withIds, footnotes);
    }

    private static TableBlock WithIds(TableBlock table, Func<string> newId)
    {
        var id = newId();
        return new TableBlock(id, table.Header with { Id = id }, table.Rows.Select(row => row with { Id = newId() }).ToList());
    }
}
