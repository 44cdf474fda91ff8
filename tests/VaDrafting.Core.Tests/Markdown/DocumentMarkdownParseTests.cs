using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using Xunit;
using static VaDrafting.Core.Tests.Markdown.Doc;

namespace VaDrafting.Core.Tests.Markdown;

public class DocumentMarkdownParseTests
{
    [Fact]
    public void Parse_ReadsEveryBlockKindWithItsId()
    {
        const string text = """
            ## 2. Affected States {#h2k9aq}

            States Parties should **designate** a *national* ++focal point++. {#p7f3ab}

            - medical care {#l1a2b3}
              - emergency care {#l4c5d6}
            1. rehabilitation {#l7e8f9}
               1. physiotherapy {#l0g1h2}

            > Nothing about us without us. {#q3i4j5}

            | State | Action | {#t6k7l8}
            | --- | --- |
            | Lao PDR | clearance | {#r9m0n1}

            !!! image: Map of contaminated areas {#x8d2k1}

            """;
        var expected = Of(
            new HeadingBlock("h2k9aq", 2, C("2. Affected States")),
            P("p7f3ab", C(T("States Parties should "), T("designate", B), T(" a "), T("national", I), T(" "), T("focal point", U), T("."))),
            Bullet("l1a2b3", 0, "medical care"),
            Bullet("l4c5d6", 1, "emergency care"),
            Numbered("l7e8f9", 0, "rehabilitation"),
            Numbered("l0g1h2", 1, "physiotherapy"),
            new QuoteBlock("q3i4j5", C("Nothing about us without us.")),
            Table("t6k7l8", [C("State"), C("Action")], ("r9m0n1", [C("Lao PDR"), C("clearance")])),
            new PlaceholderBlock("x8d2k1", "image", "Map of contaminated areas"));
        Assert.Equal(expected, DocumentMarkdown.Parse(text));
    }

    [Fact]
    public void Parse_EmptyText_IsEmptyDocument()
    {
        Assert.Equal(DraftDocument.Empty, DocumentMarkdown.Parse(""));
        Assert.Equal(DraftDocument.Empty, DocumentMarkdown.Parse("\n\n  \n"));
    }

    [Fact]
    public void Parse_IgnoresBlankLines_IncludingBetweenListItemsAndTableLines()
    {
        const string text = "\n\n- one {#l00001}\n\n\n- two {#l00002}\n\n| A | {#t00001}\n\n| --- |\n\n| 1 | {#r00001}\n\n";
        var expected = Of(Bullet("l00001", 0, "one"), Bullet("l00002", 0, "two"), Table("t00001", [C("A")], ("r00001", [C("1")])));
        Assert.Equal(expected, DocumentMarkdown.Parse(text));
    }

    [Fact]
    public void Parse_ToleratesWindowsLineEndingsAndByteOrderMark()
    {
        const string text = "\uFEFF# Title {#h00001}\r\n\r\nBody {#p00001}\r\n";
        Assert.Equal(Of(new HeadingBlock("h00001", 1, C("Title")), P("p00001", "Body")), DocumentMarkdown.Parse(text));
    }

    [Fact]
    public void Parse_AcceptsAnyNumberAsNumberedListMarker_AndWriteNormalisesItToOne()
    {
        const string text = "1. one {#l00001}\n2. two {#l00002}\n   7) nested {#l00003}\n";
        var document = DocumentMarkdown.Parse(text);
        Assert.Equal(Of(Numbered("l00001", 0, "one"), Numbered("l00002", 0, "two"), Numbered("l00003", 1, "nested")), document);
        Assert.Equal("1. one {#l00001}\n1. two {#l00002}\n   1. nested {#l00003}\n", DocumentMarkdown.Write(document));
    }

