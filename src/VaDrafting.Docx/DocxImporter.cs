using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using VaDrafting.Docx.Reading;
using VaDrafting.Docx.Packaging;

namespace VaDrafting.Docx;

/// <summary>Reads a Word (.docx) file into the document model, after <see cref="DocxPackageGuard"/> has accepted it.</summary>
public static class DocxImporter
{
    public const string SymbolProperty = "VaDrafting.Symbol";

    /// <summary>
    /// Imports <paramref name="docx"/>. Throws <see cref="DocxRejectedException"/> when the file is refused by
    /// the guard or turns out to be malformed while it is read. Reads from the stream's current position.
    /// </summary>
    public static DocxImportResult Import(Stream docx, DocxLimits limits)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(limits);
        limits.EnsureValid();

        var package = PackageBuffer.Seekable(docx, limits, out var owned);
        try
        {
            DocxPackageGuard.CheckSeekable(package, limits);
            package.Position = 0;
            return Read(package, limits);
        }
        catch (Exception e) when (IsMalformedFile(e))
        {
            throw new DocxRejectedException(Rejections.Damaged);
        }
        finally
        {
            if (owned) package.Dispose();
        }
    }

    private static DocxImportResult Read(Stream package, DocxLimits limits)
    {
        var settings = new OpenSettings
        {
            AutoSave = false,
            MaxCharactersInPart = limits.MaxEntryUncompressedBytes,
        };
        using var word = WordprocessingDocument.Open(package, isEditable: false, settings);
        var main = word.MainDocumentPart ?? throw new DocxRejectedException(Rejections.NotWord);

        var log = new ImportLog();
        var ids = new IdAllocator();
        var styles = new StyleCatalog(main.StyleDefinitionsPart?.Styles ?? main.StylesWithEffectsPart?.Styles);
        var numbering = new NumberingCatalog(main.NumberingDefinitionsPart?.Numbering, id => styles.Paragraph(id).NumberingId);
        var notes = new NoteCatalog(main, styles, log, ids);
        var body = new BodyReader(main, styles, numbering, log, ids, notes);

        StreamBody(main, body);
        log.Comments = main.WordprocessingCommentsPart?.Comments?.Elements<Comment>().Count() ?? 0;

        var document = new DraftDocument([.. body.Blocks], [.. notes.Footnotes]);
        var meta = ReadMeta(word, body.DocumentTitle, styles.Language);
        return new DocxImportResult(document, meta, log.ToReport(document.Blocks.Count, document.Footnotes.Count));
    }

    /// <summary>Hands the body's top-level elements to the reader one by one instead of loading the whole part.</summary>
    private static void StreamBody(MainDocumentPart main, BodyReader body)
    {
        const int BodyChildDepth = 2;
        using var reader = OpenXmlReader.Create(main);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.Depth == BodyChildDepth && reader.LoadCurrentElement() is { } element)
                body.Read(element);
        }
    }

    private static DocumentMeta? ReadMeta(WordprocessingDocument word, string? titleParagraph, string? language)
    {
        var title = FirstNonBlank(titleParagraph, word.PackageProperties.Title);
        var symbol = FirstNonBlank(CustomProperty(word, SymbolProperty));
        if (title is null && symbol is null) return null;
        var languages = PrimaryLanguage(language) is { } primary ? new[] { primary } : [];
        return new DocumentMeta(title ?? "", symbol, languages);
    }

    internal static string? CustomProperty(WordprocessingDocument word, string name)
    {
        var properties = word.CustomFilePropertiesPart?.Properties;
        if (properties is null) return null;
        foreach (var property in properties.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>())
        {
            if (property.Name?.Value == name) return property.InnerText;
        }
        return null;
    }

    /// <summary>"en-GB" → "en".</summary>
    private static string? PrimaryLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var primary = tag.Split('-', 2)[0].Trim().ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static string? FirstNonBlank(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    /// <summary>
    /// Whether an exception means the file cannot be read: parser and zip errors anywhere, and the state,
    /// argument and format errors System.IO.Packaging and the OpenXml SDK raise on inconsistent packages (a
    /// relationship to a missing part, a bad part name, an attribute value outside its enumeration). The same
    /// error types from this library's own code still surface.
    /// </summary>
    private static bool IsMalformedFile(Exception e) =>
        e is OpenXmlPackageException or XmlException or InvalidDataException or FileFormatException or UriFormatException
        || (e is InvalidOperationException or ArgumentException or NotSupportedException or IOException or FormatException && ThrownByWordLibraries(e));

    /// <summary>True when the innermost frame outside the base class library belongs to System.IO.Packaging or the OpenXml SDK.</summary>
    private static bool ThrownByWordLibraries(Exception e)
    {
        foreach (var frame in new System.Diagnostics.StackTrace(e).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly.GetName().Name;
            if (assembly is null) continue;
            if (assembly == "System.IO.Packaging" || assembly.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal)) return true;
            if (assembly.StartsWith("System.", StringComparison.Ordinal) || assembly == "netstandard") continue;
            return false;
        }
        return false;
    }
}
