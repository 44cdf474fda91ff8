using CsCheck;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using VaDrafting.Core.Tests.Markdown;
using Xunit;

namespace VaDrafting.Core.Tests.Redlines;

public class RedlinePropertyTests
{
    [Fact]
    public void AcceptingGivesTheNewVersion_AndRejectingTheOld_AfterRandomEdits()
    {
        DocumentEdits.Pair.Sample(pair =>
        {
            var redline = RedlineBuilder.Build(pair.From, pair.To);
            AssertAcceptAndReject(pair.From, pair.To, redline);
        }, iter: 3000, print: Describe);
    }

    [Fact]
    public void AcceptingGivesTheNewVersion_AndRejectingTheOld_BetweenUnrelatedDocuments()
    {
        Gen.Select(DocumentGenerators.Document, DocumentGenerators.Document).Sample((from, to) =>
        {
            AssertAcceptAndReject(from, to, RedlineBuilder.Build(from, to));
        }, iter: 1000, print: pair => Describe((pair.Item1, pair.Item2)));
    }

    [Fact]
    public void AcceptingAndRejecting_StillWork_WhenTheCapReplacesWholeTexts()
    {
        Gen.Select(DocumentEdits.Pair, Gen.Int[0, 6]).Sample((pair, cap) =>
        {
            AssertAcceptAndReject(pair.From, pair.To, RedlineBuilder.Build(pair.From, pair.To, new RedlineOptions(cap)));
        }, iter: 1000, print: x => Describe(x.Item1) + $"\ncap {x.Item2}");
    }

    [Fact]
    public void Redline_KeepsEveryBlockOfBothVersionsInTheirOrder_AndEveryMoveHasBothEnds()
    {
        DocumentEdits.Pair.Sample(pair =>
        {
            var redline = RedlineBuilder.Build(pair.From, pair.To);
            var oldSide = redline.Blocks.Where(b => b.Change is not (BlockChange.Inserted or BlockChange.MovedHere)).Select(b => b.BlockId);
            var newSide = redline.Blocks.Where(b => b.Change is not (BlockChange.Deleted or BlockChange.MovedAway)).Select(b => b.BlockId);
            Assert.Equal(pair.From.Blocks.Select(b => b.Id), oldSide);
            Assert.Equal(pair.To.Blocks.Select(b => b.Id), newSide);
            Assert.Equal(redline.Blocks.Count(b => b.Change == BlockChange.MovedAway), redline.Blocks.Count(b => b.Change == BlockChange.MovedHere));
            Assert.Equal(pair.From.Equals(pair.To), !redline.HasChanges);
            foreach (var block in redline.Blocks.Where(b => b.Change == BlockChange.Unchanged))
                Assert.All(block.Segments, s => Assert.Equal(SegmentKind.Equal, s.Kind));
        }, iter: 1000, print: Describe);
    }

    [Fact]
    public void RandomEdits_ProduceEveryKindOfChange()
    {
        var seen = new HashSet<string>();
        DocumentEdits.Pair.Sample(pair =>
        {
            var redline = RedlineBuilder.Build(pair.From, pair.To);
            foreach (var block in redline.Blocks)
            {
                seen.Add(block.Change.ToString());
                if (block.KindChanged) seen.Add("KindChanged");
                foreach (var segment in block.Segments.Concat(block.Rows?.SelectMany(r => r.Cells).SelectMany(c => c) ?? []))
                    seen.Add(segment.Kind.ToString());
                foreach (var row in block.Rows ?? []) seen.Add("Row" + row.Change);
            }
            foreach (var footnote in redline.Footnotes) seen.Add("Footnote" + footnote.Change);
        }, iter: 3000, threads: 1);
        string[] expected =
        [
            "Unchanged", "Changed", "Inserted", "Deleted", "MovedAway", "MovedHere", "KindChanged", "Equal", "FormatChanged",
            "RowChanged", "RowInserted", "RowDeleted", "RowMovedHere", "FootnoteChanged",
        ];
        Assert.Equal([], expected.Except(seen));
    }

    internal static void AssertAcceptAndReject(DraftDocument from, DraftDocument to, Redline redline)
    {
        var accepted = RedlineApplier.Accept(redline);
        if (!to.Equals(accepted)) Assert.Fail($"Accept differs.\nExpected:\n{ModelDump.Describe(to)}\nActual:\n{ModelDump.Describe(accepted)}");
        var rejected = RedlineApplier.Reject(redline);
        if (!from.Equals(rejected)) Assert.Fail($"Reject differs.\nExpected:\n{ModelDump.Describe(from)}\nActual:\n{ModelDump.Describe(rejected)}");
    }

    private static string Describe((DraftDocument From, DraftDocument To) pair) =>
        $"from:\n{ModelDump.Describe(pair.From)}\nto:\n{ModelDump.Describe(pair.To)}";
}
