using VaDrafting.Core.Model;
using VaDrafting.Docx.Tests.Fixtures;
using Xunit;
using static VaDrafting.Docx.Tests.Fixtures.WordFixture;

namespace VaDrafting.Docx.Tests;

public sealed class DocxImporterStructureTests
{
    private const string WordHeadingStyles =
        """<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"""
        + """<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"""
        + """<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>"""
        + """<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>""";

    [Fact]
    public void Import_RecognisesHeadingsByStyleId()
    {
        var result = Import(P("Introduction", "Heading1") + P("Scope of the guidance", "Heading2"),
            new Parts { Styles = WordHeadingStyles });

        Assert.Collection(result.Document.Blocks,
            b => Assert.Equal((1, "Introduction"), Heading(b)),
            b => Assert.Equal((2, "Scope of the guidance"), Heading(b)));
    }

    [Fact]
    public void Import_DoesNotTurnAHeadingStylesBoldIntoABoldMark()
    {
        var result = Import(P("Introduction", "Heading1"), new Parts { Styles = WordHeadingStyles });

        var heading = Assert.IsType<HeadingBlock>(Assert.Single(result.Document.Blocks));
        Assert.Equal(InlineContent.FromText("Introduction"), heading.Content);
    }

    [Fact]
    public void Import_RecognisesHeadingsByStyleNameWhenIdsAreLocalised()
    {
        var styles = Style("berschrift1", "heading 1") + Style("Kop3", "Heading 3");

        var result = Import(P("Einleitung", "berschrift1") + P("Reikwijdte", "Kop3"), new Parts { Styles = styles });

        Assert.Collection(result.Document.Blocks,
            b => Assert.Equal((1, "Einleitung"), Heading(b)),
            b => Assert.Equal((3, "Reikwijdte"), Heading(b)));
    }

    [Fact]
    public void Import_RecognisesHeadingsByIdWhenTheNameIsUnusual()
    {
        var result = Import(P("National focal points", "Heading4"), new Parts { Styles = Style("Heading4", "Titre de niveau quatre") });

        Assert.Equal((4, "National focal points"), Heading(Assert.Single(result.Document.Blocks)));
    }

    [Fact]
    public void Import_RecognisesHeadingsThroughBasedOnInheritance()
    {
        var styles = WordHeadingStyles + Style("ChapterHeading", "Chapter Heading", basedOn: "Heading2");

        var result = Import(P("Part two", "ChapterHeading"), new Parts { Styles = styles });

        Assert.Equal((2, "Part two"), Heading(Assert.Single(result.Document.Blocks)));
    }

    [Fact]
    public void Import_RecognisesHeadingsByOutlineLevelInParagraphOrStyle()
    {
        var styles = Style("Section", "Section", inner: "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr>");
        var body = "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr><w:r><w:t>Direct outline</w:t></w:r></w:p>"
            + P("Outline from style", "Section")
            + "<w:p><w:pPr><w:pStyle w:val=\"Section\"/><w:outlineLvl w:val=\"9\"/></w:pPr><w:r><w:t>Body text level</w:t></w:r></w:p>";

        var result = Import(body, new Parts { Styles = styles });

        Assert.Collection(result.Document.Blocks,
            b => Assert.Equal((3, "Direct outline"), Heading(b)),
            b => Assert.Equal((2, "Outline from style"), Heading(b)),
            b => Assert.IsType<ParagraphBlock>(b));
    }

    [Fact]
    public void Import_TakesAnOpeningTitleParagraphAsTheDocumentTitle()
    {
        var result = Import(P("Guidance on an Integrated Approach", "Title") + P("Opening paragraph.") + P("Annex", "Title"),
            new Parts { Styles = WordHeadingStyles });

        Assert.Equal("Guidance on an Integrated Approach", result.Meta?.Title);
        Assert.Collection(result.Document.Blocks,
            b => Assert.IsType<ParagraphBlock>(b),
            b => Assert.Equal((1, "Annex"), Heading(b)));
    }

    [Fact]
    public void Import_UsesCorePropertiesTitleAndCustomSymbolWhenPresent()
    {
        var result = Import(P("Text."), new Parts
        {
            CoreTitle = "Victim assistance guidance",
            CustomProperties = new Dictionary<string, string> { ["VaDrafting.Symbol"] = "CCM/MSP/2024/WP.3" },
        });

        Assert.Equal("Victim assistance guidance", result.Meta?.Title);
        Assert.Equal("CCM/MSP/2024/WP.3", result.Meta?.Symbol);
    }

    [Fact]
    public void Import_ReturnsNoMetaWhenTheFileHasNoTitleOrSymbol()
    {
        Assert.Null(Import(P("Text.")).Meta);
    }

