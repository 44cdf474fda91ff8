using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Live;

public static class LiveSetup
{
    public const string HubPath = "/hubs/drafting";

    /// <summary>Messages a client may send; larger ones close its connection.</summary>
    public const long MaximumReceiveMessageSize = 64 * 1024;

    /// <summary>SignalR with the hub's limits and filters, the live events of the services, and the bearer token from the query for the hub.</summary>
    public static IHostApplicationBuilder AddDraftingLive(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LiveOptions>().BindConfiguration("Live").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<PresenceTracker>();
        builder.Services.AddSingleton<LatestBlockIds>();
        builder.Services.AddSingleton<PresenceBroadcaster>();
        builder.Services.AddSingleton<LiveSessions>();
        builder.Services.AddSingleton<DocumentWriters>();
        builder.Services.AddSingleton<BlockEditor>();
        builder.Services.AddSingleton<BlockStructureEditor>();
        builder.Services.AddSingleton<IDocumentEvents, HubDocumentEvents>();
        builder.Services.AddSingleton<HubCallRateLimitFilter>();
        builder.Services.AddSingleton<HubErrorFilter>();
        builder.Services
            .AddSignalR(hub =>
            {
                hub.MaximumReceiveMessageSize = MaximumReceiveMessageSize;
                hub.EnableDetailedErrors = false;
                hub.AddFilter<HubCallRateLimitFilter>();
                hub.AddFilter<HubErrorFilter>();
            })
            .AddJsonProtocol(json =>
            {
                json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
                json.PayloadSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            });
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, ReadTokenFromQueryForHub);
        return builder;
    }

    public static IEndpointRouteBuilder MapDraftingLive(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<DraftingHub>(HubPath, connection =>
            {
                connection.AllowStatefulReconnects = true;
                // A connection lives longer than the token it opened with; the client reconnects with a fresh one.
                connection.CloseOnAuthenticationExpiration = true;
            })
            .RequireAuthorization();
        return endpoints;
    }

    /// <summary>
    /// Browsers cannot set headers on WebSockets (nor on server-sent events), so the hub's requests carry the token as
    /// <c>access_token</c> in the query. Only for the hub's path, after any handler already set.
    /// </summary>
    private static void ReadTokenFromQueryForHub(JwtBearerOptions options)
    {
        options.Events ??= new JwtBearerEvents();
        var previous = options.Events.OnMessageReceived;
        options.Events.OnMessageReceived = async context =>
        {
            if (previous is not null) await previous(context);
            if (context.Token is null && context.HttpContext.Request.Path.StartsWithSegments(HubPath)
                && context.Request.Query["access_token"] is { Count: 1 } token && !string.IsNullOrEmpty(token[0]))
            {
                context.Token = token[0];
            }
        };
    }
}
