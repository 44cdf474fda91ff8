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
/// <summary>Which version of a redline a piece of text belongs to.</summary>
internal enum TextSide
{
    Both,
    Old,
    New,
}

/// <summary>A second footnote holding the same note, for a reference in text that only one version of a redline has.</summary>
internal sealed record NoteCopy(string FootnoteId, int Number, bool NewSide);

internal sealed class RunWriter(OpenXmlPart part, IReadOnlyDictionary<string, int> noteNumbers, MarkupIds ids, bool writesNoteReferences)
{
    public RunWriter(OpenXmlPart part, FootnoteOrder footnotes, MarkupIds ids, bool writesNoteReferences)
        : this(part, footnotes.Numbers, ids, writesNoteReferences)
    {
    }

    private readonly Dictionary<string, string> _relationshipIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _referencedOld = new(StringComparer.Ordinal);
    private readonly HashSet<string> _referencedNew = new(StringComparer.Ordinal);
    private readonly List<NoteCopy> _copies = [];

    /// <summary>Notes that needed a second copy (see <see cref="NoteReference"/>), to be written after the numbered notes.</summary>
    public IReadOnlyList<NoteCopy> NoteCopies => _copies;

    /// <summary>
    /// Writes <paramref name="content"/> as runs; <paramref name="side"/> tells which version of a redline the text belongs
    /// to (a clean export is <see cref="TextSide.Both"/>), so that footnote references are real on each side.
    /// </summary>
    public IEnumerable<OpenXmlElement> Write(InlineContent content, TextSide side = TextSide.Both)
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
                    elements.AddRange(NoteReference(reference.FootnoteId, side));
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
    /// In a redline the first reference of each version must be real: when the note's reference so far lies in text the
    /// other version does not have (deleted, or moved away), this one refers to a copy of the note, so that accepting or
    /// rejecting never leaves a cross-reference to a note that went away.
    /// </summary>
    private IEnumerable<OpenXmlElement> NoteReference(string footnoteId, TextSide side)
    {
        var number = noteNumbers[footnoteId];
        var bookmarkName = IdBookmarks.NoteReferenceBookmarkName(footnoteId);
        var coversOld = side != TextSide.New && !_referencedOld.Contains(footnoteId);
        var coversNew = side != TextSide.Old && !_referencedNew.Contains(footnoteId);
        if (coversOld || coversNew)
        {
            if (_referencedOld.Contains(footnoteId) || _referencedNew.Contains(footnoteId))
            {
                number = noteNumbers.Count + _copies.Count + 1;
                _copies.Add(new NoteCopy(footnoteId, number, NewSide: coversNew));
            }
            if (coversOld) _referencedOld.Add(footnoteId);
            if (coversNew) _referencedNew.Add(footnoteId);
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
