using Microsoft.Extensions.Options;

namespace VaDrafting.Server.Live;

/// <summary>
/// With Redis: stamps this instance as running, three times per <see cref="LiveOptions.PresenceExpirySeconds"/>, and
/// removes the places of instances that stopped without leaving (a crash), telling the documents' clients who remains.
/// Starting it connects to Redis, so an unreachable Redis stops the server's start. Failures later are logged.
/// </summary>
public sealed class RedisPresenceHeartbeat(
    RedisPresencePlaces places, LiveSessions sessions, IOptions<LiveOptions> options, ILogger<RedisPresenceHeartbeat> logger) : BackgroundService
{
    private TimeSpan Lifetime => TimeSpan.FromSeconds(options.Value.PresenceExpirySeconds);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await places.RenewAsync(Lifetime);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Lifetime / 3);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await places.RenewAsync(Lifetime);
                foreach (var documentId in await places.RemovePlacesOfStoppedInstancesAsync())
                {
                    logger.LogInformation("Removed from document {DocumentId} the people of a server instance that stopped", documentId);
                    await sessions.RefreshPresenceAsync(documentId);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogWarning(failure, "Could not renew this instance's presence in Redis; retrying in {Interval}", Lifetime / 3);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await places.RetireAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
        }
        catch (Exception failure)
        {
            logger.LogWarning(failure, "Could not tell Redis that this instance stopped; its people go when its stamp expires");
        }
    }
}
