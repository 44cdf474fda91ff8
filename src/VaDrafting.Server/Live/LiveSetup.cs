using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;
using VaDrafting.Server.Documents;
using VaDrafting.Storage;

namespace VaDrafting.Server.Live;

public static class LiveSetup
{
    public const string HubPath = "/hubs/drafting";

    /// <summary>Messages a client may send; larger ones close its connection.</summary>
    public const long MaximumReceiveMessageSize = 64 * 1024;

    /// <summary>
    /// SignalR with the hub's limits and filters, the live events of the services, and the bearer token from the query
    /// for the hub. With <see cref="LiveOptions.Redis"/> set, several instances share messages, presence and the
    /// documents' write turns through Redis.
    /// </summary>
    public static IHostApplicationBuilder AddDraftingLive(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LiveOptions>().BindConfiguration("Live").ValidateDataAnnotations().ValidateOnStart();
        var settings = builder.Configuration.GetSection("Live").Get<LiveOptions>() ?? new LiveOptions();
        builder.Services.AddSingleton<PresenceTracker>();
        builder.Services.AddSingleton<LatestBlockIds>();
        builder.Services.AddSingleton<PresenceBroadcaster>();
        builder.Services.AddSingleton<LiveSessions>();
        if (settings.UsesRedis) AddSharedState(builder.Services);
        else builder.Services.AddSingleton<IPresencePlaces, MemoryPresencePlaces>();
        builder.Services.AddSingleton(services => new DocumentWriters(services.GetService<IDocumentLeases>()));
        builder.Services.AddSingleton<BlockEditor>();
        builder.Services.AddSingleton<BlockStructureEditor>();
        builder.Services.AddSingleton<IDocumentEvents, HubDocumentEvents>();
        builder.Services.AddSingleton<HubCallRateLimitFilter>();
        builder.Services.AddSingleton<HubErrorFilter>();
        var signalR = builder.Services
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
        if (settings.UsesRedis)
        {
            signalR.AddStackExchangeRedis(settings.Redis!, redis => redis.Configuration.ChannelPrefix = RedisChannel.Literal(settings.RedisChannelPrefix));
        }
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, ReadTokenFromQueryForHub);
        return builder;
    }

    /// <summary>Presence places and write leases in Redis, and the heartbeat that connects to it when the server starts.</summary>
    private static void AddSharedState(IServiceCollection services)
    {
        services.AddSingleton<LiveInstance>();
        services.AddSingleton<LiveRedis>();
        services.AddSingleton<RedisPresencePlaces>();
        services.AddSingleton<IPresencePlaces>(provider => provider.GetRequiredService<RedisPresencePlaces>());
        services.AddSingleton<IDocumentLeases, RedisDocumentLeases>();
        services.AddHostedService<RedisPresenceHeartbeat>();
        // Other instances write in the same data folder: a lock file or import folder of a few seconds is theirs.
        services.PostConfigure<StorageOptions>(storage =>
        {
            if (storage.LeftoverMinimumAge < SharedFolderLeftoverAge) storage.LeftoverMinimumAge = SharedFolderLeftoverAge;
        });
    }

    /// <summary>How old a leftover in a data folder shared by several instances must be before a starting one removes it.</summary>
    public static readonly TimeSpan SharedFolderLeftoverAge = TimeSpan.FromMinutes(2);

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
