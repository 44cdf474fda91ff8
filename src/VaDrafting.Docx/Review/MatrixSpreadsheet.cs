using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace VaDrafting.Docx.Review;

/// <summary>A one-sheet workbook of text rows: a bold header row frozen at the top, filters on it, wrapped text, set column widths.</summary>
internal static class MatrixSpreadsheet
{
    public static void Write(string title, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string?>> rows, IReadOnlyList<double> widths, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var book = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = book.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = SheetStyles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.AppendChild(SheetRow(1, headers, styleIndex: 1));
            var index = 2u;
            foreach (var row in rows) data.AppendChild(SheetRow(index++, row, styleIndex: 2));
            var lastRow = Math.Max(1, rows.Count + 1).ToString(CultureInfo.InvariantCulture);
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
                }) { WorkbookViewId = 0 }),
                new Columns(widths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })),
                data,
                new AutoFilter { Reference = $"A1:{LastColumn(headers)}{lastRow}" });
            var name = SheetName(title);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = name }));
            workbook.Workbook.AppendChild(new DefinedNames(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${LastColumn(headers)}${lastRow}")
            {
                Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true,
            }));
            if (!string.IsNullOrWhiteSpace(title)) book.PackageProperties.Title = title.Trim();
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static string LastColumn(IReadOnlyList<string> headers) => ((char)('A' + Math.Clamp(headers.Count, 1, 26) - 1)).ToString();

    private static Row SheetRow(uint index, IEnumerable<string?> values, uint styleIndex)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var value in values)
        {
            row.AppendChild(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Sanitise(value ?? "")) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = $"{(char)('A' + column++)}{index.ToString(CultureInfo.InvariantCulture)}",
                DataType = CellValues.InlineString,
                StyleIndex = styleIndex,
            });
        }
        return row;
    }

    /// <summary>XML 1.0 cannot carry most control characters; a spreadsheet cell holds at most 32,767 characters.</summary>
    private static string Sanitise(string value)
    {
        var clean = new string([.. value.Where(c => c is '\n' or '\t' || !char.IsControl(c))]);
        return clean.Length <= 32_767 ? clean : clean[..32_767];
    }

    private static string SheetName(string title)
    {
        var name = new string([.. (string.IsNullOrWhiteSpace(title) ? "Comment matrix" : title.Trim()).Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]).Trim('\'');
        if (name.Length == 0) name = "Comment matrix";
        return name.Length <= 31 ? name : name[..31];
    }

    /// <summary>Fonts, fills, borders and three cell formats: default, bold header, and wrapped top-aligned text.</summary>
    private static Stylesheet SheetStyles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true }) { Count = 3 });
}
