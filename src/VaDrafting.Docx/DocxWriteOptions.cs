namespace VaDrafting.Docx;

/// <summary>
/// What an export records about its origin, as custom document properties: the document's id, the version (commit or
/// tag) it was exported from, and its official symbol (defaults to the metadata's symbol). The cover block under the
/// title shows the symbol, <see cref="VersionLabel"/>, <see cref="Date"/> and "Submitted by <see cref="SubmittedBy"/>" when
/// given; <see cref="TableOfContents"/> adds a contents list of the headings of levels 1 to 3 (a Word TOC field).
/// </summary>
public sealed record DocxWriteOptions(
    string? DocumentId = null,
    string? Version = null,
    string? Symbol = null,
    DateOnly? Date = null,
    string? SubmittedBy = null,
    bool TableOfContents = false,
    string? VersionLabel = null)
{
    public static DocxWriteOptions Default { get; } = new();
}
