using VaDrafting.Core.Model;
using Xunit;
using static VaDrafting.Docx.Tests.Fixtures.WordFixture;

namespace VaDrafting.Docx.Tests;

public sealed class DocxImporterEmbeddedTests
{
    private static string Picture(string description, string title = "") =>
        "<w:r><w:drawing><wp:inline><wp:extent cx=\"100\" cy=\"100\"/>"
        + $"<wp:docPr id=\"1\" name=\"Picture 1\" descr=\"{description}\" title=\"{title}\"/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"map.png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rIdImage\"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic>"
        + "</wp:inline></w:drawing></w:r>";

    private const string Chart =
        "<w:r><w:drawing><wp:inline><wp:extent cx=\"100\" cy=\"100\"/><wp:docPr id=\"2\" name=\"Chart 2\" title=\"Survivors by State\"/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\"rIdChart\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";

    private const string TextBox =
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:docPr id=\"3\" name=\"Text Box 3\"/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx><w:txbxContent>"
        + "<w:p><w:r><w:t>Key message:</w:t></w:r></w:p><w:p><w:r><w:t>survivors first</w:t></w:r></w:p>"
        + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        + "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Key message: survivors first</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";

    private const string Equation =
        "<m:oMath><m:r><m:t>r=</m:t></m:r><m:f><m:num><m:r><m:t>a</m:t></m:r></m:num><m:den><m:r><m:t>b</m:t></m:r></m:den></m:f></m:oMath>";

    [Fact]
    public void Import_TurnsAnImageIntoAPlaceholderDescribedByItsAltText()
    {
        var result = Import($"<w:p><w:bookmarkStart w:id=\"1\" w:name=\"_va_img001\"/>{Picture("Map of contaminated areas")}</w:p>");

        var placeholder = Assert.IsType<PlaceholderBlock>(Assert.Single(result.Document.Blocks));
        Assert.Equal(new PlaceholderBlock("img001", "image", "Map of contaminated areas"), placeholder);
        Assert.Equal(new ImportIssue("image", "Map of contaminated areas", "img001"), Assert.Single(result.Report.Unsupported));
    }

    [Fact]
    public void Import_DescribesImagesWithoutAltTextByTitleOrAsUndescribed()
    {
        var result = Import($"<w:p>{Picture("", "Logo of the Convention")}</w:p><w:p>{Picture("")}</w:p>");

        Assert.Equal(["Logo of the Convention", "no description"],
            result.Document.Blocks.Select(b => Assert.IsType<PlaceholderBlock>(b).Description));
    }

    [Fact]
    public void Import_PutsAPlaceholderAfterTheTextOfItsParagraph()
    {
        var result = Import($"<w:p><w:r><w:t>Figure 1 shows the regions.</w:t></w:r>{Picture("Regions")}</w:p>");

        Assert.Collection(result.Document.Blocks,
            b => Assert.Equal("Figure 1 shows the regions.", Assert.IsType<ParagraphBlock>(b).Content.PlainText),
            b => Assert.Equal(("image", "Regions"), (Assert.IsType<PlaceholderBlock>(b).Kind, ((PlaceholderBlock)b).Description)));
    }

    [Fact]
    public void Import_TurnsChartsTextBoxesAndEquationsIntoPlaceholders()
    {
        var body = $"<w:p>{Chart}</w:p><w:p>{TextBox}</w:p><w:p><w:r><w:t xml:space=\"preserve\">The ratio </w:t></w:r>{Equation}<w:r><w:t xml:space=\"preserve\"> is reported.</w:t></w:r></w:p>"
            + $"<w:p><m:oMathPara>{Equation}</m:oMathPara></w:p>";

        var result = Import(body);

        Assert.Collection(result.Document.Blocks,
            b => Assert.Equal(("chart", "Survivors by State"), Placeholder(b)),
            b => Assert.Equal(("textbox", "Key message: survivors first"), Placeholder(b)),
            b => Assert.Equal("The ratio  is reported.", Assert.IsType<ParagraphBlock>(b).Content.PlainText),
            b => Assert.Equal(("equation", "r=ab"), Placeholder(b)),
            b => Assert.Equal(("equation", "r=ab"), Placeholder(b)));
        Assert.Equal(["chart", "textbox", "equation", "equation"], result.Report.Unsupported.Select(i => i.Kind));
    }

    [Fact]
    public void Import_TurnsVmlPicturesAndEmbeddedObjectsIntoPlaceholders()
    {
        var body = "<w:p><w:r><w:pict><v:shape alt=\"Old scanned map\"><v:imagedata r:id=\"rIdImage\" o:title=\"\"/></v:shape></w:pict></w:r></w:p>"
            + "<w:p><w:r><w:object><v:shape><v:imagedata r:id=\"rIdPreview\"/></v:shape><o:OLEObject Type=\"Embed\" ProgID=\"Excel.Sheet.12\" ShapeID=\"_x0000_i1025\" DrawAspect=\"Content\" r:id=\"rIdOle\"/></w:object></w:r></w:p>";

        var result = Import(body);

        Assert.Collection(result.Document.Blocks,
            b => Assert.Equal(("image", "Old scanned map"), Placeholder(b)),
            b => Assert.Equal(("object", "embedded Excel.Sheet.12 object"), Placeholder(b)));
    }

    [Fact]
    public void Import_WritesImagesInTableCellsAsTextAndReportsThemAgainstTheTable()
    {
        var body = $"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Region</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>North</w:t></w:r>{Picture("Photo of a rehabilitation centre")}</w:p></w:tc></w:tr></w:tbl>";

        var result = Import(body);

        var table = Assert.IsType<TableBlock>(Assert.Single(result.Document.Blocks));
        Assert.Equal("North [image: Photo of a rehabilitation centre]", table.Rows[0].Cells[0].PlainText);
        Assert.Equal(new ImportIssue("image", "Photo of a rehabilitation centre", table.Id), Assert.Single(result.Report.Unsupported));
    }

    [Fact]
    public void Import_ShortensLongDescriptionsToOneLine()
    {
        var longText = string.Join(" ", Enumerable.Repeat("word", 100));

        var result = Import($"<w:p>{Picture("First line&#10;" + longText)}</w:p>");

        var description = Assert.IsType<PlaceholderBlock>(Assert.Single(result.Document.Blocks)).Description;
        Assert.StartsWith("First line word", description);
        Assert.True(description.Length <= 200);
        Assert.DoesNotContain('\n', description);
        Assert.EndsWith("…", description);
    }

    private static (string Kind, string Description) Placeholder(Block block)
    {
        var placeholder = Assert.IsType<PlaceholderBlock>(block);
        return (placeholder.Kind, placeholder.Description);
    }
}
