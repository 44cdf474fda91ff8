using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using Xunit;
using static VaDrafting.Core.Tests.Markdown.Doc;

namespace VaDrafting.Core.Tests.Model;

public class DocumentValidatorTests
{
    private static readonly DraftDocument Valid = Of(
        [
            new HeadingBlock("h00001", 1, C("Guidance")),
            P("p00001", C(T("See"), Ref("fn0001"), T(" the "), T("plan", B, "https://example.org/plan"))),
            Bullet("l00001", 8, "deep item"),
            Table("t00001", [C("A"), C("B")], ("r00001", [C("1"), InlineContent.Empty])),
            new PlaceholderBlock("x00001", "image", "Map"),
        ],
        new Footnote("fn0001", C(T("Note with a "), Br(), T("break"))));

    [Fact]
    public void Validate_ValidDocument_HasNoProblems()
    {
        Assert.Empty(DocumentValidator.Validate(Valid));
        Assert.Empty(DocumentValidator.Validate(DraftDocument.Empty));
    }

    public static TheoryData<DraftDocument, string> InvalidDocuments => new()
    {
        { Of(P("p00001", "a"), P("p00001", "b")), "Block 2 (paragraph 'p00001'): id 'p00001' is already used by Block 1" },
        { Of(P("t00001", "a"), Table("t00001", [C("A")])), "id 't00001' is already used" },
        { Of(Table("t00001", [C("A")], ("r00001", [C("1")]), ("r00001", [C("2")]))), "row 2 ('r00001'): id 'r00001' is already used" },
        { Of([P("fn0001", "a")], new Footnote("fn0001", C("b"))), "Footnote 1 ('fn0001'): id 'fn0001' is already used" },
        { Of(P("P00001", "a")), "id 'P00001' must be 4–16 characters" },
        { Of(P("abc", "a")), "id 'abc' must be" },
        { Of([], new Footnote("fn-1", C("b"))), "id 'fn-1' must be" },
        { Of(new HeadingBlock("h00001", 0, C("a"))), "heading level 0 is outside 1–6" },
        { Of(new HeadingBlock("h00001", 7, C("a"))), "heading level 7 is outside 1–6" },
        { Of(Bullet("l00001", -1, "a")), "list level -1 is outside 0–8" },
        { Of(Numbered("l00001", 9, "a")), "list level 9 is outside 0–8" },
        { Of(new ListItemBlock("l00001", (ListKind)5, 0, C("a"))), "list kind 5 is not a ListKind" },
        { Of(P("p00001", C(T("a"), Ref("fn0404")))), "footnote 'fn0404' is referenced but does not exist" },
        { Of(P("p00001", C(Ref("Bad!")))), "footnote reference 'Bad!' is not a valid id" },
        { Of([], new Footnote("fn0001", C(T("see"), Ref("fn0002"))), new Footnote("fn0002", C("x"))), "a footnote cannot reference footnote 'fn0002'" },
        { Of(Table("t00001", [C("A"), C("B")], ("r00001", [C("1")]))), "row 1 ('r00001'): has 1 cells but the header has 2" },
        { Of(Table("t00001", [])), "the header row has no cells" },
        { Of(new TableBlock("t00001", new TableRow("t00002", [C("A")]), [])), "the header row id 't00002' differs from the table id" },
        { Of(P("p00001", "two\nlines")), "contains a line feed at position 3" },
        { Of(P("p00001", "carriage\rreturn")), "contains a carriage return" },
        { Of(P("p00001", "nul\0")), "contains a NUL character" },
        { Of(P("p00001", C(T("x", (TextMarks)8)))), "has unknown marks 8" },
        { Of(P("p00001", C(T("click", href: "javascript:alert(1)")))), "link target 'javascript:alert(1)' is not allowed" },
        { Of(new PlaceholderBlock("x00001", "Image", "a")), "placeholder kind 'Image' is not a lowercase word" },
        { Of(new PlaceholderBlock("x00001", "", "a")), "placeholder kind '' is not a lowercase word" },
        { Of(new PlaceholderBlock("x00001", "image", "two\nlines")), "placeholder description contains a line feed" },
        { Of(new UnknownBlock("u00001")), "block type UnknownBlock is not supported" },
    };

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Validate_ReportsTheProblem_AndWriteRefusesTheDocument(DraftDocument document, string problem)
    {
        Assert.Contains(DocumentValidator.Validate(document), p => p.Contains(problem, StringComparison.Ordinal));
        var error = Assert.Throws<ArgumentException>(() => DocumentMarkdown.Write(document));
        Assert.Equal("document", error.ParamName);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnpairedSurrogate_IsAProblem()
    {
        var document = Of(P("p00001", "lone " + '\uD800'));
        Assert.Contains(DocumentValidator.Validate(document), p => p.Contains("unpaired surrogate", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReportsEveryProblem_NotOnlyTheFirst()
    {
        var document = Of(new HeadingBlock("h00001", 9, C("a")), P("h00001", "b"), Bullet("BAD", 12, "c"));
        Assert.Equal(4, DocumentValidator.Validate(document).Count);
    }

    [Fact]
    public void EnsureValid_ValidDocument_DoesNotThrow()
    {
        DocumentValidator.EnsureValid(Valid);
        Assert.Equal(Valid, DocumentMarkdown.Parse(DocumentMarkdown.Write(Valid)));
    }

    [Theory]
    [InlineData("image", true)]
    [InlineData("textbox", true)]
    [InlineData("equation", true)]
    [InlineData("Image", false)]
    [InlineData("text box", false)]
    [InlineData("chart2", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValidPlaceholderKind_AcceptsLowercaseWords(string? kind, bool valid)
    {
        Assert.Equal(valid, DocumentValidator.IsValidPlaceholderKind(kind));
    }

    private sealed record UnknownBlock(string Id) : Block(Id);
}
