using System.Globalization;
using System.Text;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;

namespace VaDrafting.Bench.Export;

/// <summary>
/// The same content as pandoc's Markdown, for timing <c>pandoc -t docx</c> on it: the clean text, and the redline with its
/// changes as pandoc's tracked-change spans (<c>[…]{.insertion author="…" date="…"}</c>, <c>{.deletion …}</c>).
/// </summary>
internal static class PandocMarkdown
{
    public static string Of(DraftDocument document, string title)
    {
        var text = new StringBuilder($"% {title}\n\n");
        foreach (var block in document.Blocks)
        {
            Prefix(text, block);
            if (block is TableBlock table) Table(text, table);
            else text.Append(Escape(Content(block).PlainText));
            text.Append("\n\n");
        }
        return text.ToString();
    }

    /// <param name="comments">Word comments: each shown as pandoc's comment span around its whole block.</param>
    public static string Of(Core.Redlines.Redline redline, string title, IReadOnlyList<VaDrafting.Docx.Review.WordComment>? comments = null)
    {
        var byBlock = (comments ?? []).ToLookup(c => c.BlockId, StringComparer.Ordinal);
        var number = 0;
        var text = new StringBuilder($"% {title}\n\n");
        foreach (var block in redline.Blocks.Where(b => b.Change != BlockChange.MovedAway))
        {
            var shown = block.New ?? block.Old!;
            Prefix(text, shown);
            if (shown is TableBlock table && block.Rows is null) Table(text, table);
            else if (block.Rows is { } rows)
            {
                foreach (var row in rows) text.Append(string.Join(" | ", row.Cells.Select(cell => Segments(cell, block.By)))).Append("\n\n");
            }
            else
            {
                var onBlock = byBlock[block.BlockId].Select(c => (Id: ++number, Comment: c)).ToList();
                foreach (var (id, comment) in onBlock)
                    text.Append($"[{Escape(comment.Text)}]{{.comment-start id=\"{id}\" author=\"{comment.Author}\" date=\"{comment.When.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\"}}");
                text.Append(Segments(block.Segments, block.By));
                foreach (var (id, _) in onBlock) text.Append($"[]{{.comment-end id=\"{id}\"}}");
            }
            text.Append("\n\n");
        }
        return text.ToString();
    }

    private static void Prefix(StringBuilder text, Block block)
    {
        switch (block)
        {
            case HeadingBlock heading: text.Append('#', Math.Clamp(heading.Level, 1, 6)).Append(' '); break;
            case ListItemBlock { Kind: ListKind.Numbered } item: text.Append(' ', item.Level * 4).Append("1. "); break;
            case ListItemBlock item: text.Append(' ', item.Level * 4).Append("- "); break;
            case QuoteBlock: text.Append("> "); break;
        }
    }

    private static void Table(StringBuilder text, TableBlock table)
    {
        foreach (var row in table.Rows.Prepend(table.Header)) text.Append(string.Join(" | ", row.Cells.Select(c => Escape(c.PlainText)))).Append("\n\n");
    }

    private static InlineContent Content(Block block) => block is PlaceholderBlock placeholder
        ? InlineContent.FromText($"[{placeholder.Kind}: {placeholder.Description}]")
        : block.InlineContents().FirstOrDefault() ?? InlineContent.Empty;

    private static string Segments(IReadOnlyList<RedlineSegment> segments, RevisionStamp? blockStamp)
    {
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            var stamp = segment.By ?? blockStamp;
            var words = Escape(segment.Text);
            text.Append(segment.Kind switch
            {
                SegmentKind.Inserted => $"[{words}]{{.insertion {Attributes(stamp)}}}",
                SegmentKind.Deleted => $"[{words}]{{.deletion {Attributes(stamp)}}}",
                _ => words,
            });
        }
        return text.ToString();
    }

    private static string Attributes(RevisionStamp? stamp) => stamp is null
        ? "author=\"Coordinators\" date=\"2026-11-23T00:00:00Z\""
        : $"author=\"{stamp.AuthorName}\" date=\"{stamp.When.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\"";

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
