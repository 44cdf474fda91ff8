using System.IO.Compression;
using System.Text;

namespace VaDrafting.Docx.Tests.Fixtures;

/// <summary>Builds raw zip packages entry by entry, for inputs no Word library would write.</summary>
internal static class ZipFixture
{
    public const string WordContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    public const string MacroContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>""";

    public const string PackageRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    public const string MinimalDocument =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>""";

    public static byte[] Create(params (string Name, string Content)[] entries) =>
        Create(entries.Select(e => (e.Name, (Action<Stream>)(s => s.Write(Encoding.UTF8.GetBytes(e.Content))))).ToArray());

    public static byte[] Create(params (string Name, Action<Stream> Write)[] entries) => Create(CompressionLevel.Fastest, entries);

    public static byte[] Create(CompressionLevel level, params (string Name, Action<Stream> Write)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, write) in entries)
            {
                using var entry = archive.CreateEntry(name, level).Open();
                write(entry);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The three entries of a minimal valid Word package.</summary>
    public static (string, Action<Stream>)[] MinimalWordEntries(string document = MinimalDocument, string contentTypes = WordContentTypes) =>
    [
        ("[Content_Types].xml", s => s.Write(Encoding.UTF8.GetBytes(contentTypes))),
        ("_rels/.rels", s => s.Write(Encoding.UTF8.GetBytes(PackageRelationships))),
        ("word/document.xml", s => s.Write(Encoding.UTF8.GetBytes(document))),
    ];

    public static Action<Stream> Text(string content) => stream => stream.Write(Encoding.UTF8.GetBytes(content));

    /// <summary>Writes <paramref name="count"/> zero bytes without holding them in memory.</summary>
    public static Action<Stream> Zeros(long count) => stream =>
    {
        var buffer = new byte[1024 * 1024];
        for (var left = count; left > 0; left -= buffer.Length) stream.Write(buffer, 0, (int)Math.Min(buffer.Length, left));
    };

    /// <summary>Writes bytes that do not compress (a fixed-seed pseudo-random sequence).</summary>
    public static Action<Stream> Incompressible(int count, int seed = 7) => stream =>
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        stream.Write(bytes);
    };
}
