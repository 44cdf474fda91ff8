using VaDrafting.Core.Access;
using VaDrafting.Core.Consultation;
using Xunit;
using static VaDrafting.Core.Tests.Consultation.Samples;

namespace VaDrafting.Core.Tests.Consultation;

public class ConsultationPermissionsTests
{
    private static readonly Dictionary<string, Viewer> Viewers = new()
    {
        ["coordinator"] = new Viewer("coord-1", null, DocumentRole.Coordinator, false),
        ["coordinatorOfLao"] = new Viewer("coord-2", "org-lao", DocumentRole.Coordinator, false),
        ["coordinatorOfPeru"] = new Viewer("coord-3", "org-peru", DocumentRole.Coordinator, false),
        ["contributorOfLao"] = new Viewer("user-1", "org-lao", DocumentRole.Contributor, false),
        ["focalPointOfLao"] = new Viewer("focal-lao", "org-lao", DocumentRole.Contributor, true),
        ["contributorOfIraq"] = new Viewer("user-2", "org-iraq", DocumentRole.Contributor, false),
        ["contributorNotInvited"] = new Viewer("user-3", "org-peru", DocumentRole.Contributor, false),
        ["observerOfLao"] = new Viewer("user-4", "org-lao", DocumentRole.Observer, false),
        ["observer"] = new Viewer("user-5", null, DocumentRole.Observer, false),
    };

    private static (Round Round, DateTimeOffset Now) At(string phase, RoundVisibility visibility = RoundVisibility.Open, bool direct = false)
    {
        var round = Round(visibility, direct);
        return phase switch
        {
            "scheduled" => (round, Opens.AddDays(-1)),
            "open" => (round, During),
            "closed" => (round, Closes.AddDays(1)),
            "closedEarly" => (round.Close(During), During.AddDays(1)),
            _ => throw new ArgumentOutOfRangeException(nameof(phase)),
        };
    }

    [Theory]
    [InlineData("coordinator", "scheduled", true)]
    [InlineData("coordinator", "open", true)]
    [InlineData("coordinator", "closed", false)]
    [InlineData("coordinator", "closedEarly", false)]
    [InlineData("coordinatorOfPeru", "open", true)]
    [InlineData("contributorOfLao", "scheduled", false)]
    [InlineData("contributorOfLao", "open", true)]
    [InlineData("contributorOfLao", "closed", false)]
    [InlineData("contributorOfLao", "closedEarly", false)]
    [InlineData("focalPointOfLao", "open", true)]
    [InlineData("contributorOfIraq", "open", true)]
    [InlineData("contributorNotInvited", "open", false)]
    [InlineData("observerOfLao", "open", false)]
    [InlineData("observer", "open", false)]
    public void CanOpenThread_ByRoleAndPhase(string viewer, string phase, bool expected)
    {
        var (round, now) = At(phase);

        Assert.Equal(expected, ConsultationPermissions.CanOpenThread(Viewers[viewer], round, now));
    }

    [Theory]
    [InlineData("coordinator", "open", true)]
    [InlineData("coordinator", "closed", true)]
    [InlineData("coordinator", "closedEarly", true)]
    [InlineData("contributorOfLao", "open", true)]
    [InlineData("contributorOfLao", "closed", false)]
    [InlineData("contributorOfLao", "closedEarly", false)]
    [InlineData("contributorOfIraq", "open", true)]
    [InlineData("contributorNotInvited", "open", false)]
    [InlineData("observerOfLao", "open", false)]
    [InlineData("observer", "closed", false)]
    public void CanReply_ByRoleAndPhase(string viewer, string phase, bool expected)
    {
        var (round, now) = At(phase);

        Assert.Equal(expected, ConsultationPermissions.CanReply(Viewers[viewer], round, Thread(), now));
    }

    [Fact]
    public void CanReply_NeedsToSeeTheThread()
    {
        var (round, now) = At("open", RoundVisibility.Closed);

        Assert.False(ConsultationPermissions.CanReply(Viewers["contributorOfIraq"], round, Thread(), now));
        Assert.False(ConsultationPermissions.CanReply(Viewers["coordinatorOfPeru"], round, Thread(ThreadStage.Draft), now));
        Assert.True(ConsultationPermissions.CanReply(Viewers["contributorOfLao"], round, Thread(ThreadStage.Draft), now));
    }

    [Theory]
    [InlineData("user-1", "open", true)]
    [InlineData("user-1", "scheduled", false)]
    [InlineData("user-1", "closed", false)]
    [InlineData("user-1", "closedEarly", false)]
    [InlineData("user-2", "open", false)]
    [InlineData("coord-1", "open", false)]
    [InlineData("focal-lao", "open", false)]
    public void CanEditComment_OfASubmittedThread_OnlyTheAuthorWhileOpen(string userId, string phase, bool expected)
    {
        var (round, now) = At(phase);
        var viewer = Viewers.Values.First(v => v.UserId == userId);

        Assert.Equal(expected, ConsultationPermissions.CanEditComment(viewer, round, Thread(), Comment(), now));
    }

