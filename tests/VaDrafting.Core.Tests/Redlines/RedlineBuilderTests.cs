using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using Xunit;
using static VaDrafting.Core.Tests.Redlines.RedlineDocs;

namespace VaDrafting.Core.Tests.Redlines;

public class RedlineBuilderTests
{
    [Fact]
    public void Build_OfTheSameDocument_HasNoChanges_AndKeepsTheText()
    {
        var document = Doc(H("h1", 1, "Health"), P("p1", new TextInline("Plans "), new TextInline("matter", TextMarks.Bold)));

        var redline = RedlineBuilder.Build(document, document);

        Assert.False(redline.HasChanges);
        Assert.All(redline.Blocks, b => Assert.Equal(BlockChange.Unchanged, b.Change));
        var segments = redline.Block("p1").Segments;
        Assert.Equal(["Plans ", "matter"], segments.Select(s => s.Text));
        Assert.Equal(TextMarks.Bold, segments[1].Marks);
        Assert.All(segments, s => Assert.Equal(SegmentKind.Equal, s.Kind));
        AssertRoundTrips(document, document, redline);
    }

    [Fact]
    public void Build_MarksOnlyTheInsertedWords()
    {
        var from = Doc(P("p1", "States Parties should report annually."));
        var to = Doc(P("p1", "States Parties should report clearly and annually."));

        var redline = RedlineBuilder.Build(from, to);

        var block = redline.Block("p1");
        Assert.Equal(BlockChange.Changed, block.Change);
        Assert.Equal("clearly and ", block.Segments.Text(SegmentKind.Inserted));
        Assert.Equal("", block.Segments.Text(SegmentKind.Deleted));
        Assert.Equal("States Parties should report annually.", block.Segments.Text(SegmentKind.Equal));
        Assert.Equal(new RedlineStats(1, 0, 0, 0), redline.Stats);
        AssertRoundTrips(from, to, redline);
    }

    [Fact]
    public void Build_ReplacedWord_IsDeletedThenInserted()
    {
        var from = Doc(P("p1", "Survivors need services."));
        var to = Doc(P("p1", "Survivors need support."));

        var segments = RedlineBuilder.Build(from, to).Block("p1").Segments;

        Assert.Equal([SegmentKind.Equal, SegmentKind.Deleted, SegmentKind.Inserted, SegmentKind.Equal], segments.Select(s => s.Kind));
        Assert.Equal(["Survivors need ", "services", "support", "."], segments.Select(s => s.Text));
    }

    [Fact]
    public void Build_MovedBlock_ShowsAsAMoveAtBothPlaces_NotAsDeleteAndInsert()
    {
        var from = Doc(P("a", "Alpha"), P("b", "Bravo"), P("c", "Charlie"), P("d", "Delta"));
        var to = Doc(P("b", "Bravo"), P("c", "Charlie"), P("d", "Delta"), P("a", "Alpha"));

        var redline = RedlineBuilder.Build(from, to);

        Assert.Equal("a:MovedAway b:Unchanged c:Unchanged d:Unchanged a:MovedHere", redline.Ids());
        Assert.Empty(redline.Block("a", BlockChange.MovedAway).Segments);
        Assert.Null(redline.Block("a", BlockChange.MovedAway).New);
        Assert.Equal("Alpha", redline.Block("a", BlockChange.MovedHere).Segments.Text(SegmentKind.Equal));
        Assert.Equal(new RedlineStats(0, 0, 0, 1), redline.Stats);
        AssertRoundTrips(from, to, redline);
    }

    [Fact]
    public void Build_BlockMovedAndEdited_ShowsTheEditWhereItNowIs()
    {
        var from = Doc(P("a", "Data collection"), P("b", "Referral"), P("c", "Education"));
        var to = Doc(P("b", "Referral"), P("c", "Education"), P("a", "Casualty data collection"));

        var redline = RedlineBuilder.Build(from, to);

        var moved = redline.Block("a", BlockChange.MovedHere);
        Assert.Equal("Casualty data", moved.Segments.Text(SegmentKind.Inserted));
        Assert.Equal("Data", moved.Segments.Text(SegmentKind.Deleted));
        AssertRoundTrips(from, to, redline);
    }

