using VaDrafting.Core.Model;

namespace VaDrafting.Core.Redlines;

/// <summary>Turns token steps into segments: neighbouring text tokens of the same kind, format and author join into one segment.</summary>
internal static class SegmentBuilder
{
    public static List<RedlineSegment> Build(InlineToken[] oldTokens, InlineToken[] newTokens, List<TokenStep> steps,
                                             Func<TokenStep, RevisionStamp?>? stampOf = null)
    {
        var segments = new List<RedlineSegment>();
        var text = new System.Text.StringBuilder();
        RedlineSegment? open = null;

        void Close()
        {
            if (open is null) return;
            segments.Add(open with { Text = text.ToString() });
            open = null;
            text.Clear();
        }

        foreach (var step in steps)
        {
            var token = step.Kind == SegmentKind.Deleted ? oldTokens[step.OldIndex] : newTokens[step.NewIndex];
            var old = step.Kind == SegmentKind.FormatChanged ? oldTokens[step.OldIndex] : default;
            var by = step.Kind == SegmentKind.Equal ? null : stampOf?.Invoke(step);
            var segment = new RedlineSegment(step.Kind, "", token.Marks, token.Href,
                step.Kind == SegmentKind.FormatChanged ? old.Marks : null,
                step.Kind == SegmentKind.FormatChanged ? old.Href : null,
                token.FootnoteId, token.LineBreak, by);
            if (token.FootnoteId is not null || token.LineBreak)
            {
                Close();
                segments.Add(segment);
                continue;
            }
            if (open is null || open != segment)
            {
                Close();
                open = segment;
            }
            text.Append(token.Text);
        }
        Close();
        return segments;
    }

    /// <summary>Segments of content that did not change: one equal segment per inline.</summary>
    public static List<RedlineSegment> Unchanged(InlineContent content) =>
        content.Select(inline => inline switch
        {
            TextInline text => new RedlineSegment(SegmentKind.Equal, text.Text, text.Marks, text.Href, null, null, null, false, null),
            FootnoteRefInline reference => new RedlineSegment(SegmentKind.Equal, "", TextMarks.None, null, null, null, reference.FootnoteId, false, null),
            _ => new RedlineSegment(SegmentKind.Equal, "", TextMarks.None, null, null, null, null, true, null),
        }).ToList();

    /// <summary>The content one side of the segments spells: the new side (accepted) or the old side (rejected).</summary>
    public static InlineContent Side(IEnumerable<RedlineSegment> segments, bool accepted) =>
        InlineContent.Of(segments
            .Where(s => s.Kind is SegmentKind.Equal or SegmentKind.FormatChanged || s.Kind == (accepted ? SegmentKind.Inserted : SegmentKind.Deleted))
            .Select(s => accepted || s.Kind != SegmentKind.FormatChanged
                ? InlineTokens.ToInline(s.Text, s.Marks, s.Href, s.FootnoteId, s.LineBreak)
                : InlineTokens.ToInline(s.Text, s.OldMarks ?? TextMarks.None, s.OldHref, s.FootnoteId, s.LineBreak)));
}
