using VaDrafting.Core.Anchoring;

namespace VaDrafting.Core.Consultation;

/// <summary>
/// A comment on a passage of the round's base version, with its replies, an optional <see cref="ProposedChange"/>
/// and the coordinators' <see cref="Decision"/>.
/// <para><see cref="Anchor"/> is where the thread points in the latest version it was resolved against, and
/// <see cref="AnchorStatus"/> how it got there (an orphaned thread keeps its last anchor).</para>
/// <para><see cref="SubmittedByOrganisationId"/> is the organisation the thread belongs to: a <see cref="ThreadStage.Draft"/>
/// is visible only to that organisation until someone submits it on its behalf (<see cref="SubmittedById"/>,
/// <see cref="SubmittedAt"/>). It is null for a thread opened by someone without an organisation.</para>
/// <para><see cref="OriginalAnchor"/> is the passage the thread was first written on, kept once a coordinator has
/// confirmed a re-found position or attached the thread to another passage (<see cref="Reattach"/>).</para>
/// Every operation returns a new value and throws <see cref="ConsultationException"/> when the thread's state does
/// not allow it. Who may perform an operation is decided by <see cref="ConsultationPermissions"/>.
/// </summary>
public sealed record CommentThread(
    string Id,
    string RoundId,
    TextAnchor Anchor,
    AnchorStatus AnchorStatus,
    CommentType Type,
    Comment Opening,
    IReadOnlyList<Comment> Replies,
    ProposedChange? Proposal,
    ThreadStatus Status,
    Decision? Decision,
    string? SubmittedByOrganisationId,
    ThreadStage Stage,
    string? SubmittedById,
    DateTimeOffset? SubmittedAt,
    TextAnchor? OriginalAnchor = null)
{
    /// <summary>
    /// A new open thread of <paramref name="opening"/>'s organisation. A thread created as
    /// <see cref="ThreadStage.Submitted"/> counts as submitted by the opening comment's author when it was written.
    /// </summary>
    public static CommentThread Create(
        string id, string roundId, TextAnchor anchor, CommentType type, Comment opening, ProposedChange? proposal, ThreadStage stage)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(opening);
        if (!Enum.IsDefined(type)) throw new ConsultationException($"{(int)type} is not a comment type.");
        if (!Enum.IsDefined(stage)) throw new ConsultationException($"{(int)stage} is not a thread stage.");
        if (proposal is not null) ConsultationText.EnsureReplacement(proposal.Replacement);
        var submitted = stage == ThreadStage.Submitted;
        return new CommentThread(
            ConsultationIds.Ensure(id, "thread"), ConsultationIds.Ensure(roundId, "round"), anchor, AnchorStatus.Exact, type,
            opening, [], proposal, ThreadStatus.Open, null, opening.OrganisationId, stage,
            submitted ? opening.AuthorId : null, submitted ? opening.Created : null);
    }

    /// <summary>The opening comment, then the replies in order.</summary>
    public IEnumerable<Comment> Comments => Replies.Prepend(Opening);

    /// <summary>This thread with <paramref name="reply"/> added at the end.</summary>
    public CommentThread WithReply(Comment reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (Comments.Any(c => c.Id == reply.Id)) throw new ConsultationException($"Thread '{Id}' already has a comment '{reply.Id}'.");
        return this with { Replies = [.. Replies, reply] };
    }

    /// <summary>
    /// This thread with comment <paramref name="commentId"/> (the opening or a reply) changed to <paramref name="newText"/>
    /// by <paramref name="editorId"/> (its author, or the focal point consolidating a draft; null for the author).
    /// </summary>
    public CommentThread WithEditedComment(string commentId, string newText, DateTimeOffset when, string? editorId = null)
    {
        if (Opening.Id == commentId) return this with { Opening = Opening.Edit(newText, when, editorId) };
        var index = Replies.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Id == commentId, (null!, -1)).Item2;
        if (index < 0) throw new ConsultationException($"Thread '{Id}' has no comment '{commentId}'.");
        var replies = Replies.ToList();
        replies[index] = replies[index].Edit(newText, when, editorId);
        return this with { Replies = replies };
    }

    /// <summary>This draft submitted to the round by <paramref name="userId"/>.</summary>
    public CommentThread Submit(string userId, DateTimeOffset when)
    {
        if (Stage != ThreadStage.Draft) throw new ConsultationException($"Thread '{Id}' is already submitted.");
        return this with { Stage = ThreadStage.Submitted, SubmittedById = ConsultationIds.EnsureExternal(userId, "submitter"), SubmittedAt = when };
    }

    /// <summary>
    /// This thread with the coordinators' <paramref name="decision"/>, and resolved. A later decision replaces an
    /// earlier one but keeps the record of a proposal already applied to the text, which is applied only once.
    /// </summary>
    public CommentThread Decide(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (Stage != ThreadStage.Submitted) throw new ConsultationException($"Thread '{Id}' is a draft; only submitted threads are decided.");
        if (decision.AppliedText is not null) throw new ConsultationException("A new decision cannot already be applied; use MarkApplied.");
        return this with { Decision = decision with { AppliedText = Decision?.AppliedText }, Status = ThreadStatus.Resolved };
    }

    /// <summary>True once an accepted proposal of this thread has gone into the text.</summary>
    public bool IsApplied => Decision?.AppliedText is not null;

    /// <summary>This thread resolved again after a reopening; it must have a decision.</summary>
    public CommentThread Resolve()
    {
        if (Decision is null) throw new ConsultationException($"Thread '{Id}' has no decision yet; decide it to resolve it.");
        return this with { Status = ThreadStatus.Resolved };
    }

    /// <summary>This thread open again (its earlier decision is kept until a new one replaces it).</summary>
    public CommentThread Reopen()
    {
        if (Status == ThreadStatus.Open) throw new ConsultationException($"Thread '{Id}' is already open.");
        return this with { Status = ThreadStatus.Open };
    }

    /// <summary>
    /// This thread recording that its accepted proposal went into the text as <paramref name="appliedText"/> (the
    /// proposal, or the coordinators' edit of it). A proposal is applied once.
    /// </summary>
    public CommentThread MarkApplied(string appliedText)
    {
        if (Proposal is null) throw new ConsultationException($"Thread '{Id}' has no proposed change to apply.");
        if (Decision is not { AcceptsProposal: true }) throw new ConsultationException($"The proposal of thread '{Id}' has not been accepted.");
        if (IsApplied) throw new ConsultationException($"The proposal of thread '{Id}' is already in the text.");
        return this with { Decision = Decision with { AppliedText = ConsultationText.EnsureReplacement(appliedText) } };
    }

    /// <summary>
    /// This draft with the comments of <paramref name="source"/>, another draft of the same organisation and round,
    /// added as replies in order, so that the focal point can consolidate them into one position. The passage and
    /// proposal stay this thread's; a proposal of the source is kept in the text of its moved opening comment.
    /// New comment ids are drawn with <paramref name="newCommentId"/> from the ids taken so far.
    /// </summary>
    public CommentThread Absorb(CommentThread source, Func<IReadOnlySet<string>, string> newCommentId)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(newCommentId);
        if (source.Id == Id) throw new ConsultationException("A thread cannot be merged into itself.");
        if (Stage != ThreadStage.Draft || source.Stage != ThreadStage.Draft) throw new ConsultationException("Only drafts are merged; submitted threads belong to the round.");
        if (source.RoundId != RoundId) throw new ConsultationException("Drafts of different rounds cannot be merged.");
        if (source.SubmittedByOrganisationId is null || source.SubmittedByOrganisationId != SubmittedByOrganisationId)
            throw new ConsultationException("Only drafts of the same organisation are merged.");
        var taken = Comments.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var moved = new List<Comment>();
        foreach (var comment in source.Comments)
        {
            var id = newCommentId(taken);
            taken.Add(id);
            var text = comment == source.Opening && source.Proposal is { } proposal
                ? $"{comment.Text}\n\nProposed text for “{source.Anchor.Exact}”: {(proposal.Replacement.Length == 0 ? "(delete)" : proposal.Replacement)}"
                : comment.Text;
            moved.Add(comment with { Id = ConsultationIds.Ensure(id, "comment"), Text = ConsultationText.EnsureMultiline(text, "merged comment text", ConsultationText.MaxCommentLength) });
        }
        return this with { Replies = [.. Replies, .. moved] };
    }

    /// <summary>
    /// This thread pointing where <paramref name="resolution"/> found its passage in a newer version; an orphaned
    /// resolution keeps the last anchor and only changes the status.
    /// </summary>
    public CommentThread Reanchored(AnchorResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        return resolution.Anchor is null
            ? this with { AnchorStatus = AnchorStatus.Orphaned }
            : this with { Anchor = resolution.Anchor, AnchorStatus = resolution.Status };
    }

    /// <summary>
    /// This thread attached to <paramref name="anchor"/> in the latest version, as a coordinator confirmed or chose
    /// it: the status becomes <see cref="AnchorStatus.Exact"/> and the passage first commented on is kept.
    /// </summary>
    public CommentThread Reattach(TextAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        return this with { Anchor = anchor, AnchorStatus = AnchorStatus.Exact, OriginalAnchor = OriginalAnchor ?? Anchor };
    }

    public bool Equals(CommentThread? other) =>
        other is not null && Id == other.Id && RoundId == other.RoundId && Anchor == other.Anchor && AnchorStatus == other.AnchorStatus
        && Type == other.Type && Opening == other.Opening && Replies.SequenceEqual(other.Replies) && Proposal == other.Proposal
        && Status == other.Status && Decision == other.Decision && SubmittedByOrganisationId == other.SubmittedByOrganisationId
        && Stage == other.Stage && SubmittedById == other.SubmittedById && SubmittedAt == other.SubmittedAt && OriginalAnchor == other.OriginalAnchor;

    public override int GetHashCode() => HashCode.Combine(Id, RoundId, Anchor, Opening, Replies.Count, Status, Stage, Decision);
}
