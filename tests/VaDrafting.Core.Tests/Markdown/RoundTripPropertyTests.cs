using CsCheck;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using Xunit;

namespace VaDrafting.Core.Tests.Markdown;

public partial class RoundTripPropertyTests
{
    [Fact]
    public void ParseOfWrite_ReturnsTheDocument_AndWritingAgainGivesTheSameText()
    {
        DocumentGenerators.Document.Sample(document =>
        {
            var text = DocumentMarkdown.Write(document);
            var parsed = DocumentMarkdown.Parse(text);
            Assert.True(document.Equals(parsed), $"Parsed document differs.\nExpected:\n{ModelDump.Describe(document)}\nActual:\n{ModelDump.Describe(parsed)}\nText:\n{text}");
            Assert.Equal(text, DocumentMarkdown.Write(parsed));
        }, iter: 2000, print: ModelDump.Describe);
    }

    [Fact]
    public void InlineParseOfWrite_ReturnsTheContent()
    {
        DocumentGenerators.Content(DocumentGenerators.MaxFootnotes).Sample(content =>
        {
            var markdown = InlineMarkdown.Write(content);
            var parsed = InlineMarkdown.Parse(markdown);
            Assert.True(content.Equals(parsed), $"Parsed content differs.\nExpected: {ModelDump.Describe(content)}\nActual:   {ModelDump.Describe(parsed)}\nMarkdown: {markdown}");
            Assert.Equal(markdown, InlineMarkdown.Write(parsed));
        }, iter: 5000, print: ModelDump.Describe);
    }

    [Fact]
    public void InlineParse_OfAnythingTyped_GivesContentThatRoundTrips()
    {
        DocumentGenerators.TypedMarkdown.Sample(typed =>
        {
            var content = InlineMarkdown.Parse(typed);
            var markdown = InlineMarkdown.Write(content);
            var parsed = InlineMarkdown.Parse(markdown);
            Assert.True(content.Equals(parsed), $"Typed: {typed}\nContent: {ModelDump.Describe(content)}\nWritten: {markdown}\nRead back: {ModelDump.Describe(parsed)}");
        }, iter: 3000);
    }

    [Fact]
    public void Write_ProducesTheBlankLineConvention_ForRandomDocuments()
    {
        DocumentGenerators.Document.Sample(document =>
        {
            var text = DocumentMarkdown.Write(document);
            Assert.Equal(ExpectedLineShape(document), LineShape(text));
        }, iter: 500, print: ModelDump.Describe);
    }

    /// <summary>'B' for a block line, 'D' for a table delimiter line, 'F' for a footnote, '.' for a blank line.</summary>
    private static string ExpectedLineShape(DraftDocument document)
    {
        var shape = new System.Text.StringBuilder();
        Block? previous = null;
        foreach (var block in document.Blocks)
        {
            if (previous is not null) shape.Append(previous is ListItemBlock && block is ListItemBlock ? "" : ".");
            shape.Append(block is TableBlock table ? "BD" + new string('B', table.Rows.Count) : "B");
            previous = block;
        }
        if (document.Footnotes.Count > 0 && previous is not null) shape.Append('.');
        shape.Append('F', document.Footnotes.Count);
        return shape.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\[\^[a-z0-9]{4,16}\]:")]
    private static partial System.Text.RegularExpressions.Regex FootnoteLine();

    private static string LineShape(string text)
    {
        if (text.Length == 0) return "";
        Assert.EndsWith("\n", text);
        Assert.False(text.EndsWith("\n\n", StringComparison.Ordinal), "the file must end with a single newline");
        var lines = text[..^1].Split('\n');
        return string.Concat(lines.Select(line =>
            line.Length == 0 ? '.' :
            line.StartsWith("| --- |", StringComparison.Ordinal) && !line.Contains("{#", StringComparison.Ordinal) ? 'D' :
            FootnoteLine().IsMatch(line) ? 'F' : 'B'));
    }
}