    [Theory]
    [InlineData("contributorOfLao", "open", true)]
    [InlineData("focalPointOfLao", "open", true)]
    [InlineData("focalPointOfLao", "closed", false)]
    [InlineData("contributorOfIraq", "open", false)]
    [InlineData("coordinatorOfLao", "open", false)]
    [InlineData("observerOfLao", "open", false)]
    public void CanEditComment_OfADraft_TheAuthorAndTheFocalPointOfItsOrganisation(string viewer, string phase, bool expected)
    {
        var (round, now) = At(phase);
        var draft = Thread(ThreadStage.Draft);

        Assert.Equal(expected, ConsultationPermissions.CanEditComment(Viewers[viewer], round, draft, draft.Opening, now));
    }

    [Theory]
    [InlineData("focalPointOfLao", "open", ThreadStage.Draft, true)]
    [InlineData("focalPointOfLao", "closed", ThreadStage.Draft, false)]
    [InlineData("focalPointOfLao", "open", ThreadStage.Submitted, false)]
    [InlineData("contributorOfLao", "open", ThreadStage.Draft, false)]
    [InlineData("coordinatorOfLao", "open", ThreadStage.Draft, false)]
    [InlineData("contributorOfIraq", "open", ThreadStage.Draft, false)]
    public void CanConsolidate_OnlyTheFocalPointOfTheDraftsOrganisationWhileOpen(string viewer, string phase, ThreadStage stage, bool expected)
    {
        var (round, now) = At(phase);

        Assert.Equal(expected, ConsultationPermissions.CanConsolidate(Viewers[viewer], round, Thread(stage), now));
    }

    [Theory]
    [InlineData("contributorOfLao", "open", ThreadStage.Draft, true)]
    [InlineData("focalPointOfLao", "open", ThreadStage.Draft, true)]
    [InlineData("contributorOfLao", "closed", ThreadStage.Draft, false)]
    [InlineData("contributorOfLao", "open", ThreadStage.Submitted, false)]
    [InlineData("contributorOfIraq", "open", ThreadStage.Draft, false)]
    [InlineData("observerOfLao", "open", ThreadStage.Draft, false)]
    public void CanDrop_TheAuthorOrTheFocalPoint_OnlyDrafts(string viewer, string phase, ThreadStage stage, bool expected)
    {
        var (round, now) = At(phase);

        Assert.Equal(expected, ConsultationPermissions.CanDrop(Viewers[viewer], round, Thread(stage), now));
    }

    [Theory]
    // Open visibility: every submitted thread is visible to everyone.
    [InlineData("Open", "open", "observer", true)]
    [InlineData("Open", "open", "contributorOfIraq", true)]
    [InlineData("Open", "open", "contributorNotInvited", true)]
    // Closed visibility while open: own organisation and coordinators only.
    [InlineData("Closed", "open", "contributorOfLao", true)]
    [InlineData("Closed", "open", "observerOfLao", true)]
    [InlineData("Closed", "open", "contributorOfIraq", false)]
    [InlineData("Closed", "open", "observer", false)]
    [InlineData("Closed", "open", "coordinator", true)]
    [InlineData("Closed", "open", "coordinatorOfPeru", true)]
    [InlineData("Closed", "scheduled", "contributorOfIraq", false)]
    // Closed visibility after the round closed: everyone.
    [InlineData("Closed", "closed", "contributorOfIraq", true)]
    [InlineData("Closed", "closed", "observer", true)]
    [InlineData("Closed", "closedEarly", "contributorOfIraq", true)]
    public void CanSee_SubmittedThread(string visibility, string phase, string viewer, bool expected)
    {
        var (round, now) = At(phase, Enum.Parse<RoundVisibility>(visibility));

        Assert.Equal(expected, ConsultationPermissions.CanSee(Viewers[viewer], round, Thread(), now));
    }

    [Theory]
    [InlineData("contributorOfLao", true)]
    [InlineData("focalPointOfLao", true)]
    [InlineData("observerOfLao", true)]
    [InlineData("coordinatorOfLao", true)]
    [InlineData("coordinator", false)]
    [InlineData("coordinatorOfPeru", false)]
    [InlineData("contributorOfIraq", false)]
    [InlineData("observer", false)]
    public void CanSee_DraftOnlyWithinItsOrganisation_InEveryPhaseAndVisibility(string viewer, bool expected)
    {
        foreach (var visibility in Enum.GetValues<RoundVisibility>())
        {
            foreach (var phase in new[] { "scheduled", "open", "closed", "closedEarly" })
            {
                var (round, now) = At(phase, visibility);
                Assert.Equal(expected, ConsultationPermissions.CanSee(Viewers[viewer], round, Thread(ThreadStage.Draft), now));
            }
        }
    }

    [Fact]
    public void CanSee_DraftWithoutOrganisation_OnlyItsAuthor()
    {
        var (round, now) = At("open");
        var draft = Thread(ThreadStage.Draft) with { SubmittedByOrganisationId = null };

        Assert.True(ConsultationPermissions.CanSee(Viewers["contributorOfLao"] with { OrganisationId = null }, round, draft, now));
        Assert.False(ConsultationPermissions.CanSee(Viewers["coordinator"], round, draft, now));
    }

