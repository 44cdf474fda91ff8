namespace VaDrafting.Core.Consultation;

/// <summary>The limits on the free text of a consultation, each check throwing <see cref="ConsultationException"/> with the rule broken.</summary>
public static class ConsultationText
{
    public const int MaxCommentLength = 10_000;
    public const int MaxResponseLength = 10_000;
    public const int MaxReplacementLength = 10_000;
    public const int MaxTitleLength = 200;
    public const int MaxNameLength = 200;
    public const int MaxQuestionLength = 2_000;
    public const int MaxAnswerLength = 10_000;

    /// <summary>Text of a comment, reply or answer: 1..<paramref name="maxLength"/> characters, not only whitespace, no control character but newline and tab.</summary>
    public static string EnsureMultiline(string? text, string what, int maxLength)
    {
        EnsureLength(text, what, 1, maxLength);
        if (string.IsNullOrWhiteSpace(text)) throw new ConsultationException($"The {what} is empty.");
        EnsureCharacters(text, what, allowNewline: true);
        return text;
    }

    /// <summary>A title or name: 1..<paramref name="maxLength"/> characters on one line, not only whitespace.</summary>
    public static string EnsureSingleLine(string? text, string what, int maxLength)
    {
        EnsureLength(text, what, 1, maxLength);
        if (string.IsNullOrWhiteSpace(text)) throw new ConsultationException($"The {what} is empty.");
        EnsureCharacters(text, what, allowNewline: false);
        return text;
    }

    /// <summary>A coordinator's response: 0..<see cref="MaxResponseLength"/> characters, newline and tab allowed.</summary>
    public static string EnsureResponse(string? text)
    {
        EnsureLength(text, "response", 0, MaxResponseLength);
        EnsureCharacters(text, "response", allowNewline: true);
        return text;
    }

    /// <summary>The replacement of a proposed change: 0..<see cref="MaxReplacementLength"/> characters on one line (it becomes text of a block).</summary>
    public static string EnsureReplacement(string? text)
    {
        EnsureLength(text, "proposed replacement", 0, MaxReplacementLength);
        EnsureCharacters(text, "proposed replacement", allowNewline: false);
        return text;
    }

    private static void EnsureLength([System.Diagnostics.CodeAnalysis.NotNull] string? text, string what, int min, int max)
    {
        if (text is null) throw new ConsultationException($"The {what} is missing.");
        if (text.Length < min || text.Length > max)
            throw new ConsultationException($"The {what} has {text.Length} characters; it must have {min} to {max}.");
    }

    private static void EnsureCharacters(string text, string what, bool allowNewline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t' || (allowNewline && c == '\n')) continue;
            if (char.IsControl(c))
                throw new ConsultationException($"The {what} contains the control character U+{(int)c:X4} at position {i}.");
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c)) throw new ConsultationException($"The {what} contains an unpaired surrogate at position {i}.");
        }
    }
}
