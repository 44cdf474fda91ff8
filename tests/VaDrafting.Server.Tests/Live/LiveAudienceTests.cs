using VaDrafting.Core.Access;
using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Model;
using VaDrafting.Server.Live;

namespace VaDrafting.Server.Tests.Live;

/// <summary>The audience chosen for each kind of thread and answer matches, viewer by viewer, who may see it.</summary>
public sealed class LiveAudienceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static readonly Viewer[] Viewers =
    [
        new("ana", "panama", DocumentRole.Coordinator, false),
        new("arben", "albania", DocumentRole.Contributor, true),
        new("elira", "albania", DocumentRole.Contributor, false),
        new("vilay", "lao-pdr", DocumentRole.Contributor, true),
        new("maria", "apmbc-va", DocumentRole.Observer, false),
        new("loner", null, DocumentRole.Contributor, false),
    ];

    public static TheoryData<RoundVisibility, bool, ThreadStage, string?> Cases()
    {
        var data = new TheoryData<RoundVisibility, bool, ThreadStage, string?>();
        foreach (var visibility in new[] { RoundVisibility.Open, RoundVisibility.Closed })
        foreach (var closed in new[] { false, true })
        foreach (var stage in new[] { ThreadStage.Draft, ThreadStage.Submitted })
        foreach (var organisation in new[] { "albania", "panama", null })
            data.Add(visibility, closed, stage, organisation);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ThreadAudience_ReachesExactlyThoseWhoMaySeeTheThread(RoundVisibility visibility, bool closed, ThreadStage stage, string? organisation)
    {
        var round = RoundOf(visibility, closed);
        var author = organisation switch { "albania" => "elira", "panama" => "ana", _ => "loner" };
        var text = new DraftDocument([new ParagraphBlock("pscope", InlineContent.FromText("Victim assistance is part of every plan."))], []);
        var thread = CommentThread.Create("thread1", round.Id, TextAnchor.Create(text, "pscope", 0, 6), CommentType.General,
            Comment.Create("comment1", author, author, organisation, Now.AddDays(-1), "A comment."), null, stage);

        var audience = LiveAudience.OfThread(round, thread, Now);

        Assert.All(Viewers, viewer => Assert.Equal(ConsultationPermissions.CanSee(viewer, round, thread, Now), Reaches(audience, viewer)));
    }

    [Theory]
    [InlineData(RoundVisibility.Open, false)]
    [InlineData(RoundVisibility.Closed, false)]
    [InlineData(RoundVisibility.Closed, true)]
    public void AnswerAudience_ReachesExactlyThoseWhoMaySeeTheAnswer(RoundVisibility visibility, bool closed)
    {
        var round = RoundOf(visibility, closed);
        var answer = QuestionAnswer.Create(round.Questions[0].Id, "lao-pdr", "Yes.", "vilay", Now.AddDays(-1));

        var audience = LiveAudience.OfAnswer(round, answer, Now);

        Assert.All(Viewers, viewer => Assert.Equal(ConsultationPermissions.CanSeeAnswer(viewer, round, answer, Now), Reaches(audience, viewer)));
    }

    /// <summary>Whether a viewer joined to the document is in the groups the audience is sent to.</summary>
    private static bool Reaches(Audience audience, Viewer viewer) => audience.Kind switch
    {
        AudienceKind.Everyone => true,
        AudienceKind.OrganisationAndCoordinators => viewer.IsCoordinator || viewer.BelongsTo(audience.OrganisationId),
        _ => audience.OrganisationId is not null ? viewer.BelongsTo(audience.OrganisationId) : viewer.UserId == audience.PersonId,
    };

    private static Round RoundOf(RoundVisibility visibility, bool closed)
    {
        var round = Round.Create("round1", "First consultation", "v1", Now.AddDays(-7), Now.AddDays(7), "Europe/Zurich",
            ["albania", "lao-pdr"], visibility, directSubmission: true, [RoundQuestion.Create("question1", "Is the scope right?", null)]);
        return closed ? round.Close(Now.AddHours(-1)) : round;
    }
}