    private const string Numbering =
        """<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>"""
        + """<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl><w:lvl w:ilvl="2"><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum>"""
        + """<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>"""
        + """<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>"""
        + """<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:lvlOverride></w:num>""";

    private static string Item(string text, int numId, int level) =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>";

    [Fact]
    public void Import_ReadsNestedBulletedAndNumberedListsFromNumbering()
    {
        var body = Item("Medical care", 2, 0) + Item("Emergency care", 1, 1) + Item("Rehabilitation", 2, 0)
            + Item("Physical", 2, 1) + Item("Prosthetics", 2, 2) + Item("Psychological support", 1, 0);

        var result = Import(body, new Parts { Numbering = Numbering });

        Assert.Equal(
            [(ListKind.Numbered, 0), (ListKind.Bulleted, 1), (ListKind.Numbered, 0), (ListKind.Numbered, 1), (ListKind.Numbered, 2), (ListKind.Bulleted, 0)],
            result.Document.Blocks.Select(b => Assert.IsType<ListItemBlock>(b)).Select(i => (i.Kind, i.Level)));
    }

    [Fact]
    public void Import_HonoursLevelOverridesNumIdZeroAndTheNoneFormat()
    {
        var body = Item("Overridden to bullets", 4, 0) + Item("Numbering switched off", 0, 0) + Item("No visible number", 3, 0);

        var result = Import(body, new Parts { Numbering = Numbering });

        Assert.Collection(result.Document.Blocks,
            b => Assert.Equal(ListKind.Bulleted, Assert.IsType<ListItemBlock>(b).Kind),
            b => Assert.IsType<ParagraphBlock>(b),
            b => Assert.IsType<ParagraphBlock>(b));
    }

    [Fact]
    public void Import_ReadsListsInheritedThroughParagraphStyles()
    {
        var styles = Style("ListBullet", "List Bullet", inner: "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr>")
            + Style("ListBullet2", "List Bullet 2", basedOn: "ListBullet", inner: "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr>")
            + Style("ListNumber2", "List Number 2");

        var result = Import(P("Outer", "ListBullet") + P("Inner", "ListBullet2") + P("Numbered by name only", "ListNumber2"),
            new Parts { Styles = styles, Numbering = Numbering });

        Assert.Equal(
            [(ListKind.Bulleted, 0), (ListKind.Bulleted, 1), (ListKind.Numbered, 1)],
            result.Document.Blocks.Select(b => Assert.IsType<ListItemBlock>(b)).Select(i => (i.Kind, i.Level)));
    }

    [Fact]
    public void Import_ReadsTheListLevelALevelAssignsToAParagraphStyle()
    {
        var numbering = """<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:pStyle w:val="Step"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:pStyle w:val="SubStep"/></w:lvl></w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="5"/></w:num>""";
        var styles = Style("Step", "Step", inner: "<w:pPr><w:numPr><w:numId w:val=\"9\"/></w:numPr></w:pPr>")
            + Style("SubStep", "Sub step", inner: "<w:pPr><w:numPr><w:numId w:val=\"9\"/></w:numPr></w:pPr>");

        var result = Import(P("First step", "Step") + P("Detail", "SubStep"), new Parts { Styles = styles, Numbering = numbering });

        Assert.Equal(
            [(ListKind.Numbered, 0), (ListKind.Bulleted, 1)],
            result.Document.Blocks.Select(b => Assert.IsType<ListItemBlock>(b)).Select(i => (i.Kind, i.Level)));
    }

    [Theory]
    [InlineData("Quote", "Quote")]
    [InlineData("IntenseQuote", "Intense Quote")]
    [InlineData("BlockText", "Block Text")]
    public void Import_ReadsBlockQuotesFromQuoteStyles(string id, string name)
    {
        var result = Import(P("Nothing about us without us.", id), new Parts { Styles = Style(id, name) });

        var quote = Assert.IsType<QuoteBlock>(Assert.Single(result.Document.Blocks));
        Assert.Equal("Nothing about us without us.", quote.Content.PlainText);
    }

    [Fact]
    public void Import_SkipsEmptyAndWhitespaceOnlyParagraphs()
    {
        var result = Import("<w:p/>" + P("Kept") + P("   ") + "<w:p><w:r><w:br/></w:r></w:p>");

        Assert.Equal("Kept", Assert.IsType<ParagraphBlock>(Assert.Single(result.Document.Blocks)).Content.PlainText);
    }

