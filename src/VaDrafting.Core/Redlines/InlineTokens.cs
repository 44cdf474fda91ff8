using System.Globalization;
using VaDrafting.Core.Collaboration;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Redlines;

/// <summary>
/// One word-diff token of inline content: a word, a run of spaces or one other character of a text run (never across
/// runs, so each token has one set of marks and one link), a footnote reference or a line break.
/// <see cref="Key"/> is what the diff compares: the text itself, or a key no text token can have for the other two.
/// </summary>
internal readonly record struct InlineToken(string Key, string Text, TextMarks Marks, string? Href, string? FootnoteId, bool LineBreak);

internal static class InlineTokens
{
    private const string LineBreakKey = "\0br";
    private const string FootnoteKeyPrefix = "\0fn:";

    public static InlineToken[] Of(InlineContent? content)
    {
        if (content is null || content.Count == 0) return [];
        var tokens = new List<InlineToken>();
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextInline text:
                    foreach (var word in WholeGraphemes(text.Text, WordTokens.Split(text.Text)))
                        tokens.Add(new InlineToken(word, word, text.Marks, text.Href, null, false));
                    break;
                case FootnoteRefInline reference:
                    tokens.Add(new InlineToken(FootnoteKeyPrefix + reference.FootnoteId, "", TextMarks.None, null, reference.FootnoteId, false));
                    break;
                case LineBreakInline:
                    tokens.Add(new InlineToken(LineBreakKey, "", TextMarks.None, null, null, true));
                    break;
            }
        }
        return [.. tokens];
    }

    /// <summary>
    /// Joins tokens that would cut a user-perceived character apart (an emoji sequence joined by U+200D, a flag, a
    /// skin-tone modifier), so a redline never shows half of one changed.
    /// </summary>
    private static IEnumerable<string> WholeGraphemes(string text, string[] tokens)
    {
        if (tokens.Length < 2 || !text.Any(c => c >= '\u0300')) return tokens;
        var boundaries = new HashSet<int>(StringInfo.ParseCombiningCharacters(text));
        var joined = new List<string>(tokens.Length);
        var position = 0;
        foreach (var token in tokens)
        {
            if (joined.Count > 0 && !boundaries.Contains(position)) joined[^1] += token;
            else joined.Add(token);
            position += token.Length;
        }
        return joined;
    }

    public static bool SameFormat(in InlineToken a, in InlineToken b) => a.Marks == b.Marks && a.Href == b.Href;

    /// <summary>The inline content a sequence of tokens or segments spells.</summary>
    public static Inline ToInline(string text, TextMarks marks, string? href, string? footnoteId, bool lineBreak) =>
        footnoteId is not null ? new FootnoteRefInline(footnoteId)
        : lineBreak ? new LineBreakInline()
        : new TextInline(text, marks, href);
}
