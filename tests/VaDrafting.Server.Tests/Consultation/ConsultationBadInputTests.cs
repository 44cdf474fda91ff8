using System.Net;
using System.Net.Http.Json;
using VaDrafting.Core.Consultation;
using VaDrafting.Server.Consultation;

namespace VaDrafting.Server.Tests.Consultation;

public sealed class ConsultationBadInputTests(ConsultationServer server) : IClassFixture<ConsultationServer>
{
    private readonly ConsultationSteps steps = new(server);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(string Id, RoundView Round)> OpenRoundAsync()
    {
        var (id, round, _) = await OpenRoundWithTagAsync();
        return (id, round);
    }

    private async Task<(string Id, RoundView Round, string Tag)> OpenRoundWithTagAsync()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        return (id, await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr"], ["Is the scope right?"]), tag);
    }

    public static TheoryData<string, string, int, int, string?> BadComments => new()
    {
        { "oversize comment", ConsultationSteps.ScopeBlock, 0, 4, null },
        { "control character", ConsultationSteps.ScopeBlock, 0, 4, null },
        { "empty comment", ConsultationSteps.ScopeBlock, 0, 4, null },
        { "anchor outside the block", ConsultationSteps.ScopeBlock, 10, 9999, null },
        { "reversed anchor", ConsultationSteps.ScopeBlock, 10, 5, null },
        { "negative anchor", ConsultationSteps.ScopeBlock, -1, 5, null },
        { "unknown block", "pnosuch", 0, 4, null },
        { "proposal with a line break", ConsultationSteps.ScopeBlock, 0, 4, "two\nlines" },
        { "oversize proposal", ConsultationSteps.ScopeBlock, 0, 4, new string('x', ConsultationText.MaxReplacementLength + 1) },
    };

    [Theory]
    [MemberData(nameof(BadComments))]
    public async Task BadComment_Answers400AndCommitsNothing(string kind, string blockId, int start, int end, string? proposal)
    {
        var (id, round) = await OpenRoundAsync();
        var albania = await server.SignInAsync(Delegates.Albania);
        var before = (await steps.HistoryAsync(id)).Count;
        var text = kind switch
        {
            "oversize comment" => new string('a', ConsultationText.MaxCommentLength + 1),
            "control character" => "Please ring \u0007 the bell.",
            "empty comment" => "   ",
            _ => "A fair comment.",
        };

        var response = await ConsultationSteps.CommentAsync(albania, id, round.Id, blockId, start, end, text, proposal);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        Assert.Equal(before, (await steps.HistoryAsync(id)).Count);
    }

    [Fact]
    public async Task MarkupInAComment_IsStoredAndReturnedAsInertJsonTextUnderTheStrictPolicy()
    {
        var (id, round) = await OpenRoundAsync();
        const string markup = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\"";
        var thread = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, markup);
        var reader = await server.SignInAsync(Delegates.LaoPdr);

