using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace VaDrafting.Docx.Tests.Fixtures;

/// <summary>Builds small .docx files in memory from WordprocessingML snippets, the way Word, LibreOffice or Google Docs would write them.</summary>
internal static class WordFixture
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" " +
        "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" " +
        "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";

    public sealed record Parts
    {
        public string? Styles { get; init; }
        public string? Numbering { get; init; }
        public string? Footnotes { get; init; }
        public string? Endnotes { get; init; }
        public string? Comments { get; init; }
        public IReadOnlyDictionary<string, string> Hyperlinks { get; init; } = new Dictionary<string, string>();
        public string? CoreTitle { get; init; }
        public IReadOnlyDictionary<string, string> CustomProperties { get; init; } = new Dictionary<string, string>();
    }

    public static byte[] Create(string bodyXml, Parts? parts = null)
    {
        parts ??= new Parts();
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document($"<w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>");
            if (parts.Styles is not null)
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"<w:styles {Namespaces}>{parts.Styles}</w:styles>");
            if (parts.Numbering is not null)
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering($"<w:numbering {Namespaces}>{parts.Numbering}</w:numbering>");
            if (parts.Footnotes is not null)
            {
                var footnotes = main.AddNewPart<FootnotesPart>();
                footnotes.Footnotes = new Footnotes($"<w:footnotes {Namespaces}>{parts.Footnotes}</w:footnotes>");
                foreach (var (id, url) in parts.Hyperlinks) footnotes.AddHyperlinkRelationship(new Uri(url, UriKind.RelativeOrAbsolute), true, id);
            }
            if (parts.Endnotes is not null)
                main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes($"<w:endnotes {Namespaces}>{parts.Endnotes}</w:endnotes>");
            if (parts.Comments is not null)
                main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments($"<w:comments {Namespaces}>{parts.Comments}</w:comments>");
            foreach (var (id, url) in parts.Hyperlinks) main.AddHyperlinkRelationship(new Uri(url, UriKind.RelativeOrAbsolute), true, id);
            if (parts.CoreTitle is not null) document.PackageProperties.Title = parts.CoreTitle;
            if (parts.CustomProperties.Count > 0) AddCustomProperties(document, parts.CustomProperties);
        }
        return stream.ToArray();
    }

    public static DocxImportResult Import(byte[] docx, DocxLimits? limits = null) =>
        DocxImporter.Import(new MemoryStream(docx, writable: false), limits ?? DocxLimits.Default);

    public static DocxImportResult Import(string bodyXml, Parts? parts = null) => Import(Create(bodyXml, parts));

    /// <summary>A paragraph with one plain run, optionally styled.</summary>
    public static string P(string text, string? style = null) =>
        $"<w:p>{(style is null ? "" : $"<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>")}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    public static string Style(string id, string name, string type = "paragraph", string? basedOn = null, string inner = "") =>
        $"<w:style w:type=\"{type}\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>{(basedOn is null ? "" : $"<w:basedOn w:val=\"{basedOn}\"/>")}{inner}</w:style>";

    private static void AddCustomProperties(WordprocessingDocument document, IReadOnlyDictionary<string, string> properties)
    {
        var part = document.AddCustomFilePropertiesPart();
        var root = new DocumentFormat.OpenXml.CustomProperties.Properties();
        var pid = 2;
        foreach (var (name, value) in properties)
        {
            root.AppendChild(new DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty(
                new DocumentFormat.OpenXml.VariantTypes.VTLPWSTR(value))
            {
                FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}",
                PropertyId = pid++,
                Name = name,
            });
        }
        part.Properties = root;
    }
}
