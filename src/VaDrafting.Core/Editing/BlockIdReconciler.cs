using VaDrafting.Core.Model;

namespace VaDrafting.Core.Editing;

/// <summary>
/// Keeps block ids stable when a new version arrives from a file that lost them (a Word copy without our
/// bookmarks): a new block whose id the previous version does not know takes over the id of a previous
/// block with exactly the same content that nothing else claimed. Blocks are matched in document order.
/// </summary>
public static class BlockIdReconciler
{
    public static DraftDocument Reconcile(DraftDocument previous, DraftDocument incoming)
    {
        var incomingIds = incoming.Blocks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var unclaimed = new Dictionary<string, Queue<Block>>(StringComparer.Ordinal);
        foreach (var block in previous.Blocks.Where(b => !incomingIds.Contains(b.Id)))
        {
            var key = ContentKey(block);
            if (!unclaimed.TryGetValue(key, out var queue)) unclaimed[key] = queue = new Queue<Block>();
            queue.Enqueue(block);
        }

        var previousIds = previous.Blocks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var blocks = incoming.Blocks.Select(block =>
        {
            if (previousIds.Contains(block.Id)) return block;
            if (!unclaimed.TryGetValue(ContentKey(block), out var candidates) || candidates.Count == 0) return block;
            return WithId(block, candidates.Dequeue().Id);
        }).ToList();

        return incoming with { Blocks = blocks };
    }

    private static string ContentKey(Block block) => block switch
    {
        HeadingBlock h => $"h{h.Level}:{h.Content.PlainText}",
        ParagraphBlock p => $"p:{p.Content.PlainText}",
        ListItemBlock l => $"l{l.Kind}{l.Level}:{l.Content.PlainText}",
        QuoteBlock q => $"q:{q.Content.PlainText}",
        TableBlock t => "t:" + string.Join("\u001f", t.Header.Cells.Select(c => c.PlainText)),
        PlaceholderBlock x => $"x{x.Kind}:{x.Description}",
        _ => block.GetType().Name,
    };

    private static Block WithId(Block block, string id) => block switch
    {
        TableBlock t => t with { Id = id, Header = t.Header with { Id = id } },
        _ => block with { Id = id },
    };
}
