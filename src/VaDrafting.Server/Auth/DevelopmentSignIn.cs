using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace VaDrafting.Server.Auth;

/// <summary>Settings of the local development sign-in (section <c>DevelopmentSignIn</c>).</summary>
public sealed class DevelopmentSignInOptions
{
    public bool Enabled { get; set; }

    /// <summary>How long a minted token is valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}

/// <summary>
/// Local development sign-in: mints tokens shaped like Microsoft Entra ID v2 access tokens, signed by a key
/// that lives only in this process, and points the production JWT bearer pipeline at that key. It is
/// refused outside the Development and Testing environments.
/// </summary>
public sealed class DevelopmentSignIn
{
    public const string Scope = "access_as_user";

    private readonly RsaSecurityKey _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DevelopmentSignIn(string tenantId, string clientId, TimeSpan lifetime, TimeProvider time)
    {
        _key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)) };
        TenantId = tenantId;
        ClientId = clientId;
        _lifetime = lifetime;
        _time = time;
    }

    public string TenantId { get; }

    public string ClientId { get; }

    public string Issuer => $"https://login.microsoftonline.com/{TenantId}/v2.0";

    public SecurityKey SigningKey => _key;

    public static bool IsEnabled(IHostApplicationBuilder builder) =>
        builder.Configuration.GetValue<bool>("DevelopmentSignIn:Enabled");

    public static bool IsAllowedIn(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    public sealed record MintedToken(string AccessToken, DateTimeOffset ExpiresAt);

    public MintedToken Mint(Person person)
    {
        var now = _time.GetUtcNow();
        var expires = now + _lifetime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                ["ver"] = "2.0",
                ["tid"] = TenantId,
                ["oid"] = person.Id,
                ["sub"] = person.Id,
                ["name"] = person.Name,
                ["preferred_username"] = $"{person.Id}@demo.va-drafting.invalid",
                ["azp"] = ClientId,
                ["scp"] = Scope,
            },
        };
        return new MintedToken(new JsonWebTokenHandler().CreateToken(descriptor), expires);
    }

    /// <summary>Makes the JWT bearer options that Microsoft.Identity.Web set up accept this signer's tokens, offline.</summary>
    public void ApplyTo(JwtBearerOptions options)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
        configuration.SigningKeys.Add(_key);
        options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        options.RequireHttpsMetadata = false;
        var parameters = options.TokenValidationParameters;
        parameters.ValidIssuer = Issuer;
        parameters.ValidAudiences = [ClientId, $"api://{ClientId}"];
        parameters.IssuerSigningKey = _key;
        parameters.IssuerValidator = null;
        parameters.IssuerSigningKeyValidator = null;
        parameters.IssuerSigningKeyValidatorUsingConfiguration = null;
        parameters.ValidateIssuerSigningKey = true;
    }
}
