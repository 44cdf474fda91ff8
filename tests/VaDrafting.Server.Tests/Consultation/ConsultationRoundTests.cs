using System.Net;
using System.Net.Http.Json;
using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;
using VaDrafting.Storage;

namespace VaDrafting.Server.Tests.Consultation;

public sealed class ConsultationRoundTests(ConsultationServer server) : IClassFixture<ConsultationServer>
{
    private readonly ConsultationSteps steps = new(server);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FullRound_CommentsAnswersDeadlineDecisionsMatrixAndHistory()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr", "lebanon"],
            ["Does the guidance reflect your national referral pathways?", "Which indicators can you report on every year?"]);
        Assert.Equal(RoundPhase.Open, round.Phase);
        Assert.Equal(2, round.Questions.Count);

        var albania = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 20, 35,
            "Please say which States count as affected, with a reference to the Convention's definition.");
        var lao = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 12, 20,
            "Annual review matches our reporting cycle.", proposal: "reviewed every year");
        var lebanon = await steps.CommentAsAsync(Delegates.Lebanon, id, round.Id, "hpart1", 8, 23, "Use the plural consistently in headings.");
        Assert.Equal("affected States", albania.Anchor.Exact);
        Assert.Equal(ThreadStage.Submitted, lao.Stage);
        Assert.Equal("reviewed every year", lao.ProposedReplacement);

        var albaniaClient = await server.SignInAsync(Delegates.Albania);
        var laoClient = await server.SignInAsync(Delegates.LaoPdr);
        await PutAnswerAsync(albaniaClient, id, round.Id, round.Questions[0].Id, "Partly: the pathway through social services is missing.");
        await PutAnswerAsync(laoClient, id, round.Id, round.Questions[0].Id, "Yes, through the provincial health offices.");
        await PutAnswerAsync(laoClient, id, round.Id, round.Questions[1].Id, "Indicators on rehabilitation and inclusive education.");
        await PutAnswerAsync(albaniaClient, id, round.Id, round.Questions[0].Id, "Partly: add the referral through social services.");
        var answers = await (await albaniaClient.GetAsync($"/api/documents/{id}/rounds/{round.Id}/answers", Cancel)).ReadAsync<List<AnswerView>>();
        Assert.Equal(3, answers.Count);
        Assert.Equal("Partly: add the referral through social services.", answers.Single(a => a.OrganisationId == "albania").Text);

        server.Clock.Advance(TimeSpan.FromDays(15));
        var historyAtDeadline = (await steps.HistoryAsync(id)).Count;
        var late = await ConsultationSteps.CommentAsync(albaniaClient, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "One more thought.");
        await late.AssertProblemAsync(HttpStatusCode.Conflict);
        var lateAnswer = await albaniaClient.PutAsJsonAsync($"/api/documents/{id}/rounds/{round.Id}/answers",
            new { questionId = round.Questions[1].Id, text = "Late answer." }, Cancel);
        await lateAnswer.AssertProblemAsync(HttpStatusCode.Conflict);
        var lateReply = await laoClient.PostAsJsonAsync($"/api/documents/{id}/threads/{lao.Id}/replies", new { text = "Late reply." }, Cancel);
        await lateReply.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(historyAtDeadline, (await steps.HistoryAsync(id)).Count);

        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        await DecideAsync(coordinator, id, albania.Id, Disposition.Noted, "The definition is recalled in the introduction.");
        var accepted = await DecideAsync(coordinator, id, lao.Id, Disposition.Accepted, "Agreed; the text now says reviewed every year.");
        await DecideAsync(coordinator, id, lebanon.Id, Disposition.NotAccepted, "Headings follow the Convention's wording.");

        Assert.True(accepted.TextChanged);
        Assert.Equal("Ana Moreno", accepted.Version.AuthorName);
        Assert.Contains("Lao PDR", accepted.Version.Message);
        Assert.Contains("Vilay Phommachanh", accepted.Version.Message);
        var document = await (await coordinator.GetAsync($"/api/documents/{id}", Cancel)).ReadAsync<DocumentView>();
        Assert.Equal("Progress is reviewed every year against the national action plan.",
            string.Concat(document.Blocks.Single(b => b.Id == ConsultationSteps.LastBlock).Content!.Select(i => i.Text)));

        var matrix = await (await albaniaClient.GetAsync($"/api/documents/{id}/rounds/{round.Id}/matrix", Cancel)).ReadAsync<MatrixView>();
        Assert.Equal([albania.Id, lebanon.Id, lao.Id], matrix.Rows.Select(r => r.ThreadId));
        Assert.Equal([1, 2, 3], matrix.Rows.Select(r => r.Number));
        Assert.Equal([Disposition.Noted, Disposition.NotAccepted, Disposition.Accepted], matrix.Rows.Select(r => r.Disposition!.Value));
        Assert.Equal("Introduction", matrix.Rows[0].SectionHeading);
        Assert.Equal(("Part I. Affected States", "hpart1"), (matrix.Rows[2].SectionHeading, matrix.Rows[2].SectionBlockId));
        Assert.Equal("reviewed every year", matrix.Rows[2].ProposedChange);
        Assert.All(matrix.Rows, r => Assert.Equal(ThreadStatus.Resolved, r.Status));
        Assert.Equal(new Dictionary<string, int> { ["Albania"] = 1, ["Lao PDR"] = 1, ["Lebanon"] = 1 }, matrix.ByOrganisation);
        Assert.Equal(new Dictionary<string, int> { ["Accepted"] = 1, ["NotAccepted"] = 1, ["Noted"] = 1 }, matrix.ByDisposition);

        var filtered = await (await albaniaClient.GetAsync($"/api/documents/{id}/rounds/{round.Id}/matrix?organisation=lao-pdr&section=hpart1", Cancel)).ReadAsync<MatrixView>();
        Assert.Equal([3], filtered.Rows.Select(r => r.Number));

        var history = await steps.HistoryAsync(id, Delegates.Albania);
        Assert.Equal(12, history.Count);
        Assert.Contains(history, v => v.Message == "Open round “First consultation”" && v.AuthorName == "Ana Moreno");
        Assert.Contains(history, v => v.Message == "Comment on “Introduction” (pscope) by Albania" && v.AuthorName == "Arben Hoxha" && v.Organisation == "Albania");
        Assert.DoesNotContain(history, v => v.AuthorName == "Vilay Phommachanh" || v.Message.StartsWith("Proposed change"));
        Assert.Contains(history, v => v.AuthorName == DocumentService.ParticipantName && v.Message == DocumentService.ParticipantMessage && v.Organisation is null);
        var stored = server.Services.GetRequiredService<IDocumentStore>().History(id, 1, 200).Items;
        Assert.Contains(stored, v => v.Message.StartsWith("Proposed change on “Part I. Affected States” (plast) by Lao PDR") && v.AuthorName == "Vilay Phommachanh");
        Assert.Equal(4, stored.Count(v => v.Message.StartsWith("Answer to a question")));
        Assert.Equal(accepted.Version.CommitId, history[1].CommitId);
        Assert.All(history.Take(3), v => Assert.Equal("Ana Moreno", v.AuthorName));
    }

    [Fact]
    public async Task Thread_AnchoredInTheLatestVersionFollowsItsPassageAfterAnAcceptedChangeElsewhere()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr"]);
        var proposal = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 0, 0, "Start with the purpose.", proposal: "Every year, ");
        var later = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.LastBlock, 21, 28, "Which plan?");
        var coordinator = await server.SignInAsync(DemoPeople.SecondCoordinator);

        await DecideAsync(coordinator, id, proposal.Id, Disposition.Accepted, "Added.");
        var moved = await (await coordinator.GetAsync($"/api/documents/{id}/threads/{later.Id}", Cancel)).ReadAsync<ThreadView>();

        Assert.Equal(AnchorStatus.Moved, moved.AnchorStatus);
        Assert.Equal(("against", 33), (moved.Anchor.Exact, moved.Anchor.Start));
    }

    [Fact]
    public async Task DraftThread_IsSeenOnlyByItsOrganisationUntilSubmitted()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr"]);
        var draft = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "Draft for our delegation.", draft: true);
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var albania = await server.SignInAsync(Delegates.Albania);

        Assert.Equal(ThreadStage.Draft, draft.Stage);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/documents/{id}/threads/{draft.Id}", Cancel)).StatusCode);
        var submitted = await (await albania.PostAsync($"/api/documents/{id}/threads/{draft.Id}/submit", null, Cancel)).ReadAsync<ThreadView>();
        var seen = await (await coordinator.GetAsync($"/api/documents/{id}/threads/{draft.Id}", Cancel)).ReadAsync<ThreadView>();

        Assert.Equal(ThreadStage.Submitted, submitted.Stage);
        Assert.Equal(Delegates.Albania, seen.SubmittedById);
    }

    [Fact]
    public async Task Author_EditsTheirCommentAndTheEarlierTextIsKept()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania"]);
        var thread = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "First wording.");
        var albania = await server.SignInAsync(Delegates.Albania);

        var edited = await (await albania.PutAsJsonAsync($"/api/documents/{id}/threads/{thread.Id}/comments/{thread.Opening.Id}", new { text = "Second wording." }, Cancel)).ReadAsync<ThreadView>();

        Assert.Equal("Second wording.", edited.Opening.Text);
        Assert.True(edited.Opening.Edited);
    }

    [Fact]
    public async Task Coordinator_ExtendsClosesAndReopensARound()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania"]);
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var later = round.Closes.AddDays(7);

        var extended = await (await coordinator.PostAsJsonAsync($"/api/documents/{id}/rounds/{round.Id}/extend", new { closes = later }, Cancel)).ReadAsync<RoundView>();
        var closed = await (await coordinator.PostAsync($"/api/documents/{id}/rounds/{round.Id}/close", null, Cancel)).ReadAsync<RoundView>();
        var reopened = await (await coordinator.PostAsJsonAsync($"/api/documents/{id}/rounds/{round.Id}/reopen", new { closes = later }, Cancel)).ReadAsync<RoundView>();
        var earlierDeadline = await coordinator.PostAsync($"/api/documents/{id}/rounds/{reopened.Id}/extend", JsonContent.Create(new { closes = round.Closes }), Cancel);

        Assert.Equal(later, extended.Closes);
        Assert.Equal(RoundPhase.Closed, closed.Phase);
        Assert.Equal(RoundPhase.Open, reopened.Phase);
        await earlierDeadline.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task OpenApi_DescribesTheConsultationEndpoints()
    {
        var json = await server.CreateClient().GetStringAsync("/openapi/v1.json", Cancel);
        Assert.Contains("/api/documents/{id}/rounds/{roundId}/matrix", json);
        Assert.Contains("/api/documents/{id}/threads/{threadId}/decision", json);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(operation => operation.Value.TryGetProperty("operationId", out _))
            .Select(operation => operation.Value.GetProperty("operationId").GetString())
            .ToHashSet();
        string[] expected =
        [
            "ListRounds", "OpenRound", "GetRound", "ExtendRound", "CloseRound", "ReopenRound", "ListAnswers", "PutAnswer", "GetCommentMatrix",
            "ListThreads", "OpenThread", "GetThread", "ReplyToThread", "EditComment", "SubmitThread", "AttachThread", "DropDraft", "MergeDraft",
            "DecideThread", "ResolveThread", "ReopenThread", "ListFocalPoints", "PutFocalPoints", "ListOrganisations",
        ];
        Assert.Equal([], expected.Except(operations));
    }

    private static async Task PutAnswerAsync(HttpClient client, string id, string roundId, string questionId, string text)
    {
        var response = await client.PutAsJsonAsync($"/api/documents/{id}/rounds/{roundId}/answers", new { questionId, text }, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<DecisionOutcomeView> DecideAsync(HttpClient coordinator, string id, string threadId, Disposition disposition, string response)
    {
        var result = await coordinator.PostAsJsonAsync($"/api/documents/{id}/threads/{threadId}/decision",
            new { disposition = disposition.ToString(), response }, Cancel);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        return await result.ReadAsync<DecisionOutcomeView>();
    }
}
