using System.Net;
using System.Net.Http.Json;
using VaDrafting.Core.Consultation;
using VaDrafting.Server.Consultation;

namespace VaDrafting.Server.Tests.Consultation;

public sealed class ClosedRoundVisibilityTests(ConsultationServer server) : IClassFixture<ConsultationServer>
{
    private readonly ConsultationSteps steps = new(server);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string LaoText = "Lao PDR asks for a section on clearance-related injuries in rural districts.";

    [Fact]
    public async Task ClosedRound_HidesOtherOrganisationsThreadsUntilItCloses()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Closed, ["albania", "lao-pdr"], ["Is the scope right?"]);
        var albaniaThread = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "Albania supports the scope.");
        var laoThread = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 0, 8, LaoText, proposal: "Progress in every district");
        var albania = await server.SignInAsync(Delegates.Albania);
        var lao = await server.SignInAsync(Delegates.LaoPdr);
        var observer = await server.SignInAsync(DemoPeople.Observer);
        var coordinator = await server.SignInAsync(DemoPeople.SecondCoordinator);
        var laoAnswer = await lao.PutAsJsonAsync($"/api/documents/{id}/rounds/{round.Id}/answers", new { questionId = round.Questions[0].Id, text = "Lao PDR: yes." }, Cancel);
        Assert.Equal(HttpStatusCode.OK, laoAnswer.StatusCode);

        var responses = new[]
        {
            await albania.GetStringAsync($"/api/documents/{id}/threads", Cancel),
            await albania.GetStringAsync($"/api/documents/{id}/threads?round={round.Id}", Cancel),
            await albania.GetStringAsync($"/api/documents/{id}/rounds/{round.Id}/matrix", Cancel),
            await albania.GetStringAsync($"/api/documents/{id}/rounds/{round.Id}/answers", Cancel),
            await (await albania.GetAsync($"/api/documents/{id}/threads/{laoThread.Id}", Cancel)).Content.ReadAsStringAsync(Cancel),
            await (await albania.PostAsJsonAsync($"/api/documents/{id}/threads/{laoThread.Id}/replies", new { text = "Seen?" }, Cancel)).Content.ReadAsStringAsync(Cancel),
            await albania.GetStringAsync($"/api/documents/{id}/versions?pageSize=200", Cancel),
            await albania.GetStringAsync($"/api/documents/{id}", Cancel),
            await albania.GetStringAsync("/api/documents", Cancel),
        };
        Assert.All(responses, body =>
        {
            Assert.DoesNotContain(LaoText, body);
            Assert.DoesNotContain("lao-pdr", body);
            Assert.DoesNotContain("Lao PDR", body);
        });
        Assert.Contains(albaniaThread.Id, responses[0]);
        Assert.Equal(HttpStatusCode.NotFound, (await albania.GetAsync($"/api/documents/{id}/threads/{laoThread.Id}", Cancel)).StatusCode);
        Assert.Empty(await (await observer.GetAsync($"/api/documents/{id}/threads", Cancel)).ReadAsync<List<ThreadView>>());
        Assert.Equal(2, (await (await coordinator.GetAsync($"/api/documents/{id}/threads", Cancel)).ReadAsync<List<ThreadView>>()).Count);
        Assert.Equal(2, (await (await coordinator.GetAsync($"/api/documents/{id}/rounds/{round.Id}/matrix", Cancel)).ReadAsync<MatrixView>()).Rows.Count);

        var close = await coordinator.PostAsync($"/api/documents/{id}/rounds/{round.Id}/close", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);

        var afterClose = await (await albania.GetAsync($"/api/documents/{id}/threads", Cancel)).ReadAsync<List<ThreadView>>();
        var matrixAfterClose = await (await observer.GetAsync($"/api/documents/{id}/rounds/{round.Id}/matrix", Cancel)).ReadAsync<MatrixView>();
        var answersAfterClose = await (await albania.GetAsync($"/api/documents/{id}/rounds/{round.Id}/answers", Cancel)).ReadAsync<List<AnswerView>>();
        Assert.Equal(new[] { albaniaThread.Id, laoThread.Id }.Order(), afterClose.Select(t => t.Id).Order());
        Assert.Equal(2, matrixAfterClose.Rows.Count);
        Assert.Equal("lao-pdr", Assert.Single(answersAfterClose).OrganisationId);
    }

    [Fact]
    public async Task ClosedRound_DraftsStayWithinTheirOrganisationEvenForCoordinatorsAndAfterClosing()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Closed, ["albania", "lao-pdr"]);
        var draft = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 0, 8, LaoText, draft: true);
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        await coordinator.PostAsync($"/api/documents/{id}/rounds/{round.Id}/close", null, Cancel);
        var albania = await server.SignInAsync(Delegates.Albania);

        foreach (var client in new[] { coordinator, albania })
        {
            var history = await client.GetStringAsync($"/api/documents/{id}/versions?pageSize=200", Cancel);
            Assert.DoesNotContain("Lao PDR", history);
            Assert.DoesNotContain("(draft)", history);
            Assert.DoesNotContain(LaoText, await client.GetStringAsync($"/api/documents/{id}/threads", Cancel));
            Assert.DoesNotContain(LaoText, await client.GetStringAsync($"/api/documents/{id}/rounds/{round.Id}/matrix", Cancel));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/documents/{id}/threads/{draft.Id}", Cancel)).StatusCode);
        }
    }

    [Fact]
    public async Task ClosedRound_DecisionsWhileOpenDoNotNameTheOrganisationInTheHistory()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Closed, ["albania", "lao-pdr"]);
        var laoThread = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 0, 8, LaoText, proposal: "Progress in every district");
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);

        var decided = await coordinator.PostAsJsonAsync($"/api/documents/{id}/threads/{laoThread.Id}/decision",
            new { disposition = "Accepted", response = "Accepted with thanks." }, Cancel);

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var albania = await server.SignInAsync(Delegates.Albania);
        var history = await albania.GetStringAsync($"/api/documents/{id}/versions?pageSize=200", Cancel);
        Assert.Contains("the proposed change of a participant", history);
        Assert.DoesNotContain("Lao PDR", history);
        Assert.DoesNotContain("Vilay", history);
    }
}
