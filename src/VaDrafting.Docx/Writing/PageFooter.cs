using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace VaDrafting.Docx.Writing;

/// <summary>The footer of every page: the symbol at the left and "Page X of Y" at the right, from PAGE and NUMPAGES fields.</summary>
internal static class PageFooter
{
    /// <summary>Adds the footer part and returns the relationship id the section properties refer to.</summary>
    public static string Add(MainDocumentPart main, MarkupIds ids, string? symbol)
    {
        var part = main.AddNewPart<FooterPart>();
        var paragraph = ids.NewParagraph();
        paragraph.AppendChild(new ParagraphProperties(new ParagraphStyleId { Val = WordStyleIds.Footer }));
        if (!string.IsNullOrWhiteSpace(symbol)) paragraph.AppendChild(Text(symbol.Trim()));
        paragraph.AppendChild(new Run(new TabChar()));
        paragraph.AppendChild(new Run(new TabChar()));
        paragraph.AppendChild(Text("Page "));
        paragraph.AppendChild(Field("PAGE", "1"));
        paragraph.AppendChild(Text(" of "));
        paragraph.AppendChild(Field("NUMPAGES", "1"));
        var footer = new Footer(paragraph);
        WordNamespaces.Declare(footer);
        part.Footer = footer;
        return main.GetIdOfPart(part);
    }

    private static Run Text(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static SimpleField Field(string instruction, string shown) =>
        new(new Run(new Text(shown))) { Instruction = $" {instruction} \\* MERGEFORMAT " };
}
