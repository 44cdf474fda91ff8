using VaDrafting.Core.Model;

namespace VaDrafting.Docx.Reading;

/// <summary>Something embedded in a paragraph that is not text: it becomes a placeholder.</summary>
internal sealed record EmbeddedContent(string Kind, string Description)
{
    /// <summary>How it reads where only text can stand (table cells, footnotes): "[image: Map of the region]".</summary>
    public string AsText => $"[{Kind}: {Description}]";
}

/// <summary>Accumulates the inline content of one paragraph (or cell, or note), with what it found on the way.</summary>
internal sealed class InlineBuilder
{
    private readonly List<Inline> _items = [];

    // Embedded objects already written into the content as bracketed text (by Absorb or AppendRendered).
    private int _renderedEmbedded;

    public List<EmbeddedContent> Embedded { get; } = [];

    /// <summary>The id of the first <c>_va_</c> bookmark inside, if any.</summary>
    public string? PreservedId { get; private set; }

    public void Text(string text, TextMarks marks, string? href)
    {
        if (text.Length > 0) _items.Add(new TextInline(text, marks, href));
    }

    public void LineBreak() => _items.Add(new LineBreakInline());

    public void FootnoteReference(string footnoteId) => _items.Add(new FootnoteRefInline(footnoteId));

    public void Bookmark(string? name)
    {
        PreservedId ??= IdBookmarks.FromBookmarkName(name);
        if (IdBookmarks.FromNoteReferenceBookmarkName(name) is { } noteId) _noteReferenceId = noteId;
    }

    // The id a `_va_ref_` bookmark gives the footnote whose reference follows it.
    private string? _noteReferenceId;

    public string? TakeNoteReferenceId()
    {
        var id = _noteReferenceId;
        _noteReferenceId = null;
        return id;
    }

    public void Embed(EmbeddedContent content) => Embedded.Add(content);

    public void PreserveId(string? id) => PreservedId ??= id;

    /// <summary>Appends a finished piece (another paragraph of a cell or note), separated by a line break.</summary>
    public void AppendParagraph(InlineContent paragraph)
    {
        if (paragraph.Count == 0) return;
        if (HasContent) LineBreak();
        _items.AddRange(paragraph);
    }

    /// <summary>
    /// Takes in a finished paragraph of a cell or note: its content after a line break, its embedded objects
    /// as bracketed text (a cell or note cannot hold a placeholder block), its preserved id if none was found yet.
    /// </summary>
    public void Absorb(InlineBuilder paragraph)
    {
        var items = new List<Inline>(paragraph.Build());
        foreach (var embedded in paragraph.Embedded.Skip(paragraph._renderedEmbedded))
        {
            if (items.Count > 0) items.Add(new TextInline(" "));
            items.Add(new TextInline(embedded.AsText));
        }
        AppendRendered(InlineContent.Of(items), paragraph.Embedded);
        PreserveId(paragraph.PreservedId);
    }

    /// <summary>Appends a paragraph whose embedded objects are already part of its text.</summary>
    public void AppendRendered(InlineContent paragraph, IEnumerable<EmbeddedContent> embedded)
    {
        AppendParagraph(paragraph);
        Embedded.AddRange(embedded);
        _renderedEmbedded = Embedded.Count;
    }

    public bool HasContent => _items.Count > 0;

    /// <summary>The content with leading and trailing whitespace and line breaks removed.</summary>
    public InlineContent Build() => Trim(_items);

    /// <summary>
    /// Word often makes the space after a bold or italic phrase bold or italic too. That space looks the same either
    /// way, but inside the mark it cannot be written as <c>**…**</c> in document.md, so it is moved out of the mark.
    /// Underlined spaces are visible and stay as they are.
    /// </summary>
    public static IReadOnlyList<Inline> WithSpacesOutsideEmphasis(IReadOnlyList<Inline> items)
    {
        const TextMarks emphasis = TextMarks.Bold | TextMarks.Italic;
        var result = new List<Inline>(items.Count);
        foreach (var item in items)
        {
            if (item is not TextInline { Href: null } text || (text.Marks & emphasis) == 0 || (text.Marks & TextMarks.Underline) != 0)
            {
                result.Add(item);
                continue;
            }
            var core = text.Text.Trim();
            if (core.Length == 0)
            {
                result.Add(text with { Marks = TextMarks.None });
                continue;
            }
            var start = text.Text.IndexOf(core, StringComparison.Ordinal);
            result.Add(new TextInline(text.Text[..start]));
            result.Add(text with { Text = core });
            result.Add(new TextInline(text.Text[(start + core.Length)..]));
        }
        return result;
    }

    /// <summary>The content as read, spaces at the ends included (for joining paragraphs whose mark was deleted).</summary>
    public InlineContent BuildUntrimmed() => InlineContent.Of(_items);

    /// <summary>The finished content of a block: spaces moved out of emphasis, then whitespace and line breaks trimmed at both ends.</summary>
    public static InlineContent Trim(IReadOnlyList<Inline> items)
    {
        var list = new List<Inline>(WithSpacesOutsideEmphasis(items));
        while (list.Count > 0)
        {
            if (list[0] is LineBreakInline) { list.RemoveAt(0); continue; }
            if (list[0] is TextInline first)
            {
                var text = first.Text.TrimStart();
                if (text.Length == 0) { list.RemoveAt(0); continue; }
                list[0] = first with { Text = text };
            }
            break;
        }
        while (list.Count > 0)
        {
            if (list[^1] is LineBreakInline) { list.RemoveAt(list.Count - 1); continue; }
            if (list[^1] is TextInline last)
            {
                var text = last.Text.TrimEnd();
                if (text.Length == 0) { list.RemoveAt(list.Count - 1); continue; }
                list[^1] = last with { Text = text };
            }
            break;
        }
        return InlineContent.Of(list);
    }
}
