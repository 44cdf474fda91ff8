using VaDrafting.Core.Collaboration;
using VaDrafting.Core.Model;
using Xunit;
using static VaDrafting.Core.Tests.Markdown.Doc;

namespace VaDrafting.Core.Tests.Collaboration;

public class BlockEditsTests
{
    private static readonly DraftDocument Sample = Of(
        [
            new HeadingBlock("head1", 1, C("Victim assistance")),
            P("para1", C(T("Survivors take part "), T("in every", B), T(" decision."), Ref("note1"))),
            Bullet("item1", 0, "Data collection"),
            Table("tab1", [C("State"), C("Focal point")], ("row1", [C("Lao PDR"), C("Ministry")])),
            new PlaceholderBlock("pic1", "image", "Map of services"),
            new QuoteBlock("quo1", C("Nothing about us without us.")),
        ],
        new Footnote("note1", C("Agreed at the meeting.")));

    private static IEnumerable<string> Ids(DraftDocument document) => document.Blocks.Select(b => b.Id);

    [Fact]
    public void ReplaceContent_ChangesOnlyThatBlock()
    {
        var result = BlockEdits.ReplaceContent(Sample, "item1", C("Referral pathways"));

        Assert.Equal(Bullet("item1", 0, "Referral pathways"), result.Blocks[2]);
        Assert.Equal(Sample.Blocks.Where(b => b.Id != "item1"), result.Blocks.Where(b => b.Id != "item1"));
        Assert.Equal(Sample.Footnotes, result.Footnotes);
    }

    [Fact]
    public void ReplaceContent_OfATable_IsRefused()
    {
        var error = Assert.Throws<BlockEditException>(() => BlockEdits.ReplaceContent(Sample, "tab1", C("text")));

        Assert.Contains("'tab1' is a table", error.Message);
    }

    [Fact]
    public void ReplaceContent_WithAReferenceToAMissingFootnote_IsRefused()
    {
        var error = Assert.Throws<BlockEditException>(() => BlockEdits.ReplaceContent(Sample, "para1", C(T("See"), Ref("nope1"))));

        Assert.Contains("'nope1' is referenced but does not exist", error.Message);
    }

    [Fact]
    public void Edit_OfAnUnknownBlock_NamesIt()
    {
        var error = Assert.Throws<BlockEditException>(() => BlockEdits.Delete(Sample, "gone1"));

        Assert.Equal("There is no block 'gone1' in the document.", error.Message);
    }

    [Fact]
    public void Edit_OfATableRowId_SaysItIsARow()
    {
        var error = Assert.Throws<BlockEditException>(() => BlockEdits.Split(Sample, "row1", 0));

        Assert.Contains("'row1' is a table row", error.Message);
    }

    [Fact]
    public void Edit_OfAnInvalidDocument_ThrowsArgumentException()
    {
        var invalid = Of(P("same", "one"), P("same", "two"));

        Assert.Throws<ArgumentException>(() => BlockEdits.Delete(invalid, "same"));
    }

    [Fact]
    public void InsertAfter_GivesTheBlockAFreshIdAndPutsItThere()
    {
        var result = BlockEdits.InsertAfter(Sample, "para1", P("whatever", "Inclusive budgets."));

        var inserted = Assert.IsType<ParagraphBlock>(result.Blocks[2]);
        Assert.Equal("Inclusive budgets.", inserted.Content.PlainText);
        Assert.True(BlockIds.IsValid(inserted.Id));
        Assert.DoesNotContain(inserted.Id, Ids(Sample));
        Assert.Equal(Sample.Blocks, result.Blocks.Where(b => b != inserted));
    }

    [Fact]
    public void InsertAfter_Null_InsertsFirst()
    {
        var result = BlockEdits.InsertAfter(Sample, null, new HeadingBlock("x", 2, C("Introduction")));

        Assert.Equal("Introduction", Assert.IsType<HeadingBlock>(result.Blocks[0]).Content.PlainText);
        Assert.Equal(Ids(Sample), Ids(result).Skip(1));
    }

    [Fact]
    public void InsertAfter_ATable_GivesFreshIdsToTheTableAndEachRow()
    {
        var table = Table("tab1", [C("Year")], ("row1", [C("2026")]), ("row2", [C("2027")]));

        var result = BlockEdits.InsertAfter(Sample, "quo1", table);

        var inserted = Assert.IsType<TableBlock>(result.Blocks[^1]);
        Assert.Equal(inserted.Id, inserted.Header.Id);
        Assert.Equal(["2026", "2027"], inserted.Rows.Select(r => r.Cells[0].PlainText));
        Assert.Empty(DocumentValidator.Validate(result));
    }

    [Fact]
    public void InsertAfter_AnInvalidBlock_IsRefused()
    {
        Assert.Throws<BlockEditException>(() => BlockEdits.InsertAfter(Sample, null, new HeadingBlock("x", 9, C("Too deep"))));
    }

    [Fact]
    public void Delete_RemovesTheBlockAndKeepsItsFootnotes()
    {
        var result = BlockEdits.Delete(Sample, "para1");

        Assert.Equal(["head1", "item1", "tab1", "pic1", "quo1"], Ids(result));
        Assert.Equal(Sample.Footnotes, result.Footnotes);
    }

