namespace VaDrafting.Core.Model;

public static class BlockText
{
    /// <summary>Every piece of inline content of a block, in reading order (a table: header cells, then each row's cells).</summary>
    public static IEnumerable<InlineContent> InlineContents(this Block block) => block switch
    {
        HeadingBlock heading => [heading.Content],
        ParagraphBlock paragraph => [paragraph.Content],
        ListItemBlock item => [item.Content],
        QuoteBlock quote => [quote.Content],
        TableBlock table => table.Rows.Prepend(table.Header).SelectMany(row => row.Cells),
        _ => [],
    };
}
