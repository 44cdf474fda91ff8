using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using OMath = DocumentFormat.OpenXml.Math;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace VaDrafting.Docx.Reading;

/// <summary>
/// Turns the body of the main document into blocks, one top-level element at a time (the caller streams
/// them), so memory holds one paragraph or table of the Word DOM at once, not the whole document.
/// </summary>
internal sealed partial class BodyReader
{
    private const int MaxListLevel = 8;
    private const int MaxGridSpan = 64;

    private readonly StyleCatalog _styles;
    private readonly NumberingCatalog _numbering;
    private readonly ImportLog _log;
    private readonly IdAllocator _ids;
    private readonly InlineReader _inline;
    private readonly FlatTextReader _flat;
    private readonly List<Block> _blocks = [];

    // A `_va_` bookmark found between blocks: it names the next block.
    private string? _pendingBookmarkId;

    // Content of a paragraph whose mark was deleted as a tracked change: accepting joins it to the next paragraph.
    private InlineContent? _joinedContent;
    private string? _joinedId;

    public BodyReader(MainDocumentPart main, StyleCatalog styles, NumberingCatalog numbering, ImportLog log, IdAllocator ids, NoteCatalog notes)
    {
        _styles = styles;
        _numbering = numbering;
        _log = log;
        _ids = ids;
        _inline = new InlineReader(styles, log, new FieldTracker(log, notes.Imported), new HyperlinkTargets(main), notes);
        _flat = new FlatTextReader(_inline, log);
    }

    public IReadOnlyList<Block> Blocks => _blocks;

    /// <summary>The text of the first Title-styled paragraph when it opens the document.</summary>
    public string? DocumentTitle { get; private set; }

    public void Read(OpenXmlElement element)
    {
        switch (element)
        {
            case Paragraph paragraph:
                ReadParagraph(paragraph);
                break;
            case Table table:
                ReadTable(table);
                break;
            case SdtBlock sdt when IsOurContents(sdt):
                // The contents an export adds is made from the headings again on the next export.
                break;
            case SdtBlock sdt when IsTableOfContents(sdt):
                _log.TableOfContentsReplaced();
                EmitTableOfContents();
                break;
            case SdtBlock { SdtContentBlock: { } content }:
                ReadChildren(content);
                break;
            case CustomXmlBlock:
                ReadChildren(element);
                break;
            case OpenXmlUnknownElement unknown:
                ReadChildren(UnknownElements.ContentOf<Body>(unknown));
                break;
            case BookmarkStart bookmark:
                _pendingBookmarkId ??= IdBookmarks.FromBookmarkName(bookmark.Name?.Value);
                break;
            case AltChunk:
                EmitPlaceholder(new EmbeddedContent("object", "content imported from another file"), preservedId: null);
                break;
            case OMath.Paragraph or OMath.OfficeMath:
                EmitPlaceholder(EmbeddedDescriber.Equation(element), preservedId: null);
                break;
        }
    }

