using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Collaboration;

/// <summary>
/// Edits of one block of a <see cref="DraftDocument"/>. Each returns a new, valid document in which every other
/// block keeps its id and place; new blocks get fresh ids from <see cref="BlockIds"/>. Footnotes are left as they
/// are (one no longer referenced stays in the document and is left out of exports). Bad input throws
/// <see cref="BlockEditException"/> (or <see cref="ArgumentException"/> for a document that was already invalid).
/// <para>Text blocks are headings, paragraphs, list items and quotes: the blocks with one inline content.</para>
/// </summary>
public static class BlockEdits
{
    /// <summary>The text block <paramref name="blockId"/> with <paramref name="content"/> instead of its content.</summary>
    public static DraftDocument ReplaceContent(DraftDocument document, string blockId, InlineContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (blocks, index) = Locate(document, blockId);
        blocks[index] = WithContent(blocks[index], content, "have its text replaced");
        return Checked(document with { Blocks = blocks }, $"replacing the text of block '{blockId}'");
    }

    /// <summary>
    /// <paramref name="block"/> inserted after <paramref name="afterBlockId"/>, or first when it is null. The inserted
    /// block gets a fresh id whatever its own (a table: a fresh id for itself and for each of its rows); it is found
    /// right after <paramref name="afterBlockId"/> in the result.
    /// </summary>
    public static DraftDocument InsertAfter(DraftDocument document, string? afterBlockId, Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var (blocks, index) = afterBlockId is null ? (Blocks(document), -1) : Locate(document, afterBlockId);
        blocks.Insert(index + 1, WithFreshIds(block, TakenIds(document)));
        return Checked(document with { Blocks = blocks }, "inserting a block");
    }

    /// <summary>The document without block <paramref name="blockId"/>.</summary>
    public static DraftDocument Delete(DraftDocument document, string blockId)
    {
        var (blocks, index) = Locate(document, blockId);
        blocks.RemoveAt(index);
        return document with { Blocks = blocks };
    }

    /// <summary>Block <paramref name="blockId"/> moved after <paramref name="afterBlockId"/>, or to the start when it is null.</summary>
    public static DraftDocument Move(DraftDocument document, string blockId, string? afterBlockId)
    {
        var (blocks, index) = Locate(document, blockId);
        if (afterBlockId == blockId) throw new BlockEditException($"Block '{blockId}' cannot be moved after itself.");
        if (afterBlockId is not null) Locate(document, afterBlockId);
        var moved = blocks[index];
        blocks.RemoveAt(index);
        var target = afterBlockId is null ? 0 : blocks.FindIndex(b => b.Id == afterBlockId) + 1;
        blocks.Insert(target, moved);
        return document with { Blocks = blocks };
    }

    /// <summary>
    /// The text block <paramref name="blockId"/> cut in two at <paramref name="offset"/> of its <see cref="AnchorText"/>
    /// (0 to its length): the first part keeps the id, the second is a block of the same kind with a fresh id, right
    /// after it. Marks and links carry over to both parts; a footnote reference at the cut stays with the first part.
    /// </summary>
    public static DraftDocument Split(DraftDocument document, string blockId, int offset)
    {
        var (blocks, index) = Locate(document, blockId);
        var block = blocks[index];
        var content = ContentOf(block, "be split");
        var text = content.PlainText;
        if (offset < 0 || offset > text.Length)
            throw new BlockEditException($"Offset {offset} is outside the text of block '{blockId}', which has {text.Length} characters.");
        if (!AnchorText.IsBoundary(text, offset))
            throw new BlockEditException($"Offset {offset} of block '{blockId}' falls inside a character (between the halves of a surrogate pair).");
        var (first, second) = InlineSplit.At(content, offset);
        blocks[index] = WithContent(block, first, "be split");
        blocks.Insert(index + 1, WithContent(block, second, "be split") with { Id = BlockIds.New(TakenIds(document)) });
        return Checked(document with { Blocks = blocks }, $"splitting block '{blockId}'");
    }

