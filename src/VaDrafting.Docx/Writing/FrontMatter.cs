using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;

namespace VaDrafting.Docx.Writing;

/// <summary>
/// What comes between the title and the text: the cover lines (symbol, version, date, "Submitted by …") and, when asked
/// for, a table of contents. The contents is a Word TOC field over headings 1–3 inside a contents control tagged
/// <see cref="WordStyleIds.ContentsTag"/>; its shown result already lists the headings as links to their blocks, so the file
/// reads well before anyone updates the field (Word adds the page numbers on update).
/// </summary>
internal sealed class FrontMatter(MarkupIds ids)
{
    private const int ContentsLevels = 3;

    public IEnumerable<OpenXmlElement> Write(DocumentMeta meta, DocxWriteOptions options, IReadOnlyList<Block> blocks)
    {
        foreach (var line in CoverLines(meta, options)) yield return Line(WordStyleIds.Cover, new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve }));
        if (options.TableOfContents) yield return Contents(blocks);
    }

    private static IEnumerable<string> CoverLines(DocumentMeta meta, DocxWriteOptions options)
    {
        var symbol = options.Symbol ?? meta.Symbol;
        if (!string.IsNullOrWhiteSpace(symbol)) yield return symbol.Trim();
        if (!string.IsNullOrWhiteSpace(options.VersionLabel)) yield return "Version: " + options.VersionLabel.Trim();
        if (options.Date is { } date) yield return date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        if (!string.IsNullOrWhiteSpace(options.SubmittedBy)) yield return "Submitted by " + options.SubmittedBy.Trim();
    }

    private SdtBlock Contents(IReadOnlyList<Block> blocks)
    {
        var headings = blocks.OfType<HeadingBlock>().Where(h => h.Level <= ContentsLevels && BlockIds.IsValid(h.Id)).ToList();
        var content = new SdtContentBlock(Line(WordStyleIds.ContentsHeading, new Run(new Text("Contents"))));
        if (headings.Count == 0)
        {
            content.AppendChild(FieldParagraph(WordStyleIds.ContentsEntry(1), [new Run(new Text("Update the field to list the headings."))], begins: true, ends: true));
        }
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var link = new Hyperlink(new Run(new Text(heading.Content.PlainText.ReplaceLineEndings(" ")) { Space = SpaceProcessingModeValues.Preserve }))
            {
                Anchor = IdBookmarks.BookmarkName(heading.Id),
                History = true,
            };
            content.AppendChild(FieldParagraph(WordStyleIds.ContentsEntry(heading.Level), [link], begins: i == 0, ends: i == headings.Count - 1));
        }
        return new SdtBlock(
            new SdtProperties(
                new Tag { Val = WordStyleIds.ContentsTag },
                new SdtContentDocPartObject(new DocPartGallery { Val = "Table of Contents" }, new DocPartUnique())),
            content);
    }

    /// <summary>A contents entry; the first opens the TOC field and the last closes it, so the entries are its shown result.</summary>
    private Paragraph FieldParagraph(string styleId, IEnumerable<OpenXmlElement> entry, bool begins, bool ends)
    {
        var paragraph = Line(styleId);
        if (begins)
        {
            paragraph.AppendChild(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
            paragraph.AppendChild(new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }));
            paragraph.AppendChild(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        }
        foreach (var element in entry) paragraph.AppendChild(element);
        if (ends) paragraph.AppendChild(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        return paragraph;
    }

    private Paragraph Line(string styleId, params OpenXmlElement[] content)
    {
        var paragraph = ids.NewParagraph();
        paragraph.AppendChild(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        foreach (var element in content) paragraph.AppendChild(element);
        return paragraph;
    }
}
