using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Model;
using Xunit;
using static VaDrafting.Core.Tests.Markdown.Doc;

namespace VaDrafting.Core.Tests.Anchoring;

public class AnchorResolverTests
{
    private const string Text = "States Parties should designate a focal point for victim assistance within government and report on progress annually.";

    private static DraftDocument Original => Of(
        new HeadingBlock("head01", 1, C("Coordination")),
        P("para01", Text),
        P("para02", "Survivors and their representative organisations take part in every stage of planning."));

    private static TextAnchor AnchorOn(DraftDocument document, string blockId, string quote)
    {
        var text = AnchorText.Of(document.Blocks.Single(b => b.Id == blockId));
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{quote}' is not in block {blockId}");
        return TextAnchor.Create(document, blockId, start, start + quote.Length);
    }

    private static DraftDocument Replace(DraftDocument document, string blockId, string newText) =>
        document with { Blocks = document.Blocks.Select(b => b.Id == blockId ? P(blockId, newText) : b).ToList() };

    private static string TextAt(DraftDocument document, TextAnchor anchor) =>
        AnchorText.Of(document.Blocks.Single(b => b.Id == anchor.BlockId))[anchor.Start..anchor.End];

    [Fact]
    public void Resolve_UnchangedDocument_IsExact()
    {
        var anchor = AnchorOn(Original, "para01", "focal point");

        var resolution = AnchorResolver.Resolve(anchor, Original);

        Assert.Equal(AnchorStatus.Exact, resolution.Status);
        Assert.Equal(anchor, resolution.Anchor);
        Assert.Equal(1, resolution.Confidence);
    }

    [Fact]
    public void Resolve_EditAfterTheQuote_IsExactWithNewSuffix()
    {
        var anchor = AnchorOn(Original, "para01", "focal point");
        var edited = Replace(Original, "para01", Text.Replace("victim assistance", "assistance to victims"));

        var resolution = AnchorResolver.Resolve(anchor, edited);

        Assert.Equal(AnchorStatus.Exact, resolution.Status);
        Assert.StartsWith(" for assistance to", resolution.Anchor!.Suffix);
    }

    [Fact]
    public void Resolve_EditBeforeTheQuote_IsMovedToTheNewOffsets()
    {
        var anchor = AnchorOn(Original, "para01", "focal point");
        var edited = Replace(Original, "para01", "All " + Text.Replace("should", "shall"));

        var resolution = AnchorResolver.Resolve(anchor, edited);

        Assert.Equal(AnchorStatus.Moved, resolution.Status);
        Assert.Equal("focal point", TextAt(edited, resolution.Anchor!));
        Assert.Equal(anchor.Start + 3, resolution.Anchor!.Start);
        Assert.InRange(resolution.Confidence, 0.75, 1);
    }

    [Fact]
    public void Resolve_BlockMovedElsewhere_IsMovedWithTheSameBlockId()
    {
        var anchor = AnchorOn(Original, "para01", "focal point");
        var moved = Original with { Blocks = [Original.Blocks[2], Original.Blocks[0], Original.Blocks[1]] };

        var resolution = AnchorResolver.Resolve(anchor, moved);

        Assert.Equal(AnchorStatus.Exact, resolution.Status);
        Assert.Equal("para01", resolution.Anchor!.BlockId);
    }

    [Fact]
    public void Resolve_BlockSplit_FollowsTheQuoteIntoTheNewBlock()
    {
        var anchor = AnchorOn(Original, "para01", "report on progress");
        var split = Of(
            Original.Blocks[0],
            P("para01", "States Parties should designate a focal point for victim assistance within government."),
            P("new001", "They should report on progress annually."),
            Original.Blocks[2]);

        var resolution = AnchorResolver.Resolve(anchor, split);

        Assert.Equal(AnchorStatus.Moved, resolution.Status);
        Assert.Equal("new001", resolution.Anchor!.BlockId);
        Assert.Equal("report on progress", TextAt(split, resolution.Anchor));
    }

    [Fact]
    public void Resolve_WordEditedInsideTheQuote_IsFuzzyOnTheEditedPassage()
    {
        var anchor = AnchorOn(Original, "para01", "designate a focal point for victim assistance");
        var edited = Replace(Original, "para01", Text.Replace("designate a focal point", "designate one focal point"));

        var resolution = AnchorResolver.Resolve(anchor, edited);

        Assert.Equal(AnchorStatus.Fuzzy, resolution.Status);
        Assert.Equal("designate one focal point for victim assistance", TextAt(edited, resolution.Anchor!));
        Assert.InRange(resolution.Confidence, 0.5, 0.99);
    }