    [Fact]
    public void Parse_MixedListNesting_KeepsKindAndLevelOfEachItem()
    {
        const string text = "- a {#l00001}\n   1. b {#l00002}\n    - c {#l00003}\n      1. d {#l00004}\n- e {#l00005}\n";
        var expected = Of(Bullet("l00001", 0, "a"), Numbered("l00002", 1, "b"), Bullet("l00003", 2, "c"), Numbered("l00004", 2, "d"), Bullet("l00005", 0, "e"));
        Assert.Equal(expected, DocumentMarkdown.Parse(text));
    }

    [Fact]
    public void Parse_QuoteWithoutSpace_IsStillAQuote()
    {
        Assert.Equal(Of(new QuoteBlock("q00001", C("quoted"))), DocumentMarkdown.Parse(">quoted {#q00001}"));
    }

    [Fact]
    public void Parse_Table_ReadsEscapedPipesEmptyCellsAndMarks()
    {
        const string text = "| Indicator | Value \\| unit | {#t00001}\n| :--- | ---: |\n|  | **42** \\| *people* | {#r00001}\n| a\\\\ | [b](https://example.org/a\\|b) | {#r00002}\n";
        var expected = Of(Table("t00001", [C("Indicator"), C("Value | unit")],
            ("r00001", [InlineContent.Empty, C(T("42", B), T(" | "), T("people", I))]),
            ("r00002", [C("a\\"), C(T("b", href: "https://example.org/a|b"))])));
        Assert.Equal(expected, DocumentMarkdown.Parse(text));
    }

    [Fact]
    public void Parse_TwoTablesSeparatedByABlankLine_AreTwoTables()
    {
        const string text = "| A | {#t00001}\n| --- |\n| 1 | {#r00001}\n\n| B | {#t00002}\n| --- |\n| 2 | {#r00002}\n";
        var expected = Of(Table("t00001", [C("A")], ("r00001", [C("1")])), Table("t00002", [C("B")], ("r00002", [C("2")])));
        Assert.Equal(expected, DocumentMarkdown.Parse(text));
    }

    [Fact]
    public void Parse_FootnoteReferencesInParagraphsAndTables_PointAtFootnotes()
    {
        const string text = "Survivors[^fn0001] are central. {#p00001}\n\n| Source | {#t00001}\n| --- |\n| Report[^fn0002] | {#r00001}\n\n[^fn0001]: As defined in Article 2.\n[^fn0002]: Annual *transparency* report.\n";
        var expected = Of(
            [
                P("p00001", C(T("Survivors"), Ref("fn0001"), T(" are central."))),
                Table("t00001", [C("Source")], ("r00001", [C(T("Report"), Ref("fn0002"))])),
            ],
            new Footnote("fn0001", C("As defined in Article 2.")),
            new Footnote("fn0002", C(T("Annual "), T("transparency", I), T(" report."))));
        Assert.Equal(expected, DocumentMarkdown.Parse(text));
    }

    [Fact]
    public void Parse_FootnoteContent_KeepsSpacesAfterTheSeparator()
    {
        var document = DocumentMarkdown.Parse("[^fn0001]:   indented&#32;\n[^fn0002]:\n[^fn0003]:tight\n");
        Assert.Equal(Of([], new Footnote("fn0001", C("  indented ")), new Footnote("fn0002", InlineContent.Empty), new Footnote("fn0003", C("tight"))), document);
    }

    [Fact]
    public void Parse_PlaceholderDescription_IsTakenLiterally()
    {
        var document = DocumentMarkdown.Parse("!!! field: PAGE \\* MERGEFORMAT {#x00001}\n!!! equation: {#x00002}\n");
        Assert.Equal(Of(new PlaceholderBlock("x00001", "field", "PAGE \\* MERGEFORMAT"), new PlaceholderBlock("x00002", "equation", "")), document);
    }

