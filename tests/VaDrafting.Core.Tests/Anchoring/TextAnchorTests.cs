using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Model;
using Xunit;
using static VaDrafting.Core.Tests.Markdown.Doc;

namespace VaDrafting.Core.Tests.Anchoring;

public class TextAnchorTests
{
    private static readonly DraftDocument Document = Of(
        P("para01", "States Parties should designate a focal point for victim assistance within government."),
        new HeadingBlock("head01", 2, C(T("Data "), T("collection", B), Ref("fn01"), Br(), T("and use"))),
        Table("tabl01", [C("Action"), C("Lead")], ("row001", [C("Needs assessment"), C("Ministry of Health")])),
        new PlaceholderBlock("plac01", "image", "Map of contaminated areas"));

    [Fact]
    public void Create_TakesQuoteAndUpTo32CharactersOfContext()
    {
        var anchor = TextAnchor.Create(Document, "para01", 34, 44);

        Assert.Equal("para01", anchor.BlockId);
        Assert.Equal("focal poin", anchor.Exact);
        Assert.Equal("ould designate a ", anchor.Prefix[^17..]);
        Assert.Equal(TextAnchor.ContextLength, anchor.Prefix.Length);
        Assert.Equal(TextAnchor.ContextLength, anchor.Suffix.Length);
        Assert.StartsWith("t for victim", anchor.Suffix);
    }

    [Fact]
    public void Create_ShortensContextAtTheEdgesOfTheBlock()
    {
        var anchor = TextAnchor.Create(Document, "para01", 0, 6);

        Assert.Equal("States", anchor.Exact);
        Assert.Equal("", anchor.Prefix);
    }

    [Fact]
    public void Create_AllowsAnEmptyRangeAsAnInsertionPoint()
    {
        var anchor = TextAnchor.Create(Document, "para01", 6, 6);

        Assert.True(anchor.IsInsertionPoint);
        Assert.Equal("", anchor.Exact);
        Assert.Equal("States", anchor.Prefix);
    }

    [Fact]
    public void Create_UsesPlainTextWithLineBreaksAndWithoutFootnoteReferences()
    {
        Assert.Equal("Data collection\nand use", AnchorText.Of(Document.Blocks[1]));
        Assert.Equal("collection\nand", TextAnchor.Create(Document, "head01", 5, 19).Exact);
    }

    [Fact]
    public void AnchorText_OfTable_JoinsCellsByTabAndRowsByNewline()
    {
        Assert.Equal("Action\tLead\nNeeds assessment\tMinistry of Health", AnchorText.Of(Document.Blocks[2]));
    }

    [Fact]
    public void AnchorText_OfPlaceholder_IsItsDescription()
    {
        Assert.Equal("Map of contaminated areas", AnchorText.Of(Document.Blocks[3]));
    }

    [Theory]
    [InlineData("nope01", 0, 1, "no block 'nope01'")]
    [InlineData("para01", -1, 3, "not inside block")]
    [InlineData("para01", 5, 3, "not inside block")]
    [InlineData("para01", 0, 500, "not inside block")]
    public void Create_RefusesBadRanges(string blockId, int start, int end, string message)
    {
        var error = Assert.Throws<AnchorException>(() => TextAnchor.Create(Document, blockId, start, end));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Create_RefusesToSplitASurrogatePair()
    {
        var document = Of(P("para01", "Survivors 👩🏽 speak"));

        var error = Assert.Throws<AnchorException>(() => TextAnchor.Create(document, "para01", 11, 13));
        Assert.Contains("surrogate", error.Message);
    }

    [Fact]
    public void Create_KeepsContextFromSplittingASurrogatePair()
    {
        var text = "😀" + new string('a', 31) + "quote";
        var document = Of(P("para01", text));

        var anchor = TextAnchor.Create(document, "para01", 33, 38);

        Assert.Equal(new string('a', 31), anchor.Prefix);
    }
}
