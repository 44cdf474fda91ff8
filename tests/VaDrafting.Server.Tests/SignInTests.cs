using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Tests;

public sealed class SignInTests(DraftingServer server) : IClassFixture<DraftingServer>
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_AnswersWithoutSignIn()
    {
        var response = await server.CreateClient().GetAsync("/healthz", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DemoUsers_ListsCoordinatorsContributorsAndAnObserverWithOrganisations()
    {
        var people = await (await server.CreateClient().GetAsync("/api/dev/users", Cancel)).ReadAsync<List<DevelopmentSignInApi.DemoPersonView>>();
        Assert.Contains(people, p => p.Id == DemoPeople.Coordinator && p.OrganisationName == "Panama");
        Assert.Contains(people, p => p.Id == DemoPeople.Secretariat && p.OrganisationName == "CCM Implementation Support Unit");
        Assert.Contains(people, p => p.Id == DemoPeople.Observer);
        Assert.All(people, p => Assert.False(string.IsNullOrEmpty(p.OrganisationName)));
    }

    [Fact]
    public async Task Token_IsShapedLikeAnEntraV2AccessToken()
    {
        var response = await server.CreateClient().PostAsJsonAsync("/api/dev/token", new { userId = DemoPeople.Contributor }, Cancel);
        var body = await response.ReadAsync<DevelopmentSignInApi.TokenResponse>();
        var token = new JsonWebToken(body.AccessToken);
        Assert.Equal("2.0", token.GetClaim("ver").Value);
        Assert.Equal(DemoPeople.Contributor, token.GetClaim("oid").Value);
        Assert.Equal("Arben Hoxha", token.GetClaim("name").Value);
        Assert.Equal(DevelopmentSignIn.Scope, token.GetClaim("scp").Value);
        Assert.StartsWith("https://login.microsoftonline.com/", token.Issuer);
        Assert.EndsWith("/v2.0", token.Issuer);
        Assert.Equal("RS256", token.Alg);
    }

    [Fact]
    public async Task Token_ForUnknownPersonIsRefusedWithProblemDetails()
    {
        var response = await server.CreateClient().PostAsJsonAsync("/api/dev/token", new { userId = "nobody" }, Cancel);
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Me_ReturnsThePersonAndOrganisationOfTheToken()
    {
        var client = await server.SignInAsync(DemoPeople.SurvivorAdvocate);
        var me = await (await client.GetAsync("/api/me", Cancel)).ReadAsync<DocumentsApi.MeView>();
        Assert.Equal("Grace Okello", me.Name);
        Assert.Equal("survivors-voice", me.OrganisationId);
        Assert.False(me.CanCreateDocuments);
    }

    [Fact]
    public async Task Api_WithoutTokenAnswers401()
    {
        var response = await server.CreateClient().GetAsync("/api/documents", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_WithTokenSignedByAnotherKeyAnswers401()
    {
        var signIn = new DevelopmentSignIn("5e2c6d8a-1f4b-4c7e-9a3d-7b2f0c1d9e40", "0b7f3a52-9c1e-4d86-a2f4-3e5d6c7b8a91", TimeSpan.FromHours(1), TimeProvider.System);
        var forged = signIn.Mint(new Person(DemoPeople.Coordinator, "Ana Moreno", "panama", "Co-coordinator"));
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged.AccessToken);
        var response = await client.GetAsync("/api/documents", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_WithUnsignedTokenAnswers401()
    {
        var handler = new JsonWebTokenHandler();
        var unsigned = handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object> { ["oid"] = DemoPeople.Coordinator, ["scp"] = DevelopmentSignIn.Scope },
            Issuer = "https://login.microsoftonline.com/5e2c6d8a-1f4b-4c7e-9a3d-7b2f0c1d9e40/v2.0",
            Audience = "0b7f3a52-9c1e-4d86-a2f4-3e5d6c7b8a91",
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256),
        });
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", unsigned);
        var response = await client.GetAsync("/api/documents", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Responses_CarryAStrictContentSecurityPolicy()
    {
        var response = await server.CreateClient().GetAsync("/healthz", Cancel);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheDocumentEndpoints()
    {
        var json = await server.CreateClient().GetStringAsync("/openapi/v1.json", Cancel);
        Assert.Contains("/api/documents/{id}/versions", json);
        Assert.Contains("ImportDocument", json);
        Assert.Contains("CirculateVersion", json);
    }
}

/// <summary>In production the development sign-in does not exist.</summary>
public sealed class ProductionServer() : DraftingServer(new Dictionary<string, string?>
{
    ["AzureAd:TenantId"] = "5e2c6d8a-1f4b-4c7e-9a3d-7b2f0c1d9e40",
    ["AzureAd:ClientId"] = "0b7f3a52-9c1e-4d86-a2f4-3e5d6c7b8a91",
    ["DevelopmentSignIn:Enabled"] = "false",
})
{
    protected override string EnvironmentName => "Production";
}

public sealed class ProductionSignInTests(ProductionServer server) : IClassFixture<ProductionServer>
{
    [Fact]
    public async Task DevelopmentSignIn_IsNotMappedInProduction()
    {
        var client = server.CreateClient();
        var users = await client.GetAsync("/api/dev/users", TestContext.Current.CancellationToken);
        var token = await client.PostAsJsonAsync("/api/dev/token", new { userId = DemoPeople.Coordinator }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, users.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
    }

    [Fact]
    public void DevelopmentSignIn_EnabledInProductionRefusesToStart()
    {
        using var misconfigured = server.WithWebHostBuilder(b => b.UseSetting("DevelopmentSignIn:Enabled", "true"));
        var error = Assert.ThrowsAny<Exception>(() => misconfigured.CreateClient());
        Assert.Contains("only allowed in Development and Testing", error.ToString());
    }
}
