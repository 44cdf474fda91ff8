namespace VaDrafting.Core.Model;

/// <summary>A block of the document with a stable id that survives edits, moves and Word round trips.</summary>
public abstract record Block(string Id);

/// <summary>A heading of level 1–6.</summary>
public sealed record HeadingBlock(string Id, int Level, InlineContent Content) : Block(Id);

/// <summary>An ordinary paragraph.</summary>
public sealed record ParagraphBlock(string Id, InlineContent Content) : Block(Id);

public enum ListKind
{
    Bulleted,
    Numbered,
}

/// <summary>One item of a bulleted or numbered list; <see cref="Level"/> is the nesting depth, 0 for the outermost.</summary>
public sealed record ListItemBlock(string Id, ListKind Kind, int Level, InlineContent Content) : Block(Id);

/// <summary>A quoted passage.</summary>
public sealed record QuoteBlock(string Id, InlineContent Content) : Block(Id);

/// <summary>One row of a table, with its own stable id; every cell is inline content.</summary>
public sealed record TableRow(string Id, IReadOnlyList<InlineContent> Cells)
{
    public bool Equals(TableRow? other) =>
        other is not null && Id == other.Id && Cells.SequenceEqual(other.Cells);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        foreach (var cell in Cells) hash.Add(cell);
        return hash.ToHashCode();
    }
}

/// <summary>
/// A table. <see cref="Header"/> is its first row, which carries the table's own id
/// (<c>Header.Id == Id</c>); <see cref="Rows"/> are the body rows, each with its own id.
/// </summary>
public sealed record TableBlock(string Id, TableRow Header, IReadOnlyList<TableRow> Rows) : Block(Id)
{
    public bool Equals(TableBlock? other) =>
        other is not null && Id == other.Id && Header.Equals(other.Header) && Rows.SequenceEqual(other.Rows);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Header);
        foreach (var row in Rows) hash.Add(row);
        return hash.ToHashCode();
    }
}

/// <summary>
/// Content that could not be imported as text (an image, a text box, a field, an embedded object):
/// kept as a visible placeholder so nothing is silently dropped. <see cref="Kind"/> is a short
/// lowercase word ("image", "textbox", "field", "object", "chart", "equation"),
/// <see cref="Description"/> what a reader should know about it (alt text, field code, …).
/// </summary>
public sealed record PlaceholderBlock(string Id, string Kind, string Description) : Block(Id);

/// <summary>A footnote, referenced from inline content by <see cref="FootnoteRefInline"/>.</summary>
public sealed record Footnote(string Id, InlineContent Content);
