namespace VaDrafting.Core.Model;

/// <summary>
/// Characters that text in the model cannot hold because <c>document.md</c> keeps one block per line
/// and is stored as UTF-8: line terminators (manual breaks are <see cref="LineBreakInline"/>), NUL and
/// unpaired surrogates.
/// </summary>
internal static class TextRules
{
    /// <summary>Describes the first character that cannot be stored, or returns null when the text is fine.</summary>
    public static string? FindProblem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\n':
                    return $"contains a line feed at position {i}; a manual line break is a LineBreakInline";
                case '\r':
                    return $"contains a carriage return at position {i}; a manual line break is a LineBreakInline";
                case '\0':
                    return $"contains a NUL character at position {i}";
            }
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                return $"contains an unpaired surrogate at position {i}";
            }
            if (char.IsLowSurrogate(c)) return $"contains an unpaired surrogate at position {i}";
        }
        return null;
    }
}