    [Fact]
    public void Parse_LastIdWins_WhenTextBeforeItLooksLikeAnId()
    {
        Assert.Equal(Of(P("p00001", "ends with {#abcd}")), DocumentMarkdown.Parse("ends with \\{#abcd\\} {#p00001}"));
        Assert.Equal(Of(new PlaceholderBlock("x00001", "image", "caption {#abcd}")), DocumentMarkdown.Parse("!!! image: caption {#abcd} {#x00001}"));
    }

    [Fact]
    public void Parse_LinkWithDisallowedScheme_BecomesPlainText()
    {
        var document = DocumentMarkdown.Parse("Click [here](javascript:alert(1)) or [there](data:text/html,x) {#p00001}");
        Assert.Equal(Of(P("p00001", "Click here or there")), document);
    }

    [Fact]
    public void Parse_RawHtml_StaysLiteralText()
    {
        var document = DocumentMarkdown.Parse("<script>alert(1)</script> <img src=x onerror=alert(1)> {#p00001}");
        Assert.Equal(Of(P("p00001", "<script>alert(1)</script> <img src=x onerror=alert(1)>")), document);
    }

    [Fact]
    public void ExampleOfTheFormatDocumentation_RoundTripsByteForByte()
    {
        // The example at the end of docs/document-format.md.
        const string text = """
            # Guidance on an integrated approach to victim assistance {#h1q0za}

            ## 2. Coordination {#h2k9aq}

            Each State Party designates a **national focal point** for victim assistance.[^fn4k2m] {#p7f3ab}

            - involve survivors and their representative organisations {#b1c2d3}
              - in planning {#b4e5f6}
              - in monitoring {#b7g8h9}
            1. map the services that exist {#n1j2k3}
            1. identify the gaps {#n4l5m6}

            > Survivors are experts in their own needs. {#q7n8p9}

            | Area | Lead ministry | {#t1r2s3}
            | --- | --- |
            | Health | Ministry of Health | {#r4t5u6}
            | Education | Ministry of Education | {#r7v8w9}

            !!! chart: Number of survivors registered per year {#x1y2z3}

            [^fn4k2m]: See the [Lausanne Action Plan](https://www.clusterconvention.org/), action 33.

            """;
        var document = DocumentMarkdown.Parse(text);
        Assert.Equal(11, document.Blocks.Count);
        Assert.Equal(text, DocumentMarkdown.Write(document));
    }

    [Theory]
    [InlineData("Les États parties, l’assistance aux victimes — ça, c’est dû.")]
    [InlineData("تقديم المساعدة للضحايا في الدول الأطراف")]
    [InlineData("Mixed: Article 5 — المادة 5 — right to left")]
    [InlineData("受害者援助 被害者支援 피해자 지원")]
    [InlineData("Survivors 👩🏽‍🦯 🇱🇦 ✓ 🤝")]
    [InlineData("non\u00A0breaking\u202Fnarrow\u2009thin")]
    [InlineData("zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word\uFEFFjoiner")]
    [InlineData("\uFEFFstarts with a byte order mark")]
    [InlineData("\u200Fright-to-left mark and \u202Eoverride")]
    [InlineData("\u00A0starts with a no-break space")]
    public void Unicode_RoundTripsInEveryKindOfBlock(string text)
    {
        var document = Of(
            [
                new HeadingBlock("h00001", 2, C(text)),
                P("p00001", text),
                P("p00002", C(T(text, B), T(text), T(text, I | U, "https://example.org/ü"))),
                new ListItemBlock("l00001", ListKind.Bulleted, 1, C(text)),
                new QuoteBlock("q00001", C(text)),
                Table("t00001", [C(text), C(T(text, B))], ("r00001", [C(text), C(T(text, U), Ref("fn0001"))])),
                new PlaceholderBlock("x00001", "textbox", text),
            ],
            new Footnote("fn0001", C(text)));
        var written = DocumentMarkdown.Write(document);
        Assert.Equal(document, DocumentMarkdown.Parse(written));
        Assert.Equal(written, DocumentMarkdown.Write(DocumentMarkdown.Parse(written)));
    }
}
