using CsCheck;
using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Model;
using Xunit;

namespace VaDrafting.Core.Tests.Anchoring;

/// <summary>
/// Random documents of a few paragraphs from a small vocabulary (so quotes repeat), random anchors and random
/// sequences of edits: typing, deleting, replacing, splitting, merging, moving, deleting and duplicating blocks.
/// </summary>
public class AnchorResolverPropertyTests
{
    private static readonly string[] Words =
    [
        "States", "Parties", "victim", "assistance", "plan", "survivors", "data", "the", "and", "of", ",", ".",
        "é", "受害者", "👩🏽", "مساعدة", "  ", "national", "focal", "point",
    ];

    private sealed record Edit(int Kind, int A, int B, int C);

    private sealed record Case(List<string> Paragraphs, int Block, int From, int Length, List<Edit> Edits);

    private static readonly Gen<string> Paragraph = Gen.OneOf(Words).Array[0, 24].Select(words => string.Join(' ', words));

    private static readonly Gen<Edit> AnyEdit = Gen.Select(Gen.Int[0, 9], Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 1000],
        (kind, a, b, c) => new Edit(kind, a, b, c));

    private static readonly Gen<Case> Cases = Gen.Select(
        Paragraph.List[1, 6], Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 40], AnyEdit.List[0, 6],
        (paragraphs, block, from, length, edits) => new Case(paragraphs, block, from, length, edits));

    [Fact]
    public void Resolve_NeverClaimsCertaintyOnDifferentText()
    {
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<AnchorStatus, int>();
        Cases.Sample(testCase =>
        {
            var (original, anchor) = Prepare(testCase);
            var edited = ApplyEdits(original, testCase.Edits);

            var resolution = AnchorResolver.Resolve(anchor, edited);
            seen.AddOrUpdate(resolution.Status, 1, (_, count) => count + 1);

            switch (resolution.Status)
            {
                case AnchorStatus.Exact or AnchorStatus.Moved:
                    Assert.Equal(anchor.Exact, TextAt(edited, resolution.Anchor!));
                    Assert.Equal(anchor.Exact, resolution.Anchor!.Exact);
                    if (resolution.Status == AnchorStatus.Exact)
                        Assert.Equal((anchor.BlockId, anchor.Start, anchor.End), (resolution.Anchor.BlockId, resolution.Anchor.Start, resolution.Anchor.End));
                    Assert.InRange(resolution.Confidence, 0.75, 1);
                    break;
                case AnchorStatus.Fuzzy:
                    Assert.Equal(resolution.Anchor!.Exact, TextAt(edited, resolution.Anchor));
                    Assert.True(TextSimilarity.Of(anchor.Exact, resolution.Anchor.Exact) >= AnchorResolver.FuzzyThreshold,
                        $"'{resolution.Anchor.Exact}' is not similar enough to '{anchor.Exact}'");
                    Assert.InRange(resolution.Confidence, 0.01, 0.99);
                    break;
                default:
                    Assert.Null(resolution.Anchor);
                    Assert.Equal(0, resolution.Confidence);
                    break;
            }
            if (resolution.Anchor is { } resolved)
                Assert.Equal(resolved, TextAnchor.Create(edited, resolved.BlockId, resolved.Start, resolved.End));
        }, iter: 800, print: Describe);
        Assert.All(Enum.GetValues<AnchorStatus>(), status => Assert.True(seen.ContainsKey(status), $"no case ended {status}: {string.Join(", ", seen)}"));
    }

    [Fact]
    public void Resolve_QuoteWithItsWholeContextOnceInItsBlock_IsFoundThere()
    {
        var checkedCases = 0;
        Cases.Sample(testCase =>
        {
            var (original, anchor) = Prepare(testCase);
            var edited = ApplyEdits(original, testCase.Edits);
            var block = edited.Blocks.FirstOrDefault(b => b.Id == anchor.BlockId);
            var needle = anchor.Prefix + anchor.Exact + anchor.Suffix;
            if (block is null || needle.Length == 0) return;
            var text = AnchorText.Of(block);
            var places = Enumerable.Range(0, Math.Max(0, text.Length - needle.Length + 1))
                .Where(i => string.CompareOrdinal(text, i, needle, 0, needle.Length) == 0).ToList();
            if (places.Count != 1) return;
            Interlocked.Increment(ref checkedCases);

            var resolution = AnchorResolver.Resolve(anchor, edited);

            Assert.True(resolution.IsCertain, $"status {resolution.Status}");
            Assert.Equal((anchor.BlockId, places[0] + anchor.Prefix.Length), (resolution.Anchor!.BlockId, resolution.Anchor.Start));
        }, iter: 800, print: Describe);
        Assert.True(checkedCases > 100, $"only {checkedCases} cases kept their quote and context");
    }

    [Fact]
    public void Resolve_WithoutEdits_IsAlwaysExact()
    {
        Cases.Sample(testCase =>
        {
            var (original, anchor) = Prepare(testCase);

            var resolution = AnchorResolver.Resolve(anchor, original);

            Assert.Equal(AnchorStatus.Exact, resolution.Status);
            Assert.Equal(anchor, resolution.Anchor);
        }, iter: 300, print: Describe);
    }

    [Fact]
    public void Resolve_EditsInOtherBlocksOnly_KeepTheAnchorExact()
    {
        Cases.Sample(testCase =>
        {
            var (original, anchor) = Prepare(testCase);
            var others = original with { Blocks = original.Blocks.Where(b => b.Id != anchor.BlockId).ToList() };
            var editedOthers = ApplyEdits(others, testCase.Edits);
            var anchored = original.Blocks.Single(b => b.Id == anchor.BlockId);
            var edited = editedOthers with { Blocks = [.. editedOthers.Blocks.Where(b => b.Id != anchor.BlockId), anchored] };

            var resolution = AnchorResolver.Resolve(anchor, edited);

            Assert.Equal(AnchorStatus.Exact, resolution.Status);
        }, iter: 300, print: Describe);
    }

    private static (DraftDocument Document, TextAnchor Anchor) Prepare(Case testCase)
    {
        var document = new DraftDocument(
            testCase.Paragraphs.Select((text, i) => (Block)new ParagraphBlock($"blk{i:D3}", InlineContent.FromText(text))).ToList(), []);
        var block = document.Blocks[testCase.Block % document.Blocks.Count];
        var text = AnchorText.Of(block);
        var start = Snap(text, testCase.From % (text.Length + 1));
        var end = Snap(text, Math.Min(text.Length, start + testCase.Length));
        return (document, TextAnchor.Create(document, block.Id, start, end));
    }

    private static int Snap(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) ? offset - 1 : offset;

    private static DraftDocument ApplyEdits(DraftDocument document, List<Edit> edits)
    {
        var blocks = document.Blocks.Select(b => (Id: b.Id, Text: AnchorText.Of(b))).ToList();
        var fresh = 0;
        foreach (var edit in edits)
        {
            if (blocks.Count == 0) blocks.Add(($"new{fresh++:D3}", ""));
            var index = edit.A % blocks.Count;
            var (id, text) = blocks[index];
            var at = Snap(text, edit.B % (text.Length + 1));
            var until = Snap(text, Math.Min(text.Length, at + edit.C % 12));
            switch (edit.Kind)
            {
                case 0: blocks[index] = (id, text[..at] + Words[edit.C % Words.Length] + " " + text[at..]); break;
                case 1: blocks[index] = (id, text[..at] + text[until..]); break;
                case 2: blocks[index] = (id, text[..at] + Words[edit.C % Words.Length] + text[until..]); break;
                case 3:
                    blocks[index] = (id, text[..at]);
                    blocks.Insert(index + 1, ($"new{fresh++:D3}", text[at..]));
                    break;
                case 4 when index + 1 < blocks.Count:
                    blocks[index] = (id, text + " " + blocks[index + 1].Text);
                    blocks.RemoveAt(index + 1);
                    break;
                case 5:
                    blocks.RemoveAt(index);
                    blocks.Insert(edit.C % (blocks.Count + 1), (id, text));
                    break;
                case 6: blocks.RemoveAt(index); break;
                case 7: blocks.Insert(edit.C % (blocks.Count + 1), ($"new{fresh++:D3}", text)); break;
                case 8: blocks[index] = (id, text[..at] + " " + text[at..]); break;
                default: blocks[index] = (id, text.Replace("  ", " ", StringComparison.Ordinal)); break;
            }
        }
        return new DraftDocument(blocks.Select(b => (Block)new ParagraphBlock(b.Id, InlineContent.FromText(b.Text))).ToList(), []);
    }

    private static string TextAt(DraftDocument document, TextAnchor anchor) =>
        AnchorText.Of(document.Blocks.Single(b => b.Id == anchor.BlockId))[anchor.Start..anchor.End];

    private static string Describe(Case testCase) =>
        $"paragraphs: [{string.Join(" | ", testCase.Paragraphs)}]; anchor block {testCase.Block}, from {testCase.From}, length {testCase.Length}; " +
        $"edits: {string.Join(", ", testCase.Edits)}";
}
