using VaDrafting.Docx.Tests.Fixtures;
using Xunit;

namespace VaDrafting.Docx.Tests.Quality;

public sealed class ExportQualityTests
{
    [Fact]
    public void Problems_IsEmptyForACleanExport()
    {
        Assert.Empty(ExportQuality.Problems(DocxWriterTests.Write(SampleDocuments.Rich())));
    }

    [Fact]
    public void Problems_ReportsADuplicateRevisionIdAndAMoveWithoutDestination()
    {
        var docx = WordFixture.Create("""
            <w:p><w:ins w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:t>one</w:t></w:r></w:ins>
            <w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>two</w:delText></w:r></w:del></w:p>
            <w:p><w:moveFromRangeStart w:id="2" w:name="move1" w:author="A" w:date="2025-01-01T00:00:00Z"/>
            <w:moveFrom w:id="3" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:t>three</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="2"/></w:p>
            """);

        var problems = ExportQuality.Problems(docx);

        Assert.Contains(problems, p => p.Contains("reuses revision id 1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("move 'move1' has a source but no destination", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_ReportsDuplicateParagraphIdsAndAnUnanchoredComment()
    {
        var docx = WordFixture.Create("""
            <w:p w14:paraId="00000001"><w:r><w:t>one</w:t></w:r></w:p>
            <w:p w14:paraId="00000001"><w:commentRangeStart w:id="0"/><w:r><w:t>two</w:t></w:r><w:commentRangeEnd w:id="0"/></w:p>
            """, new WordFixture.Parts
        {
            Comments = """<w:comment w:id="0" w:author="A"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>note</w:t></w:r></w:p></w:comment>""",
        });

        var problems = ExportQuality.Problems(docx);

        Assert.Contains(problems, p => p.Contains("w14:paraId 00000001 is also used", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("comment 0 has 0 w:commentReference", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pandoc_ReadsTheWordsOfAnExport()
    {
        var text = await Pandoc.PlainTextAsync(DocxWriterTests.Write(SampleDocuments.Rich()), "accept", TestContext.Current.CancellationToken);

        Assert.Contains("Rehabilitation", Pandoc.Words(text));
    }
}
