using VaDrafting.Core.Model;

namespace VaDrafting.Docx.Tests.Fixtures;

/// <summary>Documents in the model that exercise every block kind and inline feature.</summary>
internal static class SampleDocuments
{
    public static DocumentMeta RichMeta { get; } = new("Guidance on an Integrated Approach to Victim Assistance", "CCM/MSP/2024/WP.7", ["en"]);

    private static InlineContent Text(string text) => InlineContent.FromText(text);

    public static DraftDocument Rich() => new(
        [
            new HeadingBlock("h1intr", 1, Text("1. Introduction")),
            new ParagraphBlock("p1aaaa", InlineContent.Of(
                new TextInline("States Parties with victims in areas under their jurisdiction shall, in accordance with "),
                new TextInline("Article 5", TextMarks.Bold),
                new TextInline(", provide "),
                new TextInline("age- and gender-sensitive", TextMarks.Italic),
                new TextInline(" assistance"),
                new FootnoteRefInline("fn0001"),
                new TextInline(", "),
                new TextInline("without discrimination", TextMarks.Underline),
                new TextInline(" and "),
                new TextInline("in full", TextMarks.Bold | TextMarks.Italic),
                new TextInline("."))),
            new HeadingBlock("h2scop", 2, InlineContent.Of(new TextInline("1.1 Scope"), new FootnoteRefInline("fn0002"))),
            new ParagraphBlock("p2bbbb", InlineContent.Of(
                new TextInline("Read the "),
                new TextInline("Convention", Href: "https://www.clusterconvention.org/convention-text/"),
                new TextInline(" or write to "),
                new TextInline("the ISU", Href: "mailto:isu@example.org"),
                new TextInline(" – a "),
                new TextInline("bold ", TextMarks.Bold, "https://example.org/report?year=2024&lang=en"),
                new TextInline("link", TextMarks.Italic, "https://example.org/report?year=2024&lang=en"),
                new TextInline(" with marks."))),
            new ParagraphBlock("p3cccc", InlineContent.Of(
                new TextInline("Line one of an address"), new LineBreakInline(), new TextInline("Palais des Nations, 1211 Genève"),
                new LineBreakInline(), new TextInline("Côte d’Ivoire & São Tomé <draft> \"quoted\" 'single' 100%"))),
            new ListItemBlock("l1aaaa", ListKind.Numbered, 0, Text("Medical care, including emergency and continuing care")),
            new ListItemBlock("l1bbbb", ListKind.Bulleted, 1, InlineContent.Of(new TextInline("First aid"), new FootnoteRefInline("fn0001"))),
            new ListItemBlock("l1cccc", ListKind.Bulleted, 1, Text("Surgery")),
            new ListItemBlock("l1dddd", ListKind.Numbered, 0, Text("Rehabilitation")),
            new ListItemBlock("l1eeee", ListKind.Numbered, 1, Text("Physical rehabilitation")),
            new ListItemBlock("l1ffff", ListKind.Numbered, 2, Text("Prosthetics and orthotics")),
            new ListItemBlock("l1gggg", ListKind.Numbered, 0, Text("Psychological and psychosocial support")),
            new QuoteBlock("q1aaaa", InlineContent.Of(new TextInline("Nothing about us "), new TextInline("without", TextMarks.Italic), new TextInline(" us."))),
            new HeadingBlock("h3data", 3, Text("1.1.1 Data collection")),
            new TableBlock("t1aaaa",
                new TableRow("t1aaaa", [Text("State"), Text("Survivors recorded"), Text("Focal point")]),
                [
                    new TableRow("r1aaaa", [Text("Lao PDR"), Text("—"), InlineContent.Of(new TextInline("Ministry of Labour", TextMarks.Bold), new LineBreakInline(), new TextInline("and Social Welfare"))]),
                    new TableRow("r1bbbb", [Text("Iraq"), InlineContent.Of(new TextInline("see note"), new FootnoteRefInline("fn0003")), InlineContent.Empty]),
                    new TableRow("r1cccc", [Text("Afghanistan"), Text("12 | 13"), InlineContent.Of(new TextInline("Portal", Href: "https://example.org/af"))]),
                ]),
            new PlaceholderBlock("x1aaaa", "image", "Map of contaminated areas"),
            new ListItemBlock("l2aaaa", ListKind.Bulleted, 0, Text("A second list after other blocks")),
            new ListItemBlock("l2bbbb", ListKind.Numbered, 0, Text("restarts its numbering")),
            new HeadingBlock("h6deep", 6, Text("A sixth-level heading")),
            new ParagraphBlock("p4dddd", Text("Closing paragraph with text only.")),
            new TableBlock("t2aaaa", new TableRow("t2aaaa", [Text("Only a header")]), []),
            new TableBlock("t3aaaa", new TableRow("t3aaaa", [Text("A"), Text("B")]), [new TableRow("r3aaaa", [Text("1"), Text("2")])]),
        ],
        [
            new Footnote("fn0001", InlineContent.Of(new TextInline("See "), new TextInline("Article 5", TextMarks.Italic), new TextInline(" of the Convention."))),
            new Footnote("fn0002", InlineContent.Of(new TextInline("Adopted at the "), new TextInline("Second Review Conference", Href: "https://example.org/2rc"), new LineBreakInline(), new TextInline("Lausanne, 2021."))),
            new Footnote("fn0003", Text("Figures reported in 2023 transparency reports.")),
        ]);
}
