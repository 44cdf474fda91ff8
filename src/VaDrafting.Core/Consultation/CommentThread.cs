using System.Text.RegularExpressions;
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
/// Every operation returns a new value and throws <see cref="ConsultationException"/> when the thread's state does
/// not allow it. Who may perform an operation is decided by <see cref="ConsultationPermissions"/>.
/// </summary>
public sealed partial record CommentThread(
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
    DateTimeOffset? SubmittedAt)
{
    [GeneratedRegex("^[0-9a-f]{7,64}$")]
    private static partial Regex CommitPattern();

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

    /// <summary>This thread with comment <paramref name="commentId"/> (the opening or a reply) changed to <paramref name="newText"/>.</summary>
    public CommentThread WithEditedComment(string commentId, string newText, DateTimeOffset when)
    {
        if (Opening.Id == commentId) return this with { Opening = Opening.Edit(newText, when) };
        var index = Replies.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Id == commentId, (null!, -1)).Item2;
        if (index < 0) throw new ConsultationException($"Thread '{Id}' has no comment '{commentId}'.");
        var replies = Replies.ToList();
        replies[index] = replies[index].Edit(newText, when);
        return this with { Replies = replies };
    }

    /// <summary>This draft submitted to the round by <paramref name="userId"/>.</summary>
    public CommentThread Submit(string userId, DateTimeOffset when)
    {
        if (Stage != ThreadStage.Draft) throw new ConsultationException($"Thread '{Id}' is already submitted.");
        return this with { Stage = ThreadStage.Submitted, SubmittedById = ConsultationIds.EnsureExternal(userId, "submitter"), SubmittedAt = when };
    }

    /// <summary>This thread with the coordinators' <paramref name="decision"/>, and resolved. A later decision replaces an earlier one.</summary>
    public CommentThread Decide(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (Stage != ThreadStage.Submitted) throw new ConsultationException($"Thread '{Id}' is a draft; only submitted threads are decided.");
        if (decision.AppliedInCommit is not null) throw new ConsultationException("A new decision cannot already be applied; use MarkApplied.");
        return this with { Decision = decision, Status = ThreadStatus.Resolved };
    }

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

    /// <summary>This thread recording that its accepted proposal was applied in <paramref name="commit"/> (a hex commit id).</summary>
    public CommentThread MarkApplied(string commit)
    {
        if (Proposal is null) throw new ConsultationException($"Thread '{Id}' has no proposed change to apply.");
        if (Decision is not { AcceptsProposal: true }) throw new ConsultationException($"The proposal of thread '{Id}' has not been accepted.");
        if (commit is null || !CommitPattern().IsMatch(commit)) throw new ConsultationException($"'{commit}' is not a commit id.");
        return this with { Decision = Decision with { AppliedInCommit = commit } };
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

    public bool Equals(CommentThread? other) =>
        other is not null && Id == other.Id && RoundId == other.RoundId && Anchor == other.Anchor && AnchorStatus == other.AnchorStatus
        && Type == other.Type && Opening == other.Opening && Replies.SequenceEqual(other.Replies) && Proposal == other.Proposal
        && Status == other.Status && Decision == other.Decision && SubmittedByOrganisationId == other.SubmittedByOrganisationId
        && Stage == other.Stage && SubmittedById == other.SubmittedById && SubmittedAt == other.SubmittedAt;

    public override int GetHashCode() => HashCode.Combine(Id, RoundId, Anchor, Opening, Replies.Count, Status, Stage, Decision);
}
