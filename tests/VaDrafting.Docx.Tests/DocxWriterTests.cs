using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using VaDrafting.Docx.Tests.Fixtures;
using Xunit;

namespace VaDrafting.Docx.Tests;

public sealed class DocxWriterTests
{
    private static readonly DocxWriteOptions Options = new("va-guidance", "v2-consultation-draft");

    internal static byte[] Write(DraftDocument document, DocumentMeta? meta = null, DocxWriteOptions? options = null)
    {
        using var output = new MemoryStream();
        DocxWriter.Write(document, meta ?? SampleDocuments.RichMeta, output, options ?? Options);
        return output.ToArray();
    }

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    [Fact]
    public void Write_ProducesAFileWithoutValidationErrorsForOffice2019()
    {
        using var word = Open(Write(SampleDocuments.Rich()));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Write_ProducesAValidFileForAnEmptyDocument()
    {
        using var word = Open(Write(DraftDocument.Empty, new DocumentMeta("", null, [])));

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void ImportOfWrite_GivesBackTheSameDocument()
    {
        var document = SampleDocuments.Rich();

        var result = WordFixture.Import(Write(document));

        Assert.Equal(document.Blocks.Count, result.Document.Blocks.Count);
        for (var i = 0; i < document.Blocks.Count; i++) Assert.Equal(document.Blocks[i], result.Document.Blocks[i]);
        Assert.Equal(document.Footnotes, result.Document.Footnotes);
        Assert.Equal(document, result.Document);
        Assert.Equal(SampleDocuments.RichMeta.Title, result.Meta?.Title);
        Assert.Equal(SampleDocuments.RichMeta.Symbol, result.Meta?.Symbol);
        Assert.Equal(["en"], result.Meta?.Languages);
        Assert.Empty(result.Report.Warnings);
    }

    [Fact]
    public void Write_MarksEveryBlockRowAndFootnoteWithAHiddenBookmark()
    {
        var document = SampleDocuments.Rich();
        using var word = Open(Write(document));

        var names = word.MainDocumentPart!.Document!.Descendants<BookmarkStart>()
            .Concat(word.MainDocumentPart.FootnotesPart!.Footnotes!.Descendants<BookmarkStart>())
            .Select(b => b.Name!.Value!).Where(n => !n.StartsWith("_va_ref_", StringComparison.Ordinal)).ToHashSet();

        var expected = document.Blocks.Select(b => b.Id)
            .Concat(document.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).Select(r => r.Id))
            .Concat(document.Footnotes.Select(f => f.Id))
            .Select(id => "_va_" + id);
        Assert.Equal(expected.ToHashSet(), names);
    }

    [Fact]
    public void Write_GivesEveryParagraphAUniqueParagraphIdAndEveryBookmarkAUniqueId()
    {
        using var word = Open(Write(SampleDocuments.Rich()));
        var main = word.MainDocumentPart!;
        var paragraphs = main.Document!.Descendants<Paragraph>().Concat(main.FootnotesPart!.Footnotes!.Descendants<Paragraph>()).ToList();
        var bookmarks = main.Document.Descendants<BookmarkStart>().Concat(main.FootnotesPart.Footnotes.Descendants<BookmarkStart>()).ToList();

        Assert.All(paragraphs, p => Assert.NotNull(p.ParagraphId));
        Assert.Equal(paragraphs.Count, paragraphs.Select(p => p.ParagraphId!.Value).Distinct().Count());
        Assert.Equal(bookmarks.Count, bookmarks.Select(b => b.Id!.Value).Distinct().Count());
    }

    [Fact]
    public void Write_UsesRealStylesNumberingAndFootnotes()
    {
        using var word = Open(Write(SampleDocuments.Rich()));
        var main = word.MainDocumentPart!;
        var styleIds = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value!).ToHashSet();

        Assert.Superset(new HashSet<string>(["Title", "Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6", "Normal", "ListParagraph", "Quote", "TableGrid", "FootnoteText", "FootnoteReference", "Hyperlink"]), styleIds!);
        var heading3 = main.StyleDefinitionsPart.Styles.Elements<Style>().Single(s => s.StyleId == "Heading3");
        Assert.Equal(2, heading3.StyleParagraphProperties!.OutlineLevel!.Val!.Value);

        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        Assert.All(numbering.Elements<AbstractNum>(), a => Assert.Equal(9, a.Elements<Level>().Count()));
        Assert.Contains(numbering.Elements<AbstractNum>(), a => a.Elements<Level>().All(l => l.NumberingFormat!.Val! == NumberFormatValues.Bullet));

        var notes = main.FootnotesPart!.Footnotes!.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>().ToList();
        Assert.Equal(FootnoteEndnoteValues.Separator, notes[0].Type!.Value);
        Assert.Equal(FootnoteEndnoteValues.ContinuationSeparator, notes[1].Type!.Value);
        Assert.Equal([1, 2, 3], notes.Skip(2).Select(n => n.Id!.Value));
    }

    [Fact]
    public void Write_RestartsNumberingForEachSeparateNumberedList()
    {
        using var word = Open(Write(SampleDocuments.Rich()));

        var numIds = word.MainDocumentPart!.Document!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value)
            .Where(id => id != 1)
            .Distinct().ToList();

