using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace VaDrafting.Bench.Live;

/// <summary>What one edit gave: the revision its <c>BlockChanged</c> carries, or why it failed.</summary>
internal sealed record EditSent(string? Revision, string? Problem);

/// <summary>A hub the load clients join and the coordinator edits through.</summary>
internal interface ILiveTarget
{
    string Name { get; }

    Uri Hub { get; }

    /// <summary>The server's other events a joined client receives.</summary>
    IReadOnlyList<string> IgnoredEvents { get; }

    Task<string?> ReaderTokenAsync(int reader, CancellationToken cancellationToken);

    Task JoinAsync(HubConnection connection, CancellationToken cancellationToken);

    /// <summary>Sends edit number <paramref name="edit"/> through <paramref name="coordinator"/> (a connection that joined).</summary>
    Task<EditSent> EditAsync(HubConnection coordinator, int edit, CancellationToken cancellationToken);

    Task<string?> CoordinatorTokenAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The VA Drafting server: readers are the bench's own people (added to the demo directory through configuration, in
/// contributor and observer organisations), the coordinator is a demo co-coordinator who edits one paragraph of the
/// sample guidance with <c>EditBlock</c>, each time from the version the previous edit made.
/// </summary>
internal sealed class DraftingTarget(Uri server, string documentId) : ILiveTarget
{
    public const string CoordinatorId = "ana-moreno";

    public static readonly string[] ReaderOrganisations = ["albania", "lao-pdr", "lebanon", "iraq", "survivors-voice", "inclusive-recovery", "apmbc-va"];

    private readonly HttpClient _http = new() { BaseAddress = server, Timeout = LoadClients.CallTimeout };
    private string _blockId = "";
    private string _text = "";
    private string _baseCommitId = "";

    public string Name => "VA Drafting";

    public Uri Hub => new(server, "/hubs/drafting");

    public IReadOnlyList<string> IgnoredEvents => ["PresenceChanged", "VersionAdded", "ThreadChanged", "RoundChanged", "AnswerChanged", "ThreadRemoved"];

    /// <summary>The bench's reader number <paramref name="reader"/>, as configured in the server's directory.</summary>
    public static string ReaderId(int reader) => $"bench-reader-{reader:D4}";

    public static IEnumerable<KeyValuePair<string, string>> DirectorySettings(int readers)
    {
        for (var i = 0; i < readers; i++)
        {
            var prefix = $"Directory__People__{i}__";
            yield return new(prefix + "Id", ReaderId(i));
            yield return new(prefix + "Name", $"Reader {i + 1}");
            yield return new(prefix + "OrganisationId", ReaderOrganisations[i % ReaderOrganisations.Length]);
            yield return new(prefix + "Title", "Delegate");
        }
    }

    public Task<string?> ReaderTokenAsync(int reader, CancellationToken cancellationToken) => TokenAsync(ReaderId(reader), cancellationToken);

    public Task<string?> CoordinatorTokenAsync(CancellationToken cancellationToken) => TokenAsync(CoordinatorId, cancellationToken);

    private async Task<string?> TokenAsync(string userId, CancellationToken cancellationToken)
    {
        var response = await _http.PostAsJsonAsync("/api/dev/token", new { userId }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("accessToken").GetString();
    }

    /// <summary>Waits (bounded) until the sample guidance is loaded, and picks its first paragraph to edit.</summary>
    public async Task PrepareAsync(string coordinatorToken, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        JsonElement document;
        while (true)
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{documentId}");
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", coordinatorToken);
            var response = await _http.SendAsync(get, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                document = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                break;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The sample document did not appear within {timeout.TotalSeconds} s ({response.StatusCode}).");
            await Task.Delay(250, cancellationToken);
        }
        _blockId = document.GetProperty("blocks").EnumerateArray()
            .First(b => string.Equals(b.GetProperty("type").GetString(), "paragraph", StringComparison.OrdinalIgnoreCase))
            .GetProperty("id").GetString()!;
        using var source = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{documentId}/blocks/{_blockId}");
        source.Headers.Authorization = new AuthenticationHeaderValue("Bearer", coordinatorToken);
        var block = await (await _http.SendAsync(source, cancellationToken)).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        _text = block.GetProperty("text").GetString()!;
        _baseCommitId = block.GetProperty("commitId").GetString()!;
    }

    public Task JoinAsync(HubConnection connection, CancellationToken cancellationToken) =>
        connection.InvokeAsync<JsonElement>("JoinDocument", documentId, null, cancellationToken).WaitAsync(LoadClients.CallTimeout, cancellationToken);

    public async Task<EditSent> EditAsync(HubConnection coordinator, int edit, CancellationToken cancellationToken)
    {
        var request = new { blockId = _blockId, baseCommitId = _baseCommitId, text = $"{_text} (reviewed {edit + 1} times)" };
        var result = await coordinator.InvokeAsync<JsonElement>("EditBlock", documentId, request, cancellationToken)
            .WaitAsync(LoadClients.CallTimeout, cancellationToken);
        var outcome = result.GetProperty("outcome").GetString();
        if (outcome != "Saved") return new EditSent(null, $"edit {edit + 1} was {outcome}");
        _baseCommitId = result.GetProperty("version").GetProperty("commitId").GetString()!;
        return new EditSent(result.GetProperty("revision").GetString(), null);
    }
}

/// <summary>The raw hub: the coordinator sends the payload of a real <c>BlockChanged</c>, with its own revision each time.</summary>
internal sealed class RawTarget(Uri server, JsonElement blockChanged) : ILiveTarget
{
    private const string Group = "bench-document";

    public string Name => "raw hub";

    public Uri Hub => new(server, RawHub.Path);

    public IReadOnlyList<string> IgnoredEvents => [];

    public Task<string?> ReaderTokenAsync(int reader, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<string?> CoordinatorTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task JoinAsync(HubConnection connection, CancellationToken cancellationToken) =>
        connection.InvokeAsync("Join", Group, cancellationToken).WaitAsync(LoadClients.CallTimeout, cancellationToken);

    public async Task<EditSent> EditAsync(HubConnection coordinator, int edit, CancellationToken cancellationToken)
    {
        var payload = JsonNode.Parse(blockChanged.GetRawText())!.AsObject();
        var revision = $"raw-{edit + 1}";
        payload["revision"] = revision;
        await coordinator.InvokeAsync("Broadcast", Group, JsonSerializer.SerializeToElement(payload), cancellationToken)
            .WaitAsync(LoadClients.CallTimeout, cancellationToken);
        return new EditSent(revision, null);
    }
}
