using System.Net;
using System.Net.Http.Json;
using VaDrafting.Core.Consultation;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Markdown;
using VaDrafting.Docx;
using VaDrafting.Docx.Tests.Quality;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Tests.Consultation;
using VaDrafting.Storage;

namespace VaDrafting.Server.Tests.Export;

public sealed class ExportApiTests(ConsultationServer server) : IClassFixture<ConsultationServer>
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly ConsultationSteps steps = new(server);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A circulated version, then Albania's contribution changing the scope paragraph.</summary>
    private async Task<(string Id, string Tag, VersionInfo Edit)> ScenarioAsync()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var store = server.Services.GetRequiredService<IDocumentStore>();
        var text = Encoding.UTF8.GetString(store.ReadFile(id, "HEAD", "document.md")!);
        Assert.Contains("plan victim assistance", text);
        var edit = await store.CommitAsync(id, null,
            new Dictionary<string, byte[]?> { ["document.md"] = Encoding.UTF8.GetBytes(text.Replace("plan victim assistance", "plan and fund victim assistance", StringComparison.Ordinal)) },
            new CommitAuthor(Delegates.Albania, "Arben Hoxha", "Albania"), "Clarify the scope", Cancel);
        return (id, tag, edit);
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string query, string contentType)
    {
        var response = await client.GetAsync(query, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("private", response.Headers.CacheControl?.ToString());
        return await response.Content.ReadAsByteArrayAsync(Cancel);
    }

    private static string? FileName(HttpResponseMessage response) => response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;

    private static IReadOnlyList<string> Authors(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        return [.. body.Descendants<InsertedRun>().Select(r => r.Author?.Value ?? "").Concat(body.Descendants<DeletedRun>().Select(r => r.Author?.Value ?? "")).Distinct()];
    }

    /// <summary>The words of a version's text alone (no title, cover or contents), as pandoc reads them.</summary>
    private async Task<IReadOnlyList<string>> BodyWordsAsync(string id, string revision)
    {
        var store = server.Services.GetRequiredService<IDocumentStore>();
        var document = DocumentMarkdown.Parse(Encoding.UTF8.GetString(store.ReadFile(id, revision, "document.md")!));
        using var output = new MemoryStream();
        DocxWriter.Write(document, new VaDrafting.Core.Model.DocumentMeta("", null, []), output, DocxWriteOptions.Default);
        return Pandoc.Words(await Pandoc.PlainTextAsync(output.ToArray(), "accept", Cancel));
    }

    [Fact]
    public async Task Docx_OfACirculatedVersion_IsAValidWordFileWithItsBlocksAndNamedAfterTheVersion()
    {
        var (id, tag, _) = await ScenarioAsync();
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);

        var response = await coordinator.GetAsync($"/api/documents/{id}/export?format=docx&version={tag}", Cancel);
        var docx = await DownloadAsync(coordinator, $"/api/documents/{id}/export?format=docx&version={tag}", WordType);

        Assert.EndsWith($"-text-{tag}.docx", FileName(response));
        ExportQuality.AssertValid(docx);
        var store = server.Services.GetRequiredService<IDocumentStore>();
        var circulated = DocumentMarkdown.Parse(Encoding.UTF8.GetString(store.ReadFile(id, tag, "document.md")!));
        var imported = DocxImporter.Import(new MemoryStream(docx), DocxLimits.Default);
        Assert.Equal(circulated.Blocks.Select(b => b.Id), imported.Document.Blocks.Select(b => b.Id));
        Assert.Equal(circulated, imported.Document);
    }

    [Fact]
    public async Task Redline_BetweenATagAndTheHead_AcceptsToTheHeadAndRejectsToTheTagWithAuthorsAsDisclosed()
    {
        var (id, tag, edit) = await ScenarioAsync();
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);

        var redline = await DownloadAsync(coordinator, $"/api/documents/{id}/export?format=redline&from={tag}&to=head", WordType);

        ExportQuality.AssertValid(redline);
        var accepted = Pandoc.Words(await Pandoc.PlainTextAsync(redline, "accept", Cancel));
        var rejected = Pandoc.Words(await Pandoc.PlainTextAsync(redline, "reject", Cancel));
        // After the title and the cover lines, accepting every change reads as the head and rejecting them as the tag.
        Assert.Equal(await BodyWordsAsync(id, "HEAD"), accepted.TakeLast((await BodyWordsAsync(id, "HEAD")).Count));
        Assert.Equal(await BodyWordsAsync(id, tag), rejected.TakeLast((await BodyWordsAsync(id, tag)).Count));
        Assert.Contains("fund", accepted);
        Assert.DoesNotContain("fund", rejected);
        // A contribution's author is shown to their own organisation only, as in the history.
        Assert.Equal([VersionDisclosure.ParticipantName], Authors(redline));
        var asAlbania = await DownloadAsync(await server.SignInAsync(Delegates.AlbaniaDrafter), $"/api/documents/{id}/export?format=redline&from={tag}", WordType);
        Assert.Equal(["Arben Hoxha (Albania)"], Authors(asAlbania));

        var asLao = await DownloadAsync(await server.SignInAsync(Delegates.LaoPdr), $"/api/documents/{id}/export?format=redline&from={tag}", WordType);
        Assert.Equal([VersionDisclosure.ParticipantName], Authors(asLao));
        Assert.DoesNotContain("Arben", Encoding.UTF8.GetString(asLao));
        Assert.NotEqual(edit.CommitId, tag);
    }

    [Fact]
    public async Task Review_OfARound_HoldsTheProposalsAsTrackedChangesAndTheCommentsWithTheDecision()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr"]);
        var thread = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 12, 20, "Say how often.", proposal: "checked each year");
        await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "Albania supports the scope.");
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var decided = await coordinator.PostAsJsonAsync($"/api/documents/{id}/threads/{thread.Id}/decision", new { disposition = "Noted", response = "Kept for the next revision." }, Cancel);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var response = await coordinator.GetAsync($"/api/documents/{id}/export?format=review&round={round.Id}", Cancel);
        var docx = await DownloadAsync(coordinator, $"/api/documents/{id}/export?format=review&round={round.Id}", WordType);

        Assert.EndsWith($"-review-copy-{round.Id}.docx", FileName(response));
        ExportQuality.AssertValid(docx);
        Assert.Equal(["Lao PDR"], Authors(docx));
        var accepted = await Pandoc.PlainTextAsync(docx, "accept", Cancel);
        Assert.Contains("checked each year", accepted, StringComparison.Ordinal);
        Assert.DoesNotContain("checked each year", await Pandoc.PlainTextAsync(docx, "reject", Cancel), StringComparison.Ordinal);
        var all = await Pandoc.ConvertAsync(docx, "all", "markdown", Cancel);
        Assert.Contains("Say how often.", all, StringComparison.Ordinal);
        Assert.Contains("Albania supports the scope.", all, StringComparison.Ordinal);
        Assert.Contains("Disposition: Noted. Kept for the next revision.", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_OfAClosedRound_ShowsAContributorOnlyTheirOwnOrganisationsThreads()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Closed, ["albania", "lao-pdr"]);
        await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 0, 8, "Lao PDR asks for district data.", proposal: "Progress in every district");
        await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "Albania supports the scope.");

        var asAlbania = await DownloadAsync(await server.SignInAsync(Delegates.Albania), $"/api/documents/{id}/export?format=review&round={round.Id}", WordType);
        var asCoordinator = await DownloadAsync(await server.SignInAsync(DemoPeople.Coordinator), $"/api/documents/{id}/export?format=review&round={round.Id}", WordType);

        var albaniaSees = await Pandoc.ConvertAsync(asAlbania, "all", "markdown", Cancel);
        Assert.Contains("Albania supports the scope.", albaniaSees, StringComparison.Ordinal);
        Assert.DoesNotContain("district", albaniaSees, StringComparison.Ordinal);
        Assert.Empty(Authors(asAlbania));
        Assert.Contains("Lao PDR asks for district data.", await Pandoc.ConvertAsync(asCoordinator, "all", "markdown", Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_OfARound_DownloadsAsWordSpreadsheetAndCsvWithEveryComment()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr"]);
        await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 12, 20, "Say how often.", proposal: "checked each year");
        await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "=Albania supports the scope.");
        var observer = await server.SignInAsync(DemoPeople.Observer);

        var docx = await DownloadAsync(observer, $"/api/documents/{id}/export?format=matrix-docx&round={round.Id}", WordType);
        var xlsx = await DownloadAsync(observer, $"/api/documents/{id}/export?format=matrix-xlsx&round={round.Id}",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var csv = Encoding.UTF8.GetString(await DownloadAsync(observer, $"/api/documents/{id}/export?format=csv&round={round.Id}", "text/csv; charset=utf-8"));

        ExportQuality.AssertValid(docx);
        ExportQuality.AssertValidWorkbook(xlsx);
        var plain = await Pandoc.PlainTextAsync(docx, "accept", Cancel);
        Assert.Contains("Say how often.", plain, StringComparison.Ordinal);
        Assert.Contains("Lao PDR", plain, StringComparison.Ordinal);
        Assert.Contains("checked each year", plain, StringComparison.Ordinal);
        Assert.StartsWith("\uFEFFNo.,Organisation,", csv, StringComparison.Ordinal);
        Assert.Contains(",'=Albania supports the scope.,", csv, StringComparison.Ordinal);
        Assert.Equal(3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Pdf_OfTheHead_IsMadeByLibreOffice()
    {
        var (id, _, _) = await ScenarioAsync();
        var observer = await server.SignInAsync(DemoPeople.Observer);

        var pdf = await DownloadAsync(observer, $"/api/documents/{id}/export?format=pdf", "application/pdf");

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
    }

    [Theory]
    [InlineData("format=odt", HttpStatusCode.BadRequest, "docx, pdf, redline, review, matrix-docx, matrix-xlsx, csv")]
    [InlineData("format=csv", HttpStatusCode.BadRequest, "give its id (round)")]
    [InlineData("", HttpStatusCode.BadRequest, "Choose a format")]
    [InlineData("format=docx&version=0000000", HttpStatusCode.NotFound, null)]
    [InlineData("format=docx&from=TAG", HttpStatusCode.BadRequest, "from and to are for the redline")]
    [InlineData("format=redline&from=head&to=TAG", HttpStatusCode.BadRequest, "must be older")]
    [InlineData("format=redline&version=TAG", HttpStatusCode.BadRequest, "give from and to")]
    [InlineData("format=redline&round=ROUND", HttpStatusCode.BadRequest, "give from and to")]
    [InlineData("format=redline&from=nosuchversion", HttpStatusCode.NotFound, null)]
    [InlineData("format=review", HttpStatusCode.BadRequest, "give its id (round)")]
    [InlineData("format=review&round=nosuchround", HttpStatusCode.NotFound, null)]
    [InlineData("format=review&round=ROUND&version=TAG", HttpStatusCode.BadRequest, "leave out version")]
    [InlineData("format=docx&round=ROUND", HttpStatusCode.BadRequest, "round is for the review copy")]
    public async Task BadRequests_GetAClearProblem(string query, HttpStatusCode status, string? detail)
    {
        var (id, tag, _) = await ScenarioAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania"]);
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);

        var problem = await (await coordinator.GetAsync(
                $"/api/documents/{id}/export?{query.Replace("TAG", tag, StringComparison.Ordinal).Replace("ROUND", round.Id, StringComparison.Ordinal)}", Cancel))
            .AssertProblemAsync(status);

        if (detail is not null) Assert.Contains(detail, problem.Detail);
    }

    [Fact]
    public async Task Export_OfADocumentNobodyShowedYou_IsNotFound()
    {
        var outsider = await server.SignInAsync(DemoPeople.Coordinator);
        await (await outsider.GetAsync("/api/documents/no-such-document/export?format=docx", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_DescribesTheExportEndpoint()
    {
        var json = await server.CreateClient().GetStringAsync("/openapi/v1.json", Cancel);
        Assert.Contains("/api/documents/{id}/export", json);
        Assert.Contains("\"ExportDocument\"", json);
    }
}
