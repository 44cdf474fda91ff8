using System.IO.Compression;
using System.Text;
using VaDrafting.Docx.Tests.Fixtures;
using Xunit;

namespace VaDrafting.Docx.Tests;

public sealed class DocxPackageGuardTests
{
    private static DocxRejectedException Rejected(byte[] package, DocxLimits? limits = null) =>
        Assert.Throws<DocxRejectedException>(() => DocxPackageGuard.Check(new MemoryStream(package), limits ?? DocxLimits.Default));

    [Fact]
    public void Check_AcceptsAMinimalWordPackage()
    {
        var package = new MemoryStream(ZipFixture.Create(ZipFixture.MinimalWordEntries()));

        DocxPackageGuard.Check(package, DocxLimits.Default);

        Assert.Equal(0, package.Position);
    }

    [Fact]
    public void Check_AcceptsAPackageWrittenByOpenXml()
    {
        var docx = WordFixture.Create(WordFixture.P("Victim assistance"));

        DocxPackageGuard.Check(new MemoryStream(docx), DocxLimits.Default);
    }

    [Fact]
    public void Check_ReadsANonSeekableStream()
    {
        var docx = WordFixture.Create(WordFixture.P("Victim assistance"));

        DocxPackageGuard.Check(new ForwardOnlyStream(docx), DocxLimits.Default);
    }

    [Fact]
    public void Check_RejectsTextThatIsNotAZip()
    {
        var error = Rejected(Encoding.UTF8.GetBytes("This is a plain text file, not a Word document."));

        Assert.Equal("The file is not a Word document (.docx).", error.Message);
    }

    [Fact]
    public void Check_RejectsAnEmptyFile()
    {
        Assert.Equal("The file is empty.", Rejected([]).Message);
    }

    [Fact]
    public void Check_RejectsALegacyOrEncryptedWordFile()
    {
        byte[] compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var error = Rejected(compoundFile);

        Assert.StartsWith("The file is an old-format Word document (.doc) or is password-protected.", error.Message);
    }

    [Fact]
    public void Check_RejectsAZipWithoutTheMainDocument()
    {
        var package = ZipFixture.Create(("[Content_Types].xml", ZipFixture.WordContentTypes), ("notes.txt", "Meeting notes"));

        Assert.Equal("The file is not a Word document (.docx).", Rejected(package).Message);
    }

    [Fact]
    public void Check_RejectsAZipWithoutContentTypes()
    {
        var package = ZipFixture.Create(("word/document.xml", ZipFixture.MinimalDocument));

        Assert.Equal("The file is not a Word document (.docx).", Rejected(package).Message);
    }

