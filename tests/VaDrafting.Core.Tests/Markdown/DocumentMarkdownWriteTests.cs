using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using Xunit;
using static VaDrafting.Core.Tests.Markdown.Doc;

namespace VaDrafting.Core.Tests.Markdown;

public class DocumentMarkdownWriteTests
{
    [Fact]
    public void Write_EmptyDocument_IsEmptyText()
    {
        Assert.Equal("", DocumentMarkdown.Write(DraftDocument.Empty));
    }

    [Theory]
    [InlineData(1, "# Guidance on victim assistance {#h1aaaa}\n")]
    [InlineData(2, "## Guidance on victim assistance {#h1aaaa}\n")]
    [InlineData(6, "###### Guidance on victim assistance {#h1aaaa}\n")]
    public void Write_Heading_UsesOneHashPerLevel(int level, string expected)
    {
        var document = Of(new HeadingBlock("h1aaaa", level, C("Guidance on victim assistance")));
        Assert.Equal(expected, DocumentMarkdown.Write(document));
    }

    [Fact]
    public void Write_HeadingStartingWithANumber_NeedsNoEscape()
    {
        var document = Of(new HeadingBlock("h2k9aq", 2, C("2. Affected States")));
        Assert.Equal("## 2. Affected States {#h2k9aq}\n", DocumentMarkdown.Write(document));
    }

    [Fact]
    public void Write_Paragraph_IsTextThenId()
    {
        var document = Of(P("p7f3ab", "States Parties should designate a national focal point."));
        Assert.Equal("States Parties should designate a national focal point. {#p7f3ab}\n", DocumentMarkdown.Write(document));
    }

    [Fact]
    public void Write_EmptyBlocks_KeepTheirPrefixAndId()
    {
        var document = Of(
            P("pempty", InlineContent.Empty),
            new HeadingBlock("hempty", 3, InlineContent.Empty),
            new QuoteBlock("qempty", InlineContent.Empty),
            new PlaceholderBlock("xempty", "field", ""),
            new ListItemBlock("lempty", ListKind.Bulleted, 0, InlineContent.Empty));
        Assert.Equal("{#pempty}\n\n### {#hempty}\n\n> {#qempty}\n\n!!! field: {#xempty}\n\n- {#lempty}\n", DocumentMarkdown.Write(document));
    }

    [Fact]
    public void Write_NestedBulletedList_IndentsTwoSpacesPerLevel()
    {
        var document = Of(Bullet("la0001", 0, "medical care"), Bullet("la0002", 1, "emergency care"), Bullet("la0003", 2, "first aid"), Bullet("la0004", 0, "rehabilitation"));
        Assert.Equal(
            "- medical care {#la0001}\n  - emergency care {#la0002}\n    - first aid {#la0003}\n- rehabilitation {#la0004}\n",
            DocumentMarkdown.Write(document));
    }

    [Fact]
    public void Write_NumberedList_AlwaysWritesOneAndIndentsThreeSpacesPerLevel()
    {
        var document = Of(Numbered("ln0001", 0, "collect data"), Numbered("ln0002", 0, "assess needs"), Numbered("ln0003", 1, "by age and gender"), Numbered("ln0004", 8, "deepest"));
        Assert.Equal(
            "1. collect data {#ln0001}\n1. assess needs {#ln0002}\n   1. by age and gender {#ln0003}\n" + new string(' ', 24) + "1. deepest {#ln0004}\n",
            DocumentMarkdown.Write(document));
    }

    [Fact]
    public void Write_MixedListNesting_UsesEachKindsOwnIndentation()
    {
        var document = Of(Numbered("lm0001", 0, "services"), Bullet("lm0002", 1, "health"), Numbered("lm0003", 2, "physiotherapy"), Bullet("lm0004", 0, "inclusion"));
        Assert.Equal(
            "1. services {#lm0001}\n  - health {#lm0002}\n      1. physiotherapy {#lm0003}\n- inclusion {#lm0004}\n",
            DocumentMarkdown.Write(document));
    }

    [Fact]
    public void Write_Quote_StartsWithGreaterThan()
    {
        var document = Of(new QuoteBlock("q3i4j5", C("Nothing about us without us.")));
        Assert.Equal("> Nothing about us without us. {#q3i4j5}\n", DocumentMarkdown.Write(document));
    }

    [Fact]
    public void Write_Placeholder_WritesKindAndDescription()
    {
        var document = Of(new PlaceholderBlock("x8d2k1", "image", "Map of contaminated areas"));
        Assert.Equal("!!! image: Map of contaminated areas {#x8d2k1}\n", DocumentMarkdown.Write(document));
    }

    [Fact]
    public void Write_Table_WritesHeaderDelimiterAndRowsWithTheirIds()
    {
        var document = Of(Table("t6k7l8", [C("State"), C("Action")],
            ("r9m0n1", [C("Lao PDR"), C(T("survey | clearance", B))]),
            ("r2o3p4", [InlineContent.Empty, C("a\\|b")])));
        Assert.Equal(
            "| State | Action | {#t6k7l8}\n| --- | --- |\n| Lao PDR | **survey \\| clearance** | {#r9m0n1}\n|  | a\\\\\\|b | {#r2o3p4}\n",
            DocumentMarkdown.Write(document));
    }