        var response = await reader.GetAsync($"/api/documents/{id}/threads/{thread.Id}", Cancel);
        var raw = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.StartsWith("{", raw);
        Assert.Equal(markup, (await response.ReadAsync<ThreadView>()).Opening.Text);
    }

    [Fact]
    public async Task DecisionByAContributor_Answers403AndCommitsNothing()
    {
        var (id, round) = await OpenRoundAsync();
        var thread = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.LastBlock, 12, 20, "Say how often.", proposal: "reviewed every year");
        var before = (await steps.HistoryAsync(id)).Count;
        var albania = await server.SignInAsync(Delegates.Albania);

        var response = await albania.PostAsJsonAsync($"/api/documents/{id}/threads/{thread.Id}/decision", new { disposition = "Accepted", response = "Accepting my own." }, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, (await steps.HistoryAsync(id)).Count);
    }

    [Fact]
    public async Task AcceptingAProposalWhosePassageIsGone_Answers400AndLeavesTextAndThreadAlone()
    {
        var (id, round) = await OpenRoundAsync();
        var first = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.LastBlock, 12, 20, "Say how often.", proposal: "reviewed every year");
        var second = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 12, 20, "Say who measures.", proposal: "measured by the ministry");
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var accepted = await coordinator.PostAsJsonAsync($"/api/documents/{id}/threads/{first.Id}/decision", new { disposition = "Accepted", response = "Agreed." }, Cancel);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var before = (await steps.HistoryAsync(id)).Count;

        var response = await coordinator.PostAsJsonAsync($"/api/documents/{id}/threads/{second.Id}/decision", new { disposition = "Accepted", response = "Also agreed." }, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, (await steps.HistoryAsync(id)).Count);
        var unchanged = await (await coordinator.GetAsync($"/api/documents/{id}/threads/{second.Id}", Cancel)).ReadAsync<ThreadView>();
        Assert.Null(unchanged.Decision);
    }

    [Fact]
    public async Task AcceptedInPart_AppliesTheCoordinatorsEditedReplacement()
    {
        var (id, round) = await OpenRoundAsync();
        var thread = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.LastBlock, 12, 20, "Say how often.", proposal: "reviewed every month");
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);

        var response = await coordinator.PostAsJsonAsync($"/api/documents/{id}/threads/{thread.Id}/decision",
            new { disposition = "AcceptedInPart", response = "Yearly rather than monthly.", replacement = "reviewed every year" }, Cancel);
        var outcome = await response.ReadAsync<DecisionOutcomeView>();
        var text = await coordinator.GetStringAsync($"/api/documents/{id}", Cancel);

        Assert.True(outcome.TextChanged);
        Assert.Equal(Disposition.AcceptedInPart, outcome.Thread.Decision!.Disposition);
        Assert.Contains("Progress is reviewed every year against", text);
        Assert.Contains("Accept in part the proposed change of Albania (Arben Hoxha)", outcome.Version.Message);
    }

    [Fact]
    public async Task AnswerToAQuestionOfAnotherRound_Answers400()
    {
        var (id, round, tag) = await OpenRoundWithTagAsync();
        var other = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania"], ["A question of the second round?"]);
        var albania = await server.SignInAsync(Delegates.Albania);
        var before = (await steps.HistoryAsync(id)).Count;

        var response = await albania.PutAsJsonAsync($"/api/documents/{id}/rounds/{round.Id}/answers", new { questionId = other.Questions[0].Id, text = "Wrong round." }, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, (await steps.HistoryAsync(id)).Count);
    }

    [Fact]
    public async Task WriteAfterTheDeadline_Answers409AndCommitsNothing()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania"], length: TimeSpan.FromHours(1));
        var thread = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "In time.");
        server.Clock.Advance(TimeSpan.FromHours(2));
        var albania = await server.SignInAsync(Delegates.Albania);
        var before = (await steps.HistoryAsync(id)).Count;

        var comment = await ConsultationSteps.CommentAsync(albania, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "Too late.");
        var edit = await albania.PutAsJsonAsync($"/api/documents/{id}/threads/{thread.Id}/comments/{thread.Opening.Id}", new { text = "Changed too late." }, Cancel);

        var problem = await comment.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("closed", problem.Detail);
        await edit.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(before, (await steps.HistoryAsync(id)).Count);
    }

    [Theory]
    [InlineData("GET", "/threads/tnosuch")]
    [InlineData("POST", "/threads/tnosuch/replies")]
    [InlineData("PUT", "/threads/{thread}/comments/cnosuch")]
    [InlineData("GET", "/rounds/rnosuch")]
    [InlineData("GET", "/rounds/rnosuch/matrix")]
    [InlineData("GET", "/rounds/rnosuch/answers")]
    [InlineData("GET", "/threads?round=rnosuch")]
    [InlineData("POST", "/rounds/..%2Frounds/close")]
    [InlineData("POST", "/threads/NOT-AN-ID/decision")]
    public async Task UnknownIds_Answer404AndCommitNothing(string method, string path)
    {
        var (id, round) = await OpenRoundAsync();
        var thread = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "A comment.");
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var before = (await steps.HistoryAsync(id)).Count;
        var request = new HttpRequestMessage(new HttpMethod(method), $"/api/documents/{id}{path.Replace("{thread}", thread.Id)}");
        if (method != "GET") request.Content = JsonContent.Create(new { text = "Hello.", disposition = "Noted" });

        var response = await coordinator.SendAsync(request, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, (await steps.HistoryAsync(id)).Count);
    }

    [Fact]
    public async Task OpenRound_OnAVersionThatWasNotCirculated_Answers400()
    {
        var (id, _) = await steps.CirculatedDocumentAsync();
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);

        var response = await coordinator.PostAsJsonAsync($"/api/documents/{id}/rounds",
            new { title = "Round", baseVersion = "v9-never", closes = server.Clock.GetUtcNow().AddDays(3) }, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("Europe/Geneva")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("Mars/Olympus_Mons")]
    public async Task OpenRound_InATimeZoneOutsideTheIanaDatabase_Answers400AndCommitsNothing(string timeZone)
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var before = (await steps.HistoryAsync(id)).Count;

        var response = await coordinator.PostAsJsonAsync($"/api/documents/{id}/rounds",
            new { title = "Round", baseVersion = tag, timeZone, closes = server.Clock.GetUtcNow().AddDays(3) }, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, (await steps.HistoryAsync(id)).Count);
    }
}
