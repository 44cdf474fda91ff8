using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using VaDrafting.Docx.Writing;

namespace VaDrafting.Docx.Review;

/// <summary>
/// The comment matrix of a round as files: a landscape Word table grouped by section (the header row repeats on every
/// page), a spreadsheet (header frozen, filters on, text wrapped) and CSV (RFC 4180, UTF-8 with a byte order mark so
/// Excel reads accents; cells that a spreadsheet would run as a formula are prefixed with an apostrophe).
/// </summary>
public static class CommentMatrixExport
{
    private static readonly string[] Headers =
        ["No.", "Organisation", "Section / passage", "Type", "Comment", "Proposed change", "Response", "Disposition"];

    // Landscape A4 text width (16838 − 2 × 1134 twips), shared out in proportion to what each column holds.
    private static readonly int[] ColumnWidths = [700, 1700, 2100, 1250, 2900, 2100, 2300, 1520];
    private static readonly double[] SheetWidths = [6, 18, 30, 13, 50, 35, 40, 15];

    private static IEnumerable<string?> Cells(MatrixRow row) =>
        [row.Number.ToString(CultureInfo.InvariantCulture), row.Organisation, row.Passage, row.Type, row.Comment, row.ProposedChange, row.Response, row.Disposition];

    public static void WriteDocx(string title, IReadOnlyList<MatrixRow> rows, DocumentMeta meta, Stream output, DocxWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var language = meta.Languages.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim() ?? "en-GB";
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyleSheet.Create(language);
            main.AddNewPart<DocumentSettingsPart>().Settings = WordSettings.Create(hasFootnotes: false);
            var ids = new MarkupIds();
            var body = new Body();
            body.AppendChild(Styled(ids.NewParagraph(), WordStyleIds.Title, title));
            foreach (var line in new FrontMatter(ids).Write(meta, options with { TableOfContents = false }, [])) body.AppendChild(line);
            body.AppendChild(MatrixTable(rows, ids));
            body.AppendChild(ids.NewParagraph());
            var footerId = PageFooter.Add(main, ids, options.Symbol ?? meta.Symbol);
            body.AppendChild(LandscapeSection(footerId));
            var document = new Document(body);
            WordNamespaces.Declare(document);
            main.Document = document;
            DocumentProperties.Write(word, title, language,
            [
                (DocxWriter.DocumentIdProperty, options.DocumentId),
                (DocxWriter.VersionProperty, options.Version),
                (DocxWriter.SymbolProperty, options.Symbol ?? meta.Symbol),
            ]);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    public static void WriteXlsx(string title, IReadOnlyList<MatrixRow> rows, Stream output) =>
        MatrixSpreadsheet.Write(title, Headers, [.. rows.Select(row => (IReadOnlyList<string?>)[.. Cells(row)])], SheetWidths, output);

    public static void WriteCsv(IReadOnlyList<MatrixRow> rows, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder();
        text.Append(string.Join(',', Headers.Select(CsvField))).Append("\r\n");
        foreach (var row in rows) text.Append(string.Join(',', Cells(row).Select(CsvField))).Append("\r\n");
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        output.Write(bytes.GetPreamble());
        output.Write(bytes.GetBytes(text.ToString()));
    }

    /// <summary>A CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ tab or CR neutralised.</summary>
    public static string CsvField(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    private static Table MatrixTable(IReadOnlyList<MatrixRow> rows, MarkupIds ids)
    {
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyleIds.TableGrid },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(ColumnWidths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var header = new WordTableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < Headers.Length; i++) header.AppendChild(Cell(ids, Headers[i], ColumnWidths[i], bold: true));
        table.AppendChild(header);
        string? section = null;
        foreach (var row in rows)
        {
            if (row.Section != section)
            {
                section = row.Section;
                var group = new WordTableRow(new TableRowProperties(new CantSplit()));
                var cell = Cell(ids, section.Length == 0 ? "General" : section, ColumnWidths.Sum(), bold: true);
                cell.TableCellProperties!.AppendChild(new GridSpan { Val = Headers.Length });
                cell.TableCellProperties.AppendChild(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" });
                group.AppendChild(cell);
                table.AppendChild(group);
            }
            var line = new WordTableRow();
            var values = Cells(row).ToList();
            for (var i = 0; i < values.Count; i++) line.AppendChild(Cell(ids, values[i] ?? "", ColumnWidths[i], bold: false));
            table.AppendChild(line);
        }
        return table;
    }

    private static TableCell Cell(MarkupIds ids, string text, int width, bool bold)
    {
        var paragraph = ids.NewParagraph();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            if (bold) run.AppendChild(new RunProperties(new Bold()));
            if (i > 0) run.AppendChild(new Break());
            run.AppendChild(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.AppendChild(run);
        }
        return new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }), paragraph);
    }

    private static Paragraph Styled(Paragraph paragraph, string styleId, string text)
    {
        paragraph.AppendChild(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        paragraph.AppendChild(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static SectionProperties LandscapeSection(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
        new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 },
        new DocGrid { LinePitch = 360 });

}
