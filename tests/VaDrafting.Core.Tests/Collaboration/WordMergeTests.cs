using System.Diagnostics;
using VaDrafting.Core.Collaboration;
using Xunit;

namespace VaDrafting.Core.Tests.Collaboration;

public class WordMergeTests
{
    private const string Ancestor = "States Parties should designate a national focal point for victim assistance.";

    private static string CleanText(TextMerge merge) =>
        Assert.IsType<TextMerge.Clean>(merge).Text;

    private static MergeConflict SingleConflict(TextMerge merge) =>
        Assert.Single(Assert.IsType<TextMerge.Conflict>(merge).Regions);

    [Fact]
    public void Merge_EditsInDifferentPlaces_KeepsBoth()
    {
        var mine = "States Parties must designate a national focal point for victim assistance.";
        var theirs = "States Parties should designate a national focal point for survivor assistance.";

        Assert.Equal("States Parties must designate a national focal point for survivor assistance.",
            CleanText(WordMerge.Merge(Ancestor, mine, theirs)));
    }

    [Fact]
    public void Merge_InsertionAndDeletionInDifferentPlaces_KeepsBoth()
    {
        var mine = "States Parties should promptly designate a national focal point for victim assistance.";
        var theirs = "States Parties should designate a focal point for victim assistance.";

        Assert.Equal("States Parties should promptly designate a focal point for victim assistance.",
            CleanText(WordMerge.Merge(Ancestor, mine, theirs)));
    }

    [Fact]
    public void Merge_SameEditOnBothSides_IsCleanAndTakenOnce()
    {
        var edited = "States Parties should designate a national focal point for victim assistance by 2026.";

        Assert.Equal(edited, CleanText(WordMerge.Merge(Ancestor, edited, edited)));
    }

    [Fact]
    public void Merge_SameEditOnBothSidesPlusAnotherEditOnOne_IsClean()
    {
        var mine = "States Parties must designate a national focal point for victim assistance by 2026.";
        var theirs = "States Parties should designate a national focal point for victim assistance by 2026.";

        Assert.Equal("States Parties must designate a national focal point for victim assistance by 2026.",
            CleanText(WordMerge.Merge(Ancestor, mine, theirs)));
    }

    [Fact]
    public void Merge_DifferentReplacementsOfTheSameWord_IsAConflictNamingBothTexts()
    {
        var mine = "States Parties must designate a national focal point for victim assistance.";
        var theirs = "States Parties shall designate a national focal point for victim assistance.";

        var conflict = SingleConflict(WordMerge.Merge(Ancestor, mine, theirs));

        Assert.Equal(new MergeConflict(Ancestor.IndexOf("should", StringComparison.Ordinal), "should", "must", "shall"), conflict);
    }

    [Fact]
    public void Merge_DifferentInsertionsAtTheSamePoint_IsAConflict()
    {
        var mine = "States Parties should designate a national focal point for victim assistance. Soon.";
        var theirs = "States Parties should designate a national focal point for victim assistance. Now.";

        var conflict = SingleConflict(WordMerge.Merge(Ancestor, mine, theirs));

        Assert.Equal(("", " Soon.", " Now."), (conflict.Ancestor, conflict.Mine, conflict.Theirs));
        Assert.Equal(Ancestor.Length, conflict.AncestorOffset);
    }

    [Fact]
    public void Merge_DeletionOfAWordTheOtherSideEdits_IsAConflict()
    {
        var mine = "States Parties should designate a focal point for victim assistance.";
        var theirs = "States Parties should designate a national-level focal point for victim assistance.";

        Assert.IsType<TextMerge.Conflict>(WordMerge.Merge(Ancestor, mine, theirs));
    }

    [Fact]
    public void Merge_EditsOfTouchingTokens_IsAConflict()
    {
        var mine = "States Parties should designate a national focal point for victim assistance!";
        var theirs = "States Parties should designate a national focal point for victim support.";

        Assert.IsType<TextMerge.Conflict>(WordMerge.Merge(Ancestor, mine, theirs));
    }

    [Fact]
    public void Merge_NeverBringsBackAWordOneSideDeleted_WhenTheDiffCouldReadItAsMoved()
    {
        // Both sides delete a word and insert "plans" before "services"; the diff of theirs may equally read
        // "referral → review, review → plans", which would hand back the "review" mine deleted.
        var merge = WordMerge.Merge("survivors referral review services", "survivors referral plans services", "survivors review plans services");

        Assert.IsType<TextMerge.Conflict>(merge);
    }

