using System.Net;
using System.Net.Http.Json;
using VaDrafting.Core.Consultation;

namespace VaDrafting.Server.Tests.Consultation;

/// <summary>
/// Every consultation endpoint for every kind of person, on a fresh open round (open visibility, Albania and Lao PDR
/// invited) with a submitted thread and a draft thread of Albania. A refused request commits nothing.
/// </summary>
public sealed class ConsultationAuthorisationTests(ConsultationServer server) : IClassFixture<ConsultationServer>
{
    private readonly ConsultationSteps steps = new(server);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string?> People = new()
    {
        ["coordinator"] = DemoPeople.Coordinator,
        ["invited"] = Delegates.LaoPdr,
        ["notInvited"] = Delegates.Lebanon,
        ["observer"] = DemoPeople.Observer,
        ["author"] = Delegates.Albania,
        ["anonymous"] = null,
    };

    // Expected status per person: coordinator, invited contributor, contributor not invited, observer, author of the threads.
    private static readonly (string Endpoint, int[] Statuses)[] Expectations =
    [
        ("ListRounds", [200, 200, 200, 200, 200]),
        ("OpenRound", [201, 403, 403, 403, 403]),
        ("GetRound", [200, 200, 200, 200, 200]),
        ("ExtendRound", [200, 403, 403, 403, 403]),
        ("CloseRound", [200, 403, 403, 403, 403]),
        ("ReopenRound", [409, 403, 403, 403, 403]),
        ("ListAnswers", [200, 200, 200, 200, 200]),
        ("PutAnswer", [403, 200, 403, 403, 200]),
        ("Matrix", [200, 200, 200, 200, 200]),
        ("ListThreads", [200, 200, 200, 200, 200]),
        ("OpenThread", [201, 201, 403, 403, 201]),
        ("GetThread", [200, 200, 200, 200, 200]),
        ("Reply", [200, 200, 403, 403, 200]),
        ("EditComment", [403, 403, 403, 403, 200]),
        ("SubmitDraft", [404, 404, 404, 404, 200]),
        ("Decide", [200, 403, 403, 403, 403]),
        ("ResolveUndecided", [409, 403, 403, 403, 403]),
        ("ReopenOpenThread", [409, 403, 403, 403, 403]),
        ("DropDraft", [404, 404, 404, 404, 204]),
        ("MergeDraft", [404, 404, 404, 404, 200]),
        ("ListFocalPoints", [200, 200, 200, 200, 200]),
        ("PutFocalPoints", [200, 403, 403, 403, 403]),
        ("Redline", [200, 200, 200, 200, 200]),
        ("RedlineSummary", [200, 200, 200, 200, 200]),
        ("GetVisit", [204, 204, 204, 204, 204]),
        ("PutVisit", [200, 200, 200, 200, 200]),
        ("ExportDocx", [200, 200, 200, 200, 200]),
        ("ExportRedline", [200, 200, 200, 200, 200]),
        ("ExportReview", [200, 200, 200, 200, 200]),
        ("ExportMatrix", [200, 200, 200, 200, 200]),
    ];

    public static TheoryData<string, string, int> Cases()
    {
        var cases = new TheoryData<string, string, int>();
        string[] roles = ["coordinator", "invited", "notInvited", "observer", "author"];
        foreach (var (endpoint, statuses) in Expectations)
        {
            for (var i = 0; i < roles.Length; i++) cases.Add(endpoint, roles[i], statuses[i]);
            cases.Add(endpoint, "anonymous", 401);
        }
        return cases;
    }

    private sealed record Scenario(string Id, string Tag, RoundViewIds Round, string ThreadId, string OpeningId, string DraftId, string SecondDraftId, string Head);

    private sealed record RoundViewIds(string Id, string QuestionId);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_AnswersTheExpectedStatusForEachRole(string endpoint, string role, int expected)
    {
        var scenario = await ScenarioAsync();
        var client = People[role] is { } person ? await server.SignInAsync(person) : server.CreateClient();
        var before = (await steps.HistoryAsync(scenario.Id)).Count;

        var response = await SendAsync(client, endpoint, scenario);

        Assert.True(expected == (int)response.StatusCode, $"{endpoint} as {role}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
        if (expected >= 400) Assert.Equal(before, (await steps.HistoryAsync(scenario.Id)).Count);
        if (expected is >= 400 and not 401) await response.AssertProblemAsync((HttpStatusCode)expected);
    }