    private void ReadChildren(OpenXmlElement container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling()) Read(child);
    }

    private void ReadParagraph(Paragraph paragraph)
    {
        var builder = new InlineBuilder();
        _inline.Read(paragraph, builder);
        var properties = paragraph.ParagraphProperties;
        var markChange = properties?.ParagraphMarkRunProperties;
        if (markChange?.GetFirstChild<Inserted>() is not null) _log.TrackedChanges = true;

        if (_inline.Fields.TableOfContentsPending) EmitTableOfContents();

        var raw = builder.BuildUntrimmed();
        if (markChange?.GetFirstChild<Deleted>() is not null)
        {
            _log.TrackedChanges = true;
            _joinedContent = _joinedContent is null ? raw : InlineContent.Of(_joinedContent.Concat(raw));
            _joinedId ??= builder.PreservedId;
            EmitEmbedded(builder.Embedded, preservedId: null);
            return;
        }
        var preservedId = _joinedId ?? builder.PreservedId;
        if (_joinedContent is not null)
        {
            raw = InlineContent.Of(_joinedContent.Concat(raw));
            _joinedContent = null;
            _joinedId = null;
        }
        var content = InlineBuilder.Trim(raw);

        if (content.Count == 0)
        {
            // An image alone in its paragraph: the placeholder takes the paragraph's id.
            EmitEmbedded(builder.Embedded, preservedId);
            return;
        }

        var kind = Classify(properties);
        if (kind.IsCover) return;
        if (kind.IsTitle && DocumentTitle is null && _blocks.Count == 0)
        {
            DocumentTitle = content.PlainText.ReplaceLineEndings(" ").Trim();
            EmitEmbedded(builder.Embedded, preservedId: null);
            return;
        }

        var id = ClaimId(preservedId);
        Block block = kind switch
        {
            { IsPlaceholder: true } when PlaceholderText().Match(content.PlainText) is { Success: true } match =>
                new PlaceholderBlock(id, match.Groups["kind"].Value, match.Groups["description"].Value),
            { HeadingLevel: { } level } => new HeadingBlock(id, level, content),
            { IsTitle: true } => new HeadingBlock(id, 1, content),
            { ListKind: { } listKind } => new ListItemBlock(id, listKind, kind.ListLevel, content),
            { IsQuote: true } => new QuoteBlock(id, content),
            _ => new ParagraphBlock(id, content),
        };
        _blocks.Add(block);
        EmitEmbedded(builder.Embedded, preservedId: null);
    }

    private readonly record struct ParagraphKind(bool IsTitle, bool IsCover, bool IsPlaceholder, int? HeadingLevel, ListKind? ListKind, int ListLevel, bool IsQuote);

    /// <summary>
    /// Heading by direct outline level, else by style (name, id or outline level, through basedOn); then list
    /// item by direct or style numbering (numId 0 switches numbering off), else by a list style's name; then quote.
    /// </summary>
    private ParagraphKind Classify(ParagraphProperties? properties)
    {
        var style = _styles.Paragraph(properties?.ParagraphStyleId?.Val?.Value);

        var directOutline = properties?.OutlineLevel?.Val?.Value;
        var headingLevel = directOutline switch
        {
            >= 0 and <= 8 => Math.Min(directOutline.Value + 1, 6),
            not null => (int?)null,
            null => style.HeadingLevel,
        };

        var directNumbering = properties?.NumberingProperties;
        var numId = directNumbering?.NumberingId?.Val?.Value ?? style.NumberingId;
        ListKind? listKind = null;
        var listLevel = 0;
        if (numId is > 0)
        {
            listLevel = directNumbering?.NumberingLevelReference?.Val?.Value
                ?? style.NumberingLevel
                ?? _numbering.LevelOfStyle(numId.Value, style.StyleId)
                ?? 0;
            listKind = _numbering.KindOf(numId.Value, listLevel);
        }
        else if (numId is null && style.NamedListKind is { } named)
        {
            listKind = named;
            listLevel = style.NamedListLevel;
        }

        return new ParagraphKind(style.IsTitle, style.IsCover, style.IsPlaceholder, headingLevel, listKind, Math.Clamp(listLevel, 0, MaxListLevel), style.IsQuote);
    }

    private void ReadTable(Table table)
    {
        var rows = new List<(List<InlineBuilder> Cells, string? PreservedId)>();
        foreach (var row in RowsOf(table))
        {
            var change = row.TableRowProperties;
            if (change?.GetFirstChild<Deleted>() is not null)
            {
                _log.TrackedChanges = true;
                continue;
            }
            if (change?.GetFirstChild<Inserted>() is not null) _log.TrackedChanges = true;
            rows.Add(ReadRow(row));
        }
        if (rows.Count == 0 || rows.All(r => r.Cells.All(c => !c.HasContent && c.Embedded.Count == 0))) return;

        var columns = rows.Max(r => r.Cells.Count);
        var tableId = ClaimId(rows[0].PreservedId);
        var header = new Core.Model.TableRow(tableId, Cells(rows[0].Cells, columns));
        var body = rows.Skip(1).Select(r => new Core.Model.TableRow(_ids.Claim(r.PreservedId), Cells(r.Cells, columns))).ToList();

        foreach (var embedded in rows.SelectMany(r => r.Cells).SelectMany(c => c.Embedded))
            _log.Unsupported(embedded.Kind, embedded.Description, tableId);
        _blocks.Add(new TableBlock(tableId, header, body));
    }

    private (List<InlineBuilder> Cells, string? PreservedId) ReadRow(WordTableRow row)
    {
        var cells = new List<InlineBuilder>();
        string? preservedId = null;
        var properties = row.TableRowProperties;
        AddEmpty(cells, properties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
        foreach (var cell in CellsOf(row, bookmark => preservedId ??= IdBookmarks.FromBookmarkName(bookmark)))
        {
            var content = _flat.ReadCell(cell);
            preservedId ??= content.PreservedId;
            var cellProperties = cell.TableCellProperties;
            var merged = cellProperties?.VerticalMerge is { } vertical && (vertical.Val is null || vertical.Val.Value == MergedCellValues.Continue);
            cells.Add(merged ? new InlineBuilder() : content);
            AddEmpty(cells, Math.Clamp(cellProperties?.GridSpan?.Val?.Value ?? 1, 1, MaxGridSpan) - 1);
        }
        AddEmpty(cells, properties?.GetFirstChild<GridAfter>()?.Val?.Value ?? 0);
        return (cells, preservedId);
    }

    private static void AddEmpty(List<InlineBuilder> cells, int count)
    {
        for (var i = 0; i < Math.Min(count, MaxGridSpan); i++) cells.Add(new InlineBuilder());
    }

    private static InlineContent[] Cells(List<InlineBuilder> builders, int columns)
    {
        var cells = new InlineContent[columns];
        for (var i = 0; i < columns; i++) cells[i] = i < builders.Count ? builders[i].Build() : InlineContent.Empty;
        return cells;
    }

    /// <summary>Rows, including those wrapped in content controls or custom XML.</summary>
    private static IEnumerable<WordTableRow> RowsOf(OpenXmlElement container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case WordTableRow row:
                    yield return row;
                    break;
                case SdtRow { SdtContentRow: { } content }:
                    foreach (var row in RowsOf(content)) yield return row;
                    break;
                case CustomXmlRow:
                    foreach (var row in RowsOf(child)) yield return row;
                    break;
            }
        }
    }

    /// <summary>Cells, including those wrapped in content controls or custom XML; bookmarks between cells are reported.</summary>
    private static IEnumerable<TableCell> CellsOf(OpenXmlElement container, Action<string?> bookmark)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case TableCell cell:
                    yield return cell;
                    break;
                case SdtCell { SdtContentCell: { } content }:
                    foreach (var cell in CellsOf(content, bookmark)) yield return cell;
                    break;
                case CustomXmlCell:
                    foreach (var cell in CellsOf(child, bookmark)) yield return cell;
                    break;
                case BookmarkStart start:
                    bookmark(start.Name?.Value);
                    break;
            }
        }
    }

    private static bool IsOurContents(SdtBlock sdt) =>
        sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == WordStyleIds.ContentsTag && IsTableOfContents(sdt);

    private static bool IsTableOfContents(SdtBlock sdt) =>
        sdt.SdtProperties?.GetFirstChild<SdtContentDocPartObject>()?.GetFirstChild<DocPartGallery>()?.Val?.Value
            is { } gallery && gallery.StartsWith("Table of Contents", StringComparison.OrdinalIgnoreCase);

    private void EmitTableOfContents()
    {
        _inline.Fields.TableOfContentsEmitted();
        var id = ClaimId(null);
        _blocks.Add(new PlaceholderBlock(id, "field", "Table of contents"));
        _log.Unsupported("field", "Table of contents", id);
    }

    private void EmitEmbedded(List<EmbeddedContent> embedded, string? preservedId)
    {
        foreach (var content in embedded)
        {
            EmitPlaceholder(content, preservedId);
            preservedId = null;
        }
    }

    private void EmitPlaceholder(EmbeddedContent content, string? preservedId)
    {
        var id = ClaimId(preservedId);
        _blocks.Add(new PlaceholderBlock(id, content.Kind, content.Description));
        _log.Unsupported(content.Kind, content.Description, id);
    }

    /// <summary>A block's id: its own bookmark's, else one left between blocks just before it, else a new one.</summary>
    private string ClaimId(string? preservedId)
    {
        var id = _ids.Claim(preservedId ?? _pendingBookmarkId);
        _pendingBookmarkId = null;
        return id;
    }

    /// <summary>How the writer spells a placeholder: "[kind: description]".</summary>
    [GeneratedRegex(@"^\[(?<kind>[a-z]+): (?<description>.+)\]$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderText();
}