    [Fact]
    public void Merge_WhitespaceIsSignificant()
    {
        var mine = "States Parties  should designate a national focal point for victim assistance.";
        var theirs = "States Parties should designate a national focal point for victim assistance.\tReviewed.";

        Assert.Equal("States Parties  should designate a national focal point for victim assistance.\tReviewed.",
            CleanText(WordMerge.Merge(Ancestor, mine, theirs)));
    }

    [Fact]
    public void Merge_OnlyOneSideChanged_TakesThatSide()
    {
        var edited = "Survivors take part in every decision.";

        Assert.Equal(edited, CleanText(WordMerge.Merge(Ancestor, edited, Ancestor)));
        Assert.Equal(edited, CleanText(WordMerge.Merge(Ancestor, Ancestor, edited)));
    }

    [Fact]
    public void Merge_FromEmptyAncestor_DifferentTexts_IsAConflict()
    {
        var conflict = SingleConflict(WordMerge.Merge("", "Data collection.", "Referral pathways."));

        Assert.Equal(new MergeConflict(0, "", "Data collection.", "Referral pathways."), conflict);
    }

    [Fact]
    public void Merge_BothSidesEmptiedTheText_IsClean()
    {
        Assert.Equal("", CleanText(WordMerge.Merge(Ancestor, "", "")));
    }

    [Fact]
    public void Merge_ChineseCharactersAreSeparateTokens()
    {
        var mine = "受害者援助计划";
        var theirs = "受害人援助计划";

        Assert.Equal("受害人援助方案", CleanText(WordMerge.Merge("受害者援助计划", "受害者援助方案", theirs)));
        Assert.Equal(mine, CleanText(WordMerge.Merge("受害者援助计划", mine, mine)));
    }

    [Fact]
    public void Merge_SeveralConflicts_AreAllReportedInOrder()
    {
        var mine = "States Parties must designate a national focal point for child assistance.";
        var theirs = "States Parties shall designate a national focal point for survivor assistance.";

        var regions = Assert.IsType<TextMerge.Conflict>(WordMerge.Merge(Ancestor, mine, theirs)).Regions;

        Assert.Equal(["should", "victim"], regions.Select(r => r.Ancestor));
        Assert.Equal(["must", "child"], regions.Select(r => r.Mine));
        Assert.Equal(["shall", "survivor"], regions.Select(r => r.Theirs));
        Assert.True(regions[0].AncestorOffset < regions[1].AncestorOffset);
        Assert.Equal("should", Ancestor.Substring(regions[0].AncestorOffset, 6));
        Assert.Equal("victim", Ancestor.Substring(regions[1].AncestorOffset, 6));
    }

    [Fact]
    public void Merge_BeyondTheSizeCap_IsOneWholeConflictAndFast()
    {
        var words = Enumerable.Range(0, WordMerge.MaxChangedTokens).Select(i => $"w{i}").ToArray();
        var ancestor = string.Join(' ', words);
        var mine = string.Join(' ', words.Select(w => w + "m"));
        var theirs = string.Join(' ', words.Select(w => w + "t"));
        var clock = Stopwatch.StartNew();

        var conflict = SingleConflict(WordMerge.Merge(ancestor, mine, theirs));

        Assert.Equal(new MergeConflict(0, ancestor, mine, theirs), conflict);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Merge_UnrelatedTextsJustUnderTheCap_FinishQuickly()
    {
        var half = WordMerge.MaxChangedTokens / 4;
        var ancestor = string.Join(' ', Enumerable.Range(0, half).Select(i => $"a{i}"));
        var mine = string.Join(' ', Enumerable.Range(0, half).Select(i => $"m{i}"));
        var theirs = string.Join(' ', Enumerable.Range(0, half).Select(i => $"t{i}"));
        var clock = Stopwatch.StartNew();

        Assert.IsType<TextMerge.Conflict>(WordMerge.Merge(ancestor, mine, theirs));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Merge_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => WordMerge.Merge(null!, "", ""));
        Assert.Throws<ArgumentNullException>(() => WordMerge.Merge("", null!, ""));
        Assert.Throws<ArgumentNullException>(() => WordMerge.Merge("", "", null!));
    }
}
