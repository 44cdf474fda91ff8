namespace VaDrafting.Docx.Packaging;

/// <summary>
/// Reads a zip entry's decompressed bytes while counting them against the caps (per entry, total, ratio)
/// and, for XML parts, scanning them for DTD and entity declarations, so that a bomb is never expanded past a cap.
/// </summary>
internal sealed class InspectedEntryStream(Stream content, long compressedLength, long alreadyExpanded, DocxLimits limits) : ForwardReadStream
{
    private DeclarationScanner? _scanner;

    public long Expanded { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        var read = content.Read(buffer);
        if (read == 0) return 0;
        Expanded += read;
        if (Expanded > limits.MaxEntryUncompressedBytes)
            throw new DocxRejectedException(Rejections.PartExpandsTooMuch(limits.MaxEntryUncompressedBytes));
        if (alreadyExpanded + Expanded > limits.MaxTotalUncompressedBytes)
            throw new DocxRejectedException(Rejections.ExpandsTooMuch(limits.MaxTotalUncompressedBytes));
        if (Expanded > limits.CompressionRatioThresholdBytes && Expanded > Math.Max(1, compressedLength) * limits.MaxCompressionRatio)
            throw new DocxRejectedException(Rejections.SuspiciousCompression(limits.MaxCompressionRatio));
        _scanner?.Feed(buffer[..read]);
        if (_scanner is { Found: true }) throw new DocxRejectedException(Rejections.DocumentTypeDeclaration);
        return read;
    }

    /// <summary>From now on, also scans for declarations, starting with the bytes already read.</summary>
    public void ScanForDeclarations(ReadOnlySpan<byte> alreadyRead)
    {
        _scanner = new DeclarationScanner();
        _scanner.Feed(alreadyRead);
        if (_scanner.Found) throw new DocxRejectedException(Rejections.DocumentTypeDeclaration);
    }

    /// <summary>Reads what is left, for entries that are only counted.</summary>
    public void Drain()
    {
        Span<byte> buffer = stackalloc byte[16 * 1024];
        while (Read(buffer) > 0)
        {
        }
    }


    protected override void Dispose(bool disposing)
    {
        if (disposing) content.Dispose();
        base.Dispose(disposing);
    }
}
