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

    /// <summary>Reads a document; throws <see cref="DocumentFormatException"/> naming the first malformed line.</summary>
    public static DraftDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DocumentReader(text).Read();
    }
}
