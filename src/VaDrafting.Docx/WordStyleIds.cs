namespace VaDrafting.Docx;

/// <summary>Style ids shared by the writer and the importer.</summary>
internal static class WordStyleIds
{
    public const string Title = "Title";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string TableGrid = "TableGrid";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string Hyperlink = "Hyperlink";

    /// <summary>The italic paragraph style of placeholders ("[image: …]"), so that they come back as placeholders.</summary>
    public const string Placeholder = "VaPlaceholder";
    public const string PlaceholderName = "VA Placeholder";
    public const string PlaceholderNormalized = "vaplaceholder";

    /// <summary>The lines of the cover block under the title (symbol, version, date, submitter); the importer leaves them out.</summary>
    public const string Cover = "VaCover";
    public const string CoverName = "VA Cover";
    public const string CoverNormalized = "vacover";

    public const string ContentsHeading = "TOCHeading";
    public const string Footer = "Footer";

    /// <summary>The tag of the contents control an export writes, so that the importer knows it is ours and leaves it out.</summary>
    public const string ContentsTag = "va-contents";

    public static string ContentsEntry(int level) => "TOC" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Heading(int level) => "Heading" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