        Assert.Equal(2, numIds.Count);
        var instances = word.MainDocumentPart.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Where(n => numIds.Contains(n.NumberID!.Value));
        Assert.All(instances, n => Assert.Equal(1, n.Elements<LevelOverride>().First().StartOverrideNumberingValue!.Val!.Value));
    }

    [Fact]
    public void Write_RepeatsTableHeaderRowsAndWritesLinksAsRelationships()
    {
        using var word = Open(Write(SampleDocuments.Rich()));
        var main = word.MainDocumentPart!;

        var firstRows = main.Document!.Descendants<Table>().Select(t => t.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().First());
        Assert.All(firstRows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<TableHeader>()));

        var targets = main.HyperlinkRelationships.Select(r => r.Uri.OriginalString).ToList();
        Assert.Contains("https://www.clusterconvention.org/convention-text/", targets);
        Assert.Contains("mailto:isu@example.org", targets);
        Assert.Equal(targets.Count, targets.Distinct().Count());
        Assert.All(main.HyperlinkRelationships, r => Assert.True(r.IsExternal));
        Assert.Equal(["https://example.org/2rc"], main.FootnotesPart!.HyperlinkRelationships.Select(r => r.Uri.OriginalString));
    }

    [Fact]
    public void Write_WritesPlaceholdersAsItalicBracketedParagraphs()
    {
        using var word = Open(Write(SampleDocuments.Rich()));

        var paragraph = word.MainDocumentPart!.Document!.Descendants<Paragraph>()
            .Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "VaPlaceholder");
        var style = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "VaPlaceholder");

        Assert.Equal("[image: Map of contaminated areas]", paragraph.InnerText);
        Assert.NotNull(style.StyleRunProperties!.Italic);
    }

    [Fact]
    public void Write_RecordsTitleAndCustomProperties()
    {
        using var word = Open(Write(SampleDocuments.Rich()));

        Assert.Equal(SampleDocuments.RichMeta.Title, word.PackageProperties.Title);
        Assert.Equal("va-guidance", DocxImporter.CustomProperty(word, "VaDrafting.DocumentId"));
        Assert.Equal("v2-consultation-draft", DocxImporter.CustomProperty(word, "VaDrafting.Version"));
        Assert.Equal("CCM/MSP/2024/WP.7", DocxImporter.CustomProperty(word, "VaDrafting.Symbol"));
    }

    [Fact]
    public void Write_OptionsSymbolOverridesTheMetadataSymbol()
    {
        using var word = Open(Write(SampleDocuments.Rich(), options: new DocxWriteOptions(Symbol: "CCM/CONF/2026/3")));

        Assert.Equal("CCM/CONF/2026/3", DocxImporter.CustomProperty(word, "VaDrafting.Symbol"));
    }

    [Fact]
    public void Write_WritesUnsafeLinksAsPlainText()
    {
        var document = new DraftDocument([new ParagraphBlock("p1aaaa", InlineContent.Of(new TextInline("click", Href: "javascript:alert(1)")))], []);

        using var word = Open(Write(document));

        Assert.Empty(word.MainDocumentPart!.HyperlinkRelationships);
        Assert.Equal(InlineContent.FromText("click"), Assert.IsType<ParagraphBlock>(Assert.Single(WordFixture.Import(Write(document)).Document.Blocks)).Content);
    }

    [Fact]
    public void Write_WritesARepeatedFootnoteReferenceAsANoteRefFieldToTheFirstReference()
    {
        using var word = Open(Write(SampleDocuments.Rich()));
        var body = word.MainDocumentPart!.Document!.Body!;

        Assert.Equal([1, 2, 3], body.Descendants<FootnoteReference>().Select(r => (int)r.Id!.Value));
        var bookmark = Assert.Single(body.Descendants<BookmarkStart>(), b => b.Name == "_va_ref_fn0001");
        Assert.IsType<FootnoteReference>(Assert.IsType<Run>(bookmark.NextSibling()).LastChild);
        Assert.Equal(" NOTEREF _va_ref_fn0001 \\f \\h ", Assert.Single(body.Descendants<FieldCode>()).Text);
    }

    [Fact]
    public void Write_RejectsAReferenceToAMissingFootnote()
    {
        var document = new DraftDocument([new ParagraphBlock("p1aaaa", InlineContent.Of(new TextInline("Text"), new FootnoteRefInline("nothere")))], []);

        var error = Assert.Throws<ArgumentException>(() => Write(document));

        Assert.Contains("'nothere'", error.Message);
    }

    [Fact]
    public void Write_DropsCharactersThatXmlCannotCarry()
    {
        var document = new DraftDocument([new ParagraphBlock("p1aaaa", InlineContent.FromText("bell\u0007 and form\u000Cfeed"))], []);

        var result = WordFixture.Import(Write(document));

        Assert.Equal("bell and formfeed", Assert.IsType<ParagraphBlock>(Assert.Single(result.Document.Blocks)).Content.PlainText);
    }

    [Fact]
    public void Write_WritesToANonSeekableStream()
    {
        var output = new WriteOnlyStream();

        DocxWriter.Write(SampleDocuments.Rich(), SampleDocuments.RichMeta, output, Options);

        Assert.Equal(SampleDocuments.Rich(), WordFixture.Import(output.Written.ToArray()).Document);
    }

    private sealed class WriteOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
