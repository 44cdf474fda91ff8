using CsCheck;
using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Collaboration;
using VaDrafting.Core.Model;
using VaDrafting.Core.Tests.Markdown;
using Xunit;

namespace VaDrafting.Core.Tests.Collaboration;

/// <summary>Random documents of every block kind and random sequences of block edits on them.</summary>
public class BlockEditsPropertyTests
{
    private enum Kind
    {
        ReplaceContent,
        InsertAfter,
        Delete,
        Move,
        Split,
        MergeWithNext,
    }

    private sealed record Edit(Kind Kind, int Block, int Other, int Offset, InlineContent Content);

    private static readonly Gen<Edit> AnyEdit = Gen.Select(
        Gen.Enum<Kind>(), Gen.Int[0, 20], Gen.Int[-1, 20], Gen.Int[0, 200], DocumentGenerators.Content(0),
        (kind, block, other, offset, content) => new Edit(kind, block, other, offset, content));

    private sealed record Case(DraftDocument Document, List<Edit> Edits)
    {
        public override string ToString() => ModelDump.Describe(Document) + "\n" + string.Join("\n", Edits);
    }

    private static readonly Gen<Case> Cases = Gen.Select(DocumentGenerators.Document, AnyEdit.List[1, 8], (d, e) => new Case(d, e));

    [Fact]
    public void EverySequenceOfEdits_KeepsTheDocumentValid_AndUntouchedBlocksAsTheyWere()
    {
        var applied = 0;
        var refused = 0;
        Cases.Sample(testCase =>
        {
            var document = testCase.Document;
            foreach (var edit in testCase.Edits)
            {
                if (document.Blocks.Count == 0 && edit.Kind != Kind.InsertAfter) continue;
                var target = document.Blocks.Count == 0 ? null : document.Blocks[edit.Block % document.Blocks.Count];
                DraftDocument result;
                try
                {
                    result = Apply(document, edit, target);
                }
                catch (BlockEditException)
                {
                    Assert.True(IsRefusable(document, edit, target), $"{edit.Kind} of {target?.GetType().Name} was refused");
                    Interlocked.Increment(ref refused);
                    continue;
                }
                Interlocked.Increment(ref applied);
                Assert.Empty(DocumentValidator.Validate(result));
                Assert.Equal(document.Footnotes, result.Footnotes);
                var touched = Touched(document, edit, target);
                var before = document.Blocks.Where(b => !touched.Contains(b.Id)).ToList();
                var after = result.Blocks.Where(b => !touched.Contains(b.Id) && before.Contains(b)).ToList();
                Assert.Equal(before, after);
                var known = AllIds(document);
                Assert.All(result.Blocks.Where(b => !known.Contains(b.Id)), added => Assert.True(edit.Kind is Kind.InsertAfter or Kind.Split));
                document = result;
            }
        }, iter: 600, print: c => c.ToString());
        Assert.True(applied > 500 && refused > 50, $"applied {applied}, refused {refused}");
    }

    [Fact]
    public void MergeWithNext_OfASplit_GivesTheDocumentBack()
    {
        Gen.Select(DocumentGenerators.Document, Gen.Int[0, 20], Gen.Int[0, 200]).Sample((document, block, offset) =>
        {
            var target = document.Blocks.ElementAtOrDefault(block % Math.Max(1, document.Blocks.Count));
            if (target is TableBlock or PlaceholderBlock or null) return;
            var cut = Boundary(AnchorText.Of(target), offset);

            var split = BlockEdits.Split(document, target.Id, cut);

            Assert.Equal(AnchorText.Of(target), AnchorText.Of(split.Blocks.Single(b => b.Id == target.Id)) + AnchorText.Of(split.Blocks[document.Blocks.ToList().IndexOf(target) + 1]));
            Assert.Equal(document, BlockEdits.MergeWithNext(split, target.Id));
        }, iter: 800, print: c => ModelDump.Describe(c.Item1));
    }

    [Fact]
    public void Delete_OfAnInsertedBlock_GivesTheDocumentBack()
    {
        Gen.Select(DocumentGenerators.Document, Gen.Int[-1, 20], DocumentGenerators.Content(0)).Sample((document, after, content) =>
        {
            var afterId = after < 0 || document.Blocks.Count == 0 ? null : document.Blocks[after % document.Blocks.Count].Id;

            var inserted = BlockEdits.InsertAfter(document, afterId, new QuoteBlock("", content));
            var newId = inserted.Blocks.Select(b => b.Id).Except(document.Blocks.Select(b => b.Id)).Single();

            Assert.Equal(document, BlockEdits.Delete(inserted, newId));
        }, iter: 500, print: c => ModelDump.Describe(c.Item1));
    }

    private static DraftDocument Apply(DraftDocument document, Edit edit, Block? target)
    {
        var other = edit.Other < 0 || document.Blocks.Count == 0 ? null : document.Blocks[edit.Other % document.Blocks.Count].Id;
        return edit.Kind switch
        {
            Kind.ReplaceContent => BlockEdits.ReplaceContent(document, target!.Id, edit.Content),
            Kind.InsertAfter => BlockEdits.InsertAfter(document, other, new ParagraphBlock("", edit.Content)),
            Kind.Delete => BlockEdits.Delete(document, target!.Id),
            Kind.Move => BlockEdits.Move(document, target!.Id, other),
            Kind.Split => BlockEdits.Split(document, target!.Id, Boundary(AnchorText.Of(target), edit.Offset)),
            _ => BlockEdits.MergeWithNext(document, target!.Id),
        };
    }

    private static bool IsRefusable(DraftDocument document, Edit edit, Block? target)
    {
        static bool IsText(Block? block) => block is HeadingBlock or ParagraphBlock or ListItemBlock or QuoteBlock;
        var index = target is null ? -1 : document.Blocks.ToList().IndexOf(target);
        return edit.Kind switch
        {
            Kind.ReplaceContent or Kind.Split => !IsText(target),
            Kind.Move => edit.Other >= 0 && document.Blocks[edit.Other % document.Blocks.Count] == target,
            Kind.MergeWithNext => !IsText(target) || index + 1 == document.Blocks.Count || !IsText(document.Blocks[index + 1]),
            _ => false,
        };
    }

    private static HashSet<string> Touched(DraftDocument document, Edit edit, Block? target)
    {
        var touched = new HashSet<string>();
        if (target is null) return touched;
        touched.Add(target.Id);
        var index = document.Blocks.ToList().IndexOf(target);
        if (edit.Kind == Kind.MergeWithNext) touched.Add(document.Blocks[index + 1].Id);
        return touched;
    }

    private static HashSet<string> AllIds(DraftDocument document) =>
    [
        .. document.Blocks.Select(b => b.Id),
        .. document.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows.Select(r => r.Id)),
        .. document.Footnotes.Select(f => f.Id),
    ];

    private static int Boundary(string text, int offset)
    {
        var cut = offset % (text.Length + 1);
        return AnchorText.IsBoundary(text, cut) ? cut : cut - 1;
    }
}
