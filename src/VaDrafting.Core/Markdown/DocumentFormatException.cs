namespace VaDrafting.Core.Markdown;

/// <summary>A <c>document.md</c> text that does not follow the format; <see cref="LineNumber"/> is 1-based.</summary>
public sealed class DocumentFormatException(int lineNumber, string problem)
    : FormatException($"document.md line {lineNumber}: {problem}")
{
    public int LineNumber { get; } = lineNumber;

    /// <summary>The problem without the line prefix.</summary>
    public string Problem { get; } = problem;
}
