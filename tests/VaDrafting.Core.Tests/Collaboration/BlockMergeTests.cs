using CsCheck;
using VaDrafting.Core.Collaboration;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Tests.Markdown;
using Xunit;
using static VaDrafting.Core.Tests.Markdown.Doc;

namespace VaDrafting.Core.Tests.Collaboration;

public class BlockMergeTests
{
    private static readonly ParagraphBlock Ancestor =
        P("para1", C(T("Survivors take part in every decision that concerns them"), Ref("note1"), T(".")));

    private static Block CleanBlock(BlockMergeResult result) => Assert.IsType<BlockMergeResult.Clean>(result).Block;

    private static BlockMergeResult.Conflict Conflict(BlockMergeResult result) => Assert.IsType<BlockMergeResult.Conflict>(result);

    [Fact]
    public void Merge_WordEditsInDifferentPlaces_KeepsBothAndTheFootnote()
    {
        var mine = P("para1", C(T("Survivors take part in every decision that affects them"), Ref("note1"), T(".")));
        var theirs = P("para1", C(T("Survivors always take part in every decision that concerns them"), Ref("note1"), T(".")));

        Assert.Equal(P("para1", C(T("Survivors always take part in every decision that affects them"), Ref("note1"), T("."))),
            CleanBlock(BlockMerge.Merge(Ancestor, mine, theirs)));
    }

    [Fact]
    public void Merge_FormattingOnOneSideAndWordsOnTheOther_KeepsBoth()
    {
        var mine = P("para1", C(T("Survivors take part in "), T("every", B), T(" decision that concerns them"), Ref("note1"), T(".")));
        var theirs = P("para1", C(T("Survivors take part in every decision that concerns their lives"), Ref("note1"), T(".")));

        Assert.Equal(P("para1", C(T("Survivors take part in "), T("every", B), T(" decision that concerns their lives"), Ref("note1"), T("."))),
            CleanBlock(BlockMerge.Merge(Ancestor, mine, theirs)));
    }

    [Fact]
    public void Merge_SameWordsChangedDifferently_IsAnOverlappingTextConflict()
    {
        var mine = P("para1", C(T("Survivors lead every decision that concerns them"), Ref("note1"), T(".")));
        var theirs = P("para1", C(T("Survivors shape every decision that concerns them"), Ref("note1"), T(".")));

        var conflict = Conflict(BlockMerge.Merge(Ancestor, mine, theirs));

        Assert.Equal(BlockConflictReason.OverlappingText, conflict.Reason);
        var region = Assert.Single(conflict.Regions);
        Assert.Equal(("take part in", "lead", "shape"), (region.Ancestor, region.Mine, region.Theirs));
    }

    [Fact]
    public void Merge_KindChangedOnOneSideAndWordsOnTheOther_KeepsBoth()
    {
        var ancestor = new HeadingBlock("head1", 2, C("Data and referral"));
        var mine = new HeadingBlock("head1", 3, C("Data and referral"));
        var theirs = new HeadingBlock("head1", 2, C("Data and referral pathways"));

        Assert.Equal(new HeadingBlock("head1", 3, C("Data and referral pathways")), CleanBlock(BlockMerge.Merge(ancestor, mine, theirs)));
    }

    [Fact]
    public void Merge_ParagraphMadeAListItemOnOneSide_KeepsTheOtherSidesWords()
    {
        var mine = new ListItemBlock("para1", ListKind.Numbered, 1, Ancestor.Content);
        var theirs = P("para1", C(T("Survivors take part in every decision that concerns them"), Ref("note1"), T("!")));

        Assert.Equal(new ListItemBlock("para1", ListKind.Numbered, 1, theirs.Content), CleanBlock(BlockMerge.Merge(Ancestor, mine, theirs)));
    }

    [Fact]
    public void Merge_DifferentKindChanges_IsAKindConflict()
    {
        var mine = new QuoteBlock("para1", Ancestor.Content);
        var theirs = new HeadingBlock("para1", 2, C("Survivors"));

        Assert.Equal(new BlockMergeResult.Conflict(BlockConflictReason.DifferentKinds, []), BlockMerge.Merge(Ancestor, mine, theirs));
    }

