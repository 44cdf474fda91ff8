using VaDrafting.Core.Model;

namespace VaDrafting.Core.Redlines;

/// <summary>
/// Builds the redline between two versions of a document: blocks aligned by id (moves from the id order), words diffed
/// inside each changed block. Numbers of numbered list items come from their position, so they never show as changes.
/// </summary>
public static class RedlineBuilder
{
    public static Redline Build(DraftDocument from, DraftDocument to, RedlineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var max = (options ?? RedlineOptions.Default).MaxTokensPerBlock;
        if (max < 0) throw new ArgumentOutOfRangeException(nameof(options), "MaxTokensPerBlock cannot be negative.");
        return Build(from, to, new BlockRedliner(max, null), (_, _) => null);
    }

    internal static Redline Build(DraftDocument from, DraftDocument to, BlockRedliner redliner, Func<string, BlockChange, RevisionStamp?> blockStamp)
    {
        var oldSections = Sections.Of(from.Blocks);
        var newSections = Sections.Of(to.Blocks);
        var blocks = new List<RedlineBlock>(Math.Max(from.Blocks.Count, to.Blocks.Count));
        foreach (var aligned in IdAlignment.Align(from.Blocks.Select(b => b.Id).ToList(), to.Blocks.Select(b => b.Id).ToList(), "block"))
        {
            var old = aligned.OldIndex >= 0 ? from.Blocks[aligned.OldIndex] : null;
            var @new = aligned.NewIndex >= 0 ? to.Blocks[aligned.NewIndex] : null;
            var section = aligned.Change is BlockChange.Deleted or BlockChange.MovedAway ? oldSections[aligned.OldIndex] : newSections[aligned.NewIndex];
            var id = (old ?? @new)!.Id;
            var block = redliner.Redline(id, aligned.Change, old, @new, section, null);
            blocks.Add(block.Change == BlockChange.Unchanged ? block : block with { By = blockStamp(id, block.Change) });
        }

        var footnotes = new List<RedlineFootnote>(Math.Max(from.Footnotes.Count, to.Footnotes.Count));
        foreach (var aligned in IdAlignment.Align(from.Footnotes.Select(f => f.Id).ToList(), to.Footnotes.Select(f => f.Id).ToList(), "footnote"))
        {
            var old = aligned.OldIndex >= 0 ? from.Footnotes[aligned.OldIndex] : null;
            var @new = aligned.NewIndex >= 0 ? to.Footnotes[aligned.NewIndex] : null;
            footnotes.Add(redliner.Footnote((old ?? @new)!.Id, aligned.Change, old, @new));
        }
        return new Redline(blocks, footnotes);
    }

    /// <summary>For each block, the id of the heading whose section it is in (a heading's own id); null before the first heading.</summary>
    private static class Sections
    {
        public static string?[] Of(IReadOnlyList<Block> blocks)
        {
            var sections = new string?[blocks.Count];
            string? current = null;
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is HeadingBlock) current = blocks[i].Id;
                sections[i] = current;
            }
            return sections;
        }
    }
}
