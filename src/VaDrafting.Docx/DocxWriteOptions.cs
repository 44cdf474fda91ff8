namespace VaDrafting.Docx;

/// <summary>
/// What an export records about its origin, as custom document properties: the document's id, the version
/// (commit or tag) it was exported from, and its official symbol (defaults to the metadata's symbol).
/// </summary>
public sealed record DocxWriteOptions(string? DocumentId = null, string? Version = null, string? Symbol = null)
{
    public static DocxWriteOptions Default { get; } = new();
}
