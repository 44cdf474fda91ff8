using System.Text;
using VaDrafting.Core.Access;
using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Serialization;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Live;
using VaDrafting.Storage;

namespace VaDrafting.Server.Consultation;

/// <summary>
/// Consultation rounds of a document: rounds, comment threads with replies and proposed changes, the coordinators'
/// decisions and the answers to a round's questions. Every write is one commit by the acting person on top of the
/// head it read; who may do what is decided by <see cref="ConsultationPermissions"/> with the time of the
/// registered <see cref="TimeProvider"/>. After each commit the change is published to live clients (<see cref="IDocumentEvents"/>).
/// <para>Anchors are made on the text at the latest version (what readers see) and resolved again against the latest
/// version whenever threads are read. Focal points come from the document's register (<see cref="FocalPointRegister"/>):
/// they consolidate their organisation's drafts (edit, merge, drop) and submit them; in a round without direct
/// submission everyone else's new threads start as drafts.</para>
/// </summary>
public sealed class ConsultationService(
    IDocumentStore store, DocumentService documents, PeopleDirectory directory, TimeProvider time, IDocumentEvents events)
{
    public IReadOnlyList<RoundView> ListRounds(string documentId, Actor actor)
    {
        ViewerOf(documentId, actor);
        return [.. ConsultationState.AtHead(store, documentId).Rounds().Select(ToView)];
    }

    public RoundView GetRound(string documentId, string roundId, Actor actor)
    {
        ViewerOf(documentId, actor);
        return ToView(ConsultationState.AtHead(store, documentId).Round(roundId));
    }

    public async Task<RoundView> OpenRoundAsync(string documentId, OpenRoundRequest request, Actor actor, CancellationToken cancellationToken)
    {
        RequireCoordinator(ViewerOf(documentId, actor), "open a consultation round");
        var state = ConsultationState.AtHead(store, documentId);
        var baseVersion = request.BaseVersion ?? throw new InvalidDraftingRequestException("Name the circulated version the round consults on (baseVersion).");
        if (!store.Tags(documentId).Any(t => t.Name == baseVersion))
            throw new InvalidDraftingRequestException($"'{baseVersion}' is not a circulated version of this document.");
        var closes = request.Closes ?? throw new InvalidDraftingRequestException("Give the round a deadline (closes).");
        var timeZone = request.TimeZone ?? "Europe/Zurich";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
            throw new InvalidDraftingRequestException($"'{timeZone}' is not a time zone of the IANA database, such as Europe/Zurich or America/Santiago.");
        var now = time.GetUtcNow();
        var taken = state.Rounds().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var questionIds = new HashSet<string>(StringComparer.Ordinal);
        var questions = (request.Questions ?? []).Select(q =>
        {
            var id = BlockIds.New(questionIds);
            questionIds.Add(id);
            if (q.SectionBlockId is not null && !state.Text.Blocks.Any(b => b.Id == q.SectionBlockId && b is HeadingBlock))
                throw new InvalidDraftingRequestException($"The document has no heading '{q.SectionBlockId}' for the question to refer to.");
            return RoundQuestion.Create(id, q.Text ?? "", q.SectionBlockId);
        }).ToList();
        var round = Round.Create(BlockIds.New(taken), request.Title ?? "", baseVersion, request.Opens ?? now, closes,
            timeZone, request.InvitedOrganisationIds ?? DefaultInvitations(documentId),
            request.Visibility ?? RoundVisibility.Open, request.DirectSubmission ?? true, questions);
        foreach (var organisation in round.InvitedOrganisationIds)
        {
            if (directory.FindOrganisation(organisation) is null) throw new InvalidDraftingRequestException($"'{organisation}' is not a known organisation.");
        }
        await CommitAsync(state, actor, $"Open round “{round.Title}”",
            new() { [ConsultationPaths.Round(round.Id)] = ConsultationJson.Serialize(round) }, cancellationToken);
        var view = ToView(round);
        await events.RoundChangedAsync(documentId, view);
        return view;
    }

    public Task<RoundView> ExtendRoundAsync(string documentId, string roundId, DateTimeOffset? closes, Actor actor, CancellationToken cancellationToken) =>
        ChangeRoundAsync(documentId, roundId, actor, "extend a round", (round, now) =>
            (round.Extend(closes ?? throw new InvalidDraftingRequestException("Give the new deadline (closes)."), now), $"Extend round “{round.Title}” to {closes!.Value.UtcDateTime:yyyy-MM-dd HH:mm} UTC"), cancellationToken);

    public Task<RoundView> CloseRoundAsync(string documentId, string roundId, Actor actor, CancellationToken cancellationToken) =>
        ChangeRoundAsync(documentId, roundId, actor, "close a round", (round, now) => (round.Close(now), $"Close round “{round.Title}”"), cancellationToken);

    public Task<RoundView> ReopenRoundAsync(string documentId, string roundId, DateTimeOffset? closes, Actor actor, CancellationToken cancellationToken) =>
        ChangeRoundAsync(documentId, roundId, actor, "reopen a round", (round, now) =>
            (round.Reopen(closes ?? throw new InvalidDraftingRequestException("Give the new deadline (closes)."), now), $"Reopen round “{round.Title}”"), cancellationToken);

    public IReadOnlyList<ThreadView> ListThreads(string documentId, string? roundId, Actor actor)
    {
        var viewer = ViewerOf(documentId, actor);
        var state = ConsultationState.AtHead(store, documentId);
        var rounds = state.Rounds().ToDictionary(r => r.Id, StringComparer.Ordinal);
        if (roundId is not null && !rounds.ContainsKey(roundId)) throw new RoundNotFoundException(roundId);
        var now = time.GetUtcNow();
        return [.. state.Threads()
            .Where(t => (roundId is null || t.RoundId == roundId) && rounds.TryGetValue(t.RoundId, out var round) && ConsultationPermissions.CanSee(viewer, round, t, now))
            .Select(t => ToView(Reanchored(t, state)))
            .OrderBy(t => t.Opening.Created)];
    }

    public ThreadView GetThread(string documentId, string threadId, Actor actor)
    {
        var viewer = ViewerOf(documentId, actor);
        var state = ConsultationState.AtHead(store, documentId);
        var (thread, _) = VisibleThread(state, viewer, threadId);
        return ToView(Reanchored(thread, state));
    }

    public async Task<ThreadView> OpenThreadAsync(string documentId, NewThreadRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var viewer = ViewerOf(documentId, actor);
        var state = ConsultationState.AtHead(store, documentId);
        var round = state.Round(request.RoundId ?? throw new InvalidDraftingRequestException("Name the round the comment belongs to (roundId)."));
        var now = time.GetUtcNow();
        Require(ConsultationPermissions.CanOpenThread(viewer, round, now), viewer, round, now, "comment in this round");
        if (request.BlockId is null || request.Start is null || request.End is null)
            throw new InvalidDraftingRequestException("Give the passage commented on: blockId, start and end.");
        var anchor = TextAnchor.Create(state.Text, request.BlockId, request.Start.Value, request.End.Value);
        var opening = Comment.Create(BlockIds.New(new HashSet<string>()), actor.UserId, actor.Name, actor.OrganisationId, now, request.Text ?? "");
        var proposal = request.ProposedReplacement is null ? null : ProposedChange.Create(request.ProposedReplacement);
        var asDraft = request.Draft == true || !ConsultationPermissions.CanSubmitDirectly(viewer, round, now);
        var thread = CommentThread.Create(BlockIds.New(state.ThreadIds()), round.Id, anchor, request.Type ?? CommentType.General, opening, proposal,
            asDraft ? ThreadStage.Draft : ThreadStage.Submitted);
        var what = proposal is null ? "Comment" : "Proposed change";
        await CommitAsync(state, actor, $"{what} on {Place(state.Text, anchor.BlockId)} by {Speaker(actor)}{(asDraft ? " (draft)" : "")}",
            ThreadFile(thread), cancellationToken);
        var view = ToView(thread);
        await events.ThreadChangedAsync(documentId, round, thread, view);
        return view;
    }

    public Task<ThreadView> ReplyAsync(string documentId, string threadId, string? text, Actor actor, CancellationToken cancellationToken) =>
        ChangeThreadAsync(documentId, threadId, actor, (viewer, round, thread, state, now) =>
        {
            Require(ConsultationPermissions.CanReply(viewer, round, thread, now), viewer, round, now, "reply to this thread");
            var taken = thread.Comments.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var reply = Comment.Create(BlockIds.New(taken), actor.UserId, actor.Name, actor.OrganisationId, now, text ?? "");
            return (thread.WithReply(reply), $"Reply on {Place(state.Text, thread.Anchor.BlockId)} by {Speaker(actor)}");
        }, cancellationToken);

    public Task<ThreadView> EditCommentAsync(string documentId, string threadId, string commentId, string? text, Actor actor, CancellationToken cancellationToken) =>
        ChangeThreadAsync(documentId, threadId, actor, (viewer, round, thread, state, now) =>
        {
            var comment = thread.Comments.FirstOrDefault(c => c.Id == commentId)
                ?? throw new ThreadNotFoundException($"Thread '{threadId}' has no comment '{commentId}'.");
            Require(ConsultationPermissions.CanEditComment(viewer, round, thread, comment, now), viewer, round, now,
                "edit this comment (its author can while the round is open, and the focal point of a draft's organisation)");
            return (thread.WithEditedComment(commentId, text ?? "", now, actor.UserId), $"Edit a comment on {Place(state.Text, thread.Anchor.BlockId)} by {Speaker(actor)}");
        }, cancellationToken);

    /// <summary>Drops a draft: its file leaves the tree (the history keeps it). Its author or the organisation's focal point.</summary>
    public async Task DropAsync(string documentId, string threadId, Actor actor, CancellationToken cancellationToken)
    {
        var viewer = ViewerOf(documentId, actor);
        var state = ConsultationState.AtHead(store, documentId);
        var (thread, round) = VisibleThread(state, viewer, threadId);
        var now = time.GetUtcNow();
        if (thread.Stage == ThreadStage.Submitted) throw new ConsultationConflictException($"Thread '{threadId}' is submitted to the round; only drafts are dropped.");
        Require(ConsultationPermissions.CanDrop(viewer, round, thread, now), viewer, round, now, "drop this draft (its author or the organisation's focal point can)");
        await CommitAsync(state, actor, $"Drop a draft on {Place(state.Text, thread.Anchor.BlockId)} for {Speaker(actor)}",
            new() { [ConsultationPaths.Thread(threadId)] = null }, cancellationToken);
        await events.ThreadRemovedAsync(documentId, round, thread);
    }

    /// <summary>
    /// Merges draft <paramref name="threadId"/> into draft <paramref name="intoThreadId"/> of the same organisation:
    /// the source's comments become replies of the target and the source leaves the tree, in one commit. Focal points only.
    /// </summary>
    public async Task<ThreadView> MergeAsync(string documentId, string threadId, string? intoThreadId, Actor actor, CancellationToken cancellationToken)
    {
        var viewer = ViewerOf(documentId, actor);
        var state = ConsultationState.AtHead(store, documentId);
        var (source, round) = VisibleThread(state, viewer, threadId);
        var (target, _) = VisibleThread(state, viewer, intoThreadId ?? throw new InvalidDraftingRequestException("Name the draft to merge into (intoThreadId)."));
        var now = time.GetUtcNow();
        if (source.Stage == ThreadStage.Submitted || target.Stage == ThreadStage.Submitted)
            throw new ConsultationConflictException("Only drafts are merged; a submitted thread belongs to the round.");
        Require(ConsultationPermissions.CanConsolidate(viewer, round, source, now) && ConsultationPermissions.CanConsolidate(viewer, round, target, now),
            viewer, round, now, "merge drafts (the organisation's focal point can)");
        var merged = target.Absorb(source, taken => BlockIds.New(taken.ToHashSet(StringComparer.Ordinal)));
        var changes = ThreadFile(merged);
        changes[ConsultationPaths.Thread(source.Id)] = null;
        await CommitAsync(state, actor, $"Merge two drafts on {Place(state.Text, target.Anchor.BlockId)} for {Speaker(actor)}", changes, cancellationToken);
        var view = ToView(Reanchored(merged, state));
        await events.ThreadChangedAsync(documentId, round, merged, view);
        await events.ThreadRemovedAsync(documentId, round, source);
        return view;
    }

    public Task<ThreadView> SubmitAsync(string documentId, string threadId, Actor actor, CancellationToken cancellationToken) =>
        ChangeThreadAsync(documentId, threadId, actor, (viewer, round, thread, state, now) =>
        {
            if (thread.Stage == ThreadStage.Submitted) throw new ConsultationConflictException($"Thread '{threadId}' is already submitted.");
            Require(ConsultationPermissions.CanSubmit(viewer, round, thread, now), viewer, round, now, "submit this thread");
            return (thread.Submit(actor.UserId, now), $"Submit the comment on {Place(state.Text, thread.Anchor.BlockId)} for {Speaker(actor)}");
        }, cancellationToken);

    public Task<ThreadView> ResolveAsync(string documentId, string threadId, Actor actor, CancellationToken cancellationToken) =>
        ChangeThreadAsync(documentId, threadId, actor, (viewer, _, thread, state, _) =>
        {
            RequireDecider(viewer, thread);
            return (ConsultationConflictException.Guard(thread.Resolve), $"Resolve the thread on {Place(state.Text, thread.Anchor.BlockId)}");
        }, cancellationToken);

    public Task<ThreadView> ReopenThreadAsync(string documentId, string threadId, Actor actor, CancellationToken cancellationToken) =>
        ChangeThreadAsync(documentId, threadId, actor, (viewer, _, thread, state, _) =>
        {
            RequireDecider(viewer, thread);
            return (ConsultationConflictException.Guard(thread.Reopen), $"Reopen the thread on {Place(state.Text, thread.Anchor.BlockId)}");
        }, cancellationToken);

    /// <summary>
    /// Fixes where a thread points in the latest version: without a passage, confirms the position the resolver found
    /// (moved or fuzzy-matched); with one, attaches the thread there (an orphan, or a wrong match). Coordinators only.
    /// </summary>
    public Task<ThreadView> ReattachAsync(string documentId, string threadId, AnchorRequest request, Actor actor, CancellationToken cancellationToken) =>
        ChangeThreadAsync(documentId, threadId, actor, (viewer, _, thread, state, _) =>
        {
            RequireCoordinator(viewer, "confirm or move where a comment points");
            TextAnchor anchor;
            if (request.BlockId is null && request.Start is null && request.End is null)
            {
                var found = AnchorResolver.Resolve(thread.Anchor, state.Text);
                anchor = found.Anchor ?? throw new ConsultationConflictException(
                    $"The passage of thread '{threadId}' is no longer in the text; choose the passage to attach it to (blockId, start, end).");
            }
            else
            {
                if (request.BlockId is null || request.Start is null || request.End is null)
                    throw new InvalidDraftingRequestException("Give the whole passage (blockId, start and end), or none of it to confirm the position found.");
                anchor = TextAnchor.Create(state.Text, request.BlockId, request.Start.Value, request.End.Value);
            }
            return (thread.Reattach(anchor), $"Attach the comment to {Place(state.Text, anchor.BlockId)}");
        }, cancellationToken);

    /// <summary>
    /// Records the coordinators' decision. An accepted proposal (or, for "accepted in part", the coordinator's edited
    /// replacement) is applied to the latest text, and <c>document.md</c> and the thread are committed together. A
    /// proposal is applied once: a later decision on a thread whose proposal was already accepted changes only the record.
    /// </summary>
    public async Task<DecisionOutcomeView> DecideAsync(string documentId, string threadId, DecisionRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var viewer = ViewerOf(documentId, actor);
        var state = ConsultationState.AtHead(store, documentId);
        var (thread, round) = VisibleThread(state, viewer, threadId);
        RequireDecider(viewer, thread);
        var disposition = request.Disposition ?? throw new InvalidDraftingRequestException("Give the disposition of the comment.");
        var now = time.GetUtcNow();
        var decision = Decision.Create(disposition, request.Response ?? "", actor.UserId, actor.Name, now);
        var alreadyApplied = thread.IsApplied;
        var decided = ConsultationConflictException.Guard(() => thread.Decide(decision));
        var place = Place(state.Text, thread.Anchor.BlockId);
        // While a closed round is open, the history must not tell other organisations whose comment was decided.
        var keepPrivate = round.Visibility == RoundVisibility.Closed && round.IsOpenAt(now);
        var proposer = keepPrivate ? "a participant" : OrganisationName(thread.SubmittedByOrganisationId) ?? thread.Opening.AuthorName;
        var message = $"{Describe(disposition)} the comment of {proposer} on {place}";
        var change = ChangeToApply(thread, decision, request.Replacement);
        if (alreadyApplied && request.Replacement is not null)
            throw new ConsultationConflictException($"The proposal of thread '{threadId}' was already accepted into the text; edit the text instead.");
        var changes = new Dictionary<string, byte[]?>();
        if (change is not null && !alreadyApplied)
        {
            var revised = ProposalApplier.Apply(state.Text, thread.Anchor, change);
            decided = decided.MarkApplied(change.Replacement).Reattach(AppliedPassage(thread.Anchor, state.Text, revised, change));
            changes[DocumentJson.DocumentPath] = Encoding.UTF8.GetBytes(DocumentMarkdown.Write(revised));
            var author = keepPrivate ? "" : $" ({thread.Opening.AuthorName})";
            message = $"{Describe(disposition)} the proposed change of {proposer}{author} on {place}, applied to the text";
        }
        changes[ConsultationPaths.Thread(decided.Id)] = ConsultationJson.Serialize(decided);
        var version = await CommitAsync(state, actor, message, changes, cancellationToken);
        var view = ToView(decided);
        await events.ThreadChangedAsync(documentId, round, decided, view);
        return new DecisionOutcomeView(view, DocumentViewMapper.ToView(version), changes.ContainsKey(DocumentJson.DocumentPath));
    }

    public IReadOnlyList<AnswerView> ListAnswers(string documentId, string roundId, Actor actor)
    {
        var viewer = ViewerOf(documentId, actor);
        var state = ConsultationState.AtHead(store, documentId);
        var round = state.Round(roundId);
        var now = time.GetUtcNow();
        return [.. state.Answers(roundId).Where(a => ConsultationPermissions.CanSeeAnswer(viewer, round, a, now)).Select(ToView)];
    }

    public async Task<AnswerView> PutAnswerAsync(string documentId, string roundId, AnswerRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var viewer = ViewerOf(documentId, actor);
        var state = ConsultationState.AtHead(store, documentId);
        var round = state.Round(roundId);
        var question = round.Questions.FirstOrDefault(q => q.Id == request.QuestionId)
            ?? throw new InvalidDraftingRequestException($"Round “{round.Title}” has no question '{request.QuestionId}'.");
        var now = time.GetUtcNow();
        Require(ConsultationPermissions.CanAnswer(viewer, round, question.Id, now), viewer, round, now, "answer the questions of this round");
        var answer = QuestionAnswer.Create(question.Id, actor.OrganisationId!, request.Text ?? "", actor.UserId, now);
        var answers = QuestionAnswer.Put(state.Answers(roundId), answer);
        await CommitAsync(state, actor, $"Answer to a question of round “{round.Title}” by {Speaker(actor)}",
            new() { [ConsultationPaths.Answers(roundId)] = ConsultationJson.Serialize(answers) }, cancellationToken);
        var view = ToView(answer);
        await events.AnswerChangedAsync(documentId, round, answer, view);
        return view;
    }

    public MatrixView Matrix(string documentId, string roundId, MatrixFilter filter, Actor actor)
    {
        var (state, _, threads) = SubmittedThreadsSeenBy(documentId, roundId, actor);
        return CommentMatrix.Build(roundId, state.Text, threads.Select(t => Reanchored(t, state)), OrganisationName, filter);
    }

    /// <summary>
    /// A round with the submitted threads the caller may see, as they were written (anchors on the round's base version),
    /// and the name of each organisation, for the consolidated review copy.
    /// </summary>
    public (Round Round, IReadOnlyList<CommentThread> Threads, Func<string?, string?> OrganisationName) RoundForReview(string documentId, string roundId, Actor actor)
    {
        var (_, round, threads) = SubmittedThreadsSeenBy(documentId, roundId, actor);
        return (round, threads, OrganisationName);
    }

    /// <summary>The consultation at head, the round, and its submitted threads that <paramref name="actor"/> may see.</summary>
    private (ConsultationState State, Round Round, IReadOnlyList<CommentThread> Threads) SubmittedThreadsSeenBy(string documentId, string roundId, Actor actor)
    {
        var viewer = ViewerOf(documentId, actor);
        var state = ConsultationState.AtHead(store, documentId);
        var round = state.Round(roundId);
        var now = time.GetUtcNow();
        var threads = state.Threads()
            .Where(t => t.RoundId == roundId && t.Stage == ThreadStage.Submitted && ConsultationPermissions.CanSee(viewer, round, t, now))
            .ToList();
        return (state, round, threads);
    }

    private async Task<RoundView> ChangeRoundAsync(
        string documentId, string roundId, Actor actor, string action, Func<Round, DateTimeOffset, (Round Round, string Message)> change, CancellationToken cancellationToken)
    {
        RequireCoordinator(ViewerOf(documentId, actor), action);
        var state = ConsultationState.AtHead(store, documentId);
        var round = state.Round(roundId);
        var (changed, message) = ConsultationConflictException.Guard(() => change(round, time.GetUtcNow()));
        await CommitAsync(state, actor, message, new() { [ConsultationPaths.Round(roundId)] = ConsultationJson.Serialize(changed) }, cancellationToken);
        var view = ToView(changed);
        await events.RoundChangedAsync(documentId, view);
        return view;
    }

    private delegate (CommentThread Thread, string Message) ThreadChange(Viewer viewer, Round round, CommentThread thread, ConsultationState state, DateTimeOffset now);

    private async Task<ThreadView> ChangeThreadAsync(string documentId, string threadId, Actor actor, ThreadChange change, CancellationToken cancellationToken)
    {
        var viewer = ViewerOf(documentId, actor);
        var state = ConsultationState.AtHead(store, documentId);
        var (thread, round) = VisibleThread(state, viewer, threadId);
        var (changed, message) = change(viewer, round, thread, state, time.GetUtcNow());
        await CommitAsync(state, actor, message, ThreadFile(changed), cancellationToken);
        var view = ToView(Reanchored(changed, state));
        await events.ThreadChangedAsync(documentId, round, changed, view);
        return view;
    }

    private async Task<VersionInfo> CommitAsync(ConsultationState state, Actor actor, string message, Dictionary<string, byte[]?> changes, CancellationToken cancellationToken)
    {
        var version = await store.CommitAsync(state.DocumentId, state.Head.CommitId, changes, actor.AsCommitAuthor(), message, cancellationToken);
        await events.VersionAddedAsync(state.DocumentId, version, textChanged: changes.ContainsKey(DocumentJson.DocumentPath));
        return version;
    }

    private static Dictionary<string, byte[]?> ThreadFile(CommentThread thread) =>
        new() { [ConsultationPaths.Thread(thread.Id)] = ConsultationJson.Serialize(thread) };

    private Viewer ViewerOf(string documentId, Actor actor)
    {
        var role = documents.RequireRole(documentId, actor, DocumentAction.Read);
        return new Viewer(actor.UserId, actor.OrganisationId, role, documents.IsFocalPoint(documentId, actor));
    }

    private (CommentThread Thread, Round Round) VisibleThread(ConsultationState state, Viewer viewer, string threadId)
    {
        var thread = state.Thread(threadId) ?? throw new ThreadNotFoundException($"There is no thread '{threadId}' on this document.");
        var round = state.Round(thread.RoundId);
        if (!ConsultationPermissions.CanSee(viewer, round, thread, time.GetUtcNow()))
            throw new ThreadNotFoundException($"There is no thread '{threadId}' on this document.");
        return (thread, round);
    }

    /// <summary>Refuses an action: a conflict when the round's dates are what stands in the way, otherwise forbidden.</summary>
    private static void Require(bool allowed, Viewer viewer, Round round, DateTimeOffset now, string action)
    {
        if (allowed) return;
        var takesPart = viewer.IsCoordinator || (viewer.Role == DocumentRole.Contributor && round.IsInvited(viewer.OrganisationId));
        var phase = round.PhaseAt(now);
        if (takesPart && phase != RoundPhase.Open)
        {
            throw new ConsultationConflictException(phase == RoundPhase.Scheduled
                ? $"Round “{round.Title}” opens on {round.Opens.UtcDateTime:yyyy-MM-dd HH:mm} UTC; you cannot {action} yet."
                : $"Round “{round.Title}” closed on {(round.ClosedAt ?? round.Closes).UtcDateTime:yyyy-MM-dd HH:mm} UTC; you can no longer {action}.");
        }
        throw new ActionForbiddenException($"As {viewer.Role}{(takesPart ? "" : " of an organisation not invited to this round")} you cannot {action}.");
    }

    private static void RequireCoordinator(Viewer viewer, string action)
    {
        if (!viewer.IsCoordinator) throw new ActionForbiddenException($"Only coordinators can {action}.");
    }

    private static void RequireDecider(Viewer viewer, CommentThread thread)
    {
        RequireCoordinator(viewer, "decide on comments, resolve or reopen them");
        if (!ConsultationPermissions.CanDecide(viewer, thread))
            throw new ConsultationConflictException($"Thread '{thread.Id}' is a draft of its organisation; only submitted threads are decided.");
    }

    private static ProposedChange? ChangeToApply(CommentThread thread, Decision decision, string? replacement)
    {
        if (replacement is not null)
        {
            if (decision.Disposition != Disposition.AcceptedInPart)
                throw new InvalidDraftingRequestException("An edited replacement can only come with the disposition AcceptedInPart.");
            if (thread.Proposal is null) throw new InvalidDraftingRequestException($"Thread '{thread.Id}' proposes no change to edit.");
            return ProposedChange.Create(replacement);
        }
        return decision.AcceptsProposal ? thread.Proposal : null;
    }

    /// <summary>Where an applied change now stands: the replacement's range in the revised text (an insertion point for a deletion).</summary>
    private static TextAnchor AppliedPassage(TextAnchor anchor, DraftDocument before, DraftDocument after, ProposedChange change)
    {
        var target = AnchorResolver.Resolve(anchor, before).Anchor!;
        return TextAnchor.Create(after, target.BlockId, target.Start, target.Start + change.Replacement.Length);
    }

    private IReadOnlyList<string> DefaultInvitations(string documentId)
    {
        var access = DocumentJson.DeserializeAccess(store.ReadFile(documentId, "HEAD", DocumentJson.AccessPath) ?? []);
        return [.. access.Organisations.Where(o => o.Role == DocumentRole.Contributor).Select(o => o.OrganisationId)];
    }

    private static CommentThread Reanchored(CommentThread thread, ConsultationState state) =>
        thread.Reanchored(AnchorResolver.Resolve(thread.Anchor, state.Text));

    /// <summary>Where a passage is, for commit messages: the heading of its section and the block id.</summary>
    private static string Place(DraftDocument text, string blockId)
    {
        var heading = CommentMatrix.SectionOf(text, blockId);
        return heading is null ? $"block {blockId}" : $"“{Shorten(heading.Content.PlainText)}” ({blockId})";
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static string Speaker(Actor actor) => actor.OrganisationName ?? actor.Name;

    private string? OrganisationName(string? organisationId) =>
        organisationId is null ? null : directory.FindOrganisation(organisationId)?.Name ?? organisationId;

    private static string Describe(Disposition disposition) => disposition switch
    {
        Disposition.Accepted => "Accept",
        Disposition.AcceptedInPart => "Accept in part",
        Disposition.Noted => "Note",
        _ => "Do not accept",
    };

    private RoundView ToView(Round round) => new(
        round.Id, round.Title, round.BaseVersion, round.Opens, round.Closes, round.ClosedAt, round.TimeZone, round.PhaseAt(time.GetUtcNow()),
        round.Visibility, round.DirectSubmission,
        [.. round.InvitedOrganisationIds.Select(id => new OrganisationView(id, OrganisationName(id)!))],
        [.. round.Questions.Select(q => new QuestionView(q.Id, q.Text, q.SectionBlockId))]);

    private ThreadView ToView(CommentThread thread) => new(
        thread.Id, thread.RoundId, thread.Type, thread.Stage, thread.Status, thread.SubmittedByOrganisationId, OrganisationName(thread.SubmittedByOrganisationId),
        new AnchorView(thread.Anchor.BlockId, thread.Anchor.Start, thread.Anchor.End, thread.Anchor.Exact, thread.Anchor.Prefix, thread.Anchor.Suffix),
        thread.AnchorStatus, ToView(thread.Opening), [.. thread.Replies.Select(ToView)], thread.Proposal?.Replacement,
        thread.Decision is { } d ? new DecisionView(d.Disposition, d.Response, d.DecidedById, d.DecidedByName, d.When, d.AppliedText is not null, d.AppliedText) : null,
        thread.SubmittedById, thread.SubmittedAt, thread.OriginalAnchor?.Exact);

    private static CommentView ToView(Comment comment) => new(
        comment.Id, comment.AuthorId, comment.AuthorName, comment.OrganisationId, comment.Created, comment.LastChanged, comment.Text, comment.Edits.Count > 0,
        [.. comment.Edits.Select(e => new CommentEditView(e.When, e.PreviousText, e.EditorId))]);

    private AnswerView ToView(QuestionAnswer answer) => new(
        answer.QuestionId, answer.OrganisationId, OrganisationName(answer.OrganisationId)!, answer.Text, answer.AuthorId,
        directory.FindPerson(answer.AuthorId)?.Name ?? answer.AuthorId, answer.Updated);
}
