namespace VaDrafting.Server.Live;

/// <summary>This running server among those sharing one Redis: its presence places and write leases carry <see cref="Id"/>.</summary>
public sealed class LiveInstance
{
    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
