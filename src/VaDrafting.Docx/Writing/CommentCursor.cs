using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using VaDrafting.Docx.Review;

namespace VaDrafting.Docx.Writing;

/// <summary>A comment to place in the body, with its number in the comments part.</summary>
internal sealed record PlacedComment(WordComment Comment, int Number);

/// <summary>
/// Walks the anchor text of one block while its pieces are written and hands out the comment markers due at each offset:
/// <c>commentRangeStart</c>, <c>commentRangeEnd</c> and the run with <c>commentReference</c>. Offsets beyond the text
/// are placed at its end.
/// </summary>
internal sealed class CommentCursor(IReadOnlyList<PlacedComment> comments)
{
    private readonly HashSet<int> _started = [];
    private readonly HashSet<int> _ended = [];

    public int Position { get; private set; }

    public void Advance(int length) => Position += length;

    /// <summary>The piece cut where a comment starts or ends strictly inside its text.</summary>
    public IEnumerable<TrackedPiece> Split(TrackedPiece piece)
    {
        if (piece.Inline is not TextInline text || !piece.Anchored || text.Text.Length < 2)
        {
            yield return piece;
            yield break;
        }
        var cuts = comments.SelectMany(c => new[] { c.Comment.Start, c.Comment.End })
            .Select(offset => offset - Position)
            .Where(cut => cut > 0 && cut < text.Text.Length && !(char.IsHighSurrogate(text.Text[cut - 1]) && char.IsLowSurrogate(text.Text[cut])))
            .Distinct().Order().ToList();
        var from = 0;
        foreach (var cut in cuts.Append(text.Text.Length))
        {
            yield return piece with { Inline = text with { Text = text.Text[from..cut] } };
            from = cut;
        }
    }

    /// <summary>Ends of comments running up to <paramref name="position"/>, then starts (and ends of empty ranges) there.</summary>
    public List<OpenXmlElement> MarkersAt(int position)
    {
        var markers = new List<OpenXmlElement>();
        foreach (var placed in comments.Where(c => _started.Contains(c.Number) && !_ended.Contains(c.Number) && c.Comment.End <= position))
            markers.AddRange(End(placed.Number));
        foreach (var placed in comments.Where(c => !_started.Contains(c.Number) && c.Comment.Start <= position))
        {
            _started.Add(placed.Number);
            markers.Add(new CommentRangeStart { Id = Number(placed.Number) });
            if (placed.Comment.End <= position) markers.AddRange(End(placed.Number));
        }
        return markers;
    }

    /// <summary>Every marker not placed yet (comments reaching past the end of the text).</summary>
    public List<OpenXmlElement> Rest() => MarkersAt(int.MaxValue);

    private IEnumerable<OpenXmlElement> End(int number)
    {
        _ended.Add(number);
        yield return new CommentRangeEnd { Id = Number(number) };
        yield return new Run(new CommentReference { Id = Number(number) });
    }

    private static string Number(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