    [Fact]
    public void Check_RejectsASpreadsheetPackage()
    {
        var contentTypes = ZipFixture.WordContentTypes.Replace(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", StringComparison.Ordinal);

        var error = Rejected(ZipFixture.Create(ZipFixture.MinimalWordEntries(contentTypes: contentTypes)));

        Assert.Equal("The file is not a Word document (.docx).", error.Message);
    }

    [Fact]
    public void Check_RejectsAMacroEnabledContentType()
    {
        var error = Rejected(ZipFixture.Create(ZipFixture.MinimalWordEntries(contentTypes: ZipFixture.MacroContentTypes)));

        Assert.Equal("Macro-enabled documents are not accepted.", error.Message);
    }

    [Fact]
    public void Check_RejectsAPackageCarryingAVbaProject()
    {
        var package = ZipFixture.Create([.. ZipFixture.MinimalWordEntries(), ("word/vbaProject.bin", ZipFixture.Incompressible(512))]);

        Assert.Equal("Macro-enabled documents are not accepted.", Rejected(package).Message);
    }

    [Fact]
    public void Check_RejectsAZipBombOfThreeHundredMegabytesOfZeros()
    {
        var bomb = ZipFixture.Create(CompressionLevel.Optimal,
            [.. ZipFixture.MinimalWordEntries(), ("word/media/padding.bin", ZipFixture.Zeros(300L * 1024 * 1024))]);
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb should be small, was {bomb.Length} bytes");

        var error = Rejected(bomb);

        Assert.Equal("The file is compressed more than 100:1 and was refused as a possible zip bomb.", error.Message);
    }

    [Fact]
    public void Check_RejectsAPackageExpandingBeyondTheTotalCap()
    {
        var limits = DocxLimits.Default with { MaxTotalUncompressedBytes = 2 * DocxLimits.Megabyte };
        var package = ZipFixture.Create(
        [
            .. ZipFixture.MinimalWordEntries(),
            ("word/media/one.bin", ZipFixture.Incompressible(900_000, seed: 1)),
            ("word/media/two.bin", ZipFixture.Incompressible(900_000, seed: 2)),
            ("word/media/three.bin", ZipFixture.Incompressible(900_000, seed: 3)),
        ]);

        Assert.Equal("The file expands to more than 2 MB.", Rejected(package, limits).Message);
    }

    [Fact]
    public void Check_RejectsAPartExpandingBeyondThePerEntryCap()
    {
        var limits = DocxLimits.Default with { MaxEntryUncompressedBytes = DocxLimits.Megabyte };
        var package = ZipFixture.Create([.. ZipFixture.MinimalWordEntries(), ("word/media/big.bin", ZipFixture.Incompressible(1_500_000))]);

        Assert.Equal("A part of the file expands to more than 1 MB.", Rejected(package, limits).Message);
    }

    [Fact]
    public void Check_RejectsAPackageLargerThanTheUploadCap()
    {
        var limits = DocxLimits.Default with { MaxPackageBytes = 1000 };
        var package = ZipFixture.Create([.. ZipFixture.MinimalWordEntries(), ("word/media/photo.bin", ZipFixture.Incompressible(4000))]);

        Assert.Equal("The file is larger than 1000 bytes.", Rejected(package, limits).Message);
    }

    [Fact]
    public void Check_RejectsTooManyEntries()
    {
        var entries = ZipFixture.MinimalWordEntries().ToList();
        for (var i = 0; entries.Count <= 2_000; i++) entries.Add(($"word/media/pad{i}.txt", _ => { }));

        var error = Rejected(ZipFixture.Create([.. entries]));

        Assert.Equal("The file contains more than 2000 parts.", error.Message);
    }

    [Theory]
    [InlineData("<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("<!DOCTYPE w:document>")]
    public void Check_RejectsADocumentTypeDeclarationInTheMainDocument(string declaration)
    {
        var document = ZipFixture.MinimalDocument.Replace("?>", "?>" + declaration, StringComparison.Ordinal);

        var error = Rejected(ZipFixture.Create(ZipFixture.MinimalWordEntries(document)));

        Assert.Equal("The file contains a document type declaration (DTD or entity definition), which is not accepted.", error.Message);
    }

    [Fact]
    public void Check_RejectsAnEntityDeclarationInAUtf16Part()
    {
        var styles = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE s [<!ENTITY e \"x\">]><s/>";
        var package = ZipFixture.Create(
        [
            .. ZipFixture.MinimalWordEntries(),
            ("word/styles.xml", s => s.Write(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(styles)).ToArray())),
        ]);

        Assert.StartsWith("The file contains a document type declaration", Rejected(package).Message);
    }

    [Fact]
    public void Check_RejectsADeclarationInAPartWithAnUnusualExtension()
    {
        var package = ZipFixture.Create([.. ZipFixture.MinimalWordEntries(), ("customXml/item1.dat", ZipFixture.Text("<?xml version=\"1.0\"?><!DOCTYPE a><a/>"))]);

        Assert.StartsWith("The file contains a document type declaration", Rejected(package).Message);
    }

    [Fact]
    public void Check_RejectsXmlNestedTooDeeply()
    {
        const int depth = 100_000;
        var document = ZipFixture.MinimalDocument.Replace("<w:p>",
            string.Concat(Enumerable.Repeat("<w:customXml w:element=\"x\">", depth)) + "<w:p>", StringComparison.Ordinal)
            .Replace("</w:p>", "</w:p>" + string.Concat(Enumerable.Repeat("</w:customXml>", depth)), StringComparison.Ordinal);

        var error = Rejected(ZipFixture.Create(ZipFixture.MinimalWordEntries(document)));

        Assert.Equal("The file nests its content more than 256 levels deep.", error.Message);
    }

    [Fact]
    public void Check_RejectsAMainDocumentThatIsNotWellFormed()
    {
        var error = Rejected(ZipFixture.Create(ZipFixture.MinimalWordEntries("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")));

        Assert.Equal("The file is damaged or incomplete and cannot be read as a Word document.", error.Message);
    }

    [Fact]
    public void Check_AcceptsBinaryPartsThatHappenToContainDeclarationBytes()
    {
        var package = ZipFixture.Create([.. ZipFixture.MinimalWordEntries(), ("word/media/image1.png", s => s.Write([0x89, .. "PNG"u8, .. "<!DOCTYPE"u8, 0, 1, 2]))]);

        DocxPackageGuard.Check(new MemoryStream(package), DocxLimits.Default);
    }

    [Fact]
    public void Check_RejectsATruncatedFile()
    {
        var docx = WordFixture.Create(string.Concat(Enumerable.Range(0, 200).Select(i => WordFixture.P($"Paragraph {i} on victim assistance."))));

        var error = Rejected(docx[..(docx.Length / 2)]);

        Assert.Equal("The file is damaged or incomplete and cannot be read as a Word document.", error.Message);
    }

    [Fact]
    public void Check_AcceptsExternalHyperlinkRelationshipsWithoutFollowingThem()
    {
        var docx = WordFixture.Create(
            "<w:p><w:hyperlink r:id=\"rIdExternal\"><w:r><w:t>Convention text</w:t></w:r></w:hyperlink></w:p>",
            new WordFixture.Parts { Hyperlinks = new Dictionary<string, string> { ["rIdExternal"] = "https://192.0.2.1/unreachable" } });

        DocxPackageGuard.Check(new MemoryStream(docx), DocxLimits.Default);
    }

    [Fact]
    public void Import_RunsTheGuardFirst()
    {
        var package = ZipFixture.Create(ZipFixture.MinimalWordEntries(contentTypes: ZipFixture.MacroContentTypes));

        var error = Assert.Throws<DocxRejectedException>(() => WordFixture.Import(package));

        Assert.Equal("Macro-enabled documents are not accepted.", error.Message);
    }

    [Fact]
    public void Import_RejectsMalformedXmlInTheMainDocument()
    {
        var package = ZipFixture.Create(ZipFixture.MinimalWordEntries("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"));

        var error = Assert.Throws<DocxRejectedException>(() => WordFixture.Import(package));

        Assert.Equal("The file is damaged or incomplete and cannot be read as a Word document.", error.Message);
    }

    [Fact]
    public void Import_RejectsATruncatedFile()
    {
        var docx = WordFixture.Create(WordFixture.P("Victim assistance"));

        var error = Assert.Throws<DocxRejectedException>(() => WordFixture.Import(docx[..(docx.Length - 30)]));

        Assert.Equal("The file is damaged or incomplete and cannot be read as a Word document.", error.Message);
    }

    [Fact]
    public void Import_OfARandomlyCorruptedFileEitherSucceedsOrIsRejected()
    {
        var docx = DocxWriterTests.Write(SampleDocuments.Rich());
        var random = new Random(1234);
        var unexpected = new List<string>();

        for (var attempt = 0; attempt < 150; attempt++)
        {
            var corrupted = (byte[])docx.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--) corrupted[random.Next(corrupted.Length)] = (byte)random.Next(256);
            try
            {
                WordFixture.Import(corrupted);
            }
            catch (DocxRejectedException)
            {
            }
            catch (Exception e)
            {
                unexpected.Add($"{e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Distinct()));
    }

    [Fact]
    public void Import_ReadsFromTheStreamsCurrentPosition()
    {
        var docx = WordFixture.Create(WordFixture.P("Victim assistance"));
        var stream = new MemoryStream([.. "PREFIX"u8.ToArray(), .. docx]) { Position = 6 };

        var result = DocxImporter.Import(stream, DocxLimits.Default);

        var paragraph = Assert.IsType<VaDrafting.Core.Model.ParagraphBlock>(Assert.Single(result.Document.Blocks));
        Assert.Equal("Victim assistance", paragraph.Content.PlainText);
    }

    /// <summary>A stream that can only be read forwards, like a request body.</summary>
    private sealed class ForwardOnlyStream(byte[] data) : Stream
    {
        private readonly MemoryStream _inner = new(data);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
