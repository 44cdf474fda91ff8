using VaDrafting.Core.Model;

namespace VaDrafting.Core.Markdown;

/// <summary>
/// The canonical <c>document.md</c> form of a <see cref="DraftDocument"/> (see docs/document-format.md):
/// one line per block ending with its id, footnotes last. <c>Parse(Write(doc))</c> equals <c>doc</c> for every
/// valid document, and <c>Write(Parse(text))</c> equals <c>text</c> for every text <see cref="Write"/> produced.
/// </summary>
public static class DocumentMarkdown
{
    /// <summary>Writes the document; throws <see cref="ArgumentException"/> when <see cref="DocumentValidator"/> finds problems.</summary>
    public static string Write(DraftDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentValidator.EnsureValid(document);
        return new DocumentWriter().Write(document);
    }

    /// <summary>
    /// The line of one block exactly as <see cref="Write"/> writes it (a table: its lines joined by '\n'), without a
    /// line end. Footnote references are written whether or not a document defines them. Throws
    /// <see cref="ArgumentException"/> when the block itself is not valid.
    /// </summary>
    public static string WriteBlock(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var referenced = block.InlineContents()
            .SelectMany(content => content.OfType<FootnoteRefInline>())
            .Select(reference => reference.FootnoteId)
            .Where(BlockIds.IsValid)
            .Distinct(StringComparer.Ordinal)
            .Select(id => new Footnote(id, InlineContent.Empty))
            .ToList();
        DocumentValidator.EnsureValid(new DraftDocument([block], referenced));
        return new DocumentWriter().WriteOneBlock(block);
    }

    /// <summary>Reads a document; throws <see cref="DocumentFormatException"/> naming the first malformed line.</summary>
    public static DraftDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DocumentReader(text).Read();
    }
}
