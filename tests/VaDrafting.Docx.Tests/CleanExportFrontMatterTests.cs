using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using VaDrafting.Docx.Tests.Fixtures;
using VaDrafting.Docx.Tests.Quality;
using Xunit;

namespace VaDrafting.Docx.Tests;

/// <summary>The clean export's cover block, table of contents and page footer, and that an import leaves them out.</summary>
public sealed class CleanExportFrontMatterTests
{
    private static readonly DocxWriteOptions Full = new("va-guidance", "abc1234", Date: new DateOnly(2026, 11, 23),
        SubmittedBy: "the co-coordinators on victim assistance", TableOfContents: true, VersionLabel: "Second consultation draft");

    private static byte[] Write(DraftDocument document) => DocxWriterTests.Write(document, SampleDocuments.RichMeta, Full);

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    [Fact]
    public void Cover_ShowsSymbolVersionDateAndSubmitterUnderTheTitle()
    {
        using var word = Open(Write(SampleDocuments.Rich()));
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        Assert.Equal("Title", paragraphs[0].ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var cover = paragraphs.Skip(1).TakeWhile(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "VaCover").Select(p => p.InnerText).ToList();
        Assert.Equal([SampleDocuments.RichMeta.Symbol!, "Version: Second consultation draft", "23 November 2026", "Submitted by the co-coordinators on victim assistance"], cover);
    }

    [Fact]
    public void Contents_IsATocFieldWhoseShownEntriesLinkToEveryHeadingOfLevelsOneToThree()
    {
        var document = SampleDocuments.Rich();
        using var word = Open(Write(document));
        var contents = word.MainDocumentPart!.Document!.Body!.Elements<SdtBlock>().Single();

        Assert.Contains("TOC \\o \"1-3\"", string.Concat(contents.Descendants<FieldCode>().Select(c => c.Text)));
        Assert.Equal("Table of Contents", contents.SdtProperties!.GetFirstChild<SdtContentDocPartObject>()!.GetFirstChild<DocPartGallery>()!.Val!.Value);
        var headings = document.Blocks.OfType<HeadingBlock>().Where(h => h.Level <= 3).ToList();
        Assert.NotEmpty(headings);
        Assert.Equal(headings.Select(h => "_va_" + h.Id), contents.Descendants<Hyperlink>().Select(l => l.Anchor!.Value));
        Assert.Equal(headings.Select(h => h.Content.PlainText), contents.Descendants<Hyperlink>().Select(l => l.InnerText));
        Assert.Equal(1, contents.Descendants<FieldChar>().Count(c => c.FieldCharType!.Value == FieldCharValues.Begin));
        Assert.Equal(1, contents.Descendants<FieldChar>().Count(c => c.FieldCharType!.Value == FieldCharValues.End));
    }

    [Fact]
    public void Footer_NumbersThePagesOnEveryPage()
    {
        using var word = Open(Write(SampleDocuments.Rich()));
        var main = word.MainDocumentPart!;
        var reference = main.Document!.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<FooterReference>()!;
        var footer = ((FooterPart)main.GetPartById(reference.Id!.Value!)).Footer!;

        Assert.Equal([" PAGE \\* MERGEFORMAT ", " NUMPAGES \\* MERGEFORMAT "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
        Assert.Contains("Page ", footer.InnerText);
        Assert.StartsWith(SampleDocuments.RichMeta.Symbol!, footer.InnerText);
    }

    [Fact]
    public void Export_WithFrontMatter_IsValidAndImportsBackToTheSameDocument()
    {
        var document = SampleDocuments.Rich();
        var docx = Write(document);

        ExportQuality.AssertValid(docx);
        var result = WordFixture.Import(docx);
        Assert.Equal(document, result.Document);
        Assert.Equal(SampleDocuments.RichMeta.Title, result.Meta?.Title);
        Assert.Empty(result.Report.Warnings);
    }

    [Fact]
    public void Contents_OfADocumentWithoutHeadings_SaysToUpdateTheField()
    {
        var document = new DraftDocument([new ParagraphBlock("para0001", InlineContent.FromText("Only a paragraph."))], []);
        var docx = Write(document);

        ExportQuality.AssertValid(docx);
        using var word = Open(docx);
        Assert.Contains("Update the field", word.MainDocumentPart!.Document!.Body!.Elements<SdtBlock>().Single().InnerText);
        Assert.Equal(document, WordFixture.Import(docx).Document);
    }

    [Fact]
    public async Task Export_WithFrontMatter_ConvertsToPdfWithLibreOffice()
    {
        var pdf = await LibreOffice.ConvertAsync(Write(SampleDocuments.Rich()), "pdf", TestContext.Current.CancellationToken);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    }
}
