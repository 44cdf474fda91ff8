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
}
