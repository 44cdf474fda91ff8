using VaDrafting.Core.Access;

namespace VaDrafting.Core.Consultation;

/// <summary>
/// The person asking, as the consultation rules need them: their role on the document, their organisation (null
/// for someone outside any) and whether they are a focal point of that organisation, entitled to submit its threads.
/// </summary>
public sealed record Viewer(string UserId, string? OrganisationId, DocumentRole Role, bool IsFocalPoint)
{
    /// <summary>A viewer who is a focal point when <paramref name="focalPointUserIds"/> (the focal points of their organisation) holds their id.</summary>
    public static Viewer Create(string userId, string? organisationId, DocumentRole role, IReadOnlySet<string> focalPointUserIds)
    {
        ArgumentNullException.ThrowIfNull(focalPointUserIds);
        return new Viewer(userId, organisationId, role, organisationId is not null && focalPointUserIds.Contains(userId));
    }

    public bool IsCoordinator => Role == DocumentRole.Coordinator;

    public bool BelongsTo(string? organisationId) => organisationId is not null && OrganisationId == organisationId;
}

/// <summary>
/// Who may do what in a consultation round, as pure functions of the viewer, the round, the thread and the time
/// <c>now</c> that the caller passes. Every function assumes the viewer has read access to the document.
/// </summary>
public static class ConsultationPermissions
{
    /// <summary>
    /// Open a thread (a comment, with or without a proposed change): coordinators unless the round is closed;
    /// contributors and coordinators of an invited organisation while it is open; observers never.
    /// </summary>
    public static bool CanOpenThread(Viewer viewer, Round round, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(round);
        var phase = round.PhaseAt(now);
        if (viewer.IsCoordinator) return phase != RoundPhase.Closed;
        return IsInvitedContributor(viewer, round) && phase == RoundPhase.Open;
    }

    /// <summary>
    /// Reply to a thread the viewer can see: coordinators always, also after the round closed (to explain their
    /// decisions); contributors of an invited organisation while the round is open; observers never.
    /// </summary>
    public static bool CanReply(Viewer viewer, Round round, CommentThread thread, DateTimeOffset now)
    {
        if (!CanSee(viewer, round, thread, now)) return false;
        if (viewer.IsCoordinator) return true;
        return IsInvitedContributor(viewer, round) && round.IsOpenAt(now);
    }

    /// <summary>
    /// Edit a comment of <paramref name="thread"/> while the round is open: its author, and, while the thread is a
    /// draft, the focal point of the draft's organisation consolidating it.
    /// </summary>
    public static bool CanEditComment(Viewer viewer, Round round, CommentThread thread, Comment comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(comment);
        if (viewer.Role == DocumentRole.Observer || !round.IsOpenAt(now) || !CanSee(viewer, round, thread, now)) return false;
        return comment.AuthorId == viewer.UserId || CanConsolidate(viewer, round, thread, now);
    }

    /// <summary>
    /// Consolidate a draft of the viewer's organisation — edit others' comments in it, merge it into another draft,
    /// drop it: the organisation's focal point while the round is open. A person may also drop their own draft.
    /// </summary>
    public static bool CanConsolidate(Viewer viewer, Round round, CommentThread thread, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(thread);
        return thread.Stage == ThreadStage.Draft && viewer.Role != DocumentRole.Observer && viewer.IsFocalPoint
            && viewer.BelongsTo(thread.SubmittedByOrganisationId) && round.IsOpenAt(now);
    }

    /// <summary>Drop a draft: the organisation's focal point (<see cref="CanConsolidate"/>) or the draft's own author, while the round is open.</summary>
    public static bool CanDrop(Viewer viewer, Round round, CommentThread thread, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(thread);
        if (thread.Stage != ThreadStage.Draft || viewer.Role == DocumentRole.Observer || !round.IsOpenAt(now)) return false;
        return thread.Opening.AuthorId == viewer.UserId || CanConsolidate(viewer, round, thread, now);
    }

    /// <summary>
    /// See a thread. A draft only ever within its own organisation (its author alone when it has none), coordinators
    /// of other organisations included. A submitted thread: everyone in a round of <see cref="RoundVisibility.Open"/>
    /// visibility; in a <see cref="RoundVisibility.Closed"/> round, until it closes, coordinators and the thread's
    /// own organisation, and everyone once it has closed.
    /// </summary>
    public static bool CanSee(Viewer viewer, Round round, CommentThread thread, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(thread);
        if (thread.Stage == ThreadStage.Draft)
        {
            return thread.SubmittedByOrganisationId is null
                ? thread.Opening.AuthorId == viewer.UserId
                : viewer.BelongsTo(thread.SubmittedByOrganisationId);
        }
        if (round.Visibility == RoundVisibility.Open || round.PhaseAt(now) == RoundPhase.Closed || viewer.IsCoordinator) return true;
        return viewer.BelongsTo(thread.SubmittedByOrganisationId);
    }

    /// <summary>Decide a submitted thread (disposition, accepting or rejecting its proposal), resolve or reopen it: coordinators only.</summary>
    public static bool CanDecide(Viewer viewer, CommentThread thread)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(thread);
        return viewer.IsCoordinator && thread.Stage == ThreadStage.Submitted;
    }

    /// <summary>
    /// Submit new threads straight to the round instead of as drafts: coordinators, focal points of an invited
    /// organisation, and every contributor of one when the round allows direct submission.
    /// </summary>
    public static bool CanSubmitDirectly(Viewer viewer, Round round, DateTimeOffset now)
    {
        if (!CanOpenThread(viewer, round, now)) return false;
        return viewer.IsCoordinator || viewer.IsFocalPoint || round.DirectSubmission;
    }

    /// <summary>
    /// Submit a draft of the viewer's own organisation to the round while it is open: its focal point, or anyone of
    /// the organisation (not an observer) when the round allows direct submission.
    /// </summary>
    public static bool CanSubmit(Viewer viewer, Round round, CommentThread thread, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(thread);
        if (thread.Stage != ThreadStage.Draft || viewer.Role == DocumentRole.Observer || !round.IsOpenAt(now)) return false;
        if (!viewer.BelongsTo(thread.SubmittedByOrganisationId) && !(thread.SubmittedByOrganisationId is null && thread.Opening.AuthorId == viewer.UserId))
            return false;
        return viewer.IsFocalPoint || round.DirectSubmission || thread.SubmittedByOrganisationId is null;
    }

    /// <summary>
    /// Write or change the organisation's answer to a question of the round: contributors and coordinators of an
    /// invited organisation while the round is open. There is one answer per organisation (<see cref="QuestionAnswer.Put"/>).
    /// </summary>
    public static bool CanAnswer(Viewer viewer, Round round, string questionId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.Questions.Any(q => q.Id == questionId) && IsInvitedContributor(viewer, round) && round.IsOpenAt(now);
    }

    /// <summary>See an organisation's answer: coordinators and that organisation always; others when the round's visibility is open or it has closed.</summary>
    public static bool CanSeeAnswer(Viewer viewer, Round round, QuestionAnswer answer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(answer);
        return viewer.IsCoordinator || viewer.BelongsTo(answer.OrganisationId)
            || round.Visibility == RoundVisibility.Open || round.PhaseAt(now) == RoundPhase.Closed;
    }

    private static bool IsInvitedContributor(Viewer viewer, Round round)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Role is DocumentRole.Contributor or DocumentRole.Coordinator && round.IsInvited(viewer.OrganisationId);
    }
}
