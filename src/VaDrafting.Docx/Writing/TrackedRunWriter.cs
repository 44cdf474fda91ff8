using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using VaDrafting.Docx.Reading;

namespace VaDrafting.Docx.Writing;

/// <summary>How a piece of text shows in a redline: plain, or inside an insertion, deletion or one side of a move.</summary>
internal enum Tracking
{
    None,
    Inserted,
    Deleted,
    MovedFrom,
    MovedTo,
}

/// <summary>
/// One inline of a redlined text and how it is tracked. <see cref="OldMarks"/> (with <see cref="OldLinked"/>) is set for a
/// formatting change; <see cref="Anchored"/> tells whether the inline is part of the text comment offsets count in.
/// </summary>
internal sealed record TrackedPiece(Inline Inline, Tracking Tracking, RevisionStamp? By, TextMarks? OldMarks = null, bool OldLinked = false, bool Anchored = true)
{
    public int AnchorLength => !Anchored ? 0 : Inline switch
    {
        TextInline text => text.Text.Length,
        LineBreakInline => 1,
        _ => 0,
    };

    /// <summary>
    /// The pieces of a changed block's segments. A link whose target changed shows as the old link deleted and the new one
    /// inserted (Word tracks no change of a hyperlink's target); other format changes keep the text and record the old run
    /// properties. At the destination of a move, deleted words are left out: the source shows the whole old text, so
    /// rejecting the move (which drops the destination) and accepting it (which drops the source) both come out right.
    /// </summary>
    public static IEnumerable<TrackedPiece> FromSegments(IEnumerable<RedlineSegment> segments, bool movedHere, RevisionStamp? blockBy)
    {
        var kept = movedHere ? Tracking.MovedTo : Tracking.None;
        foreach (var segment in segments)
        {
            var by = segment.By ?? blockBy;
            switch (segment.Kind)
            {
                case SegmentKind.Equal:
                    yield return new TrackedPiece(InlineOf(segment, segment.Marks, segment.Href), kept, by);
                    break;
                case SegmentKind.Inserted:
                    yield return new TrackedPiece(InlineOf(segment, segment.Marks, segment.Href), Tracking.Inserted, by, Anchored: false);
                    break;
                case SegmentKind.Deleted when !movedHere:
                    yield return new TrackedPiece(InlineOf(segment, segment.Marks, segment.Href), Tracking.Deleted, by);
                    break;
                case SegmentKind.FormatChanged when !movedHere && !SameLink(segment.OldHref, segment.Href):
                    yield return new TrackedPiece(InlineOf(segment, segment.OldMarks ?? TextMarks.None, segment.OldHref), Tracking.Deleted, by);
                    yield return new TrackedPiece(InlineOf(segment, segment.Marks, segment.Href), Tracking.Inserted, by, Anchored: false);
                    break;
                case SegmentKind.FormatChanged:
                    yield return new TrackedPiece(InlineOf(segment, segment.Marks, segment.Href), kept, by,
                        segment.OldMarks ?? TextMarks.None, HyperlinkTargets.Safe(segment.OldHref) is not null);
                    break;
            }
        }
    }

    /// <summary>Every inline of <paramref name="content"/> tracked the same way.</summary>
    public static IEnumerable<TrackedPiece> FromContent(InlineContent content, Tracking tracking, RevisionStamp? by) =>
        content.Select(inline => new TrackedPiece(inline, tracking, by));

    /// <summary>The text one side of segments spells (new: all but deletions; old: all but insertions, with the old formatting).</summary>
    public static InlineContent Side(IEnumerable<RedlineSegment> segments, bool newSide) =>
        InlineContent.Of(segments
            .Where(s => s.Kind != (newSide ? SegmentKind.Deleted : SegmentKind.Inserted))
            .Select(s => newSide || s.Kind != SegmentKind.FormatChanged
                ? InlineOf(s, s.Marks, s.Href)
                : InlineOf(s, s.OldMarks ?? TextMarks.None, s.OldHref)));

    private static Inline InlineOf(RedlineSegment segment, TextMarks marks, string? href) =>
        segment.FootnoteId is { } footnoteId ? new FootnoteRefInline(footnoteId)
        : segment.LineBreak ? new LineBreakInline()
        : new TextInline(segment.Text, marks, href);

    private static bool SameLink(string? oldHref, string? newHref) =>
        string.Equals(HyperlinkTargets.Safe(oldHref), HyperlinkTargets.Safe(newHref), StringComparison.Ordinal);
}

