using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using VaDrafting.Docx.Writing;

namespace VaDrafting.Docx;

/// <summary>
/// Writes a document as a clean Word file: real styles (Title, Heading 1–6, List Paragraph, Quote, Table Grid,
/// footnote styles, Hyperlink), real list numbering, footnotes, tables with a repeated header row, hyperlinks
/// as relationships, a hidden <c>_va_{id}</c> bookmark on every block, row and footnote so that a file coming back
/// keeps its ids, a cover block under the title and, when asked for, a table of contents (<see cref="DocxWriteOptions"/>),
/// and "Page X of Y" in the footer. The importer leaves the cover and the contents out.
/// </summary>
public static class DocxWriter
{
    public const string DocumentIdProperty = "VaDrafting.DocumentId";
    public const string VersionProperty = "VaDrafting.Version";
    public const string SymbolProperty = DocxImporter.SymbolProperty;

    private const string DefaultLanguage = "en-GB";

    /// <summary>
    /// Writes <paramref name="document"/> to <paramref name="output"/>. Throws <see cref="ArgumentException"/> when a
    /// footnote reference points to a footnote the document does not have.
    /// </summary>
    public static void Write(DraftDocument document, DocumentMeta meta, Stream output, DocxWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        if (!output.CanWrite) throw new ArgumentException("The output stream must be writable.", nameof(output));

        var footnotes = FootnoteOrder.Of(document);
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            Compose(word, document, meta, options, footnotes);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Compose(WordprocessingDocument word, DraftDocument document, DocumentMeta meta, DocxWriteOptions options, FootnoteOrder footnotes)
    {
        var language = meta.Languages.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim() ?? DefaultLanguage;
        var main = word.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyleSheet.Create(language);
        main.AddNewPart<DocumentSettingsPart>().Settings = WordSettings.Create(hasFootnotes: footnotes.Notes.Count > 0);

        var ids = new MarkupIds();
        var lists = new ListNumbering();
        var footerId = PageFooter.Add(main, ids, options.Symbol ?? meta.Symbol);
        var front = new FrontMatter(ids).Write(meta, options, document.Blocks).ToList();
        var body = new BodyWriter(new RunWriter(main, footnotes, ids, writesNoteReferences: true), lists, ids)
            .Write(document.Blocks, meta.Title, front, footerId);
        var root = new Document(body);
        WordNamespaces.Declare(root);
        main.Document = root;

        main.AddNewPart<NumberingDefinitionsPart>().Numbering = lists.ToNumbering();
        if (footnotes.Notes.Count > 0) FootnotesWriter.Write(main, footnotes, ids);

        DocumentProperties.Write(word, meta.Title, language,
        [
            (DocumentIdProperty, options.DocumentId),
            (VersionProperty, options.Version),
            (SymbolProperty, options.Symbol ?? meta.Symbol),
        ]);
    }
}
