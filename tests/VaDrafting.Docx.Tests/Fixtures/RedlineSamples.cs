using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;

namespace VaDrafting.Docx.Tests.Fixtures;

/// <summary>
/// The rich sample document edited in every way a redline can show: words inserted and deleted, a format change, a
/// link target change, blocks inserted, deleted, moved and moved with edits, a heading level and a list kind changed,
/// table rows inserted, deleted and changed, footnotes added, removed and edited, line breaks and non-Latin text.
/// </summary>
internal static class RedlineSamples
{
    public static RevisionStamp Fallback { get; } = new("c0ffee1", "u-coord", "Working group", null, new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero), "Export");

    public static RevisionStamp Chile { get; } = new("a1b2c3d", "u-cl", "Ana Pérez", "Chile", new DateTimeOffset(2025, 2, 14, 16, 5, 42, TimeSpan.FromHours(-3)), "Survivor wording");

    public static RevisionStamp Isu { get; } = new("d4e5f6a", "u-isu", "Imran Khan", null, new DateTimeOffset(2025, 2, 20, 8, 0, 0, TimeSpan.Zero), "New data paragraph");

    private static InlineContent Text(string text) => InlineContent.FromText(text);

    public static DraftDocument Edited()
    {
        var old = SampleDocuments.Rich();
        var blocks = old.Blocks.ToDictionary(b => b.Id);
        var table = (TableBlock)blocks["t1aaaa"];
        return new DraftDocument(
            [
                blocks["h1intr"],
                blocks["p4dddd"],
                new ParagraphBlock("p1aaaa", InlineContent.Of(
                    new TextInline("States Parties with survivors in areas under their jurisdiction or control shall, in accordance with "),
                    new TextInline("Article 5", TextMarks.Italic),
                    new TextInline(", provide "),
                    new TextInline("age- and gender-sensitive", TextMarks.Italic),
                    new TextInline(" assistance"),
                    new FootnoteRefInline("fn0001"),
                    new TextInline(", "),
                    new TextInline("without discrimination", TextMarks.Underline),
                    new TextInline(" and "),
                    new TextInline("in full", TextMarks.Bold | TextMarks.Italic),
                    new TextInline("."))),
                blocks["h2scop"],
                new ParagraphBlock("p2bbbb", InlineContent.Of(
                    new TextInline("Read the "),
                    new TextInline("Convention", Href: "https://www.clusterconvention.org/the-convention/"),
                    new TextInline(" or write to "),
                    new TextInline("the ISU", Href: "mailto:isu@example.org"),
                    new TextInline(" – a "),
                    new TextInline("bold ", TextMarks.Bold, "https://example.org/report?year=2024&lang=en"),
                    new TextInline("link", TextMarks.Italic, "https://example.org/report?year=2024&lang=en"),
                    new TextInline(" with marks."))),
                new ParagraphBlock("p9new1", InlineContent.Of(
                    new TextInline("Disaggregated data by sex, age and disability"),
                    new FootnoteRefInline("fn0004"),
                    new TextInline(" — Ñandú, Ελληνικά, 日本語 and 🌍 stay intact."))),
                new ListItemBlock("l1aaaa", ListKind.Numbered, 0, InlineContent.Of(
                    new TextInline("Medical care,"), new LineBreakInline(), new TextInline("including emergency and continuing care"))),
                blocks["l1bbbb"],
                blocks["l1cccc"],
                new ListItemBlock("l1dddd", ListKind.Bulleted, 0, Text("Rehabilitation")),
                blocks["l1eeee"],
                blocks["l1ffff"],
                blocks["l1gggg"],
                new HeadingBlock("h3data", 2, Text("1.1.1 Data collection")),
                new TableBlock("t1aaaa", table.Header,
                [
                    table.Rows[0],
                    new TableRow("r1cccc", [Text("Afghanistan"), Text("14 | 15"), InlineContent.Of(new TextInline("Portal", Href: "https://example.org/af"))]),
                    new TableRow("r1dddd", [Text("Colombia"), Text("11 360"), Text("Unit for Victims")]),
                ]),
                blocks["x1aaaa"],
                blocks["l2aaaa"],
                blocks["l2bbbb"],
                blocks["h6deep"],
                new ParagraphBlock("p3cccc", InlineContent.Of(
                    new TextInline("Line one of a new address"), new LineBreakInline(), new TextInline("Palais des Nations, 1211 Genève 10"),
                    new LineBreakInline(), new TextInline("Côte d’Ivoire & São Tomé <draft> \"quoted\" 'single' 100%"))),
                blocks["t2aaaa"],
                blocks["t3aaaa"],
            ],
            [
                old.Footnotes[0],
                new Footnote("fn0002", InlineContent.Of(new TextInline("Adopted at the "), new TextInline("Second Review Conference", Href: "https://example.org/2rc"), new LineBreakInline(), new TextInline("Lausanne, September 2021."))),
                new Footnote("fn0004", Text("Following the Washington Group short set of questions.")),
            ]);
    }

    /// <summary>The redline from the rich sample to its edited version, with some changes attributed to Chile and the ISU.</summary>
    public static Redline Attributed()
    {
        var redline = RedlineBuilder.Build(SampleDocuments.Rich(), Edited());
        return redline with
        {
            Blocks = redline.Blocks.Select(block => block.BlockId switch
            {
                "p1aaaa" => block with { Segments = block.Segments.Select(s => s.Kind == SegmentKind.Equal ? s : s with { By = Chile }).ToList(), By = Chile },
                "p9new1" => block with { By = Isu },
                _ => block,
            }).ToList(),
        };
    }
}
