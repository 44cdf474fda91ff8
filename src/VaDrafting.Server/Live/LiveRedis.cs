using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace VaDrafting.Server.Live;

/// <summary>
/// The connection to the Redis that server instances share (<see cref="LiveOptions.Redis"/>), opened when the server
/// starts: a Redis that cannot be reached then stops the start with a clear message. Later outages are survived: the
/// connection comes back by itself, and what needed Redis meanwhile fails and is logged.
/// </summary>
public sealed class LiveRedis(IOptions<LiveOptions> options) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection = new(() => Connect(options.Value.Redis ?? ""));

    public IConnectionMultiplexer Connection => _connection.Value;

    public IDatabase Database => Connection.GetDatabase();

    /// <summary>The name of a key of this deployment: the channel prefix, then the parts.</summary>
    public string Key(params string[] parts) => string.Join(':', [options.Value.RedisChannelPrefix, .. parts]);

    public static ConnectionMultiplexer Connect(string configuration)
    {
        ConfigurationOptions settings;
        try
        {
            settings = ConfigurationOptions.Parse(configuration);
        }
        catch (ArgumentException invalid)
        {
            throw new InvalidOperationException($"Live:Redis is not a valid Redis connection string: {invalid.Message}", invalid);
        }
        settings.AbortOnConnectFail = true;
        try
        {
            return ConnectionMultiplexer.Connect(settings);
        }
        catch (RedisConnectionException unreachable)
        {
            var endpoints = string.Join(", ", settings.EndPoints.Select(e => e.ToString()));
            throw new InvalidOperationException(
                $"Cannot reach Redis at {endpoints} (setting Live:Redis): {unreachable.Message} Start Redis, or leave Live:Redis empty to run one instance without it.",
                unreachable);
        }
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated) _connection.Value.Dispose();
    }
}
