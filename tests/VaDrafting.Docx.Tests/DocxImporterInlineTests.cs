using VaDrafting.Core.Model;
using Xunit;
using static VaDrafting.Docx.Tests.Fixtures.WordFixture;

namespace VaDrafting.Docx.Tests;

public sealed class DocxImporterInlineTests
{
    private static InlineContent Single(string paragraphXml, Parts? parts = null)
    {
        var block = Assert.Single(Import(paragraphXml, parts).Document.Blocks);
        return Assert.IsType<ParagraphBlock>(block).Content;
    }

    private static string R(string text, string properties = "") =>
        $"<w:r>{(properties.Length == 0 ? "" : $"<w:rPr>{properties}</w:rPr>")}<w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    [Fact]
    public void Import_ReadsBoldItalicUnderlineFromRunProperties()
    {
        var content = Single($"<w:p>{R("plain ")}{R("bold", "<w:b/>")}{R(" italic", "<w:i/>")}{R(" underline", "<w:u w:val=\"single\"/>")}{R(" all", "<w:b/><w:i/><w:u w:val=\"double\"/>")}{R(" none", "<w:u w:val=\"none\"/>")}</w:p>");

        Assert.Equal(InlineContent.Of(
            new TextInline("plain "),
            new TextInline("bold", TextMarks.Bold),
            new TextInline(" "),
            new TextInline("italic", TextMarks.Italic),
            new TextInline(" underline", TextMarks.Underline),
            new TextInline(" all", TextMarks.Bold | TextMarks.Italic | TextMarks.Underline),
            new TextInline(" none")), content);
    }

    [Fact]
    public void Import_MovesSpacesAtTheEdgesOfBoldAndItalicOutOfTheMark()
    {
        var content = Single($"<w:p>{R("Under ")}{R("Article 5 ", "<w:b/>")}{R("of the Convention,")}{R(" each State ", "<w:i/>")}{R("shall")}{R(" ", "<w:b/>")}{R("act ", "<w:u w:val=\"single\"/>")}</w:p>");

        Assert.Equal(InlineContent.Of(
            new TextInline("Under "),
            new TextInline("Article 5", TextMarks.Bold),
            new TextInline(" of the Convention, "),
            new TextInline("each State", TextMarks.Italic),
            new TextInline(" shall "),
            new TextInline("act", TextMarks.Underline)), content);
        Assert.Equal("Under **Article 5** of the Convention, *each State* shall ++act++", VaDrafting.Core.Markdown.InlineMarkdown.Write(content));
    }

    [Fact]
    public void Import_ReadsMarksFromRunStylesIncludingToggledOff()
    {
        var styles = Style("Strong", "Strong", type: "character", inner: "<w:rPr><w:b/></w:rPr>")
            + Style("KeyTerm", "Key term", type: "character", basedOn: "Strong", inner: "<w:rPr><w:i/></w:rPr>");
        var paragraph = "<w:p>"
            + R("strong", "<w:rStyle w:val=\"Strong\"/>")
            + R(" emphasis", "<w:rStyle w:val=\"Emphasis\"/>")
            + R(" key term", "<w:rStyle w:val=\"KeyTerm\"/>")
            + R(" toggled off", "<w:rStyle w:val=\"Strong\"/><w:b w:val=\"0\"/>")
            + R(" off too", "<w:b w:val=\"false\"/><w:i w:val=\"0\"/>")
            + "</w:p>";

        var content = Single(paragraph, new Parts { Styles = styles });

        Assert.Equal(InlineContent.Of(
            new TextInline("strong", TextMarks.Bold),
            new TextInline(" "),
            new TextInline("emphasis", TextMarks.Italic),
            new TextInline(" "),
            new TextInline("key term", TextMarks.Bold | TextMarks.Italic),
            new TextInline(" toggled off off too")), content);
    }

    [Fact]
    public void Import_KeepsOnlyHttpHttpsAndMailtoLinks()
    {
        var paragraph = "<w:p>"
            + "<w:hyperlink r:id=\"rIdWeb\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t>Convention</w:t></w:r></w:hyperlink>"
            + R(" ")
            + "<w:hyperlink r:id=\"rIdMail\"><w:r><w:t>write</w:t></w:r></w:hyperlink>"
            + R(" ")
            + "<w:hyperlink w:anchor=\"_Toc1\"><w:r><w:t>see section 2</w:t></w:r></w:hyperlink>"
            + R(" ")
            + "<w:hyperlink r:id=\"rIdScript\"><w:r><w:t>click</w:t></w:r></w:hyperlink>"
            + R(" ")
            + "<w:hyperlink r:id=\"rIdFile\"><w:r><w:t>local file</w:t></w:r></w:hyperlink>"
            + "</w:p>";
        var parts = new Parts
        {
            Styles = Style("Hyperlink", "Hyperlink", type: "character", inner: "<w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr>"),
            Hyperlinks = new Dictionary<string, string>
            {
                ["rIdWeb"] = "https://www.clusterconvention.org/",
                ["rIdMail"] = "mailto:isu@example.org",
                ["rIdScript"] = "javascript:alert(1)",
                ["rIdFile"] = "file:///C:/secret.docx",
            },
        };

        var content = Single(paragraph, parts);

        Assert.Equal(InlineContent.Of(
            new TextInline("Convention", Href: "https://www.clusterconvention.org/"),
            new TextInline(" "),
            new TextInline("write", Href: "mailto:isu@example.org"),
            new TextInline(" see section 2 click local file")), content);
    }

    [Fact]
    public void Import_ReadsHyperlinkFieldsAsLinks()
    {
        var paragraph = "<w:p>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://example.org/report\" \\o \"tip\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>annual report</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "</w:p>";

        var result = Import(paragraph);

        Assert.Equal(InlineContent.Of(new TextInline("annual report", Href: "https://example.org/report")),
            Assert.IsType<ParagraphBlock>(Assert.Single(result.Document.Blocks)).Content);
        Assert.Empty(result.Report.Warnings);
    }

    [Fact]
    public void Import_ReadsLineBreaksTabsSymbolsAndSpecialCharacters()
    {
        var paragraph = "<w:p><w:r><w:t>Line one</w:t><w:br/><w:t>Line two</w:t><w:tab/><w:t>after tab</w:t>"
            + "<w:br w:type=\"page\"/><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:t xml:space=\"preserve\"> </w:t>"
            + "<w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/><w:t>ok</w:t><w:noBreakHyphen/><w:t>x</w:t><w:softHyphen/><w:t>y</w:t><w:cr/><w:t>end</w:t></w:r></w:p>";

        var content = Single(paragraph);

        Assert.Equal(InlineContent.Of(
            new TextInline("Line one"), new LineBreakInline(),
            new TextInline("Line two after tab• ✓ok\u2011xy"), new LineBreakInline(),
            new TextInline("end")), content);
    }

    [Fact]
    public void Import_AcceptsTrackedChangesAndWarns()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">States </w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"Reviewer\" w:date=\"2024-05-01T10:00:00Z\"><w:r><w:delText xml:space=\"preserve\">may </w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"Reviewer\" w:date=\"2024-05-01T10:00:00Z\"><w:r><w:t xml:space=\"preserve\">shall </w:t></w:r></w:ins>"
            + "<w:r><w:t>assist victims</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"Reviewer\" w:date=\"2024-05-01T10:00:00Z\"/></w:rPr></w:pPr><w:r><w:t xml:space=\"preserve\">Joined </w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>with the next paragraph.</w:t></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Header</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:tr><w:trPr><w:del w:id=\"4\" w:author=\"Reviewer\" w:date=\"2024-05-01T10:00:00Z\"/></w:trPr><w:tc><w:p><w:r><w:t>Deleted row</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:p><w:r><w:t>Kept row</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

        var result = Import(body);

        Assert.Collection(result.Document.Blocks,
            b => Assert.Equal("States shall assist victims", Assert.IsType<ParagraphBlock>(b).Content.PlainText),
            b => Assert.Equal("Joined with the next paragraph.", Assert.IsType<ParagraphBlock>(b).Content.PlainText),
            b => Assert.Equal(["Kept row"], Assert.IsType<TableBlock>(b).Rows.Select(r => r.Cells[0].PlainText)));
        Assert.Contains("The document contains tracked changes; its text was imported as if all changes were accepted.", result.Report.Warnings);
    }

    [Fact]
    public void Import_TakesTheDisplayedResultOfFieldsAndReportsThem()
    {
        var paragraph = "<w:p><w:r><w:t xml:space=\"preserve\">Adopted on </w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> DATE \\@ \"d MMMM yyyy\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>3 September 2024</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\">, see page </w:t></w:r>"
            + "<w:fldSimple w:instr=\" PAGEREF _Toc2 \\h \"><w:r><w:t>12</w:t></w:r></w:fldSimple>"
            + "<w:r><w:t xml:space=\"preserve\"> and </w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> REF _Ref1 </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> QUOTE x </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Annex I</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>.</w:p>";

        var result = Import(paragraph);

        Assert.Equal("Adopted on 3 September 2024, see page 12 and Annex I",
            Assert.IsType<ParagraphBlock>(Assert.Single(result.Document.Blocks)).Content.PlainText);
        Assert.Contains("3 fields were imported as the text Word last displayed for them (DATE, PAGEREF, REF).", result.Report.Warnings);
    }

    [Fact]
    public void Import_ReplacesATableOfContentsFieldWithOnePlaceholder()
    {
        var body = P("Contents")
            + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Introduction</w:t><w:tab/><w:t>1</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Medical care</w:t><w:tab/><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
            + P("Introduction text.");

        var result = Import(body);

        Assert.Collection(result.Document.Blocks,
            b => Assert.Equal("Contents", Assert.IsType<ParagraphBlock>(b).Content.PlainText),
            b => Assert.Equal(("field", "Table of contents"), (Assert.IsType<PlaceholderBlock>(b).Kind, ((PlaceholderBlock)b).Description)),
            b => Assert.Equal("Introduction text.", Assert.IsType<ParagraphBlock>(b).Content.PlainText));
    }

    [Fact]
    public void Import_SkipsHiddenText()
    {
        var content = Single($"<w:p>{R("Visible")}{R(" hidden", "<w:vanish/>")}</w:p>");

        Assert.Equal("Visible", content.PlainText);
    }

    private const string Separators =
        """<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>""";

    private static string Note(int id, string text, string extra = "") =>
        $"<w:footnote w:id=\"{id}\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>{extra}<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> {text}</w:t></w:r></w:p></w:footnote>";

    private static string Ref(int id) => $"<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"{id}\"/></w:r>";

    [Fact]
    public void Import_ReadsFootnotesInReferenceOrderFromParagraphsAndCells()
    {
        var body = $"<w:p><w:r><w:t>Article 5</w:t></w:r>{Ref(2)}<w:r><w:t xml:space=\"preserve\"> applies.</w:t></w:r></w:p>"
            + $"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>State</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Iraq</w:t></w:r>{Ref(1)}</w:p></w:tc></w:tr></w:tbl>"
            + $"<w:p><w:r><w:t>Again</w:t></w:r>{Ref(2)}</w:p>";
        var footnotes = Separators
            + Note(1, "Figures from the national report.", "<w:bookmarkStart w:id=\"9\" w:name=\"_va_fnkeep\"/><w:bookmarkEnd w:id=\"9\"/>")
            + "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> See the </w:t></w:r><w:hyperlink r:id=\"rIdText\"><w:r><w:t>Convention</w:t></w:r></w:hyperlink></w:p><w:p><w:r><w:t>Second paragraph.</w:t></w:r></w:p></w:footnote>";

        var result = Import(body, new Parts { Footnotes = footnotes, Hyperlinks = new Dictionary<string, string> { ["rIdText"] = "https://example.org/ccm" } });

        var document = result.Document;
        Assert.Equal(2, document.Footnotes.Count);
        var first = document.Footnotes[0];
        Assert.Equal(InlineContent.Of(new TextInline("See the "), new TextInline("Convention", Href: "https://example.org/ccm"), new LineBreakInline(), new TextInline("Second paragraph.")), first.Content);
        Assert.Equal(new Footnote("fnkeep", InlineContent.FromText("Figures from the national report.")), document.Footnotes[1]);

        var paragraph = Assert.IsType<ParagraphBlock>(document.Blocks[0]);
        Assert.Equal(InlineContent.Of(new TextInline("Article 5"), new FootnoteRefInline(first.Id), new TextInline(" applies.")), paragraph.Content);
        var table = Assert.IsType<TableBlock>(document.Blocks[1]);
        Assert.Equal(InlineContent.Of(new TextInline("Iraq"), new FootnoteRefInline("fnkeep")), table.Rows[0].Cells[0]);
        Assert.Equal(new FootnoteRefInline(first.Id), Assert.IsType<ParagraphBlock>(document.Blocks[2]).Content[1]);
        Assert.Equal(2, result.Report.FootnoteCount);
    }

    [Fact]
    public void Import_TakesAFootnoteIdFromTheBookmarkAroundItsReferenceWhenTheNoteHasNone()
    {
        var body = $"<w:p><w:r><w:t>Text</w:t></w:r><w:bookmarkStart w:id=\"5\" w:name=\"_va_ref_fnref1\"/>{Ref(1)}<w:bookmarkEnd w:id=\"5\"/>"
            + "<w:r><w:t xml:space=\"preserve\"> and again</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> NOTEREF _va_ref_fnref1 \\f \\h </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";

        var result = Import(body, new Parts { Footnotes = Separators + Note(1, "A note without its own bookmark.") });

        Assert.Equal("fnref1", Assert.Single(result.Document.Footnotes).Id);
        Assert.Equal(InlineContent.Of(new TextInline("Text"), new FootnoteRefInline("fnref1"), new TextInline(" and again"), new FootnoteRefInline("fnref1")),
            Assert.IsType<ParagraphBlock>(Assert.Single(result.Document.Blocks)).Content);
        Assert.Empty(result.Report.Warnings);
    }

    [Fact]
    public void Import_ImportsEndnotesAsFootnotesAndWarns()
    {
        var endnotes = """<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> An endnote.</w:t></w:r></w:p></w:endnote>""";

        var result = Import("<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p>", new Parts { Endnotes = endnotes });

        Assert.Equal("An endnote.", Assert.Single(result.Document.Footnotes).Content.PlainText);
        Assert.Contains("Endnotes were imported as footnotes.", result.Report.Warnings);
    }

    [Fact]
    public void Import_LeavesOutReferencesToMissingNotesAndWarns()
    {
        var result = Import($"<w:p><w:r><w:t>Text</w:t></w:r>{Ref(7)}</w:p>", new Parts { Footnotes = Separators });

        Assert.Equal(InlineContent.FromText("Text"), Assert.IsType<ParagraphBlock>(Assert.Single(result.Document.Blocks)).Content);
        Assert.Empty(result.Document.Footnotes);
        Assert.Contains("1 footnote reference to a note missing from the file was left out.", result.Report.Warnings);
    }

    [Fact]
    public void Import_WarnsAboutWordComments()
    {
        var comments = """<w:comment w:id="0" w:author="Delegate" w:date="2024-05-01T10:00:00Z"><w:p><w:r><w:t>Please clarify.</w:t></w:r></w:p></w:comment>""";

        var result = Import(P("Commented text"), new Parts { Comments = comments });

        Assert.Contains("1 Word comment was not imported.", result.Report.Warnings);
    }
}
