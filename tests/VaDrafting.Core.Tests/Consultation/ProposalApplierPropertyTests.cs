using CsCheck;
using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Model;
using VaDrafting.Core.Tests.Markdown;
using Xunit;

namespace VaDrafting.Core.Tests.Consultation;

public class ProposalApplierPropertyTests
{
    private static readonly Gen<(InlineContent Content, int From, int Length, string Replacement)> Cases = Gen.Select(
        DocumentGenerators.Content(DocumentGenerators.MaxFootnotes), Gen.Int[0, 200], Gen.Int[0, 30],
        Gen.OneOf("", "x", "national plan", "受害者援助", "👩🏽‍🦯", " ", "a\tb"));

    [Fact]
    public void Apply_ChangesOnlyTheRange_AndKeepsFootnotesAndTheMarksOfUntouchedText()
    {
        Cases.Sample(testCase =>
        {
            var (content, from, length, replacement) = testCase;
            var text = content.PlainText;
            var start = Snap(text, from % (text.Length + 1));
            var end = Snap(text, Math.Min(text.Length, start + length));
            var document = new DraftDocument([new ParagraphBlock("para01", content)],
                Enumerable.Range(1, DocumentGenerators.MaxFootnotes).Select(n => new Footnote(DocumentGenerators.FootnoteId(n), InlineContent.FromText("Note."))).ToList());

            var result = ProposalApplier.Apply(document, TextAnchor.Create(document, "para01", start, end), new ProposedChange(replacement));
            var changed = ((ParagraphBlock)result.Blocks[0]).Content;

            Assert.Equal(text[..start] + replacement + text[end..], changed.PlainText);
            Assert.Equal(References(content), References(changed));
            var before = Styles(content);
            var after = Styles(changed);
            Assert.Equal(before[..start], after[..start]);
            Assert.Equal(before[end..], after[(start + replacement.Length)..]);
            Assert.Equal(document.Footnotes, result.Footnotes);
        }, iter: 2000);
    }

    private static int Snap(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) ? offset - 1 : offset;

    private static string[] References(InlineContent content) =>
        content.OfType<FootnoteRefInline>().Select(r => r.FootnoteId).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The marks and link of every plain-text position ("break" for a line break).</summary>
    private static string[] Styles(InlineContent content) => content.SelectMany(item => item switch
    {
        TextInline text => Enumerable.Repeat($"{text.Marks}|{text.Href}", text.Text.Length),
        LineBreakInline => ["break"],
        _ => [],
    }).ToArray();
}
