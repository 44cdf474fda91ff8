using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using VaDrafting.Docx.Reading;

namespace VaDrafting.Docx.Writing;

/// <summary>
/// Writes inline content as runs of one part (the body or the footnotes): marks as run properties, links as
/// hyperlink relationships of that part (http, https and mailto only), note references, line breaks.
/// </summary>
internal sealed class RunWriter(OpenXmlPart part, IReadOnlyDictionary<string, int> noteNumbers, MarkupIds ids, bool writesNoteReferences)
{
    public RunWriter(OpenXmlPart part, FootnoteOrder footnotes, MarkupIds ids, bool writesNoteReferences)
        : this(part, footnotes.Numbers, ids, writesNoteReferences)
    {
    }

    private readonly Dictionary<string, string> _relationshipIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);

    public IEnumerable<OpenXmlElement> Write(InlineContent content)
    {
        var elements = new List<OpenXmlElement>();
        Hyperlink? link = null;
        string? linkHref = null;

        foreach (var inline in content)
        {
            var href = inline is TextInline { Href: { } h } ? Safe(h) : null;
            if (href is null || href != linkHref)
            {
                link = null;
                linkHref = null;
            }
            switch (inline)
            {
                case TextInline text when href is not null:
                    if (link is null)
                    {
                        link = new Hyperlink { Id = RelationshipFor(href), History = true };
                        linkHref = href;
                        elements.Add(link);
                    }
                    foreach (var run in TextRuns(text.Text, text.Marks, linked: true)) link.AppendChild(run);
                    break;
                case TextInline text:
                    elements.AddRange(TextRuns(text.Text, text.Marks, linked: false));
                    break;
                case LineBreakInline:
                    elements.Add(new Run(new Break()));
                    break;
                case FootnoteRefInline reference when writesNoteReferences:
                    elements.AddRange(NoteReference(reference.FootnoteId));
                    break;
            }
        }
        return elements;
    }

    /// <summary>
    /// The first reference to a footnote is Word's footnote reference, inside a hidden <c>_va_ref_{id}</c>
    /// bookmark (which also carries the note's id through editors that drop bookmarks inside notes). A note can
    /// have only one reference, so a later one is what Word's "cross-reference to footnote number" makes: a
    /// NOTEREF field showing the number, pointing at that bookmark.
    /// </summary>
    private IEnumerable<OpenXmlElement> NoteReference(string footnoteId)
    {
        var number = noteNumbers[footnoteId];
        var bookmarkName = IdBookmarks.NoteReferenceBookmarkName(footnoteId);
        if (_referenced.Add(footnoteId))
        {
            var reference = new Run(NoteMarkProperties(), new FootnoteReference { Id = number });
            return ids.Bookmark(bookmarkName) is { } pair ? [pair.Start, reference, pair.End] : [reference];
        }
        return
        [
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode($" NOTEREF {bookmarkName} \\f \\h ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(NoteMarkProperties(), new Text(number.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        ];
    }

    private static RunProperties NoteMarkProperties() => new(new RunStyle { Val = WordStyleIds.FootnoteReference });

    /// <summary>A run per line of text (a stray newline inside text becomes a line break), with XML-invalid characters removed.</summary>
    private static IEnumerable<Run> TextRuns(string text, TextMarks marks, bool linked)
    {
        var lines = Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) yield return new Run(new Break());
            if (lines[i].Length == 0) continue;
            var run = new Run();
            if (RunPropertiesFor(marks, linked) is { } properties) run.AppendChild(properties);
            run.AppendChild(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            yield return run;
        }
    }

    /// <summary>The run properties of text with these marks (and the Hyperlink style when linked); null when plain.</summary>
    public static RunProperties? RunPropertiesFor(TextMarks marks, bool linked)
    {
        if (marks == TextMarks.None && !linked) return null;
        var properties = new RunProperties();
        if (linked) properties.AppendChild(new RunStyle { Val = WordStyleIds.Hyperlink });
        if (marks.HasFlag(TextMarks.Bold)) properties.AppendChild(new Bold());
        if (marks.HasFlag(TextMarks.Italic)) properties.AppendChild(new Italic());
        if (marks.HasFlag(TextMarks.Underline)) properties.AppendChild(new Underline { Val = UnderlineValues.Single });
        return properties;
    }

    private string RelationshipFor(string href)
    {
        if (!_relationshipIds.TryGetValue(href, out var id))
        {
            id = part.AddHyperlinkRelationship(new Uri(href, UriKind.Absolute), isExternal: true).Id;
            _relationshipIds[href] = id;
        }
        return id;
    }

    private static string? Safe(string href) => HyperlinkTargets.Safe(href);

    private static string Clean(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001F') && !text.Any(c => char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'))
            return text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }
            if (c is '\t' or '\n' || (c >= ' ' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))) clean.Append(c);
            else if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) clean.Append('\n');
        }
        return clean.ToString();
    }
}
