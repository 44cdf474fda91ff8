using VaDrafting.Core.Consultation;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Tests.Consultation;

/// <summary>The server as a first local start sets it up: the sample guidance with a consultation under way.</summary>
public sealed class SampleServer() : DraftingServer(new Dictionary<string, string?>
{
    ["Sample:LoadOnFirstStart"] = "true",
    ["Sample:OpenConsultation"] = "true",
});

public sealed class SampleConsultationTests(SampleServer server) : IClassFixture<SampleServer>
{
    private const string Document = "/api/documents/integrated-approach-guidance";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstStart_CirculatesTheSampleAndOpensARoundWithCommentsADraftAndAnAnswer()
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var albania = await server.SignInAsync(Delegates.AlbaniaDrafter);

        var tags = await (await coordinator.GetAsync($"{Document}/tags", Cancel)).ReadAsync<List<CirculatedView>>();
        var rounds = await (await coordinator.GetAsync($"{Document}/rounds", Cancel)).ReadAsync<List<RoundView>>();
        var coordinatorSees = await (await coordinator.GetAsync($"{Document}/threads", Cancel)).ReadAsync<List<ThreadView>>();
        var albaniaSees = await (await albania.GetAsync($"{Document}/threads", Cancel)).ReadAsync<List<ThreadView>>();
        var answers = await (await coordinator.GetAsync($"{Document}/rounds/{rounds.Single().Id}/answers", Cancel)).ReadAsync<List<AnswerView>>();

        Assert.Equal("v1 – revised draft for consultation", tags.Single().Label);
        var round = rounds.Single();
        Assert.Equal((RoundPhase.Open, tags.Single().Name, false, 2), (round.Phase, round.BaseVersion, round.DirectSubmission, round.Questions.Count));
        Assert.Equal(["Lao PDR", "Survivors' Voice Network"], coordinatorSees.Select(t => t.OrganisationName).Order(StringComparer.Ordinal));
        Assert.Equal("a national referral pathway", coordinatorSees.Single(t => t.ProposedReplacement is not null).Anchor.Exact);
        Assert.Contains(albaniaSees, t => t.Stage == ThreadStage.Draft && t.Opening.AuthorName == "Elira Dervishi");
        Assert.Equal("Lebanon", answers.Single().OrganisationName);
    }
}
