using System.Collections.Concurrent;
using CsCheck;
using VaDrafting.Core.Collaboration;
using Xunit;

namespace VaDrafting.Core.Tests.Collaboration;

/// <summary>
/// Random prose of distinct words and random word edits on each side: replacing, deleting and inserting words.
/// Words a side adds are fresh ("m3r", "t5i"; "s2r" when both sides make that same edit), so every word of the
/// ancestor and every added word can be followed into the merge.
/// </summary>
public class WordMergePropertyTests
{
    private static readonly string[] Vocabulary =
    [
        "States", "Parties", "victim", "assistance", "survivors", "plan", "data", "national", "focal", "point",
        "referral", "pathways", "services", "inclusion", "budget", "coordination", "disability", "rights",
        "health", "education", "employment", "families", "communities", "report", "review", "mechanism",
        "受害者", "مساعدة", "équipe", "👩🏽",
    ];

    private static readonly string[] Separators = [" ", " ", " ", " ", ", ", ". ", "  ", "; ", "\n", " – "];

    internal enum Action
    {
        Keep,
        Replace,
        Delete,
        InsertBefore,
        InsertAndReplace,
    }

    /// <summary>A word with the separator that follows it; separators are never empty so words never run together.</summary>
    internal sealed record Entry(string Word, string Separator);

    /// <summary>Per ancestor position (one more than the words, for inserting at the end), what each side does.</summary>
    internal sealed record Step(Action Mine, Action Theirs, bool Shared);

    internal sealed record Case(List<Entry> Ancestor, List<Step> Steps)
    {
        public string AncestorText => Text(Ancestor);

        public string MineText => Text(Apply(Ancestor, Steps, mine: true));

        public string TheirText => Text(Apply(Ancestor, Steps, mine: false));

        public override string ToString() => $"ancestor: {Quote(AncestorText)}\nmine:     {Quote(MineText)}\ntheirs:   {Quote(TheirText)}";
    }

    private static readonly Gen<Action> AnyAction = Gen.Frequency(
        (6, Gen.Const(Action.Keep)), (1, Gen.Const(Action.Replace)), (1, Gen.Const(Action.Delete)),
        (1, Gen.Const(Action.InsertBefore)), (1, Gen.Const(Action.InsertAndReplace)));

    private static readonly Gen<List<Entry>> Prose =
        Gen.Shuffle(Vocabulary).SelectMany(words => Gen.Int[0, 16].SelectMany(count =>
            Gen.OneOf(Separators).Array[count].Select(separators =>
                words.Take(count).Select((word, i) => new Entry(word, separators[i])).ToList())));

    /// <summary>Edits anywhere on both sides, a third of the positions edited identically on both.</summary>
    internal static readonly Gen<Case> AnyEdits = Prose.SelectMany(ancestor =>
        Gen.Select(AnyAction, AnyAction, Gen.Int[0, 2], (mine, theirs, shared) => new Step(mine, shared == 0 ? mine : theirs, shared == 0 && mine != Action.Keep))
            .List[ancestor.Count + 1]
            .Select(steps => new Case(ancestor, steps)));

    /// <summary>
    /// Mine edits words before word <c>s</c> (and may insert right before it), theirs edits from word <c>s + 2</c> on:
    /// words <c>s</c> and <c>s + 1</c> stay untouched between the two sides' edits.
    /// </summary>
    internal static readonly Gen<Case> SeparatedEdits = Prose.Where(p => p.Count >= 2).SelectMany(ancestor =>
        Gen.Int[0, ancestor.Count - 2].SelectMany(split =>
            Gen.Select(AnyAction, AnyAction, (mine, theirs) => (mine, theirs)).List[ancestor.Count + 1]
                .Select(actions => new Case(ancestor, actions.Select((a, i) => new Step(
                    i < split ? a.mine : i == split && a.mine is Action.InsertBefore or Action.InsertAndReplace ? Action.InsertBefore : Action.Keep,
                    i >= split + 2 ? a.theirs : Action.Keep,
                    Shared: false)).ToList()))));

    [Fact]
    public void Merge_EditsSeparatedByUntouchedWords_IsCleanAndCarriesBothSides()
    {
        SeparatedEdits.Sample(testCase =>
        {
            var expected = ExpectedOfSeparatedEdits(testCase);

            var merge = WordMerge.Merge(testCase.AncestorText, testCase.MineText, testCase.TheirText);

            Assert.Equal(expected, Assert.IsType<TextMerge.Clean>(merge).Text);
        }, iter: 1500, print: c => c.ToString());
    }

