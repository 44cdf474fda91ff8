using System.Net;
using System.Net.Http.Json;
using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Tests.Consultation;

/// <summary>
/// Consolidation inside a delegation: in a round without direct submission, members of Albania draft comments, and
/// Albania's focal point edits, merges, drops and submits them as the organisation's position.
/// </summary>
public sealed class DelegationConsolidationTests(ConsultationServer server) : IClassFixture<ConsultationServer>
{
    private readonly ConsultationSteps steps = new(server);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FocalPoint_EditsMergesDropsAndSubmits_AndTheDrafterIsKept()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr"], directSubmission: false);
        var drafter = await server.SignInAsync(Delegates.AlbaniaDrafter);
        var focalPoint = await server.SignInAsync(Delegates.Albania);
        var document = $"/api/documents/{id}";

        var first = await steps.CommentAsAsync(Delegates.AlbaniaDrafter, id, round.Id, ConsultationSteps.ScopeBlock, 20, 35, "Say which States count as affected.");
        var second = await steps.CommentAsAsync(Delegates.AlbaniaDrafter, id, round.Id, ConsultationSteps.LastBlock, 12, 20, "How often?", proposal: "reviewed every year");
        var third = await steps.CommentAsAsync(Delegates.AlbaniaDrafter, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "A typo?");
        Assert.All([first, second, third], t => Assert.Equal(ThreadStage.Draft, t.Stage));
        Assert.True((await (await focalPoint.GetAsync(document, Cancel)).ReadAsync<DocumentView>()).FocalPoint);
        Assert.False((await (await drafter.GetAsync(document, Cancel)).ReadAsync<DocumentView>()).FocalPoint);

