using System.ComponentModel.DataAnnotations;

namespace VaDrafting.Server.Live;

/// <summary>Limits of the live connection (section <c>Live</c>).</summary>
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

    /// <summary>The shortest time between two presence lists sent to a document's people; changes in between are gathered.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan PresenceInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
