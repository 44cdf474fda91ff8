using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using VaDrafting.Core.Consultation;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Tests.Consultation;

/// <summary>A clock the tests move forward by hand, to pass a round's deadline.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>
/// The server with a <see cref="ManualClock"/> in place of the system clock (tokens still use the real time), and a
/// write limit high enough for the many scenarios one person sets up within a minute.
/// </summary>
public class ConsultationServer : DraftingServer
{
    public ConsultationServer() : this(new Dictionary<string, string?>())
    {
    }

    protected ConsultationServer(Dictionary<string, string?> settings) : this(settings, sharedDataPath: null)
    {
    }

    protected ConsultationServer(Dictionary<string, string?> settings, string? sharedDataPath)
        : base(new Dictionary<string, string?>(settings) { ["RateLimits:WritesPerMinute"] = "100000" }, sharedDataPath)
    {
    }

    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>More demo people, by organisation.</summary>
public static class Delegates
{
    public const string Albania = DemoPeople.Contributor;
    /// <summary>A member of Albania's delegation who is not its focal point.</summary>
    public const string AlbaniaDrafter = "elira-dervishi";
    public const string LaoPdr = "vilay-phommachanh";
    public const string Lebanon = "layla-haddad";
    public const string Iraq = "samir-kareem";
}

/// <summary>Steps of a consultation through the HTTP API, asserting that each succeeds.</summary>
public sealed class ConsultationSteps(ConsultationServer server)
{
    public const string ScopeBlock = "pscope";
    public const string LastBlock = "plast";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A coordinator imports the small guidance and circulates it as v1; returns the document id and the tag.</summary>
    public async Task<(string Id, string Tag)> CirculatedDocumentAsync()
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var created = await coordinator.PostAsync("/api/documents", HttpAssertions.WordUpload(WordFiles.Docx(WordFiles.SmallGuidance())), Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadAsync<CreatedDocumentView>()).Id;
        var tag = await coordinator.PostAsJsonAsync($"/api/documents/{id}/tags", new { label = "v1 – first draft for consultation", note = "For comments by States and partners." }, Cancel);
        Assert.Equal(HttpStatusCode.Created, tag.StatusCode);
        return (id, (await tag.ReadAsync<CirculatedView>()).Name);
    }

    public async Task<RoundView> OpenRoundAsync(
        string id, string tag, RoundVisibility visibility, string[] invited, string[]? questions = null, TimeSpan? length = null, bool directSubmission = true)
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var response = await coordinator.PostAsJsonAsync($"/api/documents/{id}/rounds", new
        {
            title = "First consultation",
            baseVersion = tag,
            closes = server.Clock.GetUtcNow() + (length ?? TimeSpan.FromDays(14)),
            timeZone = "Europe/Zurich",
            invitedOrganisationIds = invited,
            visibility = visibility.ToString(),
            directSubmission,
            questions = (questions ?? []).Select(text => new { text }).ToArray(),
        }, Json.Options, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<RoundView>();
    }

    public static Task<HttpResponseMessage> CommentAsync(
        HttpClient client, string id, string roundId, string blockId, int start, int end, string text,
        string? proposal = null, CommentType type = CommentType.Substantive, bool draft = false) =>
        client.PostAsJsonAsync($"/api/documents/{id}/threads", new
        {
            roundId,
            blockId,
            start,
            end,
            type = type.ToString(),
            text,
            proposedReplacement = proposal,
            draft,
        }, Cancel);

    public async Task<ThreadView> CommentAsAsync(
        string person, string id, string roundId, string blockId, int start, int end, string text, string? proposal = null, bool draft = false)
    {
        var response = await CommentAsync(await server.SignInAsync(person), id, roundId, blockId, start, end, text, proposal, draft: draft);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<ThreadView>();
    }

    public async Task<List<VersionView>> HistoryAsync(string id, string viewer = DemoPeople.Coordinator)
    {
        var client = await server.SignInAsync(viewer);
        return [.. (await (await client.GetAsync($"/api/documents/{id}/versions?pageSize=200", Cancel)).ReadAsync<HistoryView>()).Items];
    }
}
