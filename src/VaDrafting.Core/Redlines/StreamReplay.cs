using VaDrafting.Core.Model;

namespace VaDrafting.Core.Redlines;

/// <summary>
/// Replays the versions of one piece of text token by token, from its old tokens to its new ones, remembering for each
/// token of the new text the version that inserted it (and last changed its marks), and for each token of the old text
/// the version that deleted it. Tokens inserted and deleted in between leave no trace.
/// </summary>
internal sealed class StreamReplay
{
    private readonly RevisionStamp?[] _deletedBy;
    private readonly Atom[] _final;

    private readonly record struct Atom(InlineToken Token, int OldIndex, RevisionStamp? InsertedBy, RevisionStamp? FormattedBy);

    /// <summary>Set when a single version made every change of the text: no replay is needed.</summary>
    private readonly RevisionStamp? _only;

    private StreamReplay(RevisionStamp?[] deletedBy, Atom[] final, RevisionStamp? only)
    {
        _deletedBy = deletedBy;
        _final = final;
        _only = only;
    }

    /// <summary>Replays <paramref name="versions"/> (a null content is an absent text), then the new text itself; versions equal to the text before them are skipped.</summary>
    public static StreamReplay Run(InlineContent? oldContent, InlineToken[] oldTokens, IEnumerable<(RevisionStamp Stamp, InlineContent? Content)> versions,
                                   RevisionStamp toStamp, InlineContent? newContent, InlineToken[] newTokens, int maxTokens)
    {
        var steps = new List<(RevisionStamp Stamp, InlineContent Content)>();
        var currentContent = oldContent ?? InlineContent.Empty;
        foreach (var (stamp, content) in versions)
        {
            var next = content ?? InlineContent.Empty;
            if (next.Equals(currentContent)) continue;
            steps.Add((stamp, next));
            currentContent = next;
        }
        var last = newContent ?? InlineContent.Empty;
        if (!last.Equals(currentContent)) steps.Add((toStamp, last));
        if (steps.Count == 1) return new StreamReplay([], [], steps[0].Stamp);

        var deletedBy = new RevisionStamp?[oldTokens.Length];
        var current = new Atom[oldTokens.Length];
        for (var i = 0; i < oldTokens.Length; i++) current[i] = new Atom(oldTokens[i], i, null, null);
        for (var k = 0; k < steps.Count; k++)
            current = Step(current, k == steps.Count - 1 ? newTokens : InlineTokens.Of(steps[k].Content), steps[k].Stamp, deletedBy, maxTokens);
        return new StreamReplay(deletedBy, current, null);
    }

    /// <summary>Who made the change of one step of the redline of this text, or null when the replay does not explain it.</summary>
    public RevisionStamp? StampOf(TokenStep step) => _only is not null ? (step.Kind == SegmentKind.Equal ? null : _only) : step.Kind switch
    {
        SegmentKind.Inserted => _final[step.NewIndex].InsertedBy,
        SegmentKind.Deleted => _deletedBy[step.OldIndex],
        SegmentKind.FormatChanged => _final[step.NewIndex].FormattedBy ?? _final[step.NewIndex].InsertedBy,
        _ => null,
    };

    private static Atom[] Step(Atom[] current, InlineToken[] next, RevisionStamp stamp, RevisionStamp?[] deletedBy, int maxTokens)
    {
        var tokens = new InlineToken[current.Length];
        for (var i = 0; i < current.Length; i++) tokens[i] = current[i].Token;
        var (steps, _) = TokenDiff.Diff(tokens, next, maxTokens);
        var result = new Atom[next.Length];
        foreach (var step in steps)
        {
            switch (step.Kind)
            {
                case SegmentKind.Equal:
                    result[step.NewIndex] = current[step.OldIndex] with { Token = next[step.NewIndex] };
                    break;
                case SegmentKind.FormatChanged:
                    result[step.NewIndex] = current[step.OldIndex] with { Token = next[step.NewIndex], FormattedBy = stamp };
                    break;
                case SegmentKind.Inserted:
                    result[step.NewIndex] = new Atom(next[step.NewIndex], -1, stamp, null);
                    break;
                case SegmentKind.Deleted:
                    var atom = current[step.OldIndex];
                    if (atom.OldIndex >= 0) deletedBy[atom.OldIndex] = stamp;
                    break;
            }
        }
        return result;
    }
}