    [Fact]
    public void Resolve_WhitespaceOnlyEditInsideTheQuote_IsFuzzy()
    {
        var anchor = AnchorOn(Original, "para01", "focal point for victim");
        var edited = Replace(Original, "para01", Text.Replace("focal point", "focal  point"));

        var resolution = AnchorResolver.Resolve(anchor, edited);

        Assert.Equal(AnchorStatus.Fuzzy, resolution.Status);
        Assert.Equal("focal  point for victim", TextAt(edited, resolution.Anchor!));
    }

    [Fact]
    public void Resolve_ApproximateMatchInAnotherBlock_CoversWholeWords()
    {
        var anchor = AnchorOn(Original, "para01", "designate a focal point for victim assistance");
        var moved = Original with
        {
            Blocks =
            [
                Original.Blocks[0],
                P("para03", "Each Government should designate its focal point for victim assistance without delay."),
                Original.Blocks[2],
            ],
        };

        var resolution = AnchorResolver.Resolve(anchor, moved);

        Assert.Equal(AnchorStatus.Fuzzy, resolution.Status);
        var found = TextAt(moved, resolution.Anchor!);
        Assert.Equal("designate its focal point for victim assistance", found);
        Assert.True(TextSimilarity.Of(anchor.Exact, found) >= AnchorResolver.FuzzyThreshold);
    }

    [Fact]
    public void Resolve_ApproximateMatchNeverEndsInsideAWord()
    {
        var anchor = AnchorOn(Original, "para01", "designate a focal point");
        var edited = Replace(Original, "para01", Text.Replace("a focal point", "one focal points"));

        var resolution = AnchorResolver.Resolve(anchor, edited);

        Assert.Equal(AnchorStatus.Fuzzy, resolution.Status);
        Assert.Equal("designate one focal points", TextAt(edited, resolution.Anchor!));
    }

    [Fact]
    public void Resolve_QuoteRewrittenBeyondRecognition_IsOrphaned()
    {
        var anchor = AnchorOn(Original, "para01", "focal point for victim assistance");
        var edited = Replace(Original, "para01", "Each State decides how to organise its work, in line with national law.");

        Assert.Equal(AnchorResolution.Orphaned, AnchorResolver.Resolve(anchor, edited));
    }

    [Fact]
    public void Resolve_BlockDeleted_IsOrphaned()
    {
        var anchor = AnchorOn(Original, "para01", "focal point");
        var deleted = Original with { Blocks = [Original.Blocks[0], Original.Blocks[2]] };

        var resolution = AnchorResolver.Resolve(anchor, deleted);

        Assert.Equal(AnchorStatus.Orphaned, resolution.Status);
        Assert.Null(resolution.Anchor);
    }

    [Fact]
    public void Resolve_QuoteDuplicated_UsesContextToChoose()
    {
        var document = Of(P("para01", "Plans should name a lead. Budgets should name a lead ministry."));
        var anchor = TextAnchor.Create(document, "para01", 41, 52);
        Assert.Equal("name a lead", anchor.Exact);
        var edited = Of(P("para01", "Plans should clearly name a lead. Budgets should name a lead ministry."));

        var resolution = AnchorResolver.Resolve(anchor, edited);

        Assert.Equal(AnchorStatus.Moved, resolution.Status);
        Assert.Equal(49, resolution.Anchor!.Start);
    }

    [Fact]
    public void Resolve_QuoteDuplicatedWithSameContext_IsNeverASilentGuess()
    {
        var sentence = "Each plan should name a lead agency.";
        var document = Of(P("para01", sentence));
        var anchor = TextAnchor.Create(document, "para01", 17, 23);
        var duplicated = Of(P("para00", "Intro."), P("para02", sentence), P("para03", sentence));

        var resolution = AnchorResolver.Resolve(anchor, duplicated);

        Assert.Equal(AnchorStatus.Fuzzy, resolution.Status);
        Assert.Equal(AnchorResolver.UncertainConfidence, resolution.Confidence);
    }

    [Fact]
    public void Resolve_DuplicateInTheSameBlockAndElsewhere_PrefersTheSameBlock()
    {
        var sentence = "Each plan should name a lead agency.";
        var document = Of(P("para01", sentence));
        var anchor = TextAnchor.Create(document, "para01", 17, 23);
        var edited = Of(P("para02", sentence), P("para01", "Note: " + sentence));

        var resolution = AnchorResolver.Resolve(anchor, edited);

        Assert.Equal(AnchorStatus.Moved, resolution.Status);
        Assert.Equal("para01", resolution.Anchor!.BlockId);
    }

    [Fact]
    public void Resolve_ShortQuoteFoundOnlyWithoutContext_IsNotMoved()
    {
        var document = Of(P("para01", "The fund pays for care."), P("para02", "Other text entirely."));
        var anchor = TextAnchor.Create(document, "para01", 4, 8);
        var edited = Of(P("para02", "A fund exists elsewhere, unrelated."));

        var resolution = AnchorResolver.Resolve(anchor, edited);

        Assert.NotEqual(AnchorStatus.Moved, resolution.Status);
        Assert.NotEqual(AnchorStatus.Exact, resolution.Status);
    }

