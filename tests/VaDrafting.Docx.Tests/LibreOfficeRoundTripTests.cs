using VaDrafting.Core.Model;
using VaDrafting.Docx.Tests.Fixtures;
using VaDrafting.Docx.Tests.Quality;
using Xunit;

namespace VaDrafting.Docx.Tests;

/// <summary>
/// A participant may open an export in LibreOffice and save it as .docx again. The importer must read that
/// file back with the same structure and text. Ids survive through the hidden bookmarks: LibreOffice 7.4 keeps
/// all bookmarks in the body (blocks, rows, footnote references) but only the first one inside footnotes,
/// so footnote ids come back from the bookmarks around their references.
/// </summary>
public sealed class LibreOfficeRoundTripTests
{
    [Fact]
    public async Task ImportOfALibreOfficeResave_GivesBackTheSameDocumentWithItsIds()
    {
        var original = SampleDocuments.Rich();

        var resaved = await LibreOffice.ConvertAsync(DocxWriterTests.Write(original), "docx", TestContext.Current.CancellationToken);
        var result = WordFixture.Import(resaved);

        Assert.Equal(original.Blocks.Select(b => b.Id), result.Document.Blocks.Select(b => b.Id));
        Assert.Equal(
            original.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).Select(r => r.Id),
            result.Document.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).Select(r => r.Id));
        Assert.Equal(SampleDocuments.RichMeta.Title, result.Meta?.Title);

        Assert.Equal(original.Footnotes.Select(f => f.Id), result.Document.Footnotes.Select(f => f.Id));
        Assert.Equal(original, result.Document);
    }
}
