using VaDrafting.Core.Model;

namespace VaDrafting.Docx;

/// <summary>Content that was not imported as text, e.g. an image that became a placeholder.</summary>
/// <param name="Kind">The placeholder kind: image, textbox, chart, object, equation, field.</param>
/// <param name="Description">What it was (alt text, title, the equation's text, …).</param>
/// <param name="BlockId">The block that stands for it or holds it (a placeholder, or the table with the cell); null when none.</param>
public sealed record ImportIssue(string Kind, string Description, string? BlockId);

/// <summary>What an import produced and what a person should check.</summary>
public sealed record ImportReport(int BlockCount, int FootnoteCount, IReadOnlyList<ImportIssue> Unsupported, IReadOnlyList<string> Warnings)
{
    public bool Equals(ImportReport? other) =>
        other is not null && BlockCount == other.BlockCount && FootnoteCount == other.FootnoteCount
        && Unsupported.SequenceEqual(other.Unsupported) && Warnings.SequenceEqual(other.Warnings);

    public override int GetHashCode() => HashCode.Combine(BlockCount, FootnoteCount, Unsupported.Count, Warnings.Count);
}

/// <summary>The imported document, the metadata found in the file (title, symbol) if any, and the report.</summary>
public sealed record DocxImportResult(DraftDocument Document, DocumentMeta? Meta, ImportReport Report);
