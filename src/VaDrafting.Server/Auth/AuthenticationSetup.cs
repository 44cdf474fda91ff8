using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;

namespace VaDrafting.Server.Auth;

public static class AuthenticationSetup
{
    /// <summary>
    /// JWT bearer authentication through Microsoft.Identity.Web (section <c>AzureAd</c>). With local development
    /// sign-in enabled, the same pipeline validates locally minted tokens instead of Entra's.
    /// </summary>
    public static IHostApplicationBuilder AddDraftingAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(builder.Configuration.GetSection("AzureAd"));

        if (DevelopmentSignIn.IsEnabled(builder))
        {
            if (!DevelopmentSignIn.IsAllowedIn(builder.Environment))
            {
                throw new InvalidOperationException(
                    $"Local development sign-in is enabled in the '{builder.Environment.EnvironmentName}' environment. " +
                    "It is only allowed in Development and Testing; configure Microsoft Entra ID (section AzureAd) instead.");
            }

            var settings = builder.Configuration.GetSection("DevelopmentSignIn").Get<DevelopmentSignInOptions>() ?? new();
            var signIn = new DevelopmentSignIn(
                builder.Configuration["AzureAd:TenantId"] ?? throw new InvalidOperationException("AzureAd:TenantId is required."),
                builder.Configuration["AzureAd:ClientId"] ?? throw new InvalidOperationException("AzureAd:ClientId is required."),
                settings.TokenLifetime,
                TimeProvider.System);
            builder.Services.AddSingleton(signIn);
            builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, signIn.ApplyTo);
        }

        builder.Services.AddAuthorization();
        builder.Services.AddScoped<CurrentActor>();
        return builder;
    }
}