    [Fact]
    public void Build_InsertedAndDeletedBlocks_StandWhereTheyWere_DeletionsFirst()
    {
        var from = Doc(P("a", "Alpha"), P("x", "Gone"), P("c", "Charlie"));
        var to = Doc(P("a", "Alpha"), P("y", "New"), P("c", "Charlie"));

        var redline = RedlineBuilder.Build(from, to);

        Assert.Equal("a:Unchanged x:Deleted y:Inserted c:Unchanged", redline.Ids());
        Assert.Equal("Gone", redline.Block("x").Segments.Text(SegmentKind.Deleted));
        Assert.Equal("New", redline.Block("y").Segments.Text(SegmentKind.Inserted));
        Assert.Equal(new RedlineStats(0, 1, 1, 0), redline.Stats);
        AssertRoundTrips(from, to, redline);
    }

    [Fact]
    public void Build_SplitParagraph_KeepsTheFirstPartAndInsertsTheSecond()
    {
        var from = Doc(P("p1", "Plans are adopted. Budgets follow."));
        var to = Doc(P("p1", "Plans are adopted."), P("p2", "Budgets follow."));

        var redline = RedlineBuilder.Build(from, to);

        Assert.Equal("p1:Changed p2:Inserted", redline.Ids());
        Assert.Equal(" Budgets follow.", redline.Block("p1").Segments.Text(SegmentKind.Deleted));
        Assert.Equal("Budgets follow.", redline.Block("p2").Segments.Text(SegmentKind.Inserted));
        AssertRoundTrips(from, to, redline);
    }

    [Fact]
    public void Build_MergedParagraphs_ChangeTheFirstAndDeleteTheSecond()
    {
        var from = Doc(P("p1", "Plans are adopted."), P("p2", "Budgets follow."));
        var to = Doc(P("p1", "Plans are adopted and budgets follow."));

        var redline = RedlineBuilder.Build(from, to);

        Assert.Equal("p1:Changed p2:Deleted", redline.Ids());
        Assert.Equal(" and budgets follow", redline.Block("p1").Segments.Text(SegmentKind.Inserted));
        AssertRoundTrips(from, to, redline);
    }

    [Fact]
    public void Build_ItemInsertedBeforeNumberedItems_DoesNotMarkTheFollowingItemsAsChanged()
    {
        var from = Doc(Item("i1", "Collect data"), Item("i2", "Plan services"), Item("i3", "Report"));
        var to = Doc(Item("i0", "Consult survivors"), Item("i1", "Collect data"), Item("i2", "Plan services"), Item("i3", "Report"));

        var redline = RedlineBuilder.Build(from, to);

        Assert.Equal("i0:Inserted i1:Unchanged i2:Unchanged i3:Unchanged", redline.Ids());
        Assert.Equal(new RedlineStats(0, 1, 0, 0), redline.Stats);
        AssertRoundTrips(from, to, redline);
    }

    [Fact]
    public void Build_BoldAddedToAWord_IsAFormatChange()
    {
        var from = Doc(P("p1", "Survivors must participate."));
        var to = Doc(P("p1", new TextInline("Survivors "), new TextInline("must", TextMarks.Bold), new TextInline(" participate.")));

        var redline = RedlineBuilder.Build(from, to);

        var changed = Assert.Single(redline.Block("p1").Segments, s => s.Kind == SegmentKind.FormatChanged);
        Assert.Equal("must", changed.Text);
        Assert.Equal(TextMarks.Bold, changed.Marks);
        Assert.Equal(TextMarks.None, changed.OldMarks);
        Assert.Equal("", redline.Block("p1").Segments.Text(SegmentKind.Inserted));
        Assert.Equal(BlockChange.Changed, redline.Block("p1").Change);
        AssertRoundTrips(from, to, redline);
    }

