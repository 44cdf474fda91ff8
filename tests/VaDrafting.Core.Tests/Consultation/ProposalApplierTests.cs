using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Model;
using Xunit;
using static VaDrafting.Core.Tests.Markdown.Doc;

namespace VaDrafting.Core.Tests.Consultation;

public class ProposalApplierTests
{
    private static DraftDocument Apply(DraftDocument document, string blockId, int start, int end, string replacement) =>
        ProposalApplier.Apply(document, TextAnchor.Create(document, blockId, start, end), ProposedChange.Create(replacement));

    private static InlineContent ContentOf(DraftDocument document, int index) => document.Blocks[index] switch
    {
        ParagraphBlock p => p.Content,
        HeadingBlock h => h.Content,
        ListItemBlock l => l.Content,
        QuoteBlock q => q.Content,
        var other => throw new InvalidOperationException(other.GetType().Name),
    };

    [Fact]
    public void Apply_ReplacesPlainText_AndKeepsOtherBlocksAndIds()
    {
        var document = Of(new HeadingBlock("head01", 1, C("Plans")), P("para01", "States should adopt a plan."));

        var result = Apply(document, "para01", 14, 19, "implement");

        Assert.Equal(document.Blocks[0], result.Blocks[0]);
        Assert.Equal(P("para01", "States should implement a plan."), result.Blocks[1]);
    }

    [Fact]
    public void Apply_KeepsMarksOfUntouchedText_AndGivesTheReplacementTheMarksBefore()
    {
        var document = Of(P("para01", C(T("Survivors "), T("must be consulted", B), T(" early."))));

        var result = Apply(document, "para01", 18, 27, "heard");

        Assert.Equal(C(T("Survivors "), T("must be heard", B), T(" early.")), ContentOf(result, 0));
    }

    [Fact]
    public void Apply_ReplacementAcrossMarks_TakesTheMarksOfTheCharacterBefore()
    {
        var document = Of(P("para01", C(T("one "), T("two", I), T(" three", U))));

        var result = Apply(document, "para01", 2, 9, "XY");

        Assert.Equal(C(T("onXY", TextMarks.None), T("hree", U)), ContentOf(result, 0));
    }

    [Fact]
    public void Apply_AtTheStartOfABlock_HasNoMarks()
    {
        var document = Of(P("para01", C(T("Bold", B), T(" rest"))));

        var result = Apply(document, "para01", 0, 0, "Note: ");

        Assert.Equal(C(T("Note: "), T("Bold", B), T(" rest")), ContentOf(result, 0));
    }

    [Fact]
    public void Apply_InsideALink_StaysInTheLink_ButTextAfterALinkDoesNot()
    {
        const string href = "https://example.org/guidance";
        var document = Of(P("para01", C(T("See the "), T("national guidance", href: href), T(" now."))));

        var inside = Apply(document, "para01", 17, 25, "plan");
        var after = Apply(document, "para01", 25, 25, " (2026)");

        Assert.Equal(C(T("See the "), T("national plan", href: href), T(" now.")), ContentOf(inside, 0));
        Assert.Equal(C(T("See the "), T("national guidance", href: href), T(" (2026) now.")), ContentOf(after, 0));
    }

    [Fact]
    public void Apply_KeepsFootnoteReferencesNextToTheRange()
    {
        var document = Of([P("para01", C(T("Data"), Ref("fn01"), T(" are collected"), Ref("fn02"), T(".")))],
            new Footnote("fn01", C("Source one.")), new Footnote("fn02", C("Source two.")));

        var result = Apply(document, "para01", 4, 18, " are shared");

        Assert.Equal(C(T("Data"), Ref("fn01"), T(" are shared"), Ref("fn02"), T(".")), ContentOf(result, 0));
        Assert.Equal(document.Footnotes, result.Footnotes);
    }

    [Fact]
    public void Apply_KeepsAFootnoteReferenceInsideTheRangeAfterTheReplacement()
    {
        var document = Of([P("para01", C(T("Data"), Ref("fn01"), T(" are collected.")))], new Footnote("fn01", C("Source.")));

        var result = Apply(document, "para01", 0, 18, "Figures are kept");

        Assert.Equal(C(T("Figures are kept"), Ref("fn01"), T(".")), ContentOf(result, 0));
    }

    [Fact]
    public void Apply_Deletion_RemovesTheRangeAndALineBreakInside()
    {
        var document = Of(P("para01", C(T("First line"), Br(), T("second line"))));

        var result = Apply(document, "para01", 5, 17, "");

        Assert.Equal(C(T("First line")), ContentOf(result, 0));
    }

    [Fact]
    public void Apply_KeepsALineBreakJustOutsideTheRange()
    {
        var document = Of(P("para01", C(T("First line"), Br(), T("second line"))));

        var result = Apply(document, "para01", 11, 17, "next");

        Assert.Equal(C(T("First line"), Br(), T("next line")), ContentOf(result, 0));
    }

