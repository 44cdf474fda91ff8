namespace VaDrafting.Docx;

/// <summary>Caps applied to an uploaded Word package before anything parses it.</summary>
public sealed record DocxLimits
{
    public const long Megabyte = 1024 * 1024;

    public static DocxLimits Default { get; } = new();

    /// <summary>Largest accepted upload, compressed, as received.</summary>
    public long MaxPackageBytes { get; init; } = 100 * Megabyte;

    /// <summary>Most zip entries (parts, relationship files, media) a package may hold.</summary>
    public int MaxEntries { get; init; } = 2_000;

    /// <summary>Largest sum of decompressed sizes of all entries.</summary>
    public long MaxTotalUncompressedBytes { get; init; } = 200 * Megabyte;

    /// <summary>Largest decompressed size of one entry.</summary>
    public long MaxEntryUncompressedBytes { get; init; } = 100 * Megabyte;

    /// <summary>Highest accepted ratio of decompressed to compressed size of one entry …</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>… once that entry has expanded beyond this many bytes (small parts compress very well legitimately).</summary>
    public long CompressionRatioThresholdBytes { get; init; } = 1 * Megabyte;

    /// <summary>Deepest element nesting accepted in an XML part (deeper files could exhaust the stack of recursive readers).</summary>
    public int MaxXmlDepth { get; init; } = 256;

    internal void EnsureValid()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPackageBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxEntries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTotalUncompressedBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxEntryUncompressedBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxCompressionRatio);
        ArgumentOutOfRangeException.ThrowIfNegative(CompressionRatioThresholdBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxXmlDepth);
    }
}
