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

    public static string Heading(int level) => "Heading" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
