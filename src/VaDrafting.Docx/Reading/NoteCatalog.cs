using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using CoreFootnote = VaDrafting.Core.Model.Footnote;

namespace VaDrafting.Docx.Reading;

/// <summary>
/// Footnotes (and endnotes, which the model folds into footnotes), converted when first referenced so that
/// they come out in reading order. Separator and continuation notes are not content. A note keeps the id of
/// a <c>_va_</c> bookmark inside it, otherwise it gets a new one.
/// </summary>
internal sealed class NoteCatalog(MainDocumentPart main, StyleCatalog styles, ImportLog log, IdAllocator ids)
{
    private sealed class Story(OpenXmlPart? part, IEnumerable<FootnoteEndnoteType> notes)
    {
        public OpenXmlPart? Part { get; } = part;
        public Dictionary<long, FootnoteEndnoteType> Notes { get; } = Index(notes);
        public Dictionary<long, string> Converted { get; } = [];

        private static Dictionary<long, FootnoteEndnoteType> Index(IEnumerable<FootnoteEndnoteType> notes)
        {
            var index = new Dictionary<long, FootnoteEndnoteType>();
            foreach (var note in notes)
            {
                if (note.Id?.Value is not { } id || IsSeparator(note)) continue;
                index.TryAdd(id, note);
            }
            return index;
        }

        private static bool IsSeparator(FootnoteEndnoteType note)
        {
            var type = note switch
            {
                Footnote f => f.Type?.Value,
                Endnote e => e.Type?.Value,
                _ => null,
            };
            return type is not null && type != FootnoteEndnoteValues.Normal;
        }
    }

    private readonly List<CoreFootnote> _footnotes = [];
    private readonly HashSet<string> _importedIds = new(StringComparer.Ordinal);
    private Story? _footnoteStory;
    private Story? _endnoteStory;

    /// <summary>The id when a footnote with that id has been imported already (the target of a repeated reference).</summary>
    public string? Imported(string footnoteId) => _importedIds.Contains(footnoteId) ? footnoteId : null;

    /// <summary>The imported notes, in order of first reference.</summary>
    public IReadOnlyList<CoreFootnote> Footnotes => _footnotes;

    /// <summary>
    /// The model id of Word footnote <paramref name="wordId"/>, converting it on first reference. Its id comes from
    /// a <c>_va_</c> bookmark inside the note, else from the <c>_va_ref_</c> bookmark around the reference
    /// (<paramref name="referenceBookmarkId"/>), else it is new.
    /// </summary>
    public string? Footnote(long? wordId, string? referenceBookmarkId) =>
        Resolve(_footnoteStory ??= new Story(main.FootnotesPart, main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? []), wordId, referenceBookmarkId);

    public string? Endnote(long? wordId, string? referenceBookmarkId)
    {
        var id = Resolve(_endnoteStory ??= new Story(main.EndnotesPart, main.EndnotesPart?.Endnotes?.Elements<Endnote>() ?? []), wordId, referenceBookmarkId);
        if (id is not null) log.EndnotesImported = true;
        return id;
    }

    private string? Resolve(Story story, long? wordId, string? referenceBookmarkId)
    {
        if (wordId is not { } key) return null;
        if (story.Converted.TryGetValue(key, out var existing)) return existing;
        if (!story.Notes.TryGetValue(key, out var note))
        {
            log.MissingNote();
            return null;
        }

        var reader = new InlineReader(styles, log, new FieldTracker(log), new HyperlinkTargets(story.Part), notes: null);
        var content = new FlatTextReader(reader, log).ReadBlocks(note);
        var id = ids.Claim(content.PreservedId ?? referenceBookmarkId);
        foreach (var embedded in content.Embedded) log.Unsupported(embedded.Kind, embedded.Description, id);

        story.Converted[key] = id;
        _importedIds.Add(id);
        _footnotes.Add(new CoreFootnote(id, content.Build()));
        return id;
    }
}
