using System.Diagnostics;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using VaDrafting.Server.Live;

namespace VaDrafting.Server.Documents;

/// <summary>
/// Document leases in the Redis that server instances share: a key per document holding the lease's owner, taken only
/// when absent, expiring by itself (an instance that dies does not block the document for longer than
/// <see cref="Lifetime"/>), renewed while held and deleted only by its owner. Waiting is bounded by
/// <see cref="LiveOptions.WriteLeaseWaitSeconds"/>.
/// </summary>
public sealed class RedisDocumentLeases(LiveRedis redis, LiveInstance instance, IOptions<LiveOptions> options, ILogger<RedisDocumentLeases> logger)
    : IDocumentLeases
{
    /// <summary>How long a lease lasts without being renewed; renewed every third of it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMilliseconds(100);

    public async Task<IAsyncDisposable> AcquireAsync(string documentId, CancellationToken cancellationToken)
    {
        var key = (RedisKey)redis.Key("writer", documentId);
        var owner = (RedisValue)$"{instance.Id}:{Guid.NewGuid():N}";
        var wait = TimeSpan.FromSeconds(options.Value.WriteLeaseWaitSeconds);
        var waited = Stopwatch.StartNew();
        var retry = FirstRetry;
        while (!await redis.Database.LockTakeAsync(key, owner, Lifetime))
        {
            if (waited.Elapsed >= wait)
            {
                throw new InvalidDraftingRequestException(
                    $"Another server has been saving a change to this document for more than {wait.TotalSeconds:0.#} s; nothing was stored. Try again.");
            }
            await Task.Delay(retry + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 5)), cancellationToken);
            retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
        }
        return new Lease(redis.Database, key, owner, documentId, logger);
    }

    private sealed class Lease : IAsyncDisposable
    {
        private readonly IDatabase _database;
        private readonly RedisKey _key;
        private readonly RedisValue _owner;
        private readonly string _documentId;
        private readonly ILogger _logger;
        private readonly CancellationTokenSource _held = new();
        private readonly Task _renewing;

        public Lease(IDatabase database, RedisKey key, RedisValue owner, string documentId, ILogger logger)
        {
            (_database, _key, _owner, _documentId, _logger) = (database, key, owner, documentId, logger);
            _renewing = RenewWhileHeldAsync();
        }

        private async Task RenewWhileHeldAsync()
        {
            using var timer = new PeriodicTimer(Lifetime / 3);
            try
            {
                while (await timer.WaitForNextTickAsync(_held.Token))
                {
                    if (!await _database.LockExtendAsync(_key, _owner, Lifetime))
                        _logger.LogWarning("The write lease of document {DocumentId} expired while held; the commit's compare-and-swap still guards it", _documentId);
                }
            }
            catch (OperationCanceledException)
            {
                // Released.
            }
            catch (Exception failure)
            {
                _logger.LogWarning(failure, "Could not renew the write lease of document {DocumentId}", _documentId);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _held.CancelAsync();
            await _renewing;
            _held.Dispose();
            try
            {
                await _database.LockReleaseAsync(_key, _owner);
            }
            catch (Exception failure)
            {
                _logger.LogWarning(failure, "Could not release the write lease of document {DocumentId}; it expires within {Lifetime}", _documentId, Lifetime);
            }
        }
    }
}