    [Fact]
    public void Resolve_InsertionPoint_FollowsItsContext()
    {
        var anchor = TextAnchor.Create(Original, "para01", 33, 33);
        var edited = Replace(Original, "para01", "Today, " + Text);

        var resolution = AnchorResolver.Resolve(anchor, edited);

        Assert.Equal(AnchorStatus.Moved, resolution.Status);
        Assert.Equal(40, resolution.Anchor!.Start);
        Assert.True(resolution.Anchor.IsInsertionPoint);
    }

    [Fact]
    public void Resolve_InsertionPointWhoseSurroundingsChanged_IsNotExact()
    {
        var anchor = TextAnchor.Create(Original, "para01", 6, 6);
        var edited = Replace(Original, "para01", "Donors and partners support national plans with funding and expertise.");

        Assert.Equal(AnchorStatus.Orphaned, AnchorResolver.Resolve(anchor, edited).Status);
    }

    [Fact]
    public void Resolve_UnicodeQuote_IsFoundAfterEditsAround()
    {
        var document = Of(P("para01", "Ελλάδα και 受害者援助 👩🏽‍🦯 مساعدة الضحايا"));
        var anchor = TextAnchor.Create(document, "para01", 11, 24);
        Assert.Equal("受害者援助 👩🏽‍🦯", anchor.Exact);
        var edited = Of(P("para01", "Σήμερα: Ελλάδα και 受害者援助 👩🏽‍🦯 مساعدة الضحايا"));

        var resolution = AnchorResolver.Resolve(anchor, edited);

        Assert.Equal(AnchorStatus.Moved, resolution.Status);
        Assert.Equal(anchor.Exact, resolution.Anchor!.Exact);
    }

    [Fact]
    public void Resolve_FuzzyMatchNeverSplitsASurrogatePair()
    {
        var document = Of(P("para01", "Survivors 👩🏽 speak at every meeting of the committee"));
        var anchor = TextAnchor.Create(document, "para01", 10, 24);
        var edited = Of(P("para01", "Survivors 👩🏿 speak at each meeting of the committee"));

        var resolution = AnchorResolver.Resolve(anchor, edited);

        Assert.Equal(AnchorStatus.Fuzzy, resolution.Status);
        var text = AnchorText.Of(edited.Blocks[0]);
        Assert.False(char.IsLowSurrogate(text[resolution.Anchor!.Start]));
        Assert.True(resolution.Anchor.End == text.Length || !char.IsLowSurrogate(text[resolution.Anchor.End]));
    }

    [Fact]
    public void Resolve_QuoteInATableCell_FollowsTheCellWhenRowsAreAdded()
    {
        var table = Table("tabl01", [C("Action"), C("Lead")], ("row001", [C("Needs assessment"), C("Ministry of Health")]));
        var anchor = AnchorOn(Of(table), "tabl01", "Ministry of Health");
        var grown = Table("tabl01", [C("Action"), C("Lead")],
            ("row000", [C("Referral pathways"), C("Social services")]),
            ("row001", [C("Needs assessment"), C("Ministry of Health")]));

        var resolution = AnchorResolver.Resolve(anchor, Of(grown));

        Assert.Equal(AnchorStatus.Moved, resolution.Status);
        Assert.Equal("Ministry of Health", TextAt(Of(grown), resolution.Anchor!));
    }

    [Fact]
    public void Resolve_EditedQuoteMovedToAnotherBlock_IsFuzzyThere()
    {
        var anchor = AnchorOn(Original, "para01", "designate a focal point for victim assistance");
        var edited = Of(Original.Blocks[0], Original.Blocks[2],
            P("new001", "Every State should designate a national focal point for victim assistance."));

        var resolution = AnchorResolver.Resolve(anchor, edited);

        Assert.Equal(AnchorStatus.Fuzzy, resolution.Status);
        Assert.Equal("new001", resolution.Anchor!.BlockId);
        Assert.True(TextSimilarity.Of(anchor.Exact, resolution.Anchor.Exact) >= AnchorResolver.FuzzyThreshold);
    }

    [Fact]
    public void Resolve_PathologicallyLongBlock_ReturnsQuickly()
    {
        var quote = string.Concat(Enumerable.Repeat("victim assistance ", 200));
        var document = Of(P("para01", quote));
        var anchor = TextAnchor.Create(document, "para01", 0, quote.Length);
        var huge = Of(Enumerable.Range(0, 20).Select(i => (Block)P($"blk{i:D3}", string.Concat(Enumerable.Repeat("abcdefghij", 3000)))).ToArray());

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var resolution = AnchorResolver.Resolve(anchor, huge);

        Assert.Equal(AnchorStatus.Orphaned, resolution.Status);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }
}
