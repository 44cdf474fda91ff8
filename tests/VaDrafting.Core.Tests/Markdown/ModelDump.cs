using System.Text;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Tests.Markdown;

/// <summary>A readable, unambiguous description of a document for failure messages.</summary>
internal static class ModelDump
{
    public static string Describe(DraftDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            sb.Append(block switch
            {
                HeadingBlock h => $"Heading {h.Id} L{h.Level}: {Describe(h.Content)}",
                ParagraphBlock p => $"Paragraph {p.Id}: {Describe(p.Content)}",
                ListItemBlock l => $"{l.Kind} {l.Id} L{l.Level}: {Describe(l.Content)}",
                QuoteBlock q => $"Quote {q.Id}: {Describe(q.Content)}",
                TableBlock t => $"Table {t.Id}: " + string.Join(" / ", new[] { t.Header }.Concat(t.Rows)
                    .Select(r => r.Id + " [" + string.Join(", ", r.Cells.Select(Describe)) + "]")),
                PlaceholderBlock ph => $"Placeholder {ph.Id} {ph.Kind}: {Quote(ph.Description)}",
                _ => block.ToString(),
            }).Append('\n');
        }
        foreach (var footnote in document.Footnotes) sb.Append($"Footnote {footnote.Id}: {Describe(footnote.Content)}\n");
        return sb.ToString();
    }

    public static string Describe(InlineContent content) =>
        "[" + string.Join(", ", content.Select(inline => inline switch
        {
            TextInline t => Quote(t.Text) + (t.Marks == TextMarks.None ? "" : " " + t.Marks) + (t.Href is null ? "" : " -> " + Quote(t.Href)),
            FootnoteRefInline f => "^" + f.FootnoteId,
            LineBreakInline => "BR",
            _ => inline.ToString(),
        })) + "]";

    private static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is < ' ' or '\u007F' or '\u0085' or '\u00A0' or (>= '\u2000' and <= '\u200F') or '\u2028' or '\u202E' or '\u3000' or '\uFEFF')
                sb.Append($"\\u{(int)c:X4}");
            else if (c is '"' or '\\')
                sb.Append('\\').Append(c);
            else
                sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
