using System.ComponentModel.DataAnnotations;

namespace VaDrafting.Server.Live;

/// <summary>Limits of the live connection, and the Redis that several server instances share (section <c>Live</c>).</summary>
public sealed class LiveOptions
{
    /// <summary>Hub calls one connection may make per second, on average.</summary>
    [Range(1, 1000)]
    public double CallsPerSecond { get; set; } = 20;

    /// <summary>Hub calls one connection may make at once before the average applies.</summary>
    [Range(1, 10000)]
    public int CallBurst { get; set; } = 40;

    /// <summary>Documents one connection may follow at the same time.</summary>
    [Range(1, 1000)]
    public int MaxDocumentsPerConnection { get; set; } = 10;

    /// <summary>
    /// A StackExchange.Redis connection string (e.g. <c>redis1:6379,password=…</c>) shared by every instance of the
    /// server; empty for a single instance, which keeps everything in its own memory.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of the Redis channels and keys, so that several deployments can share one Redis.</summary>
    [Required, RegularExpression("^[A-Za-z0-9._-]{1,64}$", ErrorMessage = "Live:RedisChannelPrefix is 1 to 64 letters, digits, dots, dashes or underscores.")]
    public string RedisChannelPrefix { get; set; } = "va-drafting";

    /// <summary>
    /// With Redis: how long the people of an instance that stopped without saying so stay listed. Each instance renews
    /// its stamp three times per period and removes the places of instances whose stamp expired.
    /// </summary>
    [Range(1, 3600)]
    public double PresenceExpirySeconds { get; set; } = 45;

    /// <summary>With Redis: how long an edit waits for another instance to finish writing the same document.</summary>
    [Range(1, 300)]
    public double WriteLeaseWaitSeconds { get; set; } = 10;

    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);

    /// <summary>The shortest time between two presence lists sent to a document's people; changes in between are gathered.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan PresenceInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
