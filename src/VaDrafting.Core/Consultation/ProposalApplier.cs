using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Consultation;

/// <summary>
/// Applies a <see cref="ProposedChange"/> to a document: the anchored range of the block's inline content is replaced
/// by the replacement text, everything else (block ids, marks and links of untouched text, footnote references,
/// line breaks outside the range) stays as it was.
/// <list type="bullet">
/// <item>The replacement takes the marks of the character just before the range (none at the start of the block
/// or after a line break), and that character's link only when the first character of the range is in the same
/// link, so text typed after a link does not join it.</item>
/// <item>A footnote reference at the start of the range stays before the replacement (it belongs to the preceding
/// word), one at the end stays after it, and one strictly inside the range is kept right after the replacement:
/// a proposal never drops a footnote.</item>
/// <item>In a table the range must lie inside one cell.</item>
/// </list>
/// </summary>
public static class ProposalApplier
{
    /// <summary>The document with <paramref name="change"/> applied where <paramref name="anchor"/> resolves in it.</summary>
    /// <exception cref="AnchorException">The anchor does not resolve <see cref="AnchorStatus.Exact"/> or <see cref="AnchorStatus.Moved"/> in <paramref name="document"/>.</exception>
    /// <exception cref="ConsultationException">The replacement breaks its rule, the block is a placeholder, or a table range spans several cells.</exception>
    public static DraftDocument Apply(DraftDocument document, TextAnchor anchor, ProposedChange change)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(change);
        ConsultationText.EnsureReplacement(change.Replacement);
        var resolution = AnchorResolver.Resolve(anchor, document);
        if (!resolution.IsCertain)
            throw new AnchorException($"The passage \"{Shorten(anchor.Exact)}\" of block '{anchor.BlockId}' is no longer in the text as quoted ({resolution.Status}); the proposal cannot be applied.");
        var target = resolution.Anchor!;
        var blocks = document.Blocks.Select(block => block.Id == target.BlockId ? Replace(block, target.Start, target.End, change.Replacement) : block).ToList();
        return document with { Blocks = blocks };
    }

    private static Block Replace(Block block, int start, int end, string replacement) => block switch
    {
        HeadingBlock heading => heading with { Content = Replace(heading.Content, start, end, replacement) },
        ParagraphBlock paragraph => paragraph with { Content = Replace(paragraph.Content, start, end, replacement) },
        ListItemBlock item => item with { Content = Replace(item.Content, start, end, replacement) },
        QuoteBlock quote => quote with { Content = Replace(quote.Content, start, end, replacement) },
        TableBlock table => ReplaceInTable(table, start, end, replacement),
        _ => throw new ConsultationException($"Block '{block.Id}' is a {block.GetType().Name}; a proposal can only change text."),
    };

    private static TableBlock ReplaceInTable(TableBlock table, int start, int end, string replacement)
    {
        var rows = table.Rows.Prepend(table.Header).ToList();
        var offset = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Cells.Count; c++)
            {
                var cell = rows[r].Cells[c];
                var length = cell.PlainText.Length;
                if (start >= offset && end <= offset + length)
                {
                    var cells = rows[r].Cells.ToList();
                    cells[c] = Replace(cell, start - offset, end - offset, replacement);
                    var row = rows[r] with { Cells = cells };
                    return r == 0
                        ? table with { Header = row }
                        : table with { Rows = table.Rows.Select((old, i) => i == r - 1 ? row : old).ToList() };
                }
                offset += length + 1;
            }
        }
        throw new ConsultationException($"The range {start}..{end} of table '{table.Id}' spans several cells; a proposal can change only one cell.");
    }

    /// <summary>The content with plain-text range <paramref name="start"/>..<paramref name="end"/> replaced.</summary>
    internal static InlineContent Replace(InlineContent content, int start, int end, string replacement)
    {
        var output = new List<Inline>();
        var refsInside = new List<Inline>();
        var placed = false;
        var replacementRun = new TextInline(replacement, MarksBefore(content, start), LinkContinuing(content, start));

        void PlaceReplacement()
        {
            if (placed) return;
            placed = true;
            output.Add(replacementRun);
            output.AddRange(refsInside);
        }

        var position = 0;
        foreach (var item in content)
        {
            switch (item)
            {
                case TextInline text:
                    var from = position;
                    var to = position + text.Text.Length;
                    if (from < start) output.Add(text with { Text = text.Text[..(Math.Min(to, start) - from)] });
                    if (to > end)
                    {
                        PlaceReplacement();
                        output.Add(text with { Text = text.Text[(Math.Max(from, end) - from)..] });
                    }
                    position = to;
                    break;
                case LineBreakInline:
                    if (position < start) output.Add(item);
                    else if (position >= end)
                    {
                        PlaceReplacement();
                        output.Add(item);
                    }
                    position++;
                    break;
                default:
                    if (position <= start) output.Add(item);
                    else if (position < end) refsInside.Add(item);
                    else
                    {
                        PlaceReplacement();
                        output.Add(item);
                    }
                    break;
            }
        }
        PlaceReplacement();
        return InlineContent.Of(output);
    }

    private static TextMarks MarksBefore(InlineContent content, int start) =>
        CharacterAt(content, start - 1) is TextInline text ? text.Marks : TextMarks.None;

    private static string? LinkContinuing(InlineContent content, int start)
    {
        if (CharacterAt(content, start - 1) is not TextInline { Href: { } href }) return null;
        return CharacterAt(content, start) is TextInline next && next.Href == href ? href : null;
    }

    /// <summary>The text run or line break that holds plain-text position <paramref name="index"/>, or null outside the text.</summary>
    private static Inline? CharacterAt(InlineContent content, int index)
    {
        if (index < 0) return null;
        var position = 0;
        foreach (var item in content)
        {
            var length = item switch { TextInline text => text.Text.Length, LineBreakInline => 1, _ => 0 };
            if (index < position + length) return item;
            position += length;
        }
        return null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