        await (await drafter.PostAsync($"{document}/threads/{first.Id}/submit", null, Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await drafter.PostAsJsonAsync($"{document}/threads/{second.Id}/merge", new { intoThreadId = first.Id }, Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);

        var edited = await (await focalPoint.PutAsJsonAsync($"{document}/threads/{first.Id}/comments/{first.Opening.Id}",
            new { text = "Albania asks that the guidance say which States count as affected." }, Cancel)).ReadAsync<ThreadView>();
        Assert.True(edited.Opening.Edited);
        var merged = await (await focalPoint.PostAsJsonAsync($"{document}/threads/{second.Id}/merge", new { intoThreadId = first.Id }, Cancel)).ReadAsync<ThreadView>();
        Assert.Equal(["How often?\n\nProposed text for “measured”: reviewed every year"], merged.Replies.Select(r => r.Text));
        Assert.Equal("Elira Dervishi", merged.Replies[0].AuthorName);
        Assert.Equal(HttpStatusCode.NoContent, (await focalPoint.PostAsync($"{document}/threads/{third.Id}/drop", null, Cancel)).StatusCode);

        var submitted = await (await focalPoint.PostAsync($"{document}/threads/{first.Id}/submit", null, Cancel)).ReadAsync<ThreadView>();
        Assert.Equal((ThreadStage.Submitted, "Albania", "Elira Dervishi", Delegates.Albania),
            (submitted.Stage, submitted.OrganisationName, submitted.Opening.AuthorName, submitted.SubmittedById));

        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var threads = await (await coordinator.GetAsync($"{document}/threads?round={round.Id}", Cancel)).ReadAsync<List<ThreadView>>();
        Assert.Equal([first.Id], threads.Select(t => t.Id));
        await (await coordinator.GetAsync($"{document}/threads/{second.Id}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync($"{document}/threads/{third.Id}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Drafter_MayDropTheirOwnDraft_ButNotEditAnotherMembersDraft()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania"], directSubmission: false);
        var drafter = await server.SignInAsync(Delegates.AlbaniaDrafter);
        var document = $"/api/documents/{id}";
        var own = await steps.CommentAsAsync(Delegates.AlbaniaDrafter, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "Mine.");
        var focalPoints = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 5, 13, "The focal point's draft.", draft: true);
        var before = (await steps.HistoryAsync(id)).Count;

        await (await drafter.PutAsJsonAsync($"{document}/threads/{focalPoints.Id}/comments/{focalPoints.Opening.Id}", new { text = "Changed." }, Cancel))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await drafter.PostAsync($"{document}/threads/{focalPoints.Id}/drop", null, Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, (await steps.HistoryAsync(id)).Count);

        Assert.Equal(HttpStatusCode.NoContent, (await drafter.PostAsync($"{document}/threads/{own.Id}/drop", null, Cancel)).StatusCode);
        await (await drafter.GetAsync($"{document}/threads/{own.Id}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SubmittedThreads_AreNeitherDroppedNorMerged()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania"]);
        var focalPoint = await server.SignInAsync(Delegates.Albania);
        var document = $"/api/documents/{id}";
        var submitted = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "Submitted.");
        var draft = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 5, 13, "Draft.", draft: true);

        await (await focalPoint.PostAsync($"{document}/threads/{submitted.Id}/drop", null, Cancel)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await focalPoint.PostAsJsonAsync($"{document}/threads/{draft.Id}/merge", new { intoThreadId = submitted.Id }, Cancel)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await focalPoint.PostAsJsonAsync($"{document}/threads/{draft.Id}/merge", new { intoThreadId = draft.Id }, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await focalPoint.PostAsJsonAsync($"{document}/threads/{draft.Id}/merge", new { }, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Coordinator_RegistersFocalPoints_AndTheNewFocalPointMaySubmit()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania"], directSubmission: false);
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var document = $"/api/documents/{id}";
        var draft = await steps.CommentAsAsync(Delegates.AlbaniaDrafter, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "Ready to go.");

        var register = await (await coordinator.GetAsync($"{document}/focal-points", Cancel)).ReadAsync<List<OrganisationFocalPointsView>>();
        var albania = register.Single(o => o.OrganisationId == "albania");
        Assert.Equal([(Delegates.Albania, true), (Delegates.AlbaniaDrafter, false)], albania.People.Select(p => (p.Id, p.FocalPoint)));
        Assert.DoesNotContain(register, o => o.OrganisationId == "apmbc-va");

        var changed = await (await coordinator.PutAsJsonAsync($"{document}/focal-points/albania",
            new { userIds = new[] { Delegates.AlbaniaDrafter } }, Cancel)).ReadAsync<OrganisationFocalPointsView>();
        Assert.Equal([(Delegates.Albania, false), (Delegates.AlbaniaDrafter, true)], changed.People.Select(p => (p.Id, p.FocalPoint)));
        Assert.Contains(await steps.HistoryAsync(id), v => v.Message == "Register the focal points of Albania: Elira Dervishi" && v.AuthorName == "Ana Moreno");

        var drafter = await server.SignInAsync(Delegates.AlbaniaDrafter);
        var submitted = await (await drafter.PostAsync($"{document}/threads/{draft.Id}/submit", null, Cancel)).ReadAsync<ThreadView>();
        Assert.Equal(ThreadStage.Submitted, submitted.Stage);
        var former = await server.SignInAsync(Delegates.Albania);
        var late = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 5, 13, "Now only a drafter.");
        Assert.Equal(ThreadStage.Draft, late.Stage);
        await (await former.PostAsync($"{document}/threads/{late.Id}/submit", null, Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("albania", new[] { "vilay-phommachanh" })]
    [InlineData("albania", new[] { "nobody-known" })]
    [InlineData("apmbc-va", new[] { "maria-santos" })]
    [InlineData("atlantis", new string[0])]
    public async Task FocalPoints_OfAnotherOrganisationOrUnknown_AreRefused_AndNothingIsStored(string organisation, string[] userIds)
    {
        var (id, _) = await steps.CirculatedDocumentAsync();
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var before = (await steps.HistoryAsync(id)).Count;

        var response = await coordinator.PutAsJsonAsync($"/api/documents/{id}/focal-points/{organisation}", new { userIds }, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, (await steps.HistoryAsync(id)).Count);
    }

    [Fact]
    public async Task Decision_RecordsTheTextThatWasApplied()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["lao-pdr"]);
        var thread = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 12, 20, "How often?", proposal: "reviewed every single year");
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);

        var outcome = await (await coordinator.PostAsJsonAsync($"/api/documents/{id}/threads/{thread.Id}/decision",
            new { disposition = "AcceptedInPart", response = "Shortened.", replacement = "reviewed every year" }, Cancel)).ReadAsync<DecisionOutcomeView>();
        var renoted = await (await coordinator.PostAsync($"/api/documents/{id}/threads/{thread.Id}/reopen", null, Cancel)).ReadAsync<ThreadView>();
        var again = await (await coordinator.PostAsJsonAsync($"/api/documents/{id}/threads/{thread.Id}/decision",
            new { disposition = "Noted", response = "Kept as applied." }, Cancel)).ReadAsync<DecisionOutcomeView>();

        Assert.Equal((true, "reviewed every year"), (outcome.Thread.Decision!.AppliedToText, outcome.Thread.Decision.AppliedText));
        Assert.Equal((AnchorStatus.Exact, "reviewed every year", "measured"), (outcome.Thread.AnchorStatus, outcome.Thread.Anchor.Exact, outcome.Thread.OriginalQuote));
        Assert.Equal(ThreadStatus.Open, renoted.Status);
        Assert.False(again.TextChanged);
        Assert.Equal((Disposition.Noted, "reviewed every year"), (again.Thread.Decision!.Disposition, again.Thread.Decision.AppliedText));
    }
}