    [Theory]
    [InlineData("coordinator", "Submitted", true)]
    [InlineData("coordinatorOfLao", "Submitted", true)]
    [InlineData("coordinator", "Draft", false)]
    [InlineData("focalPointOfLao", "Submitted", false)]
    [InlineData("contributorOfLao", "Submitted", false)]
    [InlineData("observer", "Submitted", false)]
    public void CanDecide_CoordinatorsOnSubmittedThreads(string viewer, string stage, bool expected)
    {
        Assert.Equal(expected, ConsultationPermissions.CanDecide(Viewers[viewer], Thread(Enum.Parse<ThreadStage>(stage))));
    }

    [Theory]
    [InlineData("focalPointOfLao", "open", false, true)]
    [InlineData("contributorOfLao", "open", false, false)]
    [InlineData("contributorOfLao", "open", true, true)]
    [InlineData("observerOfLao", "open", true, false)]
    [InlineData("focalPointOfLao", "closed", false, false)]
    [InlineData("focalPointOfLao", "scheduled", false, false)]
    [InlineData("contributorOfIraq", "open", true, false)]
    [InlineData("coordinator", "open", true, false)]
    [InlineData("coordinatorOfLao", "open", false, false)]
    [InlineData("coordinatorOfLao", "open", true, true)]
    public void CanSubmit_FocalPointOrAnyoneWithDirectSubmission(string viewer, string phase, bool direct, bool expected)
    {
        var (round, now) = At(phase, direct: direct);

        Assert.Equal(expected, ConsultationPermissions.CanSubmit(Viewers[viewer], round, Thread(ThreadStage.Draft), now));
    }

    [Fact]
    public void CanSubmit_RefusesAThreadAlreadySubmitted()
    {
        var (round, now) = At("open");

        Assert.False(ConsultationPermissions.CanSubmit(Viewers["focalPointOfLao"], round, Thread(), now));
    }

    [Theory]
    [InlineData("coordinator", false, true)]
    [InlineData("focalPointOfLao", false, true)]
    [InlineData("contributorOfLao", false, false)]
    [InlineData("contributorOfLao", true, true)]
    [InlineData("contributorNotInvited", true, false)]
    [InlineData("observerOfLao", true, false)]
    public void CanSubmitDirectly_DecidesWhetherNewThreadsStartAsDrafts(string viewer, bool direct, bool expected)
    {
        var (round, now) = At("open", direct: direct);

        Assert.Equal(expected, ConsultationPermissions.CanSubmitDirectly(Viewers[viewer], round, now));
    }

    [Theory]
    [InlineData("contributorOfLao", "open", "ques01", true)]
    [InlineData("focalPointOfLao", "open", "ques01", true)]
    [InlineData("coordinatorOfLao", "open", "ques01", true)]
    [InlineData("contributorOfLao", "open", "ques99", false)]
    [InlineData("contributorOfLao", "closed", "ques01", false)]
    [InlineData("contributorOfLao", "closedEarly", "ques01", false)]
    [InlineData("contributorOfLao", "scheduled", "ques01", false)]
    [InlineData("contributorNotInvited", "open", "ques01", false)]
    [InlineData("coordinator", "open", "ques01", false)]
    [InlineData("observerOfLao", "open", "ques01", false)]
    public void CanAnswer_InvitedContributorsWhileOpen(string viewer, string phase, string questionId, bool expected)
    {
        var (round, now) = At(phase);

        Assert.Equal(expected, ConsultationPermissions.CanAnswer(Viewers[viewer], round, questionId, now));
    }

    [Theory]
    [InlineData("Closed", "open", "contributorOfIraq", false)]
    [InlineData("Closed", "open", "contributorOfLao", true)]
    [InlineData("Closed", "open", "coordinator", true)]
    [InlineData("Closed", "closed", "contributorOfIraq", true)]
    [InlineData("Open", "open", "observer", true)]
    public void CanSeeAnswer_FollowsTheRoundVisibility(string visibility, string phase, string viewer, bool expected)
    {
        var (round, now) = At(phase, Enum.Parse<RoundVisibility>(visibility));
        var answer = QuestionAnswer.Create("ques01", "org-lao", "Yes.", "user-1", During);

        Assert.Equal(expected, ConsultationPermissions.CanSeeAnswer(Viewers[viewer], round, answer, now));
    }

    [Fact]
    public void ViewerCreate_IsAFocalPointOnlyWithinAnOrganisation()
    {
        var focalPoints = new HashSet<string> { "focal-lao" };

        Assert.True(Viewer.Create("focal-lao", "org-lao", DocumentRole.Contributor, focalPoints).IsFocalPoint);
        Assert.False(Viewer.Create("user-1", "org-lao", DocumentRole.Contributor, focalPoints).IsFocalPoint);
        Assert.False(Viewer.Create("focal-lao", null, DocumentRole.Contributor, focalPoints).IsFocalPoint);
    }
}
