using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace VaDrafting.Server.Tests;

/// <summary>
/// The real server in process (Testing environment, development sign-in), with its own empty data folder
/// that is deleted afterwards. Extra settings can be passed per fixture.
/// </summary>
public class DraftingServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDataPath;

    public DraftingServer() : this(new Dictionary<string, string?>())
    {
    }

    protected DraftingServer(Dictionary<string, string?> settings) : this(settings, sharedDataPath: null)
    {
    }

    /// <summary>With <paramref name="sharedDataPath"/>, one of several servers on the same data folder, which its owner deletes.</summary>
    protected DraftingServer(Dictionary<string, string?> settings, string? sharedDataPath)
    {
        _ownsDataPath = sharedDataPath is null;
        DataPath = sharedDataPath ?? Path.Combine(Path.GetTempPath(), "va-drafting-tests", Guid.NewGuid().ToString("N"));
        _settings = settings;
    }

    public string DataPath { get; }

    protected virtual string EnvironmentName => "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Client:Path", Path.Combine(DataPath, "no-client"));
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDataPath && Directory.Exists(DataPath)) Directory.Delete(DataPath, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>An HTTP client signed in as a demo person through the development sign-in endpoint.</summary>
    public async Task<HttpClient> SignInAsync(string userId)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/dev/token", new { userId }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>(TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    private sealed record TokenBody(string AccessToken, DateTimeOffset ExpiresAt);
}

/// <summary>Demo people of the seeded directory, by role on new documents.</summary>
public static class DemoPeople
{
    public const string Coordinator = "ana-moreno";
    public const string SecondCoordinator = "tomas-reyes";
    public const string Secretariat = "claire-dubois";
    public const string Contributor = "arben-hoxha";
    public const string SurvivorAdvocate = "grace-okello";
    public const string Observer = "maria-santos";
}
