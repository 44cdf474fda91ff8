using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using VaDrafting.Docx.Review;
using VaDrafting.Docx.Tests.Quality;
using Xunit;

namespace VaDrafting.Docx.Tests;

public sealed class CommentMatrixExportTests
{
    private static readonly DocumentMeta Meta = new("Guidance on an Integrated Approach to Victim Assistance", "CCM/MSP/2026/WP.1", ["en"]);

    private static readonly MatrixRow[] Rows =
    [
        new(1, "Chile", "Reporting", "report annually", "Substantive", "Yearly reports are a burden,\nsay \"every two years\".", "every two years", "Agreed in part.", "Accepted in part"),
        new(2, "Lao PDR", "Reporting", "on victim assistance", "Editorial", "Ümlauts, tabs\tand commas, fine.", null, null, null),
        new(3, "Iraq", "Participation", "take part", "General", "=HYPERLINK(\"http://example.org\")", "+1", "-", "@Noted"),
    ];

    private static byte[] Docx()
    {
        using var output = new MemoryStream();
        CommentMatrixExport.WriteDocx("Comment matrix: first consultation", Rows, Meta, output, new DocxWriteOptions("guidance-va", "abc1234", Date: new DateOnly(2026, 11, 23)));
        return output.ToArray();
    }

    [Fact]
    public void Docx_IsALandscapeTableGroupedBySectionWithARepeatedHeaderRow()
    {
        var docx = Docx();
        ExportQuality.AssertValid(docx);
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Equal(PageOrientationValues.Landscape, body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!.Orient!.Value);
        var rows = body.Descendants<Table>().Single().Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(["No.", "Organisation", "Section / passage", "Type", "Comment", "Proposed change", "Response", "Disposition"],
            rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(["Reporting", "1", "2", "Participation", "3"], rows.Skip(1).Select(r => r.Elements<TableCell>().First().InnerText));
        Assert.Equal(8, rows[1].Elements<TableCell>().Single().TableCellProperties!.GetFirstChild<GridSpan>()!.Val!.Value);
        Assert.Equal("Accepted in part", rows[2].Elements<TableCell>().Last().InnerText);
    }

    [Fact]
    public async Task Docx_ConvertsToPdfWithLibreOffice()
    {
        var pdf = await LibreOffice.ConvertAsync(Docx(), "pdf", TestContext.Current.CancellationToken);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
    }

    [Fact]
    public async Task Xlsx_IsAValidWorkbookWithFiltersOnItsHeaderThatLibreOfficeOpens()
    {
        using var output = new MemoryStream();
        CommentMatrixExport.WriteXlsx("Comment matrix: first consultation", Rows, output);
        var xlsx = output.ToArray();

        ExportQuality.AssertValidWorkbook(xlsx);
        using (var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var sheet = book.WorkbookPart!.WorksheetParts.Single().Worksheet!;
            Assert.Equal("A1:H4", sheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.AutoFilter>()!.Reference!.Value);
            Assert.Contains("Ümlauts", sheet.InnerText);
            Assert.Equal("Comment matrix first consultati", book.WorkbookPart.Workbook!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single().Name!.Value);
        }
        var pdf = await LibreOffice.ConvertAsync(xlsx, "pdf", TestContext.Current.CancellationToken, inputExtension: "xlsx");
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
    }

    [Fact]
    public void Csv_QuotesWhatNeedsQuotingAndNeutralisesFormulas()
    {
        using var output = new MemoryStream();
        CommentMatrixExport.WriteCsv(Rows, output);
        var bytes = output.ToArray();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var records = ParseCsv(text);
        Assert.Equal(4, records.Count);
        Assert.Equal("Yearly reports are a burden,\nsay \"every two years\".", records[1][4]);
        Assert.Equal("Ümlauts, tabs\tand commas, fine.", records[2][4]);
        Assert.Equal(["'=HYPERLINK(\"http://example.org\")", "'+1", "'-", "'@Noted"], records[3].Skip(4));
        Assert.EndsWith("\r\n", text);
    }

    /// <summary>An RFC 4180 reader, to read the file back as a spreadsheet would.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else field.Append(c);
        }
        return records;
    }
}
