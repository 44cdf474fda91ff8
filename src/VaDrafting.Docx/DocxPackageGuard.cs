using System.IO.Compression;
using System.Xml;
using VaDrafting.Docx.Packaging;

namespace VaDrafting.Docx;

/// <summary>
/// Checks an uploaded Word package before any OpenXml code parses it: it must be a zip with a Word main
/// document, within the size, entry-count and compression-ratio caps (counted on the bytes actually
/// decompressed, not on what the zip headers claim), without macros and without DTDs or entity
/// definitions in any XML part. Relationships are never followed; external targets are left alone.
/// </summary>
public static class DocxPackageGuard
{
    private const string ContentTypesEntry = "[Content_Types].xml";
    private const string MainDocumentEntry = "word/document.xml";
    private const int SniffLength = 64;

    private static readonly byte[] ZipLocalHeader = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] ZipEmptyArchive = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] CompoundFileHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// Throws <see cref="DocxRejectedException"/> when the package must not be opened. A seekable stream is
    /// left at the position it had; a non-seekable one is consumed.
    /// </summary>
    public static void Check(Stream package, DocxLimits limits)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(limits);
        limits.EnsureValid();

        var start = package.CanSeek ? package.Position : 0;
        var seekable = PackageBuffer.Seekable(package, limits, out var owned);
        try
        {
            CheckSeekable(seekable, limits);
        }
        finally
        {
            if (owned) seekable.Dispose();
            else seekable.Position = start;
        }
    }

    internal static void CheckSeekable(Stream package, DocxLimits limits)
    {
        RequireZipSignature(package);
        using var archive = OpenArchive(package);

        var entries = ReadEntryList(archive, limits);
        var contentTypes = ReadContentTypes(entries, limits);
        RequireWordMainDocument(entries, contentTypes);

        long total = 0;
        foreach (var entry in entries)
        {
            if (IsDirectory(entry)) continue;
            total += Inspect(entry, limits, total, ShouldScanAsXml(entry, contentTypes));
        }
    }

    private static void RequireZipSignature(Stream package)
    {
        Span<byte> head = stackalloc byte[8];
        var read = package.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        package.Position -= read;
        if (read == 0) throw new DocxRejectedException(Rejections.Empty);
        var bytes = head[..read];
        if (bytes.StartsWith(CompoundFileHeader)) throw new DocxRejectedException(Rejections.LegacyOrEncrypted);
        if (!bytes.StartsWith(ZipLocalHeader) && !bytes.StartsWith(ZipEmptyArchive))
            throw new DocxRejectedException(Rejections.NotWord);
    }

    private static ZipArchive OpenArchive(Stream package)
    {
        try
        {
            return new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            // It starts like a zip but its central directory is missing or broken: typically a truncated upload.
            throw new DocxRejectedException(Rejections.Damaged);
        }
    }

    private static IReadOnlyList<ZipArchiveEntry> ReadEntryList(ZipArchive archive, DocxLimits limits)
    {
        try
        {
            var entries = archive.Entries;
            if (entries.Count > limits.MaxEntries) throw new DocxRejectedException(Rejections.TooManyParts(limits.MaxEntries));
            return entries;
        }
        catch (InvalidDataException)
        {
            throw new DocxRejectedException(Rejections.Damaged);
        }
    }

    private static ContentTypes ReadContentTypes(IReadOnlyList<ZipArchiveEntry> entries, DocxLimits limits)
    {
        var entry = Find(entries, ContentTypesEntry) ?? throw new DocxRejectedException(Rejections.NotWord);
        var bytes = new MemoryStream();
        Inspect(entry, limits, alreadyExpanded: 0, scanAsXml: true, copyTo: bytes);
        try
        {
            return ContentTypes.Parse(bytes.ToArray());
        }
        catch (XmlException)
        {
            throw new DocxRejectedException(Rejections.Damaged);
        }
    }

    private static void RequireWordMainDocument(IReadOnlyList<ZipArchiveEntry> entries, ContentTypes contentTypes)
    {
        var hasVbaProject = entries.Any(e => e.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase));
        if (hasVbaProject || contentTypes.DeclaresMacros) throw new DocxRejectedException(Rejections.Macros);

        if (Find(entries, MainDocumentEntry) is null) throw new DocxRejectedException(Rejections.NotWord);
        var mainType = contentTypes.Of(MainDocumentEntry);
        if (mainType is not (ContentTypes.WordMain or ContentTypes.WordTemplateMain))
            throw new DocxRejectedException(Rejections.NotWord);
    }

    /// <summary>
    /// Decompresses one entry through an <see cref="InspectedEntryStream"/> (caps, ratio) and returns the number of
    /// bytes that really came out. Parts declared as XML are scanned for declarations and read with an
    /// <see cref="XmlReader"/> that prohibits DTDs and caps the nesting depth. Other entries that merely start like
    /// XML are scanned for declarations only: legacy VML drawings, for one, are often not well-formed.
    /// </summary>
    private static long Inspect(ZipArchiveEntry entry, DocxLimits limits, long alreadyExpanded, bool scanAsXml, Stream? copyTo = null)
    {
        try
        {
            using var content = new InspectedEntryStream(entry.Open(), entry.CompressedLength, alreadyExpanded, limits);
            var head = new byte[SniffLength];
            var headLength = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var start = head.AsMemory(0, headLength);
            if (scanAsXml || LooksLikeXml(start.Span)) content.ScanForDeclarations(start.Span);
            if (scanAsXml && headLength > 0)
            {
                Stream xml = new PrefixedStream(start, content);
                CheckXml(copyTo is null ? xml : new CopyingStream(xml, copyTo), limits);
            }
            content.Drain();
            return content.Expanded;
        }
        catch (InvalidDataException)
        {
            throw new DocxRejectedException(Rejections.Damaged);
        }
        catch (NotSupportedException)
        {
            // Encrypted entries or unknown compression methods.
            throw new DocxRejectedException(Rejections.Damaged);
        }
    }

    private static void CheckXml(Stream xml, DocxLimits limits)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            while (reader.Read())
            {
                if (reader.Depth > limits.MaxXmlDepth) throw new DocxRejectedException(Rejections.TooDeep(limits.MaxXmlDepth));
            }
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new DocxRejectedException(Rejections.DocumentTypeDeclaration);
        }
        catch (XmlException)
        {
            throw new DocxRejectedException(Rejections.Damaged);
        }
    }

    private static bool ShouldScanAsXml(ZipArchiveEntry entry, ContentTypes contentTypes)
    {
        var name = entry.FullName;
        if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            return true;
        return contentTypes.Of(name) is { } type && type.Contains("xml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the entry starts like an XML document in UTF-8 or UTF-16, with or without a byte order mark.</summary>
    private static bool LooksLikeXml(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return true;
        var i = 0;
        while (i < head.Length && head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        if (i >= head.Length) return false;
        return head[i] == '<' || (head[i] == 0 && i + 1 < head.Length && head[i + 1] == '<');
    }

    private static bool IsDirectory(ZipArchiveEntry entry) => entry.FullName.EndsWith('/') && entry.Length == 0;

    private static ZipArchiveEntry? Find(IReadOnlyList<ZipArchiveEntry> entries, string name)
    {
        foreach (var entry in entries)
        {
            if (entry.FullName.TrimStart('/').Equals(name, StringComparison.OrdinalIgnoreCase)) return entry;
        }
        return null;
    }
}