    [Fact]
    public void Apply_Insertion_AddsTextAtThePoint()
    {
        var document = Of(new ListItemBlock("item01", ListKind.Bulleted, 1, C(T("physiotherapy", I))));

        var result = Apply(document, "item01", 13, 13, " and prosthetics");

        Assert.Equal(new ListItemBlock("item01", ListKind.Bulleted, 1, C(T("physiotherapy and prosthetics", I))), result.Blocks[0]);
    }

    [Fact]
    public void Apply_Unicode_ReplacesWholeCharacters()
    {
        var document = Of(new QuoteBlock("quot01", C("受害者援助 👩🏽‍🦯 Ελλάδα")));

        var result = Apply(document, "quot01", 6, 13, "✓");

        Assert.Equal(new QuoteBlock("quot01", C("受害者援助 ✓ Ελλάδα")), result.Blocks[0]);
    }

    [Fact]
    public void Apply_InATableCell_ChangesOnlyThatCell()
    {
        var document = Of(Table("tabl01", [C("Action"), C("Lead")], ("row001", [C("Needs assessment"), C(T("Ministry", B), T(" of Health"))])));
        var text = AnchorText.Of(document.Blocks[0]);
        var start = text.IndexOf("Health", StringComparison.Ordinal);

        var result = Apply(document, "tabl01", start, start + 6, "Social Affairs");

        Assert.Equal(Table("tabl01", [C("Action"), C("Lead")], ("row001", [C("Needs assessment"), C(T("Ministry", B), T(" of Social Affairs"))])),
            result.Blocks[0]);
    }

    [Fact]
    public void Apply_InATableHeaderCell_ChangesTheHeader()
    {
        var document = Of(Table("tabl01", [C("Action"), C("Lead")], ("row001", [C("a"), C("b")])));

        var result = Apply(document, "tabl01", 7, 11, "Responsible");

        Assert.Equal(C("Responsible"), ((TableBlock)result.Blocks[0]).Header.Cells[1]);
    }

    [Fact]
    public void Apply_RefusesARangeAcrossTableCells()
    {
        var document = Of(Table("tabl01", [C("Action"), C("Lead")], ("row001", [C("a"), C("b")])));

        Assert.Throws<ConsultationException>(() => Apply(document, "tabl01", 3, 9, "x"));
    }

    [Fact]
    public void Apply_RefusesAPlaceholder()
    {
        var document = Of(new PlaceholderBlock("plac01", "image", "Map of the region"));

        Assert.Throws<ConsultationException>(() => Apply(document, "plac01", 0, 3, "Chart"));
    }

    [Fact]
    public void Apply_FollowsAMovedQuote()
    {
        var original = Of(P("para01", "States should adopt a national plan on victim assistance."));
        var anchor = TextAnchor.Create(original, "para01", 22, 35);
        var later = Of(P("para00", "Introduction."), P("para01", "All States should adopt a national plan on victim assistance."));

        var result = ProposalApplier.Apply(later, anchor, ProposedChange.Create("national action plan"));

        Assert.Equal(P("para01", "All States should adopt a national action plan on victim assistance."), result.Blocks[1]);
    }

    [Fact]
    public void Apply_RefusesWhenTheQuoteChanged()
    {
        var original = Of(P("para01", "States should adopt a national plan on victim assistance."));
        var anchor = TextAnchor.Create(original, "para01", 22, 35);
        var later = Of(P("para01", "States should adopt a national strategy on victim assistance."));

        var error = Assert.Throws<AnchorException>(() => ProposalApplier.Apply(later, anchor, ProposedChange.Create("x")));
        Assert.Contains("no longer", error.Message);
    }

    [Fact]
    public void Apply_RefusesAnInvalidReplacement()
    {
        var document = Of(P("para01", "Text."));

        Assert.Throws<ConsultationException>(() =>
            ProposalApplier.Apply(document, TextAnchor.Create(document, "para01", 0, 4), new ProposedChange("two\nlines")));
    }

    [Fact]
    public void Apply_ResultIsAValidDocument()
    {
        var document = Of([P("para01", C(T("Data"), Ref("fn01"), T(" are "), T("collected", B), Br(), T("yearly.")))], new Footnote("fn01", C("Source.")));

        for (var start = 0; start <= 22; start++)
        {
            for (var end = start; end <= 22; end++)
            {
                var result = Apply(document, "para01", start, end, "new words");
                Assert.Empty(DocumentValidator.Validate(result));
                var text = AnchorText.Of(document.Blocks[0]);
                Assert.Equal(text[..start] + "new words" + text[end..], AnchorText.Of(result.Blocks[0]));
            }
        }
    }
}