    [Fact]
    public void Merge_OfAnyEdits_IsCleanOnlyWhenNoWordIsLost_AndConflictsQuoteTheirTexts()
    {
        var outcomes = new ConcurrentDictionary<bool, int>();
        AnyEdits.Sample(testCase =>
        {
            var (ancestor, mine, theirs) = (testCase.AncestorText, testCase.MineText, testCase.TheirText);

            var merge = WordMerge.Merge(ancestor, mine, theirs);
            outcomes.AddOrUpdate(merge.IsClean, 1, (_, n) => n + 1);

            if (merge is TextMerge.Clean clean)
            {
                var result = Words(clean.Text);
                var (before, mineWords, theirWords) = (Words(ancestor), Words(mine), Words(theirs));
                Assert.All(mineWords.Union(theirWords).Except(before), added => Assert.Contains(added, result));
                Assert.All(before.Except(mineWords.Intersect(theirWords)), deleted => Assert.DoesNotContain(deleted, result));
                Assert.All(before.Intersect(mineWords).Intersect(theirWords), kept => Assert.Contains(kept, result));
                Assert.Subset(before.Union(mineWords).Union(theirWords).ToHashSet(), result.ToHashSet());
            }
            else
            {
                var regions = Assert.IsType<TextMerge.Conflict>(merge).Regions;
                Assert.NotEmpty(regions);
                var end = 0;
                foreach (var region in regions)
                {
                    Assert.True(region.AncestorOffset >= end, "conflict regions overlap or are out of order");
                    Assert.Equal(region.Ancestor, ancestor.Substring(region.AncestorOffset, region.Ancestor.Length));
                    Assert.Contains(region.Mine, mine);
                    Assert.Contains(region.Theirs, theirs);
                    Assert.False(region.Mine == region.Theirs, "a region both sides wrote alike is not a conflict");
                    end = region.AncestorOffset + region.Ancestor.Length;
                }
            }
        }, iter: 2000, print: c => c.ToString());
        Assert.True(outcomes.GetValueOrDefault(true) > 100 && outcomes.GetValueOrDefault(false) > 100, $"clean/conflict: {string.Join(", ", outcomes)}");
    }

    [Fact]
    public void Merge_IsSymmetricInMineAndTheirs()
    {
        AnyEdits.Sample(testCase =>
        {
            var forward = WordMerge.Merge(testCase.AncestorText, testCase.MineText, testCase.TheirText);
            var backward = WordMerge.Merge(testCase.AncestorText, testCase.TheirText, testCase.MineText);

            Assert.Equal(forward.IsClean, backward.IsClean);
            if (forward is TextMerge.Clean clean) Assert.Equal(clean, backward);
        }, iter: 600, print: c => c.ToString());
    }

    [Fact]
    public void Merge_WhenOneSideIsTheAncestorOrBothAgree_GivesTheOtherText()
    {
        Gen.Select(Prose, Prose, Gen.String).Sample((a, x, noise) =>
        {
            var (ancestor, other) = (Text(a), Text(x) + noise);

            Assert.Equal(new TextMerge.Clean(other), WordMerge.Merge(ancestor, ancestor, other));
            Assert.Equal(new TextMerge.Clean(other), WordMerge.Merge(ancestor, other, ancestor));
            Assert.Equal(new TextMerge.Clean(other), WordMerge.Merge(ancestor, other, other));
        }, iter: 500);
    }

    [Fact]
    public void Split_MakesWordsSpacesAndSinglePunctuationTokens()
    {
        Assert.Equal(["States", " ", "Parties", "'", " ", "plan", ",", "  ", "2026", "–", "受", "害", "者", "\n", "👩", "🏽", "e\u0301t\u00E9"],
            WordTokens.Split("States Parties' plan,  2026–受害者\n👩🏽e\u0301t\u00E9"));
    }

    [Fact]
    public void Split_JoinsBackToTheText_ForAnyString()
    {
        Gen.String.Sample(text => Assert.Equal(text, string.Concat(WordTokens.Split(text))), iter: 2000);
    }

    /// <summary>The text with both sides' edits, for a case of <see cref="SeparatedEdits"/>.</summary>
    internal static string ExpectedOfSeparatedEdits(Case testCase) =>
        Text(Apply(testCase.Ancestor, testCase.Steps.Select(step => step.Mine != Action.Keep ? (step.Mine, "m") : (step.Theirs, "t")).ToList()));

    private static List<Entry> Apply(List<Entry> ancestor, List<Step> steps, bool mine) =>
        Apply(ancestor, steps.Select(step => (mine ? step.Mine : step.Theirs, step.Shared ? "s" : mine ? "m" : "t")).ToList());

    /// <summary>The ancestor with one action per position; added words are named by prefix, position and kind.</summary>
    private static List<Entry> Apply(List<Entry> ancestor, List<(Action Action, string Prefix)> plan)
    {
        var result = new List<Entry>();
        for (var i = 0; i < plan.Count; i++)
        {
            var (action, prefix) = plan[i];
            if (action is Action.InsertBefore or Action.InsertAndReplace) result.Add(new Entry($"{prefix}{i}i", " "));
            if (i == ancestor.Count) break;
            var entry = ancestor[i];
            if (action is Action.Replace or Action.InsertAndReplace) result.Add(entry with { Word = $"{prefix}{i}r" });
            else if (action != Action.Delete) result.Add(entry);
        }
        return result;
    }

    private static string Text(IEnumerable<Entry> entries) => string.Concat(entries.Select(e => e.Word + e.Separator));

    private static List<string> Words(string text) =>
        WordTokens.Split(text).Where(token => token.Any(char.IsLetterOrDigit) || char.IsSurrogate(token[0])).ToList();

    private static string Quote(string text) => "\"" + text.Replace("\n", "\\n") + "\"";
}
