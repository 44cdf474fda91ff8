using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Office2013.Word;
using DocumentFormat.OpenXml.Office2019.Word.Cid;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace VaDrafting.Docx.Writing;

/// <summary>
/// The comment parts Word reads: <c>comments.xml</c> (the text, one paragraph per line, the first starting with the
/// annotation reference), <c>commentsExtended.xml</c> (replies through <c>paraIdParent</c>, resolved through <c>done</c>,
/// keyed by the comment's last paragraph), <c>commentsIds.xml</c> (durable ids) and <c>people.xml</c> (one person per author).
/// </summary>
internal static class CommentsWriter
{
    private const string W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    private const string W16Cid = "http://schemas.microsoft.com/office/word/2016/wordml/cid";

    // Durable ids are 8 hex digits below 0x7FFFFFFF; a fixed base keeps exports deterministic.
    private const int DurableIdBase = 0x20000000;

    public static void Write(MainDocumentPart main, IReadOnlyList<PlacedComment> comments, MarkupIds ids)
    {
        if (comments.Count == 0) return;
        var lastParagraphs = new Dictionary<string, string>(StringComparer.Ordinal);
        var root = new Comments();
        WordNamespaces.Declare(root);
        foreach (var placed in comments)
        {
            var comment = Comment(placed, ids);
            lastParagraphs[placed.Comment.Id] = comment.Elements<Paragraph>().Last().ParagraphId!.Value!;
            root.AppendChild(comment);
        }
        main.AddNewPart<WordprocessingCommentsPart>().Comments = root;

        var extended = new CommentsEx();
        extended.AddNamespaceDeclaration("w15", W15);
        foreach (var placed in comments)
        {
            var entry = new CommentEx { ParaId = lastParagraphs[placed.Comment.Id], Done = placed.Comment.Done };
            if (placed.Comment.ParentId is { } parent) entry.ParaIdParent = lastParagraphs[parent];
            extended.AppendChild(entry);
        }
        main.AddNewPart<WordprocessingCommentsExPart>().CommentsEx = extended;

        var durable = new CommentsIds();
        durable.AddNamespaceDeclaration("w16cid", W16Cid);
        foreach (var placed in comments)
        {
            durable.AppendChild(new CommentId
            {
                ParaId = lastParagraphs[placed.Comment.Id],
                DurableId = (DurableIdBase + placed.Number).ToString("X8", CultureInfo.InvariantCulture),
            });
        }
        main.AddNewPart<WordprocessingCommentsIdsPart>().CommentsIds = durable;

        var people = new People();
        people.AddNamespaceDeclaration("w15", W15);
        foreach (var author in comments.Select(c => c.Comment.Author).Distinct(StringComparer.Ordinal))
            people.AppendChild(new Person(new PresenceInfo { ProviderId = "None", UserId = author }) { Author = author });
        main.AddNewPart<WordprocessingPeoplePart>().People = people;
    }

    private static Comment Comment(PlacedComment placed, MarkupIds ids)
    {
        var comment = new Comment
        {
            Id = placed.Number.ToString(CultureInfo.InvariantCulture),
            Author = placed.Comment.Author,
            Initials = placed.Comment.Initials,
            Date = RevisionMarks.DateOf(placed.Comment.When),
        };
        var lines = placed.Comment.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var paragraph = ids.NewParagraph();
            if (i == 0) paragraph.AppendChild(new Run(new AnnotationReferenceMark()));
            if (lines[i].Length > 0) paragraph.AppendChild(new Run(new Text(XmlSafe(lines[i])) { Space = SpaceProcessingModeValues.Preserve }));
            comment.AppendChild(paragraph);
        }
        return comment;
    }

    private static string XmlSafe(string text) =>
        string.Concat(text.Where((c, i) => c is '\t' || (c >= ' ' && c is not ('\uFFFE' or '\uFFFF')
            && (!char.IsSurrogate(c) || (char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]))))));
}
