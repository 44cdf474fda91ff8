using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;

namespace VaDrafting.Bench.Redline;

/// <summary>
/// A chain of versions made by several authors from one document, the same for the same seed: each version edits words
/// of some prose blocks (replacing, inserting and deleting words, bolding one), and the chain as a whole also inserts,
/// deletes and moves a few blocks. <see cref="Histories"/> gives each block's versions as the storage index would.
/// </summary>
internal sealed class VersionChain(int seed)
{
    private static readonly string[] NewWords =
    [
        "national", "inclusive", "timely", "sustained", "community-based", "accessible", "gender-sensitive", "regional",
        "coordinated", "survivor-led", "long-term", "evidence-based",
    ];

    private readonly Random _random = new(seed);
    private int _fresh;

    public sealed record Chain(DraftDocument From, IReadOnlyList<(RevisionStamp Stamp, DraftDocument Document)> Versions, int EditedBlocks, int WordEdits)
    {
        public DraftDocument To => Versions[^1].Document;

        public RevisionStamp ToStamp => Versions[^1].Stamp;
    }

    /// <param name="share">The share of the prose blocks edited over the whole chain (0.05 for 5%, 1 for all).</param>
    /// <param name="rewrite">Replace the whole text of each edited block instead of editing some of its words.</param>
    public Chain Make(DraftDocument from, int authors, double share, bool rewrite, RevisionStamp fromStamp)
    {
        var prose = from.Blocks.Select((b, i) => (b, i)).Where(x => x.b is ParagraphBlock or ListItemBlock or QuoteBlock).Select(x => x.b.Id).ToList();
        var chosen = prose.OrderBy(_ => _random.Next()).Take((int)Math.Round(prose.Count * share)).ToList();
        var versions = new List<(RevisionStamp, DraftDocument)>();
        var current = from;
        var wordEdits = 0;
        for (var a = 0; a < authors; a++)
        {
            var stamp = new RevisionStamp($"commit{a + 1:D2}", $"author{a + 1}", $"Author {a + 1}", $"Organisation {a + 1}",
                fromStamp.When.AddDays(a + 1), $"Revision {a + 1}");
            var mine = chosen.Where((_, k) => k % authors == a).ToHashSet();
            var blocks = current.Blocks.Select(b => mine.Contains(b.Id) ? Edit(b, rewrite, ref wordEdits) : b).ToList();
            if (share < 1) Restructure(blocks);
            current = new DraftDocument(blocks, current.Footnotes);
            versions.Add((stamp, current));
        }
        return new Chain(from, versions, chosen.Count, wordEdits);
    }

    /// <summary>Each version also inserts a paragraph, deletes one and moves one.</summary>
    private void Restructure(List<Block> blocks)
    {
        blocks.Insert(_random.Next(blocks.Count), new ParagraphBlock($"new{++_fresh:D3}", InlineContent.FromText("States Parties should publish their plans in accessible formats.")));
        blocks.RemoveAt(_random.Next(blocks.Count));
        var moved = blocks[_random.Next(blocks.Count)];
        blocks.Remove(moved);
        blocks.Insert(_random.Next(blocks.Count), moved);
    }

    private Block Edit(Block block, bool rewrite, ref int wordEdits)
    {
        var content = block switch
        {
            ParagraphBlock p => p.Content,
            ListItemBlock l => l.Content,
            QuoteBlock q => q.Content,
            _ => throw new InvalidOperationException("only prose is edited"),
        };
        var edited = rewrite ? Rewrite(content) : EditWords(content, ref wordEdits);
        return block switch
        {
            ParagraphBlock p => p with { Content = edited },
            ListItemBlock l => l with { Content = edited },
            QuoteBlock q => q with { Content = edited },
            _ => block,
        };
    }

    private InlineContent EditWords(InlineContent content, ref int wordEdits)
    {
        var inlines = content.ToList();
        var edits = _random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var runs = Enumerable.Range(0, inlines.Count).Where(k => inlines[k] is TextInline { Text.Length: > 12 }).ToList();
            if (runs.Count == 0) break;
            var k = runs[_random.Next(runs.Count)];
            var run = (TextInline)inlines[k];
            var words = run.Text.Split(' ').ToList();
            var at = _random.Next(words.Count);
            switch (_random.Next(4))
            {
                case 0: words.Insert(at, NewWords[_random.Next(NewWords.Length)]); break;
                case 1 when words.Count > 2: words.RemoveAt(at); break;
                case 2: words[at] = NewWords[_random.Next(NewWords.Length)]; break;
                default:
                    inlines[k] = run with { Marks = run.Marks ^ TextMarks.Bold };
                    wordEdits++;
                    continue;
            }
            inlines[k] = run with { Text = string.Join(' ', words) };
            wordEdits++;
        }
        return InlineContent.Of(inlines);
    }

    /// <summary>New prose of about the same length from other words, so hardly anything matches.</summary>
    private InlineContent Rewrite(InlineContent content)
    {
        var length = content.PlainText.Split(' ').Length;
        var words = Enumerable.Range(0, length).Select(_ => NewWords[_random.Next(NewWords.Length)] + (_random.Next(8) == 0 ? "," : ""));
        return InlineContent.FromText(string.Join(' ', words) + ".");
    }

    /// <summary>For every block and footnote the chain changed, its versions as the storage index returns them.</summary>
    public static Dictionary<string, BlockHistory> Histories(Chain chain, RevisionStamp fromStamp)
    {
        var all = new List<(RevisionStamp Stamp, DraftDocument Document)> { (fromStamp, chain.From) };
        all.AddRange(chain.Versions);
        var maps = all.Select(v => v.Document.Blocks.ToDictionary(b => b.Id)).ToList();
        var histories = new Dictionary<string, BlockHistory>(StringComparer.Ordinal);
        foreach (var id in maps.SelectMany(m => m.Keys).Distinct())
        {
            var versions = new List<BlockVersion>();
            for (var v = 0; v < all.Count; v++)
            {
                var block = maps[v].GetValueOrDefault(id);
                if (versions.Count == 0 || !Equals(versions[^1].Block, block)) versions.Add(new BlockVersion(all[v].Stamp, block));
            }
            if (versions.Count > 1) histories[id] = new BlockHistory(id, versions);
        }
        return histories;
    }
}
