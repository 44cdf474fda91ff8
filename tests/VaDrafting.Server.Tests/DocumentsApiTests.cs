using System.Net;
using System.Net.Http.Json;
using VaDrafting.Core.Access;
using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Tests;

public sealed class DocumentsApiTests(DraftingServer server) : IClassFixture<DraftingServer>
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<CreatedDocumentView> ImportAsync(string title = "Guidance for the tests")
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var response = await coordinator.PostAsync("/api/documents", HttpAssertions.WordUpload(WordFiles.Docx(WordFiles.SmallGuidance()), title: title), Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<CreatedDocumentView>();
    }

    [Fact]
    public async Task Coordinator_ImportsADocxAsANewDocumentCommittedUnderTheirName()
    {
        var created = await ImportAsync("Integrated approach – test import");

        Assert.StartsWith("integrated-approach-test-import-", created.Id);
        Assert.Equal("Ana Moreno", created.Version.AuthorName);
        Assert.Equal("Panama", created.Version.Organisation);
        Assert.Contains("guidance.docx", created.Version.Message);
        Assert.Equal(7, created.Report.BlockCount);
        Assert.Equal(1, created.Report.FootnoteCount);
    }

    [Fact]
    public async Task Reader_GetsBlocksWithStableIdsListsTablesAndNumberedFootnotes()
    {
        var created = await ImportAsync();
        var reader = await server.SignInAsync(DemoPeople.Contributor);

        var view = await (await reader.GetAsync($"/api/documents/{created.Id}", Cancel)).ReadAsync<DocumentView>();

        Assert.Equal(DocumentRole.Contributor, view.Role);
        Assert.True(view.IsHead);
        Assert.Equal(["hintro", "pscope", "hpart1", "nfocal", "bhealth", "tindic", "plast"], view.Blocks.Select(b => b.Id));
        Assert.Equal("heading", view.Blocks[0].Type);
        var list = view.Blocks.Single(b => b.Id == "bhealth");
        Assert.Equal(("listItem", "bulleted", 1), (list.Type, list.ListKind, list.Level));
        var table = view.Blocks.Single(b => b.Type == "table");
        Assert.Equal("Indicator", table.Header!.Cells[1][0].Text);
        Assert.Equal("rowa31", table.Rows![0].Id);
        var bold = view.Blocks[1].Content!.Single(i => i.Bold == true);
        Assert.Equal("affected States", bold.Text);
        var reference = view.Blocks[1].Content!.Single(i => i.Type == "footnoteRef");
        Assert.Equal(1, reference.Number);
        Assert.Equal("Lausanne Action Plan, Action 33.", view.Footnotes.Single().Content[0].Text);
    }

    [Fact]
    public async Task List_ShowsTheDocumentWithTheReadersRole()
    {
        var created = await ImportAsync();
        var observer = await server.SignInAsync(DemoPeople.Observer);

        var documents = await (await observer.GetAsync("/api/documents", Cancel)).ReadAsync<List<DocumentSummaryView>>();

        var listed = Assert.Single(documents, d => d.Id == created.Id);
        Assert.Equal(DocumentRole.Observer, listed.Role);
        Assert.Equal("Guidance for the tests", listed.Title);
        Assert.Equal(created.Version.CommitId, listed.Head.CommitId);
    }

    [Fact]
    public async Task NewVersion_KeepsIdsOfUnchangedBlocksAndAppearsInHistory()
    {
        var created = await ImportAsync();
        var coordinator = await server.SignInAsync(DemoPeople.SecondCoordinator);
        var revised = WordFiles.SmallGuidance("Progress is measured every year against the national action plan.");

        var response = await coordinator.PostAsync($"/api/documents/{created.Id}/versions", HttpAssertions.WordUpload(WordFiles.Docx(revised), "revised.docx"), Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var added = await response.ReadAsync<NewVersionView>();

        var history = await (await coordinator.GetAsync($"/api/documents/{created.Id}/versions?page=1&pageSize=10", Cancel)).ReadAsync<HistoryView>();
        Assert.Equal([added.Version.CommitId, created.Version.CommitId], history.Items.Select(v => v.CommitId));
        Assert.Equal("Tomás Reyes", history.Items[0].AuthorName);
        Assert.False(history.HasMore);

        var now = await (await coordinator.GetAsync($"/api/documents/{created.Id}", Cancel)).ReadAsync<DocumentView>();
        Assert.Contains(now.Blocks, b => b.Id == "pscope");
        Assert.Equal("Progress is measured every year against the national action plan.", now.Blocks[^1].Content![0].Text);

        var before = await (await coordinator.GetAsync($"/api/documents/{created.Id}/versions/{created.Version.CommitId}", Cancel)).ReadAsync<DocumentView>();
        Assert.False(before.IsHead);
        Assert.Equal("Progress is measured against the national action plan.", before.Blocks[^1].Content![0].Text);
    }

    [Fact]
    public async Task Coordinator_CirculatesAVersionThatCanBeReadByItsName()
    {
        var created = await ImportAsync();
        var secretariat = await server.SignInAsync(DemoPeople.Secretariat);

        var response = await secretariat.PostAsJsonAsync($"/api/documents/{created.Id}/tags",
            new { label = "v1 – first draft for consultation", note = "Comments are due by 15 March." }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var tag = await response.ReadAsync<CirculatedView>();
        Assert.Equal("v1-first-draft-for-consultation", tag.Name);
        Assert.Equal("v1 – first draft for consultation", tag.Label);
        Assert.Equal("Comments are due by 15 March.", tag.Note);
        Assert.Equal("Claire Dubois", tag.TaggerName);

        var reader = await server.SignInAsync(DemoPeople.SurvivorAdvocate);
        var tags = await (await reader.GetAsync($"/api/documents/{created.Id}/tags", Cancel)).ReadAsync<List<CirculatedView>>();
        Assert.Equal(tag.CommitId, Assert.Single(tags).CommitId);
        var version = await (await reader.GetAsync($"/api/documents/{created.Id}/versions/{tag.Name}", Cancel)).ReadAsync<DocumentView>();
        Assert.Equal(created.Version.CommitId, version.Version.CommitId);
        Assert.Contains(tag.Name, version.Version.Tags);

        var again = await secretariat.PostAsJsonAsync($"/api/documents/{created.Id}/tags", new { label = "V1 — first draft for consultation" }, Cancel);
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Contributor_CannotImportOrCirculate()
    {
        var created = await ImportAsync();
        var contributor = await server.SignInAsync(DemoPeople.Contributor);

        var newDocument = await contributor.PostAsync("/api/documents", HttpAssertions.WordUpload(WordFiles.Docx(WordFiles.SmallGuidance())), Cancel);
        var newVersion = await contributor.PostAsync($"/api/documents/{created.Id}/versions", HttpAssertions.WordUpload(WordFiles.Docx(WordFiles.SmallGuidance())), Cancel);
        var tag = await contributor.PostAsJsonAsync($"/api/documents/{created.Id}/tags", new { label = "v9" }, Cancel);

        await newDocument.AssertProblemAsync(HttpStatusCode.Forbidden);
        await newVersion.AssertProblemAsync(HttpStatusCode.Forbidden);
        await tag.AssertProblemAsync(HttpStatusCode.Forbidden);
        var history = await (await contributor.GetAsync($"/api/documents/{created.Id}/versions", Cancel)).ReadAsync<HistoryView>();
        Assert.Single(history.Items);
    }

    [Fact]
    public async Task Observer_CanReadButNotCirculate()
    {
        var created = await ImportAsync();
        var observer = await server.SignInAsync(DemoPeople.Observer);

        var read = await observer.GetAsync($"/api/documents/{created.Id}", Cancel);
        var tag = await observer.PostAsJsonAsync($"/api/documents/{created.Id}/tags", new { label = "v9" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await tag.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("GET", "/api/documents")]
    [InlineData("POST", "/api/documents")]
    [InlineData("GET", "/api/documents/any")]
    [InlineData("GET", "/api/documents/any/versions")]
    [InlineData("GET", "/api/documents/any/versions/HEAD")]
    [InlineData("POST", "/api/documents/any/versions")]
    [InlineData("GET", "/api/documents/any/tags")]
    [InlineData("POST", "/api/documents/any/tags")]
    [InlineData("GET", "/api/me")]
    public async Task EveryDocumentEndpoint_RefusesAnonymousCallers(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = JsonContent.Create(new { label = "v1" });
        var response = await server.CreateClient().SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
