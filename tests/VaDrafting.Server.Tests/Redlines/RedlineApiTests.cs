using System.Net;
using System.Net.Http.Json;
using System.Text;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Redlines;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Redlines;
using VaDrafting.Server.Tests.Consultation;
using VaDrafting.Storage;

namespace VaDrafting.Server.Tests.Redlines;

public sealed class RedlineApiTests(ConsultationServer server) : IClassFixture<ConsultationServer>
{
    private readonly ConsultationSteps steps = new(server);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private sealed record Scenario(string Id, string Tag, string ThreadId, VersionInfo Decision, VersionInfo Edit);

    /// <summary>
    /// v1 circulated; Lao PDR proposes a change to the last paragraph and the coordinators accept it (decision commit);
    /// then Albania's focal point's version changes the scope paragraph (a contribution, masked to other organisations).
    /// </summary>
    private async Task<Scenario> ScenarioAsync()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr"]);
        var thread = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 12, 20, "Say how often.", proposal: "checked each year");
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var decided = await coordinator.PostAsJsonAsync($"/api/documents/{id}/threads/{thread.Id}/decision", new { disposition = "Accepted", response = "Agreed." }, Cancel);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var store = server.Services.GetRequiredService<IDocumentStore>();
        var decision = store.Resolve(id, "HEAD");
        var text = Encoding.UTF8.GetString(store.ReadFile(id, "HEAD", "document.md")!);
        Assert.Contains("plan victim assistance", text);
        var edit = await store.CommitAsync(id, decision.CommitId,
            new Dictionary<string, byte[]?> { ["document.md"] = Encoding.UTF8.GetBytes(text.Replace("plan victim assistance", "plan and fund victim assistance", StringComparison.Ordinal)) },
            new CommitAuthor(Delegates.Albania, "Arben Hoxha", "Albania"), "Clarify the scope", Cancel);
        return new Scenario(id, tag, thread.Id, decision, edit);
    }

    private static async Task<RedlineView> RedlineAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync(query, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return await response.ReadAsync<RedlineView>();
    }

    [Fact]
    public async Task Redline_BetweenATagAndTheHead_MarksWordsWithTheirAuthorAndTheDecisionBehindThem()
    {
        var s = await ScenarioAsync();
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);

        var redline = await RedlineAsync(coordinator, $"/api/documents/{s.Id}/redline?from={s.Tag}&to=head");

        Assert.True(redline.Attributed);
        Assert.Contains(s.Tag, redline.From.Tags);
        Assert.Equal(s.Edit.CommitId, redline.To.CommitId);
        Assert.Equal(2, redline.Stats.Changed);
        var last = redline.Blocks.Single(b => b.BlockId == ConsultationSteps.LastBlock);
        Assert.Equal(BlockChange.Changed, last.Change);
        Assert.Equal("paragraph", last.Kind);
        var inserted = last.Segments.Where(g => g.Kind == SegmentKind.Inserted).ToList();
        Assert.Contains("checked each year", string.Concat(inserted.Select(g => g.Text)));
        Assert.Contains(last.Segments, g => g.Kind == SegmentKind.Deleted && g.Text.Contains("measured", StringComparison.Ordinal));
        var by = inserted[0].By!;
        Assert.Equal(s.Decision.CommitId, by.CommitId);
        Assert.Equal(DemoPeople.Coordinator, by.AuthorId);
        Assert.Equal(s.ThreadId, by.Reason!.ThreadId);
        Assert.Equal("Lao PDR", by.Reason.OrganisationName);
        Assert.Equal("Accepted", by.Reason.Disposition);
        var scope = redline.Blocks.Single(b => b.BlockId == ConsultationSteps.ScopeBlock);
        Assert.Equal(s.Edit.CommitId, scope.Segments.Single(g => g.Kind == SegmentKind.Inserted).By!.CommitId);
        Assert.Contains(scope.Segments, g => g.FootnoteId == "fnlap" && g.FootnoteNumber == 1);
        Assert.Contains(scope.Segments, g => g.Marks is ["bold"]);
        Assert.Equal(BlockChange.Unchanged, redline.Blocks.Single(b => b.BlockId == "nfocal").Change);
        Assert.Equal("numbered", redline.Blocks.Single(b => b.BlockId == "nfocal").ListKind);
    }

    [Fact]
    public async Task Redline_ShowsAContributionsAuthorOnlyToTheirOrganisation()
    {
        var s = await ScenarioAsync();

        StampView ScopeAuthor(RedlineView redline) =>
            redline.Blocks.Single(b => b.BlockId == ConsultationSteps.ScopeBlock).Segments.Single(g => g.Kind == SegmentKind.Inserted).By!;
        var asLao = ScopeAuthor(await RedlineAsync(await server.SignInAsync(Delegates.LaoPdr), $"/api/documents/{s.Id}/redline?from={s.Tag}"));
        var asAlbania = ScopeAuthor(await RedlineAsync(await server.SignInAsync(Delegates.AlbaniaDrafter), $"/api/documents/{s.Id}/redline?from={s.Tag}"));

        Assert.Equal(VersionDisclosure.ParticipantId, asLao.AuthorId);
        Assert.Equal(VersionDisclosure.ParticipantMessage, asLao.Message);
        Assert.Equal(Delegates.Albania, asAlbania.AuthorId);
        Assert.Equal("Clarify the scope", asAlbania.Message);
    }

    [Fact]
    public async Task Redline_WithoutFromComparesWithTheLatestCirculatedVersion()
    {
        var s = await ScenarioAsync();
        var observer = await server.SignInAsync(DemoPeople.Observer);

        var redline = await RedlineAsync(observer, $"/api/documents/{s.Id}/redline");
        var noneBefore = await observer.GetAsync($"/api/documents/{s.Id}/redline?to={s.Tag}", Cancel);

        Assert.Contains(s.Tag, redline.From.Tags);
        Assert.Equal(s.Edit.CommitId, redline.To.CommitId);
        var problem = await noneBefore.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("circulated", problem.Detail);
    }

    [Fact]
    public async Task Redline_BetweenCommitsGivenByPrefix_AndBackwardsAttributesToTheNewerSide()
    {
        var s = await ScenarioAsync();
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);

        var forward = await RedlineAsync(coordinator, $"/api/documents/{s.Id}/redline?from={s.Decision.CommitId[..7]}&to={s.Edit.CommitId[..10]}");
        var backward = await RedlineAsync(coordinator, $"/api/documents/{s.Id}/redline?from={s.Edit.CommitId}&to={s.Decision.CommitId}");
        var plain = await RedlineAsync(coordinator, $"/api/documents/{s.Id}/redline?from={s.Decision.CommitId}&to={s.Edit.CommitId}&attribution=false");

        Assert.Equal(1, forward.Stats.Changed);
        Assert.Equal(BlockChange.Changed, forward.Blocks.Single(b => b.BlockId == ConsultationSteps.ScopeBlock).Change);
        var removed = backward.Blocks.Single(b => b.BlockId == ConsultationSteps.ScopeBlock).Segments.Single(g => g.Kind == SegmentKind.Deleted);
        Assert.Equal(s.Decision.CommitId, removed.By!.CommitId);
        Assert.False(plain.Attributed);
        Assert.Null(plain.Blocks.Single(b => b.BlockId == ConsultationSteps.ScopeBlock).Segments.Single(g => g.Kind == SegmentKind.Inserted).By);
    }

    [Fact]
    public async Task Summary_CountsChangesPerSectionAndTheOrganisationsWhoseProposalsWereAccepted()
    {
        var s = await ScenarioAsync();
        var contributor = await server.SignInAsync(Delegates.Lebanon);

        var response = await contributor.GetAsync($"/api/documents/{s.Id}/redline/summary?from={s.Tag}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.ReadAsync<SummaryView>();
        var lao = Assert.Single(summary.Organisations);
        Assert.Equal("Lao PDR", lao.OrganisationName);
        Assert.Equal(1, lao.AcceptedProposals);
        Assert.Equal([ConsultationSteps.LastBlock], lao.BlockIds);
        Assert.Equal(2, summary.Changes.Count);
        Assert.Equal(s.ThreadId, summary.Changes.Single(c => c.BlockId == ConsultationSteps.LastBlock).Reasons.Single().ThreadId);
        Assert.Equal(VersionDisclosure.ParticipantId, summary.Changes.Single(c => c.BlockId == ConsultationSteps.ScopeBlock).By.Single().AuthorId);
        Assert.Equal(2, summary.Sections.Sum(section => section.Changed));
    }

    [Theory]
    [InlineData("from=no-such-version")]
    [InlineData("to=0000000")]
    public async Task Redline_OfAnUnknownVersion_Answers404(string query)
    {
        var s = await ScenarioAsync();
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var response = await coordinator.GetAsync($"/api/documents/{s.Id}/redline?{query}", Cancel);
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RedlineAndVisit_OfADocumentThePersonCannotRead_Answer404()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var client = server.CreateClient();
        var signIn = server.Services.GetRequiredService<VaDrafting.Server.Auth.DevelopmentSignIn>();
        var stranger = signIn.Mint(new VaDrafting.Server.Auth.Person("someone-else", "Someone Else", null, "Visitor"));
        client.DefaultRequestHeaders.Authorization = new("Bearer", stranger.AccessToken);

        await (await client.GetAsync($"/api/documents/{id}/redline?from={tag}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/documents/{id}/redline/summary?from={tag}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/documents/{id}/visit", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/documents/no-such-document/redline", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Visit_IsNoneAtFirstThenMovesOnlyForward()
    {
        var s = await ScenarioAsync();
        var reader = await server.SignInAsync(Delegates.Iraq);
        var visit = $"/api/documents/{s.Id}/visit";

        var never = await reader.GetAsync(visit, Cancel);
        var older = await reader.PutAsJsonAsync(visit, new { commitId = s.Decision.CommitId[..8] }, Cancel);
        var head = await reader.PutAsJsonAsync(visit, new { commitId = s.Edit.CommitId }, Cancel);
        var back = await reader.PutAsJsonAsync(visit, new { commitId = s.Decision.CommitId }, Cancel);
        var seen = await (await reader.GetAsync(visit, Cancel)).ReadAsync<VisitView>();
        var others = await (await server.SignInAsync(Delegates.Lebanon)).GetAsync(visit, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, never.StatusCode);
        Assert.Equal(s.Decision.CommitId, (await older.ReadAsync<VisitView>()).LastSeenCommitId);
        Assert.Equal(s.Edit.CommitId, (await head.ReadAsync<VisitView>()).LastSeenCommitId);
        Assert.Equal(s.Edit.CommitId, (await back.ReadAsync<VisitView>()).LastSeenCommitId);
        Assert.Equal(s.Edit.CommitId, seen.LastSeenCommitId);
        Assert.Equal(HttpStatusCode.NoContent, others.StatusCode);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(server.DataPath, "visits", s.Id), "*.json"));
    }

    [Fact]
    public async Task Visit_RefusesWhatIsNotAVersionOfTheDocument()
    {
        var s = await ScenarioAsync();
        var reader = await server.SignInAsync(Delegates.Iraq);
        var visit = $"/api/documents/{s.Id}/visit";

        await (await reader.PutAsJsonAsync(visit, new { commitId = "not a commit" }, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await reader.PutAsJsonAsync(visit, new { commitId = (string?)null }, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await reader.PutAsJsonAsync(visit, new { commitId = new string('0', 40) }, Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, (await reader.GetAsync(visit, Cancel)).StatusCode);
    }

    [Fact]
    public async Task Visits_OfManyConcurrentRequestsAreAllKept()
    {
        var s = await ScenarioAsync();
        string[] people = [DemoPeople.Coordinator, DemoPeople.SecondCoordinator, DemoPeople.Secretariat, Delegates.Albania, Delegates.LaoPdr, Delegates.Lebanon, Delegates.Iraq, DemoPeople.Observer];
        var clients = await Task.WhenAll(people.Select(server.SignInAsync));

        var puts = await Task.WhenAll(clients.Select(c => c.PutAsJsonAsync($"/api/documents/{s.Id}/visit", new { commitId = s.Edit.CommitId }, Cancel)));

        Assert.All(puts, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        foreach (var client in clients)
        {
            Assert.Equal(s.Edit.CommitId, (await (await client.GetAsync($"/api/documents/{s.Id}/visit", Cancel)).ReadAsync<VisitView>()).LastSeenCommitId);
        }
    }

    [Fact]
    public async Task OpenApi_DescribesTheRedlineEndpoints()
    {
        var json = await server.CreateClient().GetStringAsync("/openapi/v1.json", Cancel);
        Assert.Contains("/api/documents/{id}/redline", json);
        Assert.Contains("/api/documents/{id}/redline/summary", json);
        Assert.Contains("/api/documents/{id}/visit", json);
        foreach (var operation in new[] { "GetRedline", "GetRedlineSummary", "GetLastVisit", "PutLastVisit" }) Assert.Contains($"\"{operation}\"", json);
    }
}
