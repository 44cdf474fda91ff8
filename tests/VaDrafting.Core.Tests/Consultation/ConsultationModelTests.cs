using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using Xunit;
using static VaDrafting.Core.Tests.Consultation.Samples;

namespace VaDrafting.Core.Tests.Consultation;

public class ConsultationModelTests
{
    [Fact]
    public void CommentCreate_KeepsTextWithNewlinesAndTabs()
    {
        var comment = Comment(text: "First point.\n\tSecond point, with ✓ and 受害者.");

        Assert.Equal("First point.\n\tSecond point, with ✓ and 受害者.", comment.Text);
        Assert.Empty(comment.Edits);
    }

    [Theory]
    [InlineData("", "has 0 characters")]
    [InlineData("   \n ", "is empty")]
    [InlineData("bell\u0007", "control character U+0007")]
    [InlineData("carriage\r\nreturn", "control character U+000D")]
    public void CommentCreate_RefusesBadText(string text, string message)
    {
        var error = Assert.Throws<ConsultationException>(() => Comment(text: text));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void CommentCreate_RefusesAnUnpairedSurrogate()
    {
        var error = Assert.Throws<ConsultationException>(() => Comment(text: "broken " + '\uD83D' + " pair"));
        Assert.Contains("unpaired surrogate", error.Message);
    }

    [Fact]
    public void CommentCreate_AcceptsTenThousandCharactersButNotMore()
    {
        Assert.Equal(10_000, Comment(text: new string('a', 10_000)).Text.Length);
        Assert.Throws<ConsultationException>(() => Comment(text: new string('a', 10_001)));
    }

    [Fact]
    public void CommentCreate_RefusesBadIds()
    {
        Assert.Throws<ConsultationException>(() => Comment(id: "Bad Id"));
        Assert.Throws<ConsultationException>(() => Comment(organisation: "org\nx"));
    }

    [Fact]
    public void CommentEdit_KeepsEveryEarlierText()
    {
        var comment = Comment(text: "one");

        var edited = comment.Edit("two", During.AddHours(1)).Edit("three", During.AddHours(2));

        Assert.Equal("three", edited.Text);
        Assert.Equal([new CommentEdit(During.AddHours(1), "one"), new CommentEdit(During.AddHours(2), "two")], edited.Edits);
        Assert.Equal(During.AddHours(2), edited.LastChanged);
        Assert.Equal("one", comment.Text);
    }

    [Fact]
    public void CommentEdit_RefusesAnEditDatedBeforeTheLastChange()
    {
        Assert.Throws<ConsultationException>(() => Comment().Edit("later text", During.AddMinutes(-1)));
    }

    [Fact]
    public void Comment_HasValueEqualityOverItsEdits()
    {
        var a = Comment().Edit("new", During.AddHours(1));
        var b = Comment().Edit("new", During.AddHours(1));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Comment().Edit("new", During.AddHours(2)));
    }

    [Fact]
    public void ThreadCreate_SubmittedDirectly_RecordsTheAuthorAsSubmitter()
    {
        var thread = Thread();

        Assert.Equal(ThreadStage.Submitted, thread.Stage);
        Assert.Equal("user-1", thread.SubmittedById);
        Assert.Equal(During, thread.SubmittedAt);
        Assert.Equal("org-lao", thread.SubmittedByOrganisationId);
        Assert.Equal(ThreadStatus.Open, thread.Status);
        Assert.Equal(AnchorStatus.Exact, thread.AnchorStatus);
        Assert.Equal("map the services available", thread.Anchor.Exact);
    }

    [Fact]
    public void ThreadSubmit_TurnsADraftIntoASubmittedThreadOnce()
    {
        var draft = Thread(ThreadStage.Draft);
        Assert.Null(draft.SubmittedById);

        var submitted = draft.Submit("focal-lao", During.AddDays(1));

        Assert.Equal((ThreadStage.Submitted, "focal-lao", During.AddDays(1)), (submitted.Stage, submitted.SubmittedById, submitted.SubmittedAt));
        Assert.Throws<ConsultationException>(() => submitted.Submit("focal-lao", During.AddDays(2)));
    }