    [Fact]
    public void Build_ChangedLink_IsAFormatChangeWithTheOldLink()
    {
        var from = Doc(P("p1", new TextInline("See "), new TextInline("the plan", Href: "https://example.org/old")));
        var to = Doc(P("p1", new TextInline("See "), new TextInline("the plan", Href: "https://example.org/new")));

        var redline = RedlineBuilder.Build(from, to);

        var changed = Assert.Single(redline.Block("p1").Segments, s => s.Kind == SegmentKind.FormatChanged);
        Assert.Equal(("the plan", "https://example.org/new", "https://example.org/old"), (changed.Text, changed.Href, changed.OldHref));
        AssertRoundTrips(from, to, redline);
    }

    [Theory]
    [InlineData("heading level")]
    [InlineData("paragraph to heading")]
    [InlineData("list kind")]
    [InlineData("list level")]
    public void Build_KindChange_IsMarkedEvenWhenTheTextIsTheSame(string change)
    {
        (Block old, Block @new) = change switch
        {
            "heading level" => ((Block)H("b", 2, "Health"), (Block)H("b", 3, "Health")),
            "paragraph to heading" => (P("b", "Health"), H("b", 2, "Health")),
            "list kind" => (Item("b", "Health", ListKind.Bulleted), Item("b", "Health", ListKind.Numbered)),
            _ => (Item("b", "Health", level: 0), Item("b", "Health", level: 1)),
        };

        var redline = RedlineBuilder.Build(Doc(old), Doc(@new));

        var block = redline.Block("b");
        Assert.Equal(BlockChange.Changed, block.Change);
        Assert.True(block.KindChanged);
        Assert.Equal("Health", block.Segments.Text(SegmentKind.Equal));
        AssertRoundTrips(Doc(old), Doc(@new), redline);
    }

    [Theory]
    [InlineData("Cafe\u0301 services", "Cafe\u0301 support", "services", "support")]
    [InlineData("مساعدة الضحايا مهمة", "مساعدة الناجين مهمة", "الضحايا", "الناجين")]
    [InlineData("受害者援助计划", "受害者支持计划", "援助", "支持")]
    [InlineData("Team 👩🏽‍🦯 support", "Team 👨🏿‍🦽 support", "👩🏽‍🦯", "👨🏿‍🦽")]
    [InlineData("Flag 🇱🇦 here", "Flag 🇱🇧 here", "🇱🇦", "🇱🇧")]
    [InlineData("States, Parties", "States; Parties", ",", ";")]
    [InlineData("Plans  matter", "Plans matter", "  ", " ")]
    [InlineData("Plans matter", "Plans\u00A0matter", " ", "\u00A0")]
    public void Build_DiffsWordsOfAnyScript_PunctuationAndWhitespace(string old, string @new, string deleted, string inserted)
    {
        var from = Doc(P("p1", old));
        var to = Doc(P("p1", @new));

        var redline = RedlineBuilder.Build(from, to);

        var segments = redline.Block("p1").Segments;
        Assert.Equal(deleted, segments.Text(SegmentKind.Deleted));
        Assert.Equal(inserted, segments.Text(SegmentKind.Inserted));
        Assert.All(segments, s => Assert.False(s.Text.Length > 0 && char.IsHighSurrogate(s.Text[^1]), "a surrogate pair was cut"));
        AssertRoundTrips(from, to, redline);
    }

    [Fact]
    public void Build_RewrittenPhrase_ReadsAsOneDeletionThenOneInsertion()
    {
        var from = Doc(P("p1", "Plans must include referral pathways for survivors."));
        var to = Doc(P("p1", "Plans must ensure timely access to services for survivors."));

        var segments = RedlineBuilder.Build(from, to).Block("p1").Segments;

        Assert.Equal([SegmentKind.Equal, SegmentKind.Deleted, SegmentKind.Inserted, SegmentKind.Equal], segments.Select(s => s.Kind));
        Assert.Equal(["Plans must ", "include referral pathways", "ensure timely access to services", " for survivors."], segments.Select(s => s.Text));
    }

