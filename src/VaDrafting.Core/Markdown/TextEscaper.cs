using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace VaDrafting.Core.Markdown;

/// <summary>Where a text run sits among the other pieces of its inline content.</summary>
internal readonly record struct TextSurroundings(
    InlineSlot Slot,
    bool AtStart,
    bool AtEnd,
    bool AfterLinkOpen,
    bool AfterLeadingFootnoteReference,
    bool BeforeBracket);

/// <summary>
/// Backslash-escapes the characters of a text run that Markdig would otherwise read as syntax, and only
/// those, so that ordinary prose stays readable. Where a backslash cannot help (a leading space of a
/// paragraph line, a trailing space of a footnote line) the character is written as a numeric reference.
/// </summary>
internal static partial class TextEscaper
{
    [GeneratedRegex(@"\G&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)", RegexOptions.CultureInvariant)]
    private static partial Regex EntityLike();

    // Characters that may need a backslash in the middle of a run; the first and last character of a run
    // are always looked at individually because their neighbours are outside the run.
    private static readonly SearchValues<char> InnerSyntax = SearchValues.Create("\\`*[]<{}~_+|&");

    /// <summary>Escaped text; <paramref name="firstIsReference"/> tells whether its first character became a numeric reference.</summary>
    public static string Escape(string text, TextSurroundings at, out bool firstIsReference)
    {
        firstIsReference = false;
        var paragraphStart = at.Slot == InlineSlot.ParagraphLine && at.AtStart;
        var blockSyntaxIndex = paragraphStart ? BlockSyntaxIndex(text) : -1;
        var footnoteEnd = at.Slot == InlineSlot.FootnoteLine && at.AtEnd;
        var last = text.Length - 1;
        var sb = new StringBuilder(text.Length + 8);
        var i = 0;
        while (i <= last)
        {
            if (i != 0 && i != last && i != blockSyntaxIndex)
            {
                var found = text.AsSpan(i, last - i).IndexOfAny(InnerSyntax);
                var plainEnd = found < 0 ? last : i + found;
                if (blockSyntaxIndex > i && blockSyntaxIndex < plainEnd) plainEnd = blockSyntaxIndex;
                sb.Append(text, i, plainEnd - i);
                i = plainEnd;
                if (i == last || i == blockSyntaxIndex) continue;
            }

            var c = text[i];
            if (i == 0 && paragraphStart && c is ' ' or '\t' or '\uFEFF')
            {
                AppendReference(sb, c);
                firstIsReference = true;
            }
            else if (i == last && footnoteEnd && c is ' ' or '\t')
            {
                AppendReference(sb, c);
            }
            else
            {
                if (i == blockSyntaxIndex || NeedsBackslash(text, i, at)) sb.Append('\\');
                sb.Append(c);
            }
            i++;
        }
        return sb.ToString();
    }

    /// <summary>A link destination: angle brackets when it holds whitespace, backslashes for the rest.</summary>
    public static string EscapeUrl(string url, InlineSlot slot)
    {
        var angle = url.Any(char.IsWhiteSpace);
        var sb = new StringBuilder(url.Length + 4);
        if (angle) sb.Append('<');
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            // Markdig decodes references in a destination after removing backslashes, so '&' is written as a reference.
            if (c == '&' && EntityLike().IsMatch(url, i))
            {
                sb.Append("&amp;");
                continue;
            }
            var escape = c switch
            {
                '\\' or '<' or '>' => true,
                '(' or ')' => !angle,
                '|' => slot == InlineSlot.TableCell,
                _ => false,
            };
            if (escape) sb.Append('\\');
            sb.Append(c);
        }
        if (angle) sb.Append('>');
        return sb.ToString();
    }

    private static bool NeedsBackslash(string text, int i, TextSurroundings at)
    {
        var last = text.Length - 1;
        return text[i] switch
        {
            '\\' or '`' or '*' or '[' or ']' or '<' or '{' or '}' or '~' => true,
            // Between two letters or digits an underscore can neither open nor close emphasis.
            '_' => !(i > 0 && i < last && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])),
            // A lone plus inside a run is text; next to a delimiter or another plus it could form "++".
            '+' => i == 0 || i == last || text[i - 1] == '+' || text[i + 1] == '+',
            '|' => at.Slot == InlineSlot.TableCell,
            '&' => EntityLike().IsMatch(text, i),
            '!' => i == last && at.BeforeBracket,
            '^' => i == 0 && at.AfterLinkOpen,
            ':' => i == 0 && at.AfterLeadingFootnoteReference && at.Slot == InlineSlot.ParagraphLine,
            _ => false,
        };
    }

    /// <summary>
    /// Index of the character to escape so a paragraph line does not read as a heading, list item, quote,
    /// table row or placeholder; -1 when none is needed. Characters that are always escaped are not listed.
    /// </summary>
    private static int BlockSyntaxIndex(string text)
    {
        if (text.Length == 0) return -1;
        if (text[0] is '#' or '-' or '>' or '|') return 0;
        if (text.StartsWith("!!!", StringComparison.Ordinal)) return 0;
        var digits = 0;
        while (digits < text.Length && text[digits] is >= '0' and <= '9') digits++;
        if (digits is >= 1 and <= 9 && digits < text.Length && text[digits] is '.' or ')'
            && (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t'))
            return digits;
        return -1;
    }

    private static void AppendReference(StringBuilder sb, char c) =>
        sb.Append("&#").Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
}