    [Fact]
    public void Delete_TheLastBlockLeft_GivesAnEmptyDocument()
    {
        Assert.Equal(DraftDocument.Empty, BlockEdits.Delete(Of(P("only1", "Alone.")), "only1"));
    }

    [Theory]
    [InlineData("quo1", null, "quo1 head1 para1 item1 tab1 pic1")]
    [InlineData("head1", "quo1", "para1 item1 tab1 pic1 quo1 head1")]
    [InlineData("para1", "tab1", "head1 item1 tab1 para1 pic1 quo1")]
    [InlineData("tab1", "head1", "head1 tab1 para1 item1 pic1 quo1")]
    [InlineData("item1", "para1", "head1 para1 item1 tab1 pic1 quo1")]
    public void Move_PutsTheBlockAfterTheOther(string blockId, string? afterBlockId, string expected)
    {
        var result = BlockEdits.Move(Sample, blockId, afterBlockId);

        Assert.Equal(expected, string.Join(' ', Ids(result)));
        Assert.Equal(Sample.Blocks.OrderBy(b => b.Id), result.Blocks.OrderBy(b => b.Id));
    }

    [Fact]
    public void Move_AfterItself_OrAfterAnUnknownBlock_IsRefused()
    {
        Assert.Throws<BlockEditException>(() => BlockEdits.Move(Sample, "para1", "para1"));
        Assert.Throws<BlockEditException>(() => BlockEdits.Move(Sample, "para1", "gone1"));
    }

    [Fact]
    public void Split_CutsARunKeepingItsMarks_AndTheSecondPartGetsAFreshId()
    {
        var result = BlockEdits.Split(Sample, "para1", "Survivors take part in".Length);

        Assert.Equal(P("para1", C(T("Survivors take part "), T("in", B))), result.Blocks[1]);
        var second = Assert.IsType<ParagraphBlock>(result.Blocks[2]);
        Assert.Equal(C(T(" every", B), T(" decision."), Ref("note1")), second.Content);
        Assert.DoesNotContain(second.Id, Ids(Sample));
        Assert.Equal(Sample.Blocks.Where(b => b.Id != "para1"), result.Blocks.Where(b => b.Id != "para1" && b.Id != second.Id));
    }

    [Fact]
    public void Split_AtTheEnd_KeepsAFootnoteReferenceWithTheFirstPart()
    {
        var length = Sample.Blocks[1] is ParagraphBlock p ? p.Content.PlainText.Length : 0;

        var result = BlockEdits.Split(Sample, "para1", length);

        Assert.Equal(Ref("note1"), ((ParagraphBlock)result.Blocks[1]).Content[^1]);
        Assert.Empty(((ParagraphBlock)result.Blocks[2]).Content);
    }

    [Fact]
    public void Split_KeepsTheKindAndLevel()
    {
        var result = BlockEdits.Split(Sample, "item1", 4);

        Assert.Equal(Bullet("item1", 0, "Data"), result.Blocks[2]);
        Assert.Equal((ListKind.Bulleted, 0, " collection"), result.Blocks[3] is ListItemBlock item ? (item.Kind, item.Level, item.Content.PlainText) : default);
    }

    [Fact]
    public void Split_ATableOrPlaceholder_IsRefused()
    {
        Assert.Contains("is a table, which cannot be split", Assert.Throws<BlockEditException>(() => BlockEdits.Split(Sample, "tab1", 1)).Message);
        Assert.Contains("is a placeholder (image)", Assert.Throws<BlockEditException>(() => BlockEdits.Split(Sample, "pic1", 1)).Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(18)]
    public void Split_OutsideTheText_IsRefused(int offset)
    {
        var error = Assert.Throws<BlockEditException>(() => BlockEdits.Split(Sample, "head1", offset));

        Assert.Equal($"Offset {offset} is outside the text of block 'head1', which has 17 characters.", error.Message);
    }

    [Fact]
    public void Split_InsideASurrogatePair_IsRefused()
    {
        var document = Of(P("emoj1", "Team 👩🏽 here"));

        Assert.Throws<BlockEditException>(() => BlockEdits.Split(document, "emoj1", 6));
    }

    [Fact]
    public void MergeWithNext_JoinsTheTextUnderTheFirstBlock()
    {
        var document = Of(new HeadingBlock("head1", 2, C("Data ")), P("para1", C(T("and", I), T(" referral"))), P("para2", "Rest."));

        var result = BlockEdits.MergeWithNext(document, "head1");

        Assert.Equal([new HeadingBlock("head1", 2, C(T("Data "), T("and", I), T(" referral"))), P("para2", "Rest.")], result.Blocks);
    }

    [Fact]
    public void MergeWithNext_OfTheLastBlock_OrIntoATable_IsRefused()
    {
        Assert.Contains("is the last block", Assert.Throws<BlockEditException>(() => BlockEdits.MergeWithNext(Sample, "quo1")).Message);
        Assert.Contains("'tab1' is a table", Assert.Throws<BlockEditException>(() => BlockEdits.MergeWithNext(Sample, "item1")).Message);
    }

    [Fact]
    public void MergeWithNext_UndoesSplit()
    {
        var split = BlockEdits.Split(Sample, "para1", 9);

        Assert.Equal(Sample, BlockEdits.MergeWithNext(split, "para1"));
    }
}
