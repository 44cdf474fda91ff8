using System.Net;
using System.Net.Http.Json;
using VaDrafting.Core.Consultation;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Live;
using VaDrafting.Server.Tests.Consultation;

namespace VaDrafting.Server.Tests.Live;

public sealed class LiveEventTests(LiveServer server) : IClassFixture<LiveServer>
{
    private readonly ConsultationSteps steps = new(server);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string ThreadChanged = nameof(IDraftingClient.ThreadChanged);
    private const string VersionAdded = nameof(IDraftingClient.VersionAdded);

    [Fact]
    public async Task CommentMadeOverHttp_ReachesOthersLive_WithTheVersionMaskedForOtherOrganisationsAndRealForItsOwn()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr"]);
        await using var albania = await LiveClient.ConnectAsync(server, Delegates.Albania);
        await using var coordinator = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);
        await using var lao = await LiveClient.ConnectAsync(server, Delegates.LaoPdr);
        foreach (var client in new[] { albania, coordinator, lao }) await client.JoinAsync(id);

        var thread = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 0, 8, "Measure it per province.");
        var head = (await steps.HistoryAsync(id, Delegates.LaoPdr))[0];

        foreach (var client in new[] { albania, coordinator, lao })
        {
            var live = await client.WaitForAsync<ThreadView>(ThreadChanged, t => t.Id == thread.Id);
            Assert.Equal("Measure it per province.", live.Opening.Text);
            Assert.Equal(ThreadStage.Submitted, live.Stage);
            var masked = await client.WaitForAsync<VersionAddedView>(VersionAdded, v => v.Version.CommitId == head.CommitId);
            Assert.False(masked.TextChanged);
        }
        var real = await lao.WaitForAsync<VersionAddedView>(VersionAdded, v => v.Version.CommitId == head.CommitId && v.Version.AuthorId == Delegates.LaoPdr);
        Assert.Equal(head.Message, real.Version.Message);
        foreach (var other in new[] { albania, coordinator })
        {
            var versions = other.Received<VersionAddedView>(VersionAdded).Where(v => v.Version.CommitId == head.CommitId).ToList();
            var only = Assert.Single(versions);
            Assert.Equal((VersionDisclosure.ParticipantId, VersionDisclosure.ParticipantMessage), (only.Version.AuthorId, only.Version.Message));
        }
    }

    [Fact]
    public async Task ClosedRound_ThreadsAndAnswersReachOnlyTheirOrganisationAndCoordinators_UntilTheRoundCloses()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Closed, ["albania", "lao-pdr"], ["Is the scope right?"]);
        await using var albania = await LiveClient.ConnectAsync(server, Delegates.Albania);
        await using var observer = await LiveClient.ConnectAsync(server, DemoPeople.Observer);
        await using var lao = await LiveClient.ConnectAsync(server, Delegates.LaoPdr);
        await using var panama = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);
        await using var chile = await LiveClient.ConnectAsync(server, DemoPeople.SecondCoordinator);
        foreach (var client in new[] { albania, observer, lao, panama, chile }) await client.JoinAsync(id);

        var laoThread = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 0, 8, "Lao PDR's closed comment.");
        var laoAnswer = await (await server.SignInAsync(Delegates.LaoPdr)).PutAsJsonAsync(
            $"/api/documents/{id}/rounds/{round.Id}/answers", new { questionId = round.Questions[0].Id, text = "Lao PDR: yes." }, Cancel);
        Assert.Equal(HttpStatusCode.OK, laoAnswer.StatusCode);
        var chileThread = await steps.CommentAsAsync(DemoPeople.SecondCoordinator, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "Chile's closed comment.");

        foreach (var client in new[] { lao, panama, chile })
        {
            await client.WaitForAsync<ThreadView>(ThreadChanged, t => t.Id == laoThread.Id);
            await client.WaitForAsync<AnswerView>(nameof(IDraftingClient.AnswerChanged), a => a.OrganisationId == "lao-pdr");
        }
        await panama.WaitForAsync<ThreadView>(ThreadChanged, t => t.Id == chileThread.Id);
        var chileOwn = await chile.WaitForAsync<ThreadView>(ThreadChanged, t => t.Id == chileThread.Id);
        Assert.Equal("chile", chileOwn.OrganisationId);

        // Events reach each connection in order: once the round's closing arrives, anything sent earlier has arrived.
        var close = await (await server.SignInAsync(DemoPeople.Coordinator)).PostAsync($"/api/documents/{id}/rounds/{round.Id}/close", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        foreach (var client in new[] { albania, observer, lao, panama, chile })
        {
            var closed = await client.WaitForAsync<RoundView>(nameof(IDraftingClient.RoundChanged), r => r.Id == round.Id && r.Phase == RoundPhase.Closed);
            Assert.Equal(RoundVisibility.Closed, closed.Visibility);
        }
        foreach (var outsider in new[] { albania, observer })
        {
            Assert.DoesNotContain(outsider.Events, e => e.Name is ThreadChanged or nameof(IDraftingClient.AnswerChanged));
            Assert.DoesNotContain(outsider.Events, e => e.Payload is VersionAddedView v && v.Version.Message.Contains("Lao PDR", StringComparison.Ordinal));
        }
        Assert.Single(chile.Received<ThreadView>(ThreadChanged), t => t.Id == chileThread.Id);
        Assert.Single(panama.Received<ThreadView>(ThreadChanged), t => t.Id == laoThread.Id);
        Assert.Single(lao.Received<ThreadView>(ThreadChanged), t => t.Id == laoThread.Id);
        Assert.DoesNotContain(lao.Received<ThreadView>(ThreadChanged), t => t.Id == chileThread.Id);
    }

    [Fact]
    public async Task Drafts_ReachOnlyTheirOrganisation_EvenNotCoordinators_AndSubmittingThemReachesEveryone()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr"], directSubmission: false);
        await using var focalPoint = await LiveClient.ConnectAsync(server, Delegates.Albania);
        await using var drafter = await LiveClient.ConnectAsync(server, Delegates.AlbaniaDrafter);
        await using var lao = await LiveClient.ConnectAsync(server, Delegates.LaoPdr);
        await using var coordinator = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);
        foreach (var client in new[] { focalPoint, drafter, lao, coordinator }) await client.JoinAsync(id);

        var draft = await steps.CommentAsAsync(Delegates.AlbaniaDrafter, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "Albania's delegation draft.");
        var second = await steps.CommentAsAsync(Delegates.AlbaniaDrafter, id, round.Id, ConsultationSteps.LastBlock, 0, 8, "A second draft to merge.");
        Assert.Equal(ThreadStage.Draft, draft.Stage);
        foreach (var albanian in new[] { focalPoint, drafter })
        {
            await albanian.WaitForAsync<ThreadView>(ThreadChanged, t => t.Id == draft.Id && t.Stage == ThreadStage.Draft);
            await albanian.WaitForAsync<ThreadView>(ThreadChanged, t => t.Id == second.Id);
        }

        var albania = await server.SignInAsync(Delegates.Albania);
        var merge = await albania.PostAsJsonAsync($"/api/documents/{id}/threads/{second.Id}/merge", new { intoThreadId = draft.Id }, Cancel);
        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        await drafter.WaitForAsync<string>(nameof(IDraftingClient.ThreadRemoved), threadId => threadId == second.Id);
        var submit = await albania.PostAsync($"/api/documents/{id}/threads/{draft.Id}/submit", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);

        foreach (var client in new[] { focalPoint, drafter, lao, coordinator })
        {
            var submitted = await client.WaitForAsync<ThreadView>(ThreadChanged, t => t.Id == draft.Id && t.Stage == ThreadStage.Submitted);
            Assert.Single(submitted.Replies);
        }
        foreach (var outsider in new[] { lao, coordinator })
        {
            Assert.DoesNotContain(outsider.Received<ThreadView>(ThreadChanged), t => t.Stage == ThreadStage.Draft);
            Assert.Empty(outsider.Received<string>(nameof(IDraftingClient.ThreadRemoved)));
        }
    }

    [Fact]
    public async Task DecisionApplyingAProposal_AndAnImportedVersion_ArriveAsVersionsThatChangeTheText()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania"]);
        await using var albania = await LiveClient.ConnectAsync(server, Delegates.Albania);
        await albania.JoinAsync(id);
        var thread = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.LastBlock, 0, 8, "Say what is measured.", proposal: "Results are");
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);

        var decision = await coordinator.PostAsJsonAsync($"/api/documents/{id}/threads/{thread.Id}/decision",
            new { disposition = "Accepted", response = "Agreed." }, Cancel);
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        var decided = await decision.ReadAsync<DecisionOutcomeView>();
        var upload = await coordinator.PostAsync($"/api/documents/{id}/versions",
            HttpAssertions.WordUpload(WordFiles.Docx(WordFiles.SmallGuidance("Progress is reported every year."))), Cancel);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var imported = await upload.ReadAsync<NewVersionView>();

        var liveDecision = await albania.WaitForAsync<ThreadView>(ThreadChanged, t => t.Id == thread.Id && t.Decision is not null);
        Assert.True(liveDecision.Decision!.AppliedToText);
        Assert.True((await albania.WaitForAsync<VersionAddedView>(VersionAdded, v => v.Version.CommitId == decided.Version.CommitId)).TextChanged);
        var importedLive = await albania.WaitForAsync<VersionAddedView>(VersionAdded, v => v.Version.CommitId == imported.Version.CommitId);
        Assert.True(importedLive.TextChanged);
        Assert.Equal("Ana Moreno", importedLive.Version.AuthorName);
    }

    [Fact]
    public async Task RegisteringFocalPoints_IsAVersionWithoutTextChange_ForEveryoneOnTheDocument()
    {
        var (id, _) = await steps.CirculatedDocumentAsync();
        await using var observer = await LiveClient.ConnectAsync(server, DemoPeople.Observer);
        await observer.JoinAsync(id);

        var response = await (await server.SignInAsync(DemoPeople.Coordinator)).PutAsJsonAsync(
            $"/api/documents/{id}/focal-points/albania", new { userIds = new[] { Delegates.AlbaniaDrafter } }, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var added = await observer.WaitForAsync<VersionAddedView>(VersionAdded);
        Assert.False(added.TextChanged);
        Assert.Contains("focal points of Albania", added.Version.Message);
    }
}