    [Fact]
    public void Import_ReadsATableWithHeaderRowAndMergedCells()
    {
        const string body = """
            <w:tbl>
              <w:tr><w:tc><w:p><w:r><w:t>State</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Survivors</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Focal point</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Lao PDR</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Spans two columns</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>1,200</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Ministry</w:t></w:r><w:r><w:br/><w:t>of Health</w:t></w:r></w:p><w:p><w:r><w:t>Second paragraph</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl>
            """;

        var table = Assert.IsType<TableBlock>(Assert.Single(Import(body).Document.Blocks));

        Assert.Equal(table.Id, table.Header.Id);
        Assert.Equal(["State", "Survivors", "Focal point"], table.Header.Cells.Select(c => c.PlainText));
        Assert.Equal(["Lao PDR", "Spans two columns", ""], table.Rows[0].Cells.Select(c => c.PlainText));
        Assert.Equal(["", "1,200", "Ministry\nof Health\nSecond paragraph"], table.Rows[1].Cells.Select(c => c.PlainText));
        Assert.Equal(3, new[] { table.Id, table.Rows[0].Id, table.Rows[1].Id }.Distinct().Count());
    }

    [Fact]
    public void Import_FlattensNestedTablesAndWarns()
    {
        const string body = """
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Outer</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>d</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>
            """;

        var result = Import(body);

        var table = Assert.IsType<TableBlock>(Assert.Single(result.Document.Blocks));
        Assert.Equal("a | b\nc | d", table.Rows[0].Cells[0].PlainText);
        Assert.Contains(result.Report.Warnings, w => w.Contains("flattened to text", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ReusesIdsFromVaBookmarksAndGeneratesValidUniqueOnes()
    {
        var body = "<w:p><w:bookmarkStart w:id=\"1\" w:name=\"_va_keep01\"/><w:r><w:t>Kept id</w:t></w:r><w:bookmarkEnd w:id=\"1\"/></w:p>"
            + "<w:p><w:bookmarkStart w:id=\"2\" w:name=\"_va_keep01\"/><w:r><w:t>Duplicate bookmark</w:t></w:r></w:p>"
            + "<w:p><w:bookmarkStart w:id=\"3\" w:name=\"_va_NOT-VALID\"/><w:r><w:t>Invalid bookmark</w:t></w:r></w:p>"
            + "<w:p><w:bookmarkStart w:id=\"4\" w:name=\"_Toc12345\"/><w:r><w:t>Other bookmark</w:t></w:r></w:p>"
            + string.Concat(Enumerable.Range(0, 50).Select(i => P($"Generated {i}")));

        var ids = Import(body).Document.Blocks.Select(b => b.Id).ToList();

        Assert.Equal("keep01", ids[0]);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids.Skip(1), id => Assert.Matches("^[a-z][a-z0-9]{5}$", id));
    }

    [Fact]
    public void Import_TakesTableAndRowIdsFromBookmarks()
    {
        const string body = """
            <w:bookmarkStart w:id="1" w:name="_va_tbl001"/>
            <w:tbl>
              <w:tr><w:tc><w:p><w:r><w:t>Header</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:p><w:bookmarkStart w:id="2" w:name="_va_row001"/><w:r><w:t>First row</w:t></w:r><w:bookmarkEnd w:id="2"/></w:p></w:tc></w:tr>
              <w:tr><w:bookmarkStart w:id="3" w:name="_va_row002"/><w:tc><w:p><w:r><w:t>Second row</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl>
            <w:bookmarkEnd w:id="1"/>
            """;

        var table = Assert.IsType<TableBlock>(Assert.Single(Import(body).Document.Blocks));

        Assert.Equal(("tbl001", "row001", "row002"), (table.Id, table.Rows[0].Id, table.Rows[1].Id));
    }

    [Fact]
    public void Import_ReadsContentControlsSmartTagsAndCustomXml()
    {
        const string body = """
            <w:sdt><w:sdtPr><w:alias w:val="Section"/></w:sdtPr><w:sdtContent>
              <w:p><w:sdt><w:sdtContent><w:r><w:t>Inside a control</w:t></w:r></w:sdtContent></w:sdt><w:smartTag w:uri="urn:places" w:element="City"><w:r><w:t xml:space="preserve"> in Geneva</w:t></w:r></w:smartTag></w:p>
            </w:sdtContent></w:sdt>
            """;

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Import(body).Document.Blocks));

        Assert.Equal("Inside a control in Geneva", paragraph.Content.PlainText);
    }

    [Fact]
    public void Import_ReportsCountsOfBlocksAndFootnotes()
    {
        var result = Import(P("One") + P("Two"));

        Assert.Equal((2, 0), (result.Report.BlockCount, result.Report.FootnoteCount));
        Assert.Empty(result.Report.Warnings);
        Assert.Empty(result.Report.Unsupported);
    }

    private static (int Level, string Text) Heading(Block block)
    {
        var heading = Assert.IsType<HeadingBlock>(block);
        return (heading.Level, heading.Content.PlainText);
    }
}