    [Fact]
    public void Write_Footnotes_ComeLastOnePerLine()
    {
        var document = Of(
            [P("p1aaaa", C(T("See the plan."), Ref("fn4k2m"))), Bullet("l1aaaa", 0, "item")],
            new Footnote("fn4k2m", C(T("Adopted in "), T("2021", I), T("."))),
            new Footnote("fn9zz1", C("Unreferenced note")));
        Assert.Equal(
            "See the plan.[^fn4k2m] {#p1aaaa}\n\n- item {#l1aaaa}\n\n[^fn4k2m]: Adopted in *2021*.\n[^fn9zz1]: Unreferenced note\n",
            DocumentMarkdown.Write(document));
    }

    [Fact]
    public void Write_FootnoteEndingWithSpace_EncodesTheSpaceSoEditorsCannotTrimIt()
    {
        var document = Of([], new Footnote("fn0001", C("ends with a space ")), new Footnote("fn0002", InlineContent.Empty));
        Assert.Equal("[^fn0001]: ends with a space&#32;\n[^fn0002]:\n", DocumentMarkdown.Write(document));
    }

    [Fact]
    public void Write_BlankLineConvention_ListItemsAndTableLinesAdjacentOtherBlocksSeparated()
    {
        var document = Of(
            [
                new HeadingBlock("h0000a", 1, C("Title")),
                P("p0000a", "Intro."),
                Bullet("l0000a", 0, "one"),
                Numbered("l0000b", 1, "two"),
                Bullet("l0000c", 0, "three"),
                Table("t0000a", [C("A")], ("r0000a", [C("1")]), ("r0000b", [C("2")])),
                Table("t0000b", [C("B")]),
                Bullet("l0000d", 0, "four"),
                new QuoteBlock("q0000a", C("Quote")),
                new PlaceholderBlock("x0000a", "chart", "Bar chart"),
            ],
            new Footnote("fn0001", C("Note one")),
            new Footnote("fn0002", C("Note two")));
        var expected = string.Join('\n',
            "# Title {#h0000a}",
            "",
            "Intro. {#p0000a}",
            "",
            "- one {#l0000a}",
            "   1. two {#l0000b}",
            "- three {#l0000c}",
            "",
            "| A | {#t0000a}",
            "| --- |",
            "| 1 | {#r0000a}",
            "| 2 | {#r0000b}",
            "",
            "| B | {#t0000b}",
            "| --- |",
            "",
            "- four {#l0000d}",
            "",
            "> Quote {#q0000a}",
            "",
            "!!! chart: Bar chart {#x0000a}",
            "",
            "[^fn0001]: Note one",
            "[^fn0002]: Note two") + "\n";
        Assert.Equal(expected, DocumentMarkdown.Write(document));
    }

    [Theory]
    [InlineData("# not a heading", "\\# not a heading {#pesc01}")]
    [InlineData("#hashtag", "\\#hashtag {#pesc01}")]
    [InlineData("- not a list", "\\- not a list {#pesc01}")]
    [InlineData("-", "\\- {#pesc01}")]
    [InlineData("> not a quote", "\\> not a quote {#pesc01}")]
    [InlineData("| not | a table |", "\\| not | a table | {#pesc01}")]
    [InlineData("1. not numbered", "1\\. not numbered {#pesc01}")]
    [InlineData("2024. A year", "2024\\. A year {#pesc01}")]
    [InlineData("3) not numbered", "3\\) not numbered {#pesc01}")]
    [InlineData("1.5 million", "1.5 million {#pesc01}")]
    [InlineData("!!! not: a placeholder", "\\!!! not: a placeholder {#pesc01}")]
    [InlineData("!Important", "!Important {#pesc01}")]
    [InlineData("[^fn01]: not a footnote", "\\[^fn01\\]: not a footnote {#pesc01}")]
    [InlineData("+ plus", "\\+ plus {#pesc01}")]
    [InlineData("* star", "\\* star {#pesc01}")]
    [InlineData("  two spaces", "&#32; two spaces {#pesc01}")]
    [InlineData("\tTab", "&#9;Tab {#pesc01}")]
    [InlineData("{#abcd}", "\\{#abcd\\} {#pesc01}")]
    [InlineData("<div>", "\\<div> {#pesc01}")]
    [InlineData("```", "\\`\\`\\` {#pesc01}")]
    public void Write_ParagraphThatLooksLikeAnotherBlock_EscapesItsStart(string text, string expectedLine)
    {
        var document = Of(P("pesc01", text));
        var written = DocumentMarkdown.Write(document);
        Assert.Equal(expectedLine + "\n", written);
        Assert.Equal(document, DocumentMarkdown.Parse(written));
    }

    [Fact]
    public void Write_ParagraphStartingWithFootnoteReferenceAndColon_DoesNotLookLikeAFootnote()
    {
        var document = Of([P("pfn001", C(Ref("fn0001"), T(": explained")))], new Footnote("fn0001", C("Note")));
        var written = DocumentMarkdown.Write(document);
        Assert.StartsWith("[^fn0001]\\: explained {#pfn001}\n", written);
        Assert.Equal(document, DocumentMarkdown.Parse(written));
    }
}
