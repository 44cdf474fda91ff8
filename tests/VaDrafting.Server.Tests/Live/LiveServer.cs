using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Tests.Consultation;

namespace VaDrafting.Server.Tests.Live;

/// <summary>
/// The consultation test server on a real loopback port (Kestrel), so that SignalR clients connect over real
/// WebSockets as browsers do. HTTP clients it creates give up after <see cref="LiveClient.Timeout"/>.
/// </summary>
public class LiveServer : ConsultationServer
{
    private Uri? _address;

    public LiveServer() : this(new Dictionary<string, string?>())
    {
    }

    protected LiveServer(Dictionary<string, string?> settings) : this(settings, sharedDataPath: null)
    {
    }

    protected LiveServer(Dictionary<string, string?> settings, string? sharedDataPath) : base(settings, sharedDataPath) => UseKestrel(0);

    /// <summary>The server's loopback address, starting it on first use.</summary>
    public Uri Address => _address ??= StartAndFindAddress();

    public Uri HubAddress => new(Address, "/hubs/drafting");

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.Timeout = LiveClient.Timeout;
    }

    /// <summary>A bearer token for a demo person, from the development sign-in endpoint.</summary>
    public async Task<string> TokenAsync(string userId)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/dev/token", new { userId }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.ReadAsync<TokenBody>()).AccessToken;
    }

    /// <summary>A token for someone the directory does not know: signed in, but with no role on any document.</summary>
    public string StrangerToken() =>
        Services.GetRequiredService<DevelopmentSignIn>().Mint(new Person("someone-else", "Someone Else", null, "Visitor")).AccessToken;

    private Uri StartAndFindAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    private sealed record TokenBody(string AccessToken, DateTimeOffset ExpiresAt);
}
