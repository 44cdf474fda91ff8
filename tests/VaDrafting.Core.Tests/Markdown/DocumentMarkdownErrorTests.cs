using VaDrafting.Core.Markdown;
using Xunit;

namespace VaDrafting.Core.Tests.Markdown;

public class DocumentMarkdownErrorTests
{
    [Theory]
    [InlineData("Intro {#p00001}\n\nno id on this line\n", 3, "no id")]
    [InlineData("Text {#AB12}", 1, "block id 'AB12'")]
    [InlineData("Text {#abc}", 1, "block id 'abc'")]
    [InlineData("Text {#abcdefghijklmnopq}", 1, "block id 'abcdefghijklmnopq'")]
    [InlineData("Text {#ab-cd}", 1, "block id 'ab-cd'")]
    [InlineData("Text{#abcd}", 1, "separated from the content by a space")]
    [InlineData("Text \\{#abcd}", 1, "no id")]
    [InlineData("Text {#abcd} trailing", 1, "no id")]
    public void Parse_MissingOrInvalidId_ReportsTheLine(string text, int line, string message) =>
        AssertFails(text, line, message);

    [Theory]
    [InlineData("A {#abcd}\n\nB {#abcd}\n", 3, "already used on line 1")]
    [InlineData("| A | {#t00001}\n| --- |\n| 1 | {#t00001}\n", 3, "already used on line 1")]
    [InlineData("Para {#abcd}\n\n[^abcd]: note\n", 3, "already used on line 1")]
    [InlineData("[^fn0001]: one\n[^fn0001]: two\n", 2, "already used on line 1")]
    public void Parse_DuplicateId_ReportsTheSecondOccurrence(string text, int line, string message) =>
        AssertFails(text, line, message);

    [Theory]
    [InlineData("| a | b | {#t00001}\n| --- | --- |\n| c | {#r00001}\n", 3, "1 cells but the header on line 1 has 2")]
    [InlineData("| a | b | {#t00001}\n| --- | --- |\n| c | d | e | {#r00001}\n", 3, "3 cells but the header on line 1 has 2")]
    [InlineData("| a | b | {#t00001}\n| c | d | {#r00001}\n", 1, "delimiter line")]
    [InlineData("Intro {#p00001}\n\n| c | d | {#r00001}\n", 3, "delimiter line")]
    [InlineData("| a | b | {#t00001}\n| --- |\n", 2, "1 columns but the header has 2")]
    [InlineData("Intro {#p00001}\n| --- |\n", 2, "must directly follow a table header")]
    [InlineData("| a | {#t00001}\n| --- |\n| --- |\n", 3, "must directly follow a table header")]
    [InlineData("| a | {#t00001}\n| --- |\n\nBetween {#p00001}\n\n| b | {#r00001}\n", 6, "delimiter line")]
    [InlineData("| a | b {#t00001}\n| --- | --- |\n", 1, "must end with '|'")]
    public void Parse_MalformedTable_ReportsTheLine(string text, int line, string message) =>
        AssertFails(text, line, message);

    [Theory]
    [InlineData("First {#p00001}\n\nSee[^fn0002] {#p00002}\n\n[^fn0001]: defined\n", 3, "footnote 'fn0002' is referenced but no")]
    [InlineData("| A | {#t00001}\n| --- |\n| x[^fn0009] | {#r00001}\n", 3, "footnote 'fn0009' is referenced")]
    [InlineData("See[^Bad] {#p00001}\n", 1, "'[^Bad]' does not name a valid footnote id")]
    [InlineData("Text {#p00001}\n\n[^Bad]: note\n", 3, "footnote id 'Bad'")]
    [InlineData("[^fn0001]: see [^fn0002]\n[^fn0002]: other\n", 1, "footnotes cannot contain footnote references")]
    [InlineData("[^fn0001]: note\n\nLate paragraph {#p00001}\n", 3, "blocks must come before the footnotes")]
    [InlineData("[^fn0001]: note\n| --- |\n", 2, "blocks must come before the footnotes")]
    public void Parse_FootnoteProblems_ReportTheLine(string text, int line, string message) =>
        AssertFails(text, line, message);

    [Theory]
    [InlineData("- a {#l00001}\n   - b {#l00002}\n", 2, "indented by 3 spaces; use a multiple of 2")]
    [InlineData("1. a {#l00001}\n  1. b {#l00002}\n", 2, "indented by 2 spaces; use a multiple of 3")]
    [InlineData("                  - too deep {#l00001}\n", 1, "list level 9 is deeper than the maximum 8")]
    [InlineData("Intro {#p00001}\n   indented paragraph {#p00002}\n", 2, "only list items may be indented")]
    public void Parse_BadIndentation_ReportsTheLine(string text, int line, string message) =>
        AssertFails(text, line, message);

    [Theory]
    [InlineData("!!! image Map of the area {#x00001}\n", 1, "'!!! kind: description'")]
    [InlineData("Intro {#p00001}\n\n!!! Image: Map {#x00001}\n", 3, "placeholder kind 'Image'")]
    [InlineData("!!! text box: Sidebar {#x00001}\n", 1, "placeholder kind 'text box'")]
    public void Parse_MalformedPlaceholder_ReportsTheLine(string text, int line, string message) =>
        AssertFails(text, line, message);

    [Theory]
    [InlineData("Intro {#p00001}\nNUL\0here {#p00002}\n", 2, "NUL")]
    [InlineData("Carriage\rreturn {#p00001}\n", 1, "carriage return")]
    public void Parse_CharactersThatCannotBeStored_ReportTheLine(string text, int line, string message) =>
        AssertFails(text, line, message);

    [Fact]
    public void Parse_UnpairedSurrogate_ReportsTheLine()
    {
        // Built in code: theory data would not carry an unpaired surrogate intact.
        AssertFails("Intro {#p00001}\n\nLone " + '\uD800' + " surrogate {#p00002}\n", 3, "unpaired surrogate");
    }

    [Fact]
    public void Parse_Error_MessageNamesTheLine()
    {
        var error = Assert.Throws<DocumentFormatException>(() => DocumentMarkdown.Parse("A {#abcd}\n\nB {#abcd}\n"));
        Assert.Equal("document.md line 3: id 'abcd' is already used on line 1", error.Message);
        Assert.Equal("id 'abcd' is already used on line 1", error.Problem);
    }

    private static void AssertFails(string text, int line, string message)
    {
        var error = Assert.Throws<DocumentFormatException>(() => DocumentMarkdown.Parse(text));
        Assert.Equal(line, error.LineNumber);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