    [Fact]
    public void ThreadReplies_AreAppendedAndEditable()
    {
        var thread = Thread().WithReply(Comment("com002", text: "Agreed.")).WithReply(Comment("com003", text: "Also add a reference."));

        var edited = thread.WithEditedComment("com002", "Agreed, with a caveat.", During.AddHours(3));

        Assert.Equal(["com001", "com002", "com003"], edited.Comments.Select(c => c.Id));
        Assert.Equal("Agreed, with a caveat.", edited.Replies[0].Text);
        Assert.Single(edited.Replies[0].Edits);
        Assert.Equal("Please mention plans.", thread.WithEditedComment("com001", "Please mention plans.", During.AddHours(3)).Opening.Text);
    }

    [Fact]
    public void ThreadReplies_RefuseADuplicateIdAndAnUnknownComment()
    {
        Assert.Throws<ConsultationException>(() => Thread().WithReply(Comment("com001")));
        Assert.Throws<ConsultationException>(() => Thread().WithEditedComment("nope01", "text", During));
    }

    [Fact]
    public void ThreadDecide_ResolvesTheThread_AndReopenKeepsTheDecision()
    {
        var decision = Decision.Create(Disposition.Noted, "Thank you; covered in section 4.", "coord-1", "Coordinator A", During.AddDays(20));

        var decided = Thread().Decide(decision);
        var reopened = decided.Reopen();

        Assert.Equal(ThreadStatus.Resolved, decided.Status);
        Assert.Equal(decision, decided.Decision);
        Assert.Equal(ThreadStatus.Open, reopened.Status);
        Assert.Equal(decision, reopened.Decision);
        Assert.Equal(ThreadStatus.Resolved, reopened.Resolve().Status);
    }

    [Fact]
    public void ThreadDecide_RefusesDrafts_AndResolveNeedsADecision()
    {
        var decision = Decision.Create(Disposition.Noted, "", "coord-1", "Coordinator A", During);

        Assert.Throws<ConsultationException>(() => Thread(ThreadStage.Draft).Decide(decision));
        Assert.Throws<ConsultationException>(() => Thread().Resolve());
        Assert.Throws<ConsultationException>(() => Thread().Reopen());
    }

    [Fact]
    public void ThreadMarkApplied_NeedsAnAcceptedProposal_AndAppliesOnce()
    {
        var accepted = Decision.Create(Disposition.AcceptedInPart, "Taken in shorter form.", "coord-1", "Coordinator A", During);
        var withProposal = Thread(proposal: ProposedChange.Create("list the services"));

        var applied = withProposal.Decide(accepted).MarkApplied("list services");

        Assert.Equal("list services", applied.Decision!.AppliedText);
        Assert.True(applied.IsApplied);
        Assert.Throws<ConsultationException>(() => Thread().Decide(accepted).MarkApplied("x"));
        Assert.Throws<ConsultationException>(() => withProposal.Decide(accepted with { Disposition = Disposition.NotAccepted }).MarkApplied("x"));
        Assert.Throws<ConsultationException>(() => applied.MarkApplied("again"));
        Assert.Throws<ConsultationException>(() => withProposal.Decide(accepted).MarkApplied("two\nlines"));
    }

    [Fact]
    public void ThreadDecide_Again_KeepsTheRecordOfTheAppliedText()
    {
        var accepted = Decision.Create(Disposition.Accepted, "", "coord-1", "Coordinator A", During);
        var applied = Thread(proposal: ProposedChange.Create("list the services")).Decide(accepted).MarkApplied("list the services");

        var redecided = applied.Reopen().Decide(Decision.Create(Disposition.Noted, "On reflection, noted.", "coord-2", "Coordinator B", During.AddDays(1)));

        Assert.Equal((Disposition.Noted, "list the services"), (redecided.Decision!.Disposition, redecided.Decision.AppliedText));
    }

    [Fact]
    public void CommentEdit_ByAnotherPerson_RecordsTheEditor_ByTheAuthor_DoesNot()
    {
        var comment = Comment();

        var byFocalPoint = comment.Edit("Consolidated text.", During.AddHours(1), "focal-lao");
        var byAuthor = byFocalPoint.Edit("Author's text.", During.AddHours(2), comment.AuthorId);

        Assert.Equal(["focal-lao", null], byAuthor.Edits.Select(e => e.EditorId));
        Assert.Equal(["Please mention community-based services.", "Consolidated text."], byAuthor.Edits.Select(e => e.PreviousText));
    }

