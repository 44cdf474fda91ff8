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

    /// <param name="frontMatter">What comes between the title and the text (cover lines, contents).</param>
    /// <param name="footerId">The relationship id of the page footer, if there is one.</param>
    public Body Write(IReadOnlyList<Block> blocks, string title, IEnumerable<OpenXmlElement>? frontMatter = null, string? footerId = null)
    {
        var body = new Body();
        if (!string.IsNullOrWhiteSpace(title))
            body.AppendChild(TitleParagraph(runs.Write(InlineContent.FromText(title.Trim()))));
        foreach (var element in frontMatter ?? []) body.AppendChild(element);

        Block? previous = null;
        foreach (var block in blocks)
        {
            Continue(block);
            if (block is TableBlock && previous is TableBlock) body.AppendChild(TableSeparator());
            body.AppendChild(Write(block));
            previous = block;
        }
        if (previous is TableBlock) body.AppendChild(TableSeparator());
        body.AppendChild(SectionProperties(footerId));
        return body;
    }

    public Paragraph TitleParagraph(IEnumerable<OpenXmlElement> content) => Paragraph(WordStyleIds.Title, numbering: null, blockId: null, content);

    private OpenXmlElement Write(Block block) => block is TableBlock table
        ? Table(table)
        : Paragraph(StyleOf(block), NumberingOf(block), block.Id, runs.Write(ContentOf(block)));

    /// <summary>The paragraph style of a block that is not a table; null for a plain paragraph.</summary>
    public static string? StyleOf(Block block) => block switch
    {
        HeadingBlock heading => WordStyleIds.Heading(Math.Clamp(heading.Level, 1, 6)),
        ParagraphBlock => null,
        ListItemBlock => WordStyleIds.ListParagraph,
        QuoteBlock => WordStyleIds.Quote,
        PlaceholderBlock => WordStyleIds.Placeholder,
        _ => throw new ArgumentException($"Blocks of type {block.GetType().Name} cannot be written to Word as a paragraph.", nameof(block)),
    };

    /// <summary>The text a block that is not a table shows; a placeholder shows as "[kind: description]".</summary>
    public static InlineContent ContentOf(Block block) => block switch
    {
        HeadingBlock heading => heading.Content,
        ParagraphBlock paragraph => paragraph.Content,
        ListItemBlock item => item.Content,
        QuoteBlock quote => quote.Content,
        PlaceholderBlock placeholder => InlineContent.FromText($"[{placeholder.Kind}: {placeholder.Description}]"),
        _ => throw new ArgumentException($"Blocks of type {block.GetType().Name} cannot be written to Word as a paragraph.", nameof(block)),
    };

    /// <summary>The list numbering of a list item (continuing the current list); null for other blocks.</summary>
    public NumberingProperties? NumberingOf(Block block) => block is ListItemBlock item ? Numbering(item) : null;

    /// <summary>Ends the current numbered list unless <paramref name="block"/> continues it.</summary>
    public void Continue(Block block)
    {
        if (block is not ListItemBlock) lists.EndList();
    }

    private NumberingProperties Numbering(ListItemBlock item) => new(
        new NumberingLevelReference { Val = Math.Clamp(item.Level, 0, ListNumbering.Levels - 1) },
        new NumberingId { Val = lists.NumIdFor(item.Kind) });

    /// <summary>
    /// A paragraph with its style, numbering and the hidden bookmark of <paramref name="blockId"/> around its content;
    /// <paramref name="mark"/> tracks the paragraph mark and <paramref name="change"/> holds former paragraph properties.
    /// </summary>
    public Paragraph Paragraph(string? styleId, NumberingProperties? numbering, string? blockId, IEnumerable<OpenXmlElement> content,
        ParagraphMarkRunProperties? mark = null, ParagraphPropertiesChange? change = null)
    {
        var paragraph = ids.NewParagraph();
        if (styleId is not null || numbering is not null || mark is not null || change is not null)
        {
            var properties = new ParagraphProperties();
            if (styleId is not null) properties.AppendChild(new ParagraphStyleId { Val = styleId });
            if (numbering is not null) properties.AppendChild(numbering);
            if (mark is not null) properties.AppendChild(mark);
            if (change is not null) properties.AppendChild(change);
            paragraph.AppendChild(properties);
        }
        var bookmark = blockId is null ? null : ids.BlockBookmark(blockId);
        if (bookmark is { } start) paragraph.AppendChild(start.Start);
        foreach (var element in content) paragraph.AppendChild(element);
        if (bookmark is { } end) paragraph.AppendChild(end.End);
        return paragraph;
    }

    /// <summary>An empty paragraph, which keeps two tables apart (Word and LibreOffice join tables that touch).</summary>
    public Paragraph TableSeparator() => ids.NewParagraph();

    private Table Table(TableBlock block)
    {
        var columns = Math.Max(1, Math.Max(block.Header.Cells.Count, block.Rows.Count == 0 ? 0 : block.Rows.Max(r => r.Cells.Count)));
        var table = TableShell(columns);
        var width = CellWidth(columns);
        table.AppendChild(Row(block.Id, block.Header.Cells, columns, width, isHeader: true));
        foreach (var row in block.Rows) table.AppendChild(Row(row.Id, row.Cells, columns, width, isHeader: false));
        return table;
    }

    public static int CellWidth(int columns) => TextWidth / Math.Max(1, columns);

    /// <summary>A Table Grid table over the text width with <paramref name="columns"/> equal columns and no rows yet.</summary>
    public static Table TableShell(int columns)
    {
        columns = Math.Max(1, columns);
        var width = CellWidth(columns);
        return new Table(
            new TableProperties(
                new TableStyle { Val = WordStyleIds.TableGrid },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
    }

    private WordTableRow Row(string rowId, IReadOnlyList<InlineContent> cells, int columns, int width, bool isHeader)
    {
        var row = new WordTableRow();
        if (isHeader) row.AppendChild(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < columns; i++)
        {
            var content = i < cells.Count ? cells[i] : InlineContent.Empty;
            row.AppendChild(Cell(width, Paragraph(null, null, i == 0 ? rowId : null, runs.Write(content))));
        }
        return row;
    }

    /// <summary>A cell of the given width holding one paragraph.</summary>
    public static TableCell Cell(int width, Paragraph paragraph) => new(
        new TableCellProperties(new TableCellWidth
        {
            Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = TableWidthUnitValues.Dxa,
        }),
        paragraph);

    public static SectionProperties SectionProperties(string? footerId = null)
    {
        var properties = new SectionProperties();
        if (footerId is not null) properties.AppendChild(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        properties.Append(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 708, Footer = 708, Gutter = 0 },
            new Columns { Space = "708" },
            new DocGrid { LinePitch = 360 });
        return properties;
    }
}
