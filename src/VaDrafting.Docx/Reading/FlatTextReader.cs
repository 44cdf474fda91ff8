using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;

namespace VaDrafting.Docx.Reading;

/// <summary>
/// Reads block content that must end up as one piece of inline content — a table cell, a footnote —
/// paragraphs joined by line breaks, nested tables flattened to text (cells joined by " | ", rows by line breaks).
/// </summary>
internal sealed class FlatTextReader(InlineReader inline, ImportLog log)
{
    private const int MaxNestingDepth = 32;

    public InlineBuilder ReadCell(OpenXmlElement cell) => ReadBlocks(cell, depth: 0);

    public InlineBuilder ReadBlocks(OpenXmlElement container) => ReadBlocks(container, depth: 0);

    private InlineBuilder ReadBlocks(OpenXmlElement container, int depth)
    {
        var into = new InlineBuilder();
        ReadInto(container, into, depth);
        return into;
    }

    private void ReadInto(OpenXmlElement container, InlineBuilder into, int depth)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case Paragraph paragraph:
                    var builder = new InlineBuilder();
                    inline.Read(paragraph, builder);
                    into.Absorb(builder);
                    break;
                case Table table when depth < MaxNestingDepth:
                    log.NestedTableFlattened();
                    into.Absorb(Flatten(table, depth + 1));
                    break;
                case SdtBlock { SdtContentBlock: { } content }:
                    ReadInto(content, into, depth);
                    break;
                case CustomXmlBlock:
                    ReadInto(child, into, depth);
                    break;
                case OpenXmlUnknownElement unknown:
                    ReadInto(UnknownElements.ContentOf<Body>(unknown), into, depth);
                    break;
                case BookmarkStart bookmark:
                    into.Bookmark(bookmark.Name?.Value);
                    break;
            }
        }
    }

    private InlineBuilder Flatten(Table table, int depth)
    {
        var result = new InlineBuilder();
        foreach (var row in table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>())
        {
            var cells = new List<Inline>();
            var embedded = new List<EmbeddedContent>();
            var first = true;
            foreach (var cell in row.Elements<TableCell>())
            {
                var content = ReadBlocks(cell, depth);
                if (!first) cells.Add(new TextInline(" | "));
                first = false;
                cells.AddRange(content.Build());
                embedded.AddRange(content.Embedded);
                result.PreserveId(content.PreservedId);
            }
            result.AppendRendered(InlineContent.Of(cells), embedded);
        }
        return result;
    }
}
