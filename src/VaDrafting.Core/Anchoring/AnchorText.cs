using VaDrafting.Core.Model;

namespace VaDrafting.Core.Anchoring;

/// <summary>
/// The plain text that anchors address inside a block. Offsets are UTF-16 code units of this text.
/// Heading, paragraph, list item and quote: <see cref="InlineContent.PlainText"/> (line breaks are '\n',
/// footnote references take no room). Table: the header row, then each body row, rows joined by '\n' and
/// cells of a row joined by '\t'. Placeholder: its description.
/// </summary>
public static class AnchorText
{
    public const char CellSeparator = '\t';
    public const char RowSeparator = '\n';

    public static string Of(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block switch
        {
            TableBlock table => string.Join(RowSeparator,
                table.Rows.Prepend(table.Header).Select(row => string.Join(CellSeparator, row.Cells.Select(cell => cell.PlainText)))),
            PlaceholderBlock placeholder => placeholder.Description,
            _ => block.InlineContents().FirstOrDefault()?.PlainText ?? "",
        };
    }

    /// <summary>True when <paramref name="offset"/> does not fall between the two halves of a surrogate pair.</summary>
    internal static bool IsBoundary(string text, int offset) =>
        offset <= 0 || offset >= text.Length || !(char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]));
}
