using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Model;

namespace VaDrafting.Bench.Consultation;

/// <summary>What <see cref="VersionEditor.Revise"/> changed.</summary>
internal sealed record Revision(DraftDocument Document, int EditedBlocks, int Edits, int EditsInsideQuotes, int DeletedBlocks, int MovedBlocks);

/// <summary>
/// A plausible next version, the same for the same seed: 5% of the prose blocks get one to three word insertions or
/// deletions (half of them inside a commented passage), a few blocks are deleted and a few moved elsewhere.
/// </summary>
internal sealed class VersionEditor(int seed)
{
    private const double EditedShare = 0.05;
    private const int Deletions = 4;
    private const int Moves = 4;
    private static readonly string[] Insertions = ["national", "effective", "relevant", "sustainable", "appropriate", "timely", "all"];

    private readonly Random _random = new(seed);

    public Revision Revise(DraftDocument document, IReadOnlyList<TextAnchor> anchors)
    {
        var blocks = document.Blocks.ToList();
        var anchorsByBlock = anchors.ToLookup(a => a.BlockId);
        var prose = Enumerable.Range(0, blocks.Count).Where(i => blocks[i] is ParagraphBlock or ListItemBlock or QuoteBlock).ToList();
        var edited = Shuffled(prose).Take((int)Math.Round(prose.Count * EditedShare)).ToList();
        int edits = 0, insideQuotes = 0;
        foreach (var index in edited)
        {
            var content = blocks[index].InlineContents().Single();
            var count = _random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                var blockAnchors = anchorsByBlock[blocks[index].Id].ToList();
                var insideQuote = blockAnchors.Count > 0 && _random.Next(2) == 0;
                var offset = insideQuote ? Middle(blockAnchors[_random.Next(blockAnchors.Count)]) : _random.Next(content.PlainText.Length);
                content = EditAt(content, offset);
                edits++;
                if (insideQuote) insideQuotes++;
            }
            blocks[index] = WithContent(blocks[index], content);
        }

        var deletable = Shuffled(prose.Except(edited).Where(i => !blocks[i].InlineContents().Single().OfType<FootnoteRefInline>().Any()))
            .Take(Deletions).Select(i => blocks[i].Id).ToHashSet();
        blocks.RemoveAll(b => deletable.Contains(b.Id));
        for (var i = 0; i < Moves; i++)
        {
            var from = _random.Next(blocks.Count);
            var moving = blocks[from];
            blocks.RemoveAt(from);
            blocks.Insert(_random.Next(blocks.Count + 1), moving);
        }
        return new Revision(document with { Blocks = blocks }, edited.Count, edits, insideQuotes, deletable.Count, Moves);
    }

    private static int Middle(TextAnchor anchor) => (anchor.Start + anchor.End) / 2;

    /// <summary>Inserts a word near <paramref name="offset"/> of the plain text, or deletes the word there.</summary>
    private InlineContent EditAt(InlineContent content, int offset)
    {
        var items = content.ToList();
        var start = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var length = items[i] switch { TextInline text => text.Text.Length, LineBreakInline => 1, _ => 0 };
            if (items[i] is TextInline inline && offset >= start && offset < start + length)
            {
                items[i] = inline with { Text = EditText(inline.Text, offset - start) };
                return InlineContent.Of(items);
            }
            start += length;
        }
        return content;
    }

    private string EditText(string text, int at)
    {
        var words = ThreadGenerator.WordSpans(text);
        var word = words.FindIndex(w => w.End >= at);
        if (words.Count > 1 && word >= 0 && _random.Next(2) == 0)
        {
            var (start, end) = words[word];
            // Take the following space with the word, or the preceding one for the last word.
            return end < text.Length ? text.Remove(start, end + 1 - start) : text.Remove(start - 1, end - start + 1);
        }
        var space = text.IndexOf(' ', at);
        var inserted = Insertions[_random.Next(Insertions.Length)];
        return space < 0 ? text + " " + inserted : text.Insert(space, " " + inserted);
    }

    private static Block WithContent(Block block, InlineContent content) => block switch
    {
        ParagraphBlock paragraph => paragraph with { Content = content },
        ListItemBlock item => item with { Content = content },
        QuoteBlock quote => quote with { Content = content },
        _ => throw new ArgumentException($"Block '{block.Id}' is not prose.", nameof(block)),
    };

    private List<int> Shuffled(IEnumerable<int> indexes)
    {
        var list = indexes.ToList();
        _random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}