    [Fact]
    public void Merge_MarksThatInterleaveOnceMerged_IsABrokenMarkupConflict()
    {
        var ancestor = P("para1", "data referral services");
        var mine = P("para1", C(T("data referral", B), T(" services")));
        var theirs = P("para1", C(T("data "), T("referral services", B)));

        var conflict = Conflict(BlockMerge.Merge(ancestor, mine, theirs));

        Assert.Equal(BlockConflictReason.BrokenMarkup, conflict.Reason);
        Assert.Equal(new MergeConflict(0, "data referral services", "**data referral** services", "data **referral services**"), Assert.Single(conflict.Regions));
    }

    [Fact]
    public void Merge_OneSideUnchanged_TakesTheOtherEvenAcrossKinds()
    {
        var table = Table("para1", [C("State")], ("row1", [C("Iraq")]));

        Assert.Equal(table, CleanBlock(BlockMerge.Merge(Ancestor, table, Ancestor)));
        Assert.Equal(table, CleanBlock(BlockMerge.Merge(Ancestor, Ancestor, table)));
        Assert.Equal(table, CleanBlock(BlockMerge.Merge(Ancestor, table, table)));
    }

    [Fact]
    public void Merge_TextOnOneSideAndATableOnTheOther_IsAStructureConflict()
    {
        var table = Table("para1", [C("State")], ("row1", [C("Iraq")]));
        var mine = P("para1", "Survivors decide.");

        Assert.Equal(new BlockMergeResult.Conflict(BlockConflictReason.DifferentStructure, []), BlockMerge.Merge(Ancestor, mine, table));
    }

    [Fact]
    public void Merge_TableCellsEditedOnBothSides_MergesCellByCell()
    {
        var ancestor = Table("tab1", [C("State"), C("Focal point")], ("row1", [C("Lao PDR"), C("Ministry of Labour")]));
        var mine = Table("tab1", [C("State"), C("Focal point")], ("row1", [C("Lao PDR"), C("Ministry of Labour and Social Welfare")]));
        var theirs = Table("tab1", [C("State Party"), C("Focal point")], ("row1", [C("Lao PDR"), C("National Ministry of Labour")]));

        Assert.Equal(Table("tab1", [C("State Party"), C("Focal point")], ("row1", [C("Lao PDR"), C("National Ministry of Labour and Social Welfare")])),
            CleanBlock(BlockMerge.Merge(ancestor, mine, theirs)));
    }

    [Fact]
    public void Merge_TableWithARowAddedAndACellEdited_IsAStructureConflict()
    {
        var ancestor = Table("tab1", [C("State")], ("row1", [C("Iraq")]));
        var mine = Table("tab1", [C("State")], ("row1", [C("Iraq")]), ("row2", [C("Lebanon")]));
        var theirs = Table("tab1", [C("State Party")], ("row1", [C("Iraq")]));

        Assert.Equal(BlockConflictReason.DifferentStructure, Conflict(BlockMerge.Merge(ancestor, mine, theirs)).Reason);
    }

    [Fact]
    public void Merge_TableCellsWithOverlappingEdits_ReportsEachRegion()
    {
        var ancestor = Table("tab1", [C("State"), C("Year")], ("row1", [C("Iraq"), C("2025")]));
        var mine = Table("tab1", [C("Country"), C("Year")], ("row1", [C("Iraq"), C("2026")]));
        var theirs = Table("tab1", [C("Party"), C("Year")], ("row1", [C("Iraq"), C("2027")]));

        var conflict = Conflict(BlockMerge.Merge(ancestor, mine, theirs));

        Assert.Equal(BlockConflictReason.OverlappingText, conflict.Reason);
        Assert.Equal(["Country", "2026"], conflict.Regions.Select(r => r.Mine));
    }

    [Fact]
    public void Merge_PlaceholderDescriptions_AreMergedAsText()
    {
        var ancestor = new PlaceholderBlock("pic1", "image", "Map of services in the north");
        var mine = new PlaceholderBlock("pic1", "image", "Map of rehabilitation services in the north");
        var theirs = new PlaceholderBlock("pic1", "image", "Map of services in the north, 2026");

        Assert.Equal(new PlaceholderBlock("pic1", "image", "Map of rehabilitation services in the north, 2026"), CleanBlock(BlockMerge.Merge(ancestor, mine, theirs)));
        Assert.Equal(BlockConflictReason.DifferentStructure,
            Conflict(BlockMerge.Merge(ancestor, mine with { Kind = "chart" }, theirs)).Reason);
    }

