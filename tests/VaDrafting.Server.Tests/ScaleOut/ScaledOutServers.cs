using VaDrafting.Server.Tests.Live;

namespace VaDrafting.Server.Tests.ScaleOut;

/// <summary>One instance of the server on Kestrel, sharing the data folder and the Redis of its siblings.</summary>
public sealed class InstanceServer(Dictionary<string, string?> settings, string dataPath) : LiveServer(settings, dataPath);

/// <summary>
/// Two instances of the server (A and B) on one data folder and one real Redis, with a short presence expiry, and the
/// means to start more. Everything is stopped and the folder deleted afterwards.
/// </summary>
public sealed class ScaledOutServers : IAsyncLifetime
{
    /// <summary>How long an instance that stopped without leaving keeps its people listed, here.</summary>
    public const double PresenceExpirySeconds = 3;

    private readonly List<InstanceServer> _instances = [];
    private RedisServer? _redis;

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "va-drafting-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Keys and channels of this fixture only.</summary>
    public string Prefix { get; } = "test-" + Guid.NewGuid().ToString("N")[..12];

    public RedisServer Redis => _redis ?? throw new InvalidOperationException("The fixture has not started.");

    public InstanceServer A => _instances[0];

    public InstanceServer B => _instances[1];

    public Dictionary<string, string?> Settings => new()
    {
        ["Live:Redis"] = Redis.ConnectionString,
        ["Live:RedisChannelPrefix"] = Prefix,
        ["Live:PresenceExpirySeconds"] = PresenceExpirySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataPath);
        _redis = await RedisServer.StartAsync();
        StartInstance();
        StartInstance();
    }

    /// <summary>Another instance on the same data folder and Redis, started; disposing it stops it.</summary>
    public InstanceServer StartInstance()
    {
        var instance = new InstanceServer(Settings, DataPath);
        _instances.Add(instance);
        _ = instance.Address;
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances) await instance.DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
        if (Directory.Exists(DataPath)) Directory.Delete(DataPath, recursive: true);
    }
}
