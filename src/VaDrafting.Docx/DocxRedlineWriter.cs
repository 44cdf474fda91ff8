using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using VaDrafting.Docx.Review;
using VaDrafting.Docx.Writing;

namespace VaDrafting.Docx;

/// <summary>
/// Writes a redline as a Word file with real tracked changes: in Word, Accept All gives the newer version
/// (<see cref="RedlineApplier.Accept"/>) and Reject All the older one (<see cref="RedlineApplier.Reject"/>). The file has
/// the styles, numbering, footnotes, hidden block bookmarks and document properties of a clean export (<see cref="DocxWriter"/>).
/// <list type="bullet">
/// <item>Word changes are <c>w:ins</c>/<c>w:del</c>; a formatting change keeps the text and records the old run properties in
/// <c>w:rPrChange</c>; a link whose target changed shows as the old link deleted and the new one inserted, since Word has no
/// tracked change of a hyperlink's target.</item>
/// <item>An inserted or deleted block has all its runs and its paragraph mark tracked (a table: all its rows); a block that
/// changed kind (heading level, list kind) carries its old style and numbering in <c>w:pPrChange</c>.</item>
/// <item>A moved paragraph is a <c>w:moveFrom</c> range holding the old text at its old place and a <c>w:moveTo</c> range at
/// its new place, both named alike; words changed as well show at the destination as <c>w:ins</c> inside the range, and the
/// words it lost only at the source (which holds the whole old text), so that accepting and rejecting both come out exactly.
/// Moved tables and rows show as deleted and inserted rows.</item>
/// <item>Each revision has its own <c>w:id</c>, the author "Name (Organisation)" of its stamp (<paramref name="fallback"/> when
/// the redline carries none) and its date in UTC.</item>
/// <item>The settings do not switch tracking on: the file shows the changes without forcing the reader to track theirs.</item>
/// <item>The cover lines and the page footer are those of a clean export; there is no table of contents, since the two
/// versions' headings differ.</item>
/// </list>
/// </summary>
public static class DocxRedlineWriter
{
    /// <summary>The <see cref="WordComment.BlockId"/> of a comment on the document's title paragraph.</summary>
    public const string TitleBlockId = "_title";

    private const string DefaultLanguage = "en-GB";

    /// <summary>
    /// Writes <paramref name="redline"/> with its <paramref name="comments"/> (placed at their offsets in the old text of their
    /// block; in the new text of an inserted block) to <paramref name="output"/>. Throws <see cref="ArgumentException"/> when a
    /// comment names a block the redline lacks, an unknown parent, or a negative or reversed range, when the fallback stamp
    /// has no author name, or when a footnote
    /// reference points to a footnote the redline does not hold; nothing is written then.
    /// </summary>
    public static void Write(Redline redline, DocumentMeta meta, Stream output, DocxWriteOptions options,
        RevisionStamp fallback, IReadOnlyList<WordComment>? comments = null)
    {
        ArgumentNullException.ThrowIfNull(redline);
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fallback);
        if (!output.CanWrite) throw new ArgumentException("The output stream must be writable.", nameof(output));
        if (string.IsNullOrWhiteSpace(fallback.AuthorName))
            throw new ArgumentException("The fallback stamp needs an author name: Word shows it on every change without a stamp of its own.", nameof(fallback));

        var placed = PlaceComments(redline, comments ?? []);
        var notes = RedlineNotes.Of(redline);
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            Compose(word, redline, meta, options, new RevisionMarks(fallback), notes, placed);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Compose(WordprocessingDocument word, Redline redline, DocumentMeta meta, DocxWriteOptions options,
        RevisionMarks marks, RedlineNotes notes, IReadOnlyList<PlacedComment> comments)
    {
        var language = meta.Languages.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim() ?? DefaultLanguage;
        var main = word.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyleSheet.Create(language);
        main.AddNewPart<DocumentSettingsPart>().Settings = WordSettings.Create(hasFootnotes: notes.Numbers.Count > 0);

        var ids = new MarkupIds();
        var lists = new ListNumbering();
        var runs = new RunWriter(main, notes.Numbers, ids, writesNoteReferences: true);
        var byBlock = comments.GroupBy(c => c.Comment.BlockId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PlacedComment>)g.ToList(), StringComparer.Ordinal);
        var body = new RedlineBodyWriter(new BodyWriter(runs, lists, ids), new TrackedRunWriter(runs, marks), marks, ids, byBlock)
            .Write(redline, meta.Title, new FrontMatter(ids).Write(meta, options with { TableOfContents = false }, []).ToList(),
                PageFooter.Add(main, ids, options.Symbol ?? meta.Symbol));
        var root = new Document(body);
        WordNamespaces.Declare(root);
        main.Document = root;

        main.AddNewPart<NumberingDefinitionsPart>().Numbering = lists.ToNumbering();
        if (notes.Numbers.Count > 0) FootnotesWriter.Write(main, notes.Numbers, ids, notes.ToWrite(marks, runs.NoteCopies));
        CommentsWriter.Write(main, comments, ids);

        DocumentProperties.Write(word, meta.Title, language,
        [
            (DocxWriter.DocumentIdProperty, options.DocumentId),
            (DocxWriter.VersionProperty, options.Version),
            (DocxWriter.SymbolProperty, options.Symbol ?? meta.Symbol),
        ]);
    }

    private static List<PlacedComment> PlaceComments(Redline redline, IReadOnlyList<WordComment> comments)
    {
        var hosts = redline.Blocks.Where(b => b.Change != BlockChange.MovedHere).Select(b => b.BlockId).ToHashSet(StringComparer.Ordinal);
        hosts.Add(TitleBlockId);
        var known = new HashSet<string>(StringComparer.Ordinal);
        var placed = new List<PlacedComment>(comments.Count);
        foreach (var comment in comments)
        {
            ArgumentNullException.ThrowIfNull(comment, nameof(comments));
            if (!known.Add(comment.Id)) throw new ArgumentException($"Comment id '{comment.Id}' is used twice.", nameof(comments));
            if (!hosts.Contains(comment.BlockId))
                throw new ArgumentException($"Comment '{comment.Id}' is on block '{comment.BlockId}', which the redline does not contain.", nameof(comments));
            if (comment.Start < 0 || comment.End < comment.Start)
                throw new ArgumentException($"Comment '{comment.Id}' has the range {comment.Start}..{comment.End}; it must start at 0 or later and not end before it starts.", nameof(comments));
            if (comment.ParentId is { } parent && (parent == comment.Id || !known.Contains(parent)))
                throw new ArgumentException($"Comment '{comment.Id}' replies to '{parent}', which is not a comment listed before it.", nameof(comments));
            if (string.IsNullOrWhiteSpace(comment.Author)) throw new ArgumentException($"Comment '{comment.Id}' has no author.", nameof(comments));
            placed.Add(new PlacedComment(comment, placed.Count));
        }
        return placed;
    }
}
