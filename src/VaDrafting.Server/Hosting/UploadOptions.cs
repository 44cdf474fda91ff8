using System.ComponentModel.DataAnnotations;

namespace VaDrafting.Server.Hosting;

/// <summary>Limits on uploaded Word files (section <c>Uploads</c>).</summary>
public sealed class UploadOptions
{
    /// <summary>Largest accepted upload in bytes; 50 MB by default.</summary>
    [Range(1024, 1L << 31)]
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest total the Word package may expand to in bytes; 200 MB by default.</summary>
    [Range(1024, 1L << 33)]
    public long MaxExpandedBytes { get; set; } = 200L * 1024 * 1024;
}
