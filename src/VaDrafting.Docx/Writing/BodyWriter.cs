using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace VaDrafting.Docx.Writing;

/// <summary>Writes the blocks as the body of the main document, each carrying its hidden <c>_va_{id}</c> bookmark.</summary>
internal sealed class BodyWriter(RunWriter runs, ListNumbering lists, MarkupIds ids)
{
    // A4 with 2.54 cm margins: the width tables are spread over, in twentieths of a point.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1440;
    private const int TextWidth = PageWidth - 2 * Margin;

    public Body Write(IReadOnlyList<Block> blocks, string title)
    {
        var body = new Body();
        if (!string.IsNullOrWhiteSpace(title))
            body.AppendChild(Paragraph(WordStyleIds.Title, numbering: null, blockId: null, runs.Write(InlineContent.FromText(title.Trim()))));

        Block? previous = null;
        foreach (var block in blocks)
        {
            if (block is not ListItemBlock) lists.EndList();
            // Word and LibreOffice join tables that touch; an empty paragraph keeps them apart.
            if (block is TableBlock && previous is TableBlock) body.AppendChild(ids.NewParagraph());
            body.AppendChild(Write(block));
            previous = block;
        }
        if (previous is TableBlock) body.AppendChild(ids.NewParagraph());
        body.AppendChild(SectionProperties());
        return body;
    }

    private OpenXmlElement Write(Block block) => block switch
    {
        HeadingBlock heading => Paragraph(WordStyleIds.Heading(Math.Clamp(heading.Level, 1, 6)), null, heading.Id, runs.Write(heading.Content)),
        ParagraphBlock paragraph => Paragraph(null, null, paragraph.Id, runs.Write(paragraph.Content)),
        ListItemBlock item => Paragraph(WordStyleIds.ListParagraph, Numbering(item), item.Id, runs.Write(item.Content)),
        QuoteBlock quote => Paragraph(WordStyleIds.Quote, null, quote.Id, runs.Write(quote.Content)),
        PlaceholderBlock placeholder => Paragraph(WordStyleIds.Placeholder, null, placeholder.Id,
            runs.Write(InlineContent.FromText($"[{placeholder.Kind}: {placeholder.Description}]"))),
        TableBlock table => Table(table),
        _ => throw new ArgumentException($"Blocks of type {block.GetType().Name} cannot be written to Word.", nameof(block)),
    };

    private NumberingProperties Numbering(ListItemBlock item) => new(
        new NumberingLevelReference { Val = Math.Clamp(item.Level, 0, ListNumbering.Levels - 1) },
        new NumberingId { Val = lists.NumIdFor(item.Kind) });

    private Paragraph Paragraph(string? styleId, NumberingProperties? numbering, string? blockId, IEnumerable<OpenXmlElement> content)
    {
        var paragraph = ids.NewParagraph();
        if (styleId is not null || numbering is not null)
        {
            var properties = new ParagraphProperties();
            if (styleId is not null) properties.AppendChild(new ParagraphStyleId { Val = styleId });
            if (numbering is not null) properties.AppendChild(numbering);
            paragraph.AppendChild(properties);
        }
        var bookmark = blockId is null ? null : ids.BlockBookmark(blockId);
        if (bookmark is { } start) paragraph.AppendChild(start.Start);
        foreach (var element in content) paragraph.AppendChild(element);
        if (bookmark is { } end) paragraph.AppendChild(end.End);
        return paragraph;
    }

    private Table Table(TableBlock block)
    {
        var columns = Math.Max(1, Math.Max(block.Header.Cells.Count, block.Rows.Count == 0 ? 0 : block.Rows.Max(r => r.Cells.Count)));
        var width = TextWidth / columns;

        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyleIds.TableGrid },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        table.AppendChild(Row(block.Id, block.Header.Cells, columns, width, isHeader: true));
        foreach (var row in block.Rows) table.AppendChild(Row(row.Id, row.Cells, columns, width, isHeader: false));
        return table;
    }

    private WordTableRow Row(string rowId, IReadOnlyList<InlineContent> cells, int columns, int width, bool isHeader)
    {
        var row = new WordTableRow();
        if (isHeader) row.AppendChild(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < columns; i++)
        {
            var content = i < cells.Count ? cells[i] : InlineContent.Empty;
            var cell = new TableCell(new TableCellProperties(new TableCellWidth
            {
                Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Type = TableWidthUnitValues.Dxa,
            }));
            cell.AppendChild(Paragraph(null, null, i == 0 ? rowId : null, runs.Write(content)));
            row.AppendChild(cell);
        }
        return row;
    }

    private static SectionProperties SectionProperties() => new(
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 708, Footer = 708, Gutter = 0 },
        new Columns { Space = "708" },
        new DocGrid { LinePitch = 360 });
}
