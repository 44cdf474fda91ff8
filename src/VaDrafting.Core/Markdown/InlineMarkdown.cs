using System.Text;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Markdown;

/// <summary>
/// Inline Markdown on its own — the syntax used inside block lines of <c>document.md</c>, also used for
/// comments and proposed changes: <c>**bold**</c>, <c>*italic*</c>, <c>++underline++</c>,
/// <c>[text](url)</c>, <c>[^id]</c> and <c>&lt;br&gt;</c>.
/// </summary>
public static class InlineMarkdown
{
    private static readonly IReadOnlySet<string> NoFootnotes = new HashSet<string>();

    /// <summary>
    /// Canonical inline Markdown for <paramref name="content"/>; <c>Parse(Write(c))</c> equals <c>c</c>.
    /// A link whose target <see cref="LinkPolicy"/> does not allow is written as its plain text. Throws
    /// <see cref="ArgumentException"/> for text that cannot be stored (line terminators, NUL, unpaired
    /// surrogates) or a footnote reference that is not a valid id.
    /// </summary>
    public static string Write(InlineContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var safe = WithoutDisallowedLinks(content);
        var problems = DocumentValidator.InlineProblems(safe, DocumentValidator.FootnoteReferences.AnyId, NoFootnotes).ToList();
        if (problems.Count > 0)
            throw new ArgumentException($"The inline content cannot be written: {string.Join("; ", problems)}.", nameof(content));
        return new InlineWriter().Write(safe, InlineSlot.Free);
    }

    /// <summary>
    /// Reads inline Markdown typed by anyone; never fails. Line endings become line breaks, links other than
    /// http, https and mailto become plain text, and HTML other than <c>&lt;br&gt;</c>, <c>&lt;b&gt;</c>,
    /// <c>&lt;i&gt;</c> and <c>&lt;u&gt;</c> stays literal text.
    /// </summary>
    public static InlineContent Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new InlineReader().Read(Normalise(text), strict: false);
    }

    private static InlineContent WithoutDisallowedLinks(InlineContent content)
    {
        if (!content.Any(inline => inline is TextInline { Href: not null } text && !LinkPolicy.IsAllowed(text.Href))) return content;
        return InlineContent.Of(content.Select(inline =>
            inline is TextInline { Href: not null } text && !LinkPolicy.IsAllowed(text.Href) ? text with { Href = null } : inline));
    }

    /// <summary>LF line endings; NUL and unpaired surrogates become U+FFFD as CommonMark prescribes for NUL.</summary>
    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (c == '\0' || char.IsLowSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[i + 1]);
                    i++;
                }
                else
                {
                    sb.Append('\uFFFD');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
