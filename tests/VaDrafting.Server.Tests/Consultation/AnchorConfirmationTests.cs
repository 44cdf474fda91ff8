using System.Net;
using System.Net.Http.Json;
using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Server.Consultation;

namespace VaDrafting.Server.Tests.Consultation;

/// <summary>After a new version, coordinators confirm where a thread was found again, or attach an orphan to another passage.</summary>
public sealed class AnchorConfirmationTests(ConsultationServer server) : IClassFixture<ConsultationServer>
{
    private readonly ConsultationSteps steps = new(server);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Orphan_IsAttachedToAnotherPassage_ByACoordinator_KeepingItsOriginalQuote()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr"]);
        var albaniaThread = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.LastBlock, 12, 20, "Measured how?");
        var rewrite = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 0, 54, "Simpler.",
            proposal: "Each State reports every year on its plan.");
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var albania = await server.SignInAsync(Delegates.Albania);
        var thread = $"/api/documents/{id}/threads/{albaniaThread.Id}";
        await (await coordinator.PostAsJsonAsync($"/api/documents/{id}/threads/{rewrite.Id}/decision", new { disposition = "Accepted", response = "Agreed." }, Cancel))
            .ReadAsync<DecisionOutcomeView>();
        Assert.Equal(AnchorStatus.Orphaned, (await (await coordinator.GetAsync(thread, Cancel)).ReadAsync<ThreadView>()).AnchorStatus);
        var before = (await steps.HistoryAsync(id)).Count;

        await (await coordinator.PostAsJsonAsync($"{thread}/anchor", new { }, Cancel)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await albania.PostAsJsonAsync($"{thread}/anchor", new { blockId = ConsultationSteps.LastBlock, start = 0, end = 4 }, Cancel))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await coordinator.PostAsJsonAsync($"{thread}/anchor", new { blockId = ConsultationSteps.LastBlock, start = 0 }, Cancel))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await coordinator.PostAsJsonAsync($"{thread}/anchor", new { blockId = ConsultationSteps.LastBlock, start = 0, end = 400 }, Cancel))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, (await steps.HistoryAsync(id)).Count);

        var attached = await (await coordinator.PostAsJsonAsync($"{thread}/anchor", new { blockId = ConsultationSteps.LastBlock, start = 11, end = 29 }, Cancel))
            .ReadAsync<ThreadView>();
        var readAgain = await (await albania.GetAsync(thread, Cancel)).ReadAsync<ThreadView>();

        Assert.Equal((AnchorStatus.Exact, "reports every year", "measured"), (attached.AnchorStatus, attached.Anchor.Exact, attached.OriginalQuote));
        Assert.Equal((AnchorStatus.Exact, "reports every year", "measured"), (readAgain.AnchorStatus, readAgain.Anchor.Exact, readAgain.OriginalQuote));
        Assert.Contains(await steps.HistoryAsync(id), v => v.Message.StartsWith("Attach the comment to", StringComparison.Ordinal) && v.AuthorName == "Ana Moreno");
    }

    [Fact]
    public async Task MovedThread_IsConfirmedWhereItWasFound()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr"]);
        var insertion = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 0, 0, "Start with the period.", proposal: "Every year, ");
        var later = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.LastBlock, 21, 28, "Which plan?");
        var coordinator = await server.SignInAsync(DemoPeople.SecondCoordinator);
        await (await coordinator.PostAsJsonAsync($"/api/documents/{id}/threads/{insertion.Id}/decision", new { disposition = "Accepted", response = "Added." }, Cancel))
            .ReadAsync<DecisionOutcomeView>();

        var confirmed = await (await coordinator.PostAsJsonAsync($"/api/documents/{id}/threads/{later.Id}/anchor", new { }, Cancel)).ReadAsync<ThreadView>();

        Assert.Equal((AnchorStatus.Exact, "against", 33, "against"), (confirmed.AnchorStatus, confirmed.Anchor.Exact, confirmed.Anchor.Start, confirmed.OriginalQuote));
    }
}