/// <summary>Writes tracked pieces through a <see cref="RunWriter"/>, wrapping its runs in revision elements and placing comment markers.</summary>
internal sealed class TrackedRunWriter(RunWriter runs, RevisionMarks marks)
{
    public RunWriter Runs => runs;

    public List<OpenXmlElement> Write(IEnumerable<TrackedPiece> pieces, CommentCursor? cursor = null)
    {
        var elements = new List<OpenXmlElement>();
        foreach (var piece in pieces)
        {
            foreach (var part in cursor is null ? [piece] : cursor.Split(piece))
            {
                if (cursor is not null) elements.AddRange(cursor.MarkersAt(cursor.Position));
                elements.AddRange(Write(part));
                cursor?.Advance(part.AnchorLength);
            }
        }
        return elements;
    }

    private IEnumerable<OpenXmlElement> Write(TrackedPiece piece)
    {
        var side = piece.Tracking switch
        {
            Tracking.Inserted or Tracking.MovedTo => TextSide.New,
            Tracking.Deleted or Tracking.MovedFrom => TextSide.Old,
            _ => TextSide.Both,
        };
        var written = runs.Write(InlineContent.Of(piece.Inline), side).ToList();
        if (piece.OldMarks is { } oldMarks) RecordFormatChange(written, oldMarks, piece.OldLinked, piece.By);
        return Wrap(written, piece.Tracking, piece.By);
    }

    private void RecordFormatChange(List<OpenXmlElement> written, TextMarks oldMarks, bool oldLinked, RevisionStamp? by)
    {
        foreach (var run in written.SelectMany(e => e is Run r ? [r] : e.Descendants<Run>()))
        {
            if (run.GetFirstChild<Text>() is null) continue;
            var properties = run.RunProperties ?? run.PrependChild(new RunProperties());
            var change = marks.New<RunPropertiesChange>(by);
            var previous = new PreviousRunProperties();
            if (RunWriter.RunPropertiesFor(oldMarks, oldLinked) is { } old)
            {
                foreach (var child in old.ChildElements) previous.AppendChild(child.CloneNode(true));
            }
            change.AppendChild(previous);
            properties.AppendChild(change);
        }
    }

    /// <summary>
    /// Puts the written runs (and bookmarks among them) inside revision elements of <paramref name="tracking"/>; a hyperlink
    /// keeps its place and gets the revision element inside it, since a revision cannot hold a hyperlink.
    /// </summary>
    public List<OpenXmlElement> Wrap(IEnumerable<OpenXmlElement> written, Tracking tracking, RevisionStamp? by)
    {
        var result = new List<OpenXmlElement>();
        if (tracking == Tracking.None)
        {
            result.AddRange(written);
            return result;
        }
        OpenXmlCompositeElement? open = null;
        foreach (var element in written)
        {
            if (element is Hyperlink link)
            {
                open = null;
                var inner = NewWrapper(tracking, by);
                foreach (var child in link.ChildElements.ToList())
                {
                    child.Remove();
                    inner.AppendChild(Deletable(child, tracking));
                }
                link.AppendChild(inner);
                result.Add(link);
                continue;
            }
            if (open is null)
            {
                open = NewWrapper(tracking, by);
                result.Add(open);
            }
            open.AppendChild(Deletable(element, tracking));
        }
        return result;
    }

    /// <summary>An empty revision element of <paramref name="tracking"/>, e.g. to hold the bookmark of a block without text.</summary>
    public OpenXmlCompositeElement NewWrapper(Tracking tracking, RevisionStamp? by) => tracking switch
    {
        Tracking.Inserted => marks.New<InsertedRun>(by),
        Tracking.Deleted => marks.New<DeletedRun>(by),
        Tracking.MovedFrom => marks.New<MoveFromRun>(by),
        Tracking.MovedTo => marks.New<MoveToRun>(by),
        _ => throw new ArgumentOutOfRangeException(nameof(tracking), tracking, "Plain text has no revision element."),
    };

    /// <summary>Deleted and moved-away text is <c>w:delText</c> (and field codes <c>w:delInstrText</c>), as Word requires.</summary>
    private static OpenXmlElement Deletable(OpenXmlElement element, Tracking tracking)
    {
        if (tracking is not (Tracking.Deleted or Tracking.MovedFrom)) return element;
        foreach (var text in element.Descendants<Text>().ToList())
            text.Parent!.ReplaceChild(new DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve }, text);
        foreach (var code in element.Descendants<FieldCode>().ToList())
            code.Parent!.ReplaceChild(new DeletedFieldCode(code.Text) { Space = SpaceProcessingModeValues.Preserve }, code);
        return element;
    }
}