    [Fact]
    public void ThreadAbsorb_AddsTheSourcesCommentsAsReplies_WithFreshIds_AndKeepsItsProposalInText()
    {
        var target = Thread(ThreadStage.Draft);
        var source = CommentThread.Create("thr002", "round1", TextAnchor.Create(Samples.Document, "para01", 0, 4), CommentType.Editorial,
                Comment(text: "A shorter word would do."), ProposedChange.Create("Aid"), ThreadStage.Draft)
            .WithReply(Comment(id: "com002", text: "Agreed."));
        var counter = 0;

        var merged = target.Absorb(source, taken => { string id; do id = $"mrg{++counter:000}"; while (taken.Contains(id)); return id; });

        Assert.Equal(target.Opening, merged.Opening);
        Assert.Equal(target.Proposal, merged.Proposal);
        Assert.Equal(["mrg001", "mrg002"], merged.Replies.Select(r => r.Id));
        Assert.StartsWith("A shorter word would do.", merged.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("“" + source.Anchor.Exact + "”: Aid", merged.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("Agreed.", merged.Replies[1].Text);
        Assert.All(merged.Replies, r => Assert.Equal("user-1", r.AuthorId));
    }

    [Fact]
    public void ThreadAbsorb_RefusesSubmittedThreads_OtherOrganisations_AndItself()
    {
        var draft = Thread(ThreadStage.Draft);
        static string NewId(IReadOnlySet<string> taken) => "mrg001";

        Assert.Throws<ConsultationException>(() => draft.Absorb(draft, NewId));
        Assert.Throws<ConsultationException>(() => draft.Absorb(Thread() with { Id = "thr002" }, NewId));
        Assert.Throws<ConsultationException>(() => draft.Absorb(Thread(ThreadStage.Draft, organisation: "org-iraq") with { Id = "thr002" }, NewId));
        Assert.Throws<ConsultationException>(() => Thread().Absorb(draft with { Id = "thr002" }, NewId));
    }

    [Fact]
    public void ThreadReattach_MakesTheAnchorExact_AndKeepsTheFirstPassageThroughLaterMoves()
    {
        var thread = Thread().Reanchored(AnchorResolution.Orphaned);
        var first = TextAnchor.Create(Samples.Document, "para01", 0, 4);
        var second = TextAnchor.Create(Samples.Document, "para01", 5, 9);

        var attached = thread.Reattach(first).Reattach(second);

        Assert.Equal((second, AnchorStatus.Exact, Thread().Anchor), (attached.Anchor, attached.AnchorStatus, attached.OriginalAnchor));
    }

    [Fact]
    public void ThreadReanchored_FollowsTheResolution_AndAnOrphanKeepsItsLastAnchor()
    {
        var thread = Thread();
        var moved = TextAnchor.Create(Samples.Document, "para01", 0, 4);

        Assert.Equal((moved, AnchorStatus.Moved), (thread.Reanchored(new AnchorResolution(AnchorStatus.Moved, moved, 0.9)).Anchor, AnchorStatus.Moved));
        var orphan = thread.Reanchored(AnchorResolution.Orphaned);
        Assert.Equal((thread.Anchor, AnchorStatus.Orphaned), (orphan.Anchor, orphan.AnchorStatus));
    }

    [Fact]
    public void Thread_HasValueEqualityOverReplies()
    {
        Assert.Equal(Thread().WithReply(Comment("com002")), Thread().WithReply(Comment("com002")));
        Assert.NotEqual(Thread().WithReply(Comment("com002")), Thread().WithReply(Comment("com003")));
    }

    [Fact]
    public void ProposedChange_RefusesLineBreaks()
    {
        Assert.Equal("", ProposedChange.Create("").Replacement);
        Assert.Throws<ConsultationException>(() => ProposedChange.Create("two\nlines"));
        Assert.Throws<ConsultationException>(() => CommentThread.Create("thr001", "round1", Thread().Anchor, CommentType.Editorial, Comment(),
            new ProposedChange("bad\u0001"), ThreadStage.Submitted));
    }

    [Fact]
    public void DecisionCreate_ValidatesItsFields()
    {
        Assert.Throws<ConsultationException>(() => Decision.Create((Disposition)9, "", "coord-1", "A", During));
        Assert.Throws<ConsultationException>(() => Decision.Create(Disposition.Noted, new string('a', 10_001), "coord-1", "A", During));
        Assert.Throws<ConsultationException>(() => Decision.Create(Disposition.Noted, "", "coord-1", "", During));
    }

    [Fact]
    public void RoundPhase_FollowsTheDates()
    {
        var round = Round();

        Assert.Equal(RoundPhase.Scheduled, round.PhaseAt(Opens.AddTicks(-1)));
        Assert.Equal(RoundPhase.Open, round.PhaseAt(Opens));
        Assert.Equal(RoundPhase.Open, round.PhaseAt(Closes.AddTicks(-1)));
        Assert.Equal(RoundPhase.Closed, round.PhaseAt(Closes));
    }

    [Fact]
    public void RoundClose_EndsItEarly_AndReopenSetsANewDeadline()
    {
        var closed = Round().Close(During);

        Assert.Equal(RoundPhase.Open, closed.PhaseAt(During.AddTicks(-1)));
        Assert.Equal(RoundPhase.Closed, closed.PhaseAt(During.AddDays(1)));
        var reopened = closed.Reopen(During.AddDays(5), During.AddDays(1));
        Assert.Equal(RoundPhase.Open, reopened.PhaseAt(During.AddDays(2)));
        Assert.Equal(RoundPhase.Closed, reopened.PhaseAt(During.AddDays(5)));
        Assert.Null(reopened.ClosedAt);
    }

    [Fact]
    public void RoundOperations_RefuseTheWrongPhase()
    {
        var round = Round();

        Assert.Throws<ConsultationException>(() => round.Close(Opens.AddDays(-1)));
        Assert.Throws<ConsultationException>(() => round.Close(Closes));
        Assert.Throws<ConsultationException>(() => round.Reopen(Closes.AddDays(9), During));
        Assert.Throws<ConsultationException>(() => round.Reopen(Closes, Closes.AddDays(1)));
        Assert.Throws<ConsultationException>(() => round.Extend(Closes.AddDays(9), Closes.AddDays(1)));
        Assert.Throws<ConsultationException>(() => round.Extend(Closes.AddDays(-1), During));
    }

    [Fact]
    public void RoundExtend_MovesTheDeadline()
    {
        var extended = Round().Extend(Closes.AddDays(7), During);

        Assert.Equal(Closes.AddDays(7), extended.Closes);
        Assert.Equal(RoundPhase.Open, extended.PhaseAt(Closes.AddDays(1)));
        Assert.Equal(Round(), Round());
        Assert.NotEqual(Round(), extended);
    }

    [Theory]
    [InlineData("round1", "Title", "v2", 1, "Europe/Geneva", "close after it opens")]
    [InlineData("round1", "", "v2", 10, "Europe/Geneva", "round title")]
    [InlineData("round1", "Title", "V 2", 10, "Europe/Geneva", "version tag")]
    [InlineData("round1", "Title", "v2", 10, "Geneva time", "IANA time zone")]
    [InlineData("R1", "Title", "v2", 10, "Europe/Geneva", "round id")]
    public void RoundCreate_RefusesBadFields(string id, string title, string baseVersion, int days, string timeZone, string message)
    {
        var error = Assert.Throws<ConsultationException>(() =>
            global::VaDrafting.Core.Consultation.Round.Create(id, title, baseVersion, Opens, Opens.AddDays(days - 1), timeZone, [], RoundVisibility.Open, false, []));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void RoundCreate_RefusesRepeatedOrganisationsAndQuestions()
    {
        var question = RoundQuestion.Create("ques01", "Clear?", null);
        Assert.Throws<ConsultationException>(() =>
            global::VaDrafting.Core.Consultation.Round.Create("round1", "T", "v2", Opens, Closes, "UTC", ["org-a", "org-a"], RoundVisibility.Open, false, []));
        Assert.Throws<ConsultationException>(() =>
            global::VaDrafting.Core.Consultation.Round.Create("round1", "T", "v2", Opens, Closes, "UTC", [], RoundVisibility.Open, false, [question, question]));
        Assert.Throws<ConsultationException>(() => RoundQuestion.Create("ques01", new string('q', 2001), null));
    }

    [Fact]
    public void QuestionAnswerPut_KeepsOneAnswerPerOrganisationAndQuestion()
    {
        var first = QuestionAnswer.Create("ques01", "org-lao", "Yes.", "user-1", During);
        var other = QuestionAnswer.Create("ques01", "org-iraq", "Mostly.", "user-2", During);
        var revised = QuestionAnswer.Create("ques01", "org-lao", "Yes, with one remark.", "user-3", During.AddDays(1));

        var answers = QuestionAnswer.Put(QuestionAnswer.Put(QuestionAnswer.Put([], first), other), revised);

        Assert.Equal([revised, other], answers);
        Assert.Throws<ConsultationException>(() => QuestionAnswer.Create("ques01", "org-lao", "", "user-1", During));
    }
}