    /// <summary>The text block <paramref name="blockId"/> followed by the text of the next block, which disappears; the kind and id of the first stay.</summary>
    public static DraftDocument MergeWithNext(DraftDocument document, string blockId)
    {
        var (blocks, index) = Locate(document, blockId);
        if (index + 1 == blocks.Count) throw new BlockEditException($"Block '{blockId}' is the last block; there is no next block to merge with it.");
        var block = blocks[index];
        var next = blocks[index + 1];
        var content = ContentOf(block, "be merged with the next block");
        var nextContent = ContentOf(next, "be merged into the block before it");
        blocks[index] = WithContent(block, InlineContent.Of(content.Concat(nextContent)), "be merged with the next block");
        blocks.RemoveAt(index + 1);
        return Checked(document with { Blocks = blocks }, $"merging block '{blockId}' with the next");
    }

    private static List<Block> Blocks(DraftDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentValidator.EnsureValid(document);
        return [.. document.Blocks];
    }

    private static (List<Block> Blocks, int Index) Locate(DraftDocument document, string blockId)
    {
        ArgumentNullException.ThrowIfNull(blockId);
        var blocks = Blocks(document);
        var index = blocks.FindIndex(b => b.Id == blockId);
        if (index < 0)
        {
            var isRow = document.Blocks.OfType<TableBlock>().Any(t => t.Rows.Any(r => r.Id == blockId));
            throw new BlockEditException(isRow
                ? $"'{blockId}' is a table row, not a block; edit the table it belongs to."
                : $"There is no block '{blockId}' in the document.");
        }
        return (blocks, index);
    }

    private static InlineContent ContentOf(Block block, string edit) => block switch
    {
        HeadingBlock heading => heading.Content,
        ParagraphBlock paragraph => paragraph.Content,
        ListItemBlock item => item.Content,
        QuoteBlock quote => quote.Content,
        _ => throw NotATextBlock(block, edit),
    };

    private static Block WithContent(Block block, InlineContent content, string edit) => block switch
    {
        HeadingBlock heading => heading with { Content = content },
        ParagraphBlock paragraph => paragraph with { Content = content },
        ListItemBlock item => item with { Content = content },
        QuoteBlock quote => quote with { Content = content },
        _ => throw NotATextBlock(block, edit),
    };

    private static BlockEditException NotATextBlock(Block block, string edit) =>
        new($"Block '{block.Id}' is {KindName(block)}, which cannot {edit}; only headings, paragraphs, list items and quotes can.");

    private static string KindName(Block block) => block switch
    {
        TableBlock => "a table",
        PlaceholderBlock placeholder => $"a placeholder ({placeholder.Kind})",
        _ => $"a {block.GetType().Name}",
    };

    private static HashSet<string> TakenIds(DraftDocument document)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Blocks)
        {
            taken.Add(block.Id);
            if (block is TableBlock table) taken.UnionWith(table.Rows.Select(r => r.Id));
        }
        taken.UnionWith(document.Footnotes.Select(f => f.Id));
        return taken;
    }

    private static Block WithFreshIds(Block block, HashSet<string> taken)
    {
        string Fresh()
        {
            var id = BlockIds.New(taken);
            taken.Add(id);
            return id;
        }

        if (block is not TableBlock table) return block with { Id = Fresh() };
        if (table.Header is null || table.Rows is null || table.Rows.Any(row => row is null))
            throw new BlockEditException("The table to insert lacks its header row or has a missing row.");
        var id = Fresh();
        return table with { Id = id, Header = table.Header with { Id = id }, Rows = table.Rows.Select(row => row with { Id = Fresh() }).ToList() };
    }

    private static DraftDocument Checked(DraftDocument result, string edit)
    {
        var problems = DocumentValidator.Validate(result);
        if (problems.Count > 0) throw new BlockEditException($"{Capitalised(edit)} would leave the document invalid: {string.Join("; ", problems.Take(5))}.");
        return result;
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