    [Fact]
    public void Build_UnrelatedTexts_AreReplacedAsAWhole_WithoutBeingCapped()
    {
        var from = Doc(P("p1", "Alpha bravo charlie delta echo foxtrot golf."));
        var to = Doc(P("p1", "Hotel india juliett kilo lima mike november."));

        var block = RedlineBuilder.Build(from, to).Block("p1");

        Assert.Equal([SegmentKind.Deleted, SegmentKind.Inserted, SegmentKind.Equal], block.Segments.Select(s => s.Kind));
        Assert.False(block.Capped);
    }

    [Fact]
    public void Build_OnlyWhitespaceChanged_IsStillAChange()
    {
        var redline = RedlineBuilder.Build(Doc(P("p1", "Plans matter")), Doc(P("p1", "Plans matter ")));

        Assert.Equal(BlockChange.Changed, redline.Block("p1").Change);
        Assert.Equal(" ", redline.Block("p1").Segments.Text(SegmentKind.Inserted));
    }

    [Fact]
    public void Build_OverTheTokenCap_ReplacesTheWholeText()
    {
        var from = Doc(P("p1", "one two three four five six"), P("p2", "short"));
        var to = Doc(P("p1", "one two THREE four five six seven"), P("p2", "shorter"));

        var redline = RedlineBuilder.Build(from, to, new RedlineOptions(MaxTokensPerBlock: 4));

        var capped = redline.Block("p1");
        Assert.True(capped.Capped);
        Assert.Equal([SegmentKind.Deleted, SegmentKind.Inserted], capped.Segments.Select(s => s.Kind));
        Assert.Equal("one two three four five six", capped.Segments.Text(SegmentKind.Deleted));
        Assert.Equal("one two THREE four five six seven", capped.Segments.Text(SegmentKind.Inserted));
        Assert.False(redline.Block("p2").Capped);
        AssertRoundTrips(from, to, redline);
    }

    [Fact]
    public void Build_PathologicalParagraph_FinishesQuicklyUnderTheDefaultCap()
    {
        var random = new Random(7);
        string Words(int count) => string.Join(" ", Enumerable.Range(0, count).Select(_ => $"w{random.Next(50)}"));
        var from = Doc(P("p1", Words(20000)));
        var to = Doc(P("p1", Words(20000)));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var redline = RedlineBuilder.Build(from, to);
        watch.Stop();

        Assert.True(redline.Block("p1").Capped);
        Assert.True(watch.ElapsedMilliseconds < 10_000, $"took {watch.ElapsedMilliseconds} ms");
        AssertRoundTrips(from, to, redline);
    }

    [Fact]
    public void Build_Table_RedlinesRowsByIdAndCellsByWord()
    {
        var from = Table("t1", ["State", "Plan"], Row("r1", "Albania", "Adopted"), Row("r2", "Chad", "Draft"), Row("r3", "Iraq", "None"));
        var to = Table("t1", ["State", "National Plan"], Row("r3", "Iraq", "None"), Row("r1", "Albania", "Adopted in 2025"), Row("r4", "Lao PDR", "Draft"));

        var redline = RedlineBuilder.Build(Doc(from), Doc(to));

        var block = redline.Block("t1");
        Assert.Equal(BlockChange.Changed, block.Change);
        Assert.Empty(block.Segments);
        var rows = block.Rows!;
        Assert.Equal("t1:Changed r3:MovedHere r1:Changed r2:Deleted r4:Inserted",
            string.Join(" ", rows.Where(r => r.Change != BlockChange.MovedAway).Select(r => $"{r.RowId}:{r.Change}")));
        Assert.Contains(rows, r => r.RowId == "r3" && r.Change == BlockChange.MovedAway);
        Assert.Equal("National ", rows[0].Cells[1].Text(SegmentKind.Inserted));
        Assert.Equal(" in 2025", rows.Single(r => r.RowId == "r1").Cells[1].Text(SegmentKind.Inserted));
        AssertRoundTrips(Doc(from), Doc(to), redline);
    }

