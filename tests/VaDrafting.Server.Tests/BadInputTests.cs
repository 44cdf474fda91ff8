using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Tests;

/// <summary>A server with small upload limits, so that oversize and zip bomb checks are cheap to exercise.</summary>
public sealed class SmallLimitsServer() : DraftingServer(new Dictionary<string, string?>
{
    ["Uploads:MaxFileBytes"] = "300000",
    ["Uploads:MaxExpandedBytes"] = "4000000",
});

public sealed class BadInputTests(SmallLimitsServer server) : IClassFixture<SmallLimitsServer>
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> HostileUploads => new()
    {
        { "not-a-zip", "guidance.docx" },
        { "truncated", "guidance.docx" },
        { "zip-bomb", "guidance.docx" },
        { "wrong-extension", "guidance.pdf" },
    };

    private static byte[] Bytes(string kind) => kind switch
    {
        "not-a-zip" => WordFiles.NotAZip(),
        "truncated" => WordFiles.Truncated(),
        "zip-bomb" => WordFiles.ZipBomb(64 * 1024 * 1024),
        "wrong-extension" => WordFiles.Docx(WordFiles.SmallGuidance()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(HostileUploads))]
    public async Task BadUpload_AsNewDocumentIsRefusedAndStoresNothing(string kind, string fileName)
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var before = Repositories();

        var response = await coordinator.PostAsync("/api/documents", HttpAssertions.WordUpload(Bytes(kind), fileName), Cancel);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        Assert.Equal(before, Repositories());
        AssertEveryRepositoryIsConsistent();
    }

    [Theory]
    [MemberData(nameof(HostileUploads))]
    public async Task BadUpload_AsNewVersionIsRefusedAndLeavesHistoryAlone(string kind, string fileName)
    {
        var (coordinator, id) = await ExistingDocumentAsync();
        var before = await HistoryLengthAsync(coordinator, id);

        var response = await coordinator.PostAsync($"/api/documents/{id}/versions", HttpAssertions.WordUpload(Bytes(kind), fileName), Cancel);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await HistoryLengthAsync(coordinator, id));
        AssertEveryRepositoryIsConsistent();
    }

    [Fact]
    public async Task UploadOverTheSizeLimit_Answers413()
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var before = Repositories();
        var large = new byte[400_000];
        Random.Shared.NextBytes(large);

        var response = await coordinator.PostAsync("/api/documents", HttpAssertions.WordUpload(large), Cancel);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, Repositories());
    }

    [Fact]
    public async Task UploadWithoutFile_Answers400()
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var form = new MultipartFormDataContent { { new StringContent("only a title"), "title" } };

        var response = await coordinator.PostAsync("/api/documents", form, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/documents/no-such-document")]
    [InlineData("/api/documents/no-such-document/versions")]
    [InlineData("/api/documents/no-such-document/tags")]
    public async Task UnknownDocument_Answers404(string path)
    {
        var reader = await server.SignInAsync(DemoPeople.Contributor);
        var response = await reader.GetAsync(path, Cancel);
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/documents/..%2F..%2Fetc")]
    [InlineData("/api/documents/..%2Fx/versions")]
    [InlineData("/api/documents/UPPER%20case")]
    [InlineData("/api/documents/x.git")]
    public async Task PathLikeDocumentId_AnswersAClientErrorAndTouchesNothing(string path)
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var before = Repositories();

        var read = await coordinator.GetAsync(path, Cancel);
        var write = await coordinator.PostAsync(path.EndsWith("/versions") ? path : path + "/versions",
            HttpAssertions.WordUpload(WordFiles.Docx(WordFiles.SmallGuidance())), Cancel);

        Assert.InRange((int)read.StatusCode, 400, 404);
        Assert.InRange((int)write.StatusCode, 400, 404);
        Assert.Equal(before, Repositories());
    }

    [Fact]
    public async Task UnknownVersion_Answers404()
    {
        var (coordinator, id) = await ExistingDocumentAsync();
        var response = await coordinator.GetAsync($"/api/documents/{id}/versions/no-such-tag", Cancel);
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("–––")]
    public async Task CirculateWithoutUsableLabel_Answers400(string label)
    {
        var (coordinator, id) = await ExistingDocumentAsync();
        var response = await coordinator.PostAsJsonAsync($"/api/documents/{id}/tags", new { label }, Cancel);
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PersonWithoutAccess_SeesNoDocument()
    {
        var (_, id) = await ExistingDocumentAsync();
        var client = server.CreateClient();
        var signIn = server.Services.GetRequiredService<VaDrafting.Server.Auth.DevelopmentSignIn>();
        var stranger = signIn.Mint(new VaDrafting.Server.Auth.Person("someone-else", "Someone Else", null, "Visitor"));
        client.DefaultRequestHeaders.Authorization = new("Bearer", stranger.AccessToken);

        var read = await client.GetAsync($"/api/documents/{id}", Cancel);
        var list = await (await client.GetAsync("/api/documents", Cancel)).ReadAsync<List<DocumentSummaryView>>();

        await read.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(list);
    }

    private async Task<(HttpClient Client, string Id)> ExistingDocumentAsync()
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var response = await coordinator.PostAsync("/api/documents", HttpAssertions.WordUpload(WordFiles.Docx(WordFiles.SmallGuidance())), Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (coordinator, (await response.ReadAsync<CreatedDocumentView>()).Id);
    }

    private async Task<int> HistoryLengthAsync(HttpClient client, string id) =>
        (await (await client.GetAsync($"/api/documents/{id}/versions?pageSize=200", Cancel)).ReadAsync<HistoryView>()).Items.Count;

    private string[] Repositories() =>
        Directory.Exists(server.DataPath) ? [.. Directory.GetDirectories(server.DataPath, "*.git").Order()] : [];

    private void AssertEveryRepositoryIsConsistent()
    {
        foreach (var repository in Repositories())
        {
            var fsck = Process.Start(new ProcessStartInfo("git", ["--git-dir", repository, "fsck", "--full", "--strict"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var errors = fsck.StandardError.ReadToEnd() + fsck.StandardOutput.ReadToEnd();
            Assert.True(fsck.WaitForExit(30_000), "git fsck did not finish in 30 s");
            Assert.True(fsck.ExitCode == 0, $"git fsck failed on {repository}: {errors}");
        }
    }
}
