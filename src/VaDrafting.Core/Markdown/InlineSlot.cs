namespace VaDrafting.Core.Markdown;

/// <summary>Where a piece of inline Markdown is written; each place needs a few extra escapes.</summary>
internal enum InlineSlot
{
    /// <summary>Alone (comments, suggestions) or after a block prefix such as <c>## </c>, <c>- </c> or <c>&gt; </c>.</summary>
    Free,

    /// <summary>A paragraph line, where the text itself starts the line and must not look like another block.</summary>
    ParagraphLine,

    /// <summary>A table cell, where a pipe would end the cell.</summary>
    TableCell,

    /// <summary>A footnote line, which has no trailing id, so trailing spaces would be lost to editors.</summary>
    FootnoteLine,
}
