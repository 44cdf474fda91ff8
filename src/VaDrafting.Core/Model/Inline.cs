namespace VaDrafting.Core.Model;

/// <summary>Character formatting that can be combined on a run of text.</summary>
[Flags]
public enum TextMarks
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Underline = 4,
}

/// <summary>One piece of inline content inside a block.</summary>
public abstract record Inline;

/// <summary>A run of text with one set of marks, optionally inside a hyperlink.</summary>
public sealed record TextInline(string Text, TextMarks Marks = TextMarks.None, string? Href = null) : Inline;

/// <summary>A reference to a footnote of the document by its stable id.</summary>
public sealed record FootnoteRefInline(string FootnoteId) : Inline;

/// <summary>A manual line break inside a block (Word's Shift+Enter).</summary>
public sealed record LineBreakInline : Inline;
