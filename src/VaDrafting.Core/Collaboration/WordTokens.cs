using System.Globalization;
using DiffPlex;

namespace VaDrafting.Core.Collaboration;

/// <summary>
/// Splits text into the tokens a word-level merge compares: runs of letters, digits and combining marks
/// (a word), runs of whitespace, and every other character on its own (punctuation, symbols, an ideograph).
/// Joining the tokens gives the text back, and a substring cut at token boundaries splits into the same tokens.
/// Surrogate pairs are never cut apart.
/// </summary>
internal sealed class WordTokens : IChunker
{
    public static WordTokens Instance { get; } = new();

    private enum Kind
    {
        Word,
        Space,
        Single,
    }

    public IReadOnlyList<string> Chunk(string text) => Split(text);

    public static string[] Split(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var (kind, length) = Classify(text, start);
            var end = start + length;
            if (kind != Kind.Single)
            {
                while (end < text.Length)
                {
                    var (nextKind, nextLength) = Classify(text, end);
                    if (nextKind != kind) break;
                    end += nextLength;
                }
            }
            tokens.Add(text[start..end]);
            start = end;
        }
        return [.. tokens];
    }

    private static (Kind Kind, int Length) Classify(string text, int index)
    {
        var length = char.IsSurrogatePair(text, index) ? 2 : 1;
        if (char.IsWhiteSpace(text, index)) return (Kind.Space, length);
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        var wordLike = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
        // Chinese and Japanese are written without spaces: as words, a whole sentence would be one token.
        if (wordLike && IsIdeographOrKana(char.ConvertToUtf32(text, index))) return (Kind.Single, length);
        return (wordLike ? Kind.Word : Kind.Single, length);
    }

    private static bool IsIdeographOrKana(int codePoint) =>
        codePoint is >= 0x3040 and <= 0x30FF or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF
            or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF;
}
