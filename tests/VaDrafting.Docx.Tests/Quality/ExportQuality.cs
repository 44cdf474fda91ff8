using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace VaDrafting.Docx.Tests.Quality;

/// <summary>
/// The quality gate of every exported Word file: the Open XML validator for Office 2019 with zero errors, plus the
/// checks the validator does not make — unique revision ids with author and date, unique <c>w14:paraId</c>s across the
/// package, comments anchored by start, end and reference, replies pointing at existing comments, move ranges that pair up.
/// </summary>
public static class ExportQuality
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static readonly XNamespace W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    private static readonly XNamespace W16Cid = "http://schemas.microsoft.com/office/word/2016/wordml/cid";

    /// <summary>Revision elements: each has its own <c>w:id</c>, shared by no other revision of the package.</summary>
    private static readonly HashSet<string> Revisions =
    [
        "ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart",
        "rPrChange", "pPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange", "tblGridChange",
        "numberingChange", "cellIns", "cellDel", "cellMerge",
    ];

    /// <summary>Revisions whose author and date Word shows in its review pane.</summary>
    private static readonly HashSet<string> AttributedRevisions =
        ["ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart", "rPrChange", "pPrChange", "trPrChange", "tcPrChange"];

    /// <summary>Every problem of a .docx, validator errors first; empty for a good file.</summary>
    public static IReadOnlyList<string> Problems(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var problems = new List<string>();
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        problems.AddRange(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word)
            .Select(e => $"validator: {e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));

        var parts = WordParts(word);
        problems.AddRange(RevisionProblems(parts));
        problems.AddRange(ParagraphIdProblems(parts));
        problems.AddRange(MoveProblems(parts));
        problems.AddRange(CommentProblems(word, parts));
        return problems;
    }

    /// <summary>Fails the test with the list of problems unless the .docx has none.</summary>
    public static void AssertValid(byte[] docx)
    {
        var problems = Problems(docx);
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) in the exported file:\n" + string.Join("\n", problems.Take(50)));
    }

    /// <summary>Fails the test unless the .xlsx passes the Open XML validator for Office 2019 with zero errors.</summary>
    public static void AssertValidWorkbook(byte[] xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(workbook)
            .Select(e => $"validator: {e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} problem(s) in the exported workbook:\n" + string.Join("\n", errors.Take(50)));
    }

    private sealed record WordPart(string Name, XDocument Xml);

    private static List<WordPart> WordParts(WordprocessingDocument word)
    {
        var main = word.MainDocumentPart ?? throw new InvalidOperationException("The file has no main document part.");
        var parts = new List<OpenXmlPart> { main };
        if (main.FootnotesPart is { } footnotes) parts.Add(footnotes);
        if (main.EndnotesPart is { } endnotes) parts.Add(endnotes);
        if (main.WordprocessingCommentsPart is { } comments) parts.Add(comments);
        parts.AddRange(main.HeaderParts);
        parts.AddRange(main.FooterParts);
        return parts.Select(part =>
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            return new WordPart(part.Uri.ToString(), XDocument.Load(stream));
        }).ToList();
    }

    private static IEnumerable<string> RevisionProblems(List<WordPart> parts)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var element in part.Xml.Descendants().Where(e => e.Name.Namespace == W && Revisions.Contains(e.Name.LocalName)))
            {
                var id = (string?)element.Attribute(W + "id");
                var where = $"{part.Name} w:{element.Name.LocalName}";
                if (id is null)
                {
                    yield return $"{where} has no w:id";
                    continue;
                }
                if (!seen.TryAdd(id, where)) yield return $"{where} reuses revision id {id} of {seen[id]}";
                if (!AttributedRevisions.Contains(element.Name.LocalName)) continue;
                if (string.IsNullOrWhiteSpace((string?)element.Attribute(W + "author"))) yield return $"{where} id {id} has no author";
                if (!DateTimeOffset.TryParse((string?)element.Attribute(W + "date"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
                    yield return $"{where} id {id} has no valid date";
            }
        }
    }

    private static IEnumerable<string> ParagraphIdProblems(List<WordPart> parts)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            foreach (var paragraph in part.Xml.Descendants(W + "p"))
            {
                var id = (string?)paragraph.Attribute(W14 + "paraId");
                if (id is null) continue;
                if (!int.TryParse(id, System.Globalization.NumberStyles.HexNumber, null, out var value) || value <= 0 || id.Length != 8)
                    yield return $"{part.Name}: w14:paraId {id} is not 8 hex digits between 1 and 7FFFFFFF";
                if (!seen.TryAdd(id, part.Name)) yield return $"{part.Name}: w14:paraId {id} is also used in {seen[id]}";
            }
        }
    }

    private static IEnumerable<string> MoveProblems(List<WordPart> parts)
    {
        foreach (var part in parts)
        {
            foreach (var kind in new[] { "moveFrom", "moveTo" })
            {
                var starts = part.Xml.Descendants(W + kind + "RangeStart").ToList();
                var ends = part.Xml.Descendants(W + kind + "RangeEnd").Select(e => (string?)e.Attribute(W + "id")).ToHashSet();
                foreach (var start in starts.Where(s => !ends.Contains((string?)s.Attribute(W + "id"))))
                    yield return $"{part.Name}: w:{kind}RangeStart id {(string?)start.Attribute(W + "id")} has no w:{kind}RangeEnd";
                if (starts.Select(s => (string?)s.Attribute(W + "name")).Any(string.IsNullOrEmpty))
                    yield return $"{part.Name}: a w:{kind}RangeStart has no w:name";
            }
            var from = Names(part, "moveFromRangeStart");
            var to = Names(part, "moveToRangeStart");
            foreach (var name in from.Except(to)) yield return $"{part.Name}: move '{name}' has a source but no destination";
            foreach (var name in to.Except(from)) yield return $"{part.Name}: move '{name}' has a destination but no source";
            foreach (var name in part.Xml.Descendants(W + "moveFromRangeStart").GroupBy(s => (string?)s.Attribute(W + "name")).Where(g => g.Count() > 1))
                yield return $"{part.Name}: move name '{name.Key}' is used by {name.Count()} sources";
            if (part.Xml.Descendants(W + "moveFrom").Any() && from.Count == 0) yield return $"{part.Name}: w:moveFrom outside any move range";
            if (part.Xml.Descendants(W + "moveTo").Any() && to.Count == 0) yield return $"{part.Name}: w:moveTo outside any move range";
        }
    }

    private static HashSet<string> Names(WordPart part, string element) =>
        part.Xml.Descendants(W + element).Select(s => (string?)s.Attribute(W + "name") ?? "").ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> CommentProblems(WordprocessingDocument word, List<WordPart> parts)
    {
        var main = word.MainDocumentPart!;
        var commentsPart = parts.FirstOrDefault(p => main.WordprocessingCommentsPart is { } c && p.Name == c.Uri.ToString());
        var comments = commentsPart?.Xml.Root?.Elements(W + "comment").ToList() ?? [];
        var markerNames = new[] { "commentRangeStart", "commentRangeEnd", "commentReference" };
        var markers = parts.Where(p => p != commentsPart).SelectMany(p => p.Xml.Descendants())
            .Where(e => e.Name.Namespace == W && markerNames.Contains(e.Name.LocalName))
            .ToList();
        var markerCounts = markers.GroupBy(e => (e.Name.LocalName, Id: (string?)e.Attribute(W + "id")))
            .ToDictionary(g => g.Key, g => g.Count());
        var commentIds = comments.Select(c => (string?)c.Attribute(W + "id")).ToHashSet();

        var lastParagraphIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var comment in comments)
        {
            var id = (string?)comment.Attribute(W + "id");
            if (string.IsNullOrWhiteSpace((string?)comment.Attribute(W + "author"))) yield return $"comment {id} has no author";
            foreach (var marker in markerNames)
            {
                var count = markerCounts.GetValueOrDefault((marker, id));
                if (count != 1) yield return $"comment {id} has {count} w:{marker} in the document (expected 1)";
            }
            var paragraphs = comment.Elements(W + "p").ToList();
            if (paragraphs.Count == 0)
            {
                yield return $"comment {id} has no paragraph";
                continue;
            }
            if (!paragraphs[0].Descendants(W + "annotationRef").Any()) yield return $"comment {id}: its first paragraph has no annotation reference";
            if ((string?)paragraphs[^1].Attribute(W14 + "paraId") is { } last) lastParagraphIds.Add(last);
            else yield return $"comment {id}: its last paragraph has no w14:paraId";
        }
        foreach (var marker in markers.Where(e => !commentIds.Contains((string?)e.Attribute(W + "id"))))
            yield return $"w:{marker.Name.LocalName} {(string?)marker.Attribute(W + "id")} names no comment";

        var extended = main.WordprocessingCommentsExPart is { } exPart ? Load(exPart) : null;
        var entries = extended?.Root?.Elements(W15 + "commentEx").ToList() ?? [];
        var entryIds = entries.Select(e => (string?)e.Attribute(W15 + "paraId") ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var paraId = (string?)entry.Attribute(W15 + "paraId") ?? "";
            if (!lastParagraphIds.Contains(paraId)) yield return $"commentEx {paraId} is not the last paragraph of a comment";
            if ((string?)entry.Attribute(W15 + "paraIdParent") is { } parent && !entryIds.Contains(parent))
                yield return $"commentEx {paraId} has paraIdParent {parent}, which names no commentEx";
        }
        if (comments.Count > 0 && extended is null) yield return "comments without a commentsExtended part (no replies or resolved state)";

        if (main.WordprocessingCommentsIdsPart is { } idsPart)
        {
            var durable = Load(idsPart).Root?.Elements(W16Cid + "commentId").ToList() ?? [];
            foreach (var entry in durable.Where(d => !lastParagraphIds.Contains((string?)d.Attribute(W16Cid + "paraId") ?? "")))
                yield return $"commentId {(string?)entry.Attribute(W16Cid + "paraId")} is not the last paragraph of a comment";
            foreach (var twice in durable.GroupBy(d => (string?)d.Attribute(W16Cid + "durableId")).Where(g => g.Count() > 1))
                yield return $"durableId {twice.Key} is used {twice.Count()} times";
        }
    }

    private static XDocument Load(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return XDocument.Load(stream);
    }
}