    [Fact]
    public void Build_TableColumnAdded_InsertsTheNewCells()
    {
        var from = Table("t1", ["State"], Row("r1", "Chad"));
        var to = Table("t1", ["State", "Plan"], Row("r1", "Chad", "Draft"));

        var redline = RedlineBuilder.Build(Doc(from), Doc(to));

        Assert.Equal("Draft", redline.Block("t1").Rows![1].Cells[1].Text(SegmentKind.Inserted));
        AssertRoundTrips(Doc(from), Doc(to), redline);
    }

    [Fact]
    public void Build_FootnoteReferencesAndLineBreaks_AreSegmentsOfTheirOwn_AndFootnotesAreRedlined()
    {
        var from = new DraftDocument([P("p1", new TextInline("Plans"), new FootnoteRefInline("fn1"))],
            [new Footnote("fn1", InlineContent.FromText("See the 2024 report."))]);
        var to = new DraftDocument([P("p1", new TextInline("Plans"), new LineBreakInline(), new TextInline("and budgets"), new FootnoteRefInline("fn1"))],
            [new Footnote("fn1", InlineContent.FromText("See the 2025 report."))]);

        var redline = RedlineBuilder.Build(from, to);

        var segments = redline.Block("p1").Segments;
        Assert.Contains(segments, s => s is { Kind: SegmentKind.Inserted, LineBreak: true, Text: "" });
        Assert.Contains(segments, s => s is { Kind: SegmentKind.Equal, FootnoteId: "fn1", Text: "" });
        var footnote = Assert.Single(redline.Footnotes);
        Assert.Equal(BlockChange.Changed, footnote.Change);
        Assert.Equal("2025", footnote.Segments.Text(SegmentKind.Inserted));
        AssertRoundTrips(from, to, redline);
    }

    [Fact]
    public void Build_GivesEachBlockItsSection_TheOldOneForDeletedBlocks()
    {
        var from = Doc(H("h1", 1, "Health"), P("p1", "Clinics"), H("h2", 1, "Education"), P("p2", "Schools"));
        var to = Doc(P("p0", "Preface"), H("h1", 1, "Health"), P("p1", "Clinics and hospitals"), H("h2", 1, "Education"));

        var redline = RedlineBuilder.Build(from, to);

        Assert.Null(redline.Block("p0").SectionId);
        Assert.Equal("h1", redline.Block("h1").SectionId);
        Assert.Equal("h1", redline.Block("p1").SectionId);
        Assert.Equal("h2", redline.Block("p2").SectionId);
    }

    [Fact]
    public void Build_ParagraphReplacedByTable_DeletesTheTextAndInsertsTheRows()
    {
        var from = Doc(P("b1", "States and plans"));
        var to = Doc(Table("b1", ["State", "Plan"], Row("r1", "Chad", "Draft")));

        var redline = RedlineBuilder.Build(from, to);

        var block = redline.Block("b1");
        Assert.True(block.KindChanged);
        Assert.Equal("States and plans", block.Segments.Text(SegmentKind.Deleted));
        Assert.All(block.Rows!, r => Assert.Equal(BlockChange.Inserted, r.Change));
        AssertRoundTrips(from, to, redline);
    }

    [Fact]
    public void Build_RefusesADocumentWithTheSameBlockIdTwice()
    {
        var error = Assert.Throws<ArgumentException>(() => RedlineBuilder.Build(Doc(P("a", "x"), P("a", "y")), Doc(P("a", "x"))));
        Assert.Contains("'a'", error.Message);
    }
}