    private async Task<Scenario> ScenarioAsync()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr"], ["Is the scope right?"]);
        var thread = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.LastBlock, 12, 20, "Say how often.", proposal: "reviewed every year");
        var draft = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "Our draft.", draft: true);
        var secondDraft = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 5, 13, "Another draft.", draft: true);
        var head = (await steps.HistoryAsync(id))[0].CommitId;
        return new Scenario(id, tag, new RoundViewIds(round.Id, round.Questions[0].Id), thread.Id, thread.Opening.Id, draft.Id, secondDraft.Id, head);
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient client, string endpoint, Scenario s)
    {
        var document = $"/api/documents/{s.Id}";
        var round = $"{document}/rounds/{s.Round.Id}";
        var thread = $"{document}/threads/{s.ThreadId}";
        var later = server.Clock.GetUtcNow().AddDays(30);
        return endpoint switch
        {
            "ListRounds" => client.GetAsync($"{document}/rounds", Cancel),
            "OpenRound" => client.PostAsJsonAsync($"{document}/rounds", new { title = "Second consultation", baseVersion = s.Tag, closes = later }, Cancel),
            "GetRound" => client.GetAsync(round, Cancel),
            "ExtendRound" => client.PostAsJsonAsync($"{round}/extend", new { closes = later }, Cancel),
            "CloseRound" => client.PostAsync($"{round}/close", null, Cancel),
            "ReopenRound" => client.PostAsJsonAsync($"{round}/reopen", new { closes = later }, Cancel),
            "ListAnswers" => client.GetAsync($"{round}/answers", Cancel),
            "PutAnswer" => client.PutAsJsonAsync($"{round}/answers", new { questionId = s.Round.QuestionId, text = "Yes." }, Cancel),
            "Matrix" => client.GetAsync($"{round}/matrix", Cancel),
            "ListThreads" => client.GetAsync($"{document}/threads?round={s.Round.Id}", Cancel),
            "OpenThread" => ConsultationSteps.CommentAsync(client, s.Id, s.Round.Id, ConsultationSteps.ScopeBlock, 5, 13, "A comment."),
            "GetThread" => client.GetAsync(thread, Cancel),
            "Reply" => client.PostAsJsonAsync($"{thread}/replies", new { text = "A reply." }, Cancel),
            "EditComment" => client.PutAsJsonAsync($"{thread}/comments/{s.OpeningId}", new { text = "Say how often, please." }, Cancel),
            "SubmitDraft" => client.PostAsync($"{document}/threads/{s.DraftId}/submit", null, Cancel),
            "Decide" => client.PostAsJsonAsync($"{thread}/decision", new { disposition = "Accepted", response = "Agreed." }, Cancel),
            "ResolveUndecided" => client.PostAsync($"{thread}/resolve", null, Cancel),
            "ReopenOpenThread" => client.PostAsync($"{thread}/reopen", null, Cancel),
            "DropDraft" => client.PostAsync($"{document}/threads/{s.DraftId}/drop", null, Cancel),
            "MergeDraft" => client.PostAsJsonAsync($"{document}/threads/{s.DraftId}/merge", new { intoThreadId = s.SecondDraftId }, Cancel),
            "ListFocalPoints" => client.GetAsync($"{document}/focal-points", Cancel),
            "PutFocalPoints" => client.PutAsJsonAsync($"{document}/focal-points/lao-pdr", new { userIds = new[] { Delegates.LaoPdr } }, Cancel),
            "Redline" => client.GetAsync($"{document}/redline?from={s.Tag}&to=head", Cancel),
            "RedlineSummary" => client.GetAsync($"{document}/redline/summary?from={s.Tag}", Cancel),
            "GetVisit" => client.GetAsync($"{document}/visit", Cancel),
            "PutVisit" => client.PutAsJsonAsync($"{document}/visit", new { commitId = s.Head }, Cancel),
            "ExportDocx" => client.GetAsync($"{document}/export?format=docx", Cancel),
            "ExportRedline" => client.GetAsync($"{document}/export?format=redline&from={s.Tag}", Cancel),
            "ExportReview" => client.GetAsync($"{document}/export?format=review&round={s.Round.Id}", Cancel),
            "ExportMatrix" => client.GetAsync($"{document}/export?format=matrix-xlsx&round={s.Round.Id}", Cancel),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
        };
    }
}