    [Fact]
    public void Merge_FormattedTextAddedAtTheStartAndAtTheEnd_KeepsBothWhenClean()
    {
        var content = DocumentGenerators.Content(DocumentGenerators.MaxFootnotes);
        var clean = 0;
        Gen.Select(content, content).Sample((prefix, suffix) =>
        {
            var ancestor = P("para1", C(T("Survivors take part in "), T("every", B), T(" decision.")));
            var middle = ancestor.Content;
            var mine = P("para1", InlineContent.Of([.. prefix, new TextInline(" "), .. middle]));
            var theirs = P("para1", InlineContent.Of([.. middle, new TextInline(" "), .. suffix]));

            var merge = BlockMerge.Merge(ancestor, mine, theirs);

            if (merge is not BlockMergeResult.Clean { Block: ParagraphBlock merged }) return;
            Interlocked.Increment(ref clean);
            Assert.Equal(InlineContent.Of([.. prefix, new TextInline(" "), .. middle, new TextInline(" "), .. suffix]), merged.Content);
        }, iter: 800, print: c => $"{ModelDump.Describe(c.Item1)}\n{ModelDump.Describe(c.Item2)}");
        Assert.True(clean > 400, $"only {clean} of 800 merged cleanly");
    }

    [Fact]
    public void Merge_OfDifferentBlocks_Throws()
    {
        Assert.Throws<ArgumentException>(() => BlockMerge.Merge(Ancestor, P("para2", "x"), Ancestor));
    }

    [Fact]
    public void Merge_WhenOneSideIsTheAncestor_GivesTheOtherBlock()
    {
        Gen.Select(DocumentGenerators.Document, DocumentGenerators.Document).Sample((first, second) =>
        {
            foreach (var (ancestor, other) in first.Blocks.Zip(second.Blocks))
            {
                var edited = other is TableBlock table ? table with { Id = ancestor.Id, Header = table.Header with { Id = ancestor.Id } } : other with { Id = ancestor.Id };

                Assert.Equal(new BlockMergeResult.Clean(edited), BlockMerge.Merge(ancestor, ancestor, edited));
                Assert.Equal(new BlockMergeResult.Clean(edited), BlockMerge.Merge(ancestor, edited, ancestor));
            }
        }, iter: 300, print: pair => ModelDump.Describe(pair.Item1) + "\n" + ModelDump.Describe(pair.Item2));
    }

    [Fact]
    public void Merge_ParagraphsWithSeparatedWordEdits_IsCleanWithBothEdits()
    {
        WordMergePropertyTests.SeparatedEdits.Sample(testCase =>
        {
            static ParagraphBlock Paragraph(string text) => P("para1", text.Replace('\n', ' '));

            var merge = BlockMerge.Merge(Paragraph(testCase.AncestorText), Paragraph(testCase.MineText), Paragraph(testCase.TheirText));

            Assert.Equal(Paragraph(WordMergePropertyTests.ExpectedOfSeparatedEdits(testCase)), CleanBlock(merge));
        }, iter: 500, print: c => c.ToString());
    }

    [Fact]
    public void Merge_OfFormattedContent_IsCleanOnlyWithContentThatWritesAsTheMergedMarkdown()
    {
        var content = DocumentGenerators.Content(DocumentGenerators.MaxFootnotes);
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        Gen.Select(content, content, content).Sample((a, m, t) =>
        {
            var merge = BlockMerge.Merge(P("para1", a), P("para1", m), P("para1", t));
            outcomes.AddOrUpdate(merge is BlockMergeResult.Conflict c ? c.Reason.ToString() : "Clean", 1, (_, n) => n + 1);

            if (merge is not BlockMergeResult.Clean clean) return;
            var merged = Assert.IsType<ParagraphBlock>(clean.Block);
            var text = Assert.IsType<TextMerge.Clean>(WordMerge.Merge(InlineMarkdown.Write(a), InlineMarkdown.Write(m), InlineMarkdown.Write(t))).Text;
            Assert.Equal(text, InlineMarkdown.Write(merged.Content));
        }, iter: 1500, print: c => $"{ModelDump.Describe(c.Item1)}\n{ModelDump.Describe(c.Item2)}\n{ModelDump.Describe(c.Item3)}");
        Assert.True(outcomes.GetValueOrDefault("Clean") > 15, string.Join(", ", outcomes));
    }
}
