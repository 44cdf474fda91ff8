using System.Text;
using VaDrafting.Storage.History;
using Xunit;

namespace VaDrafting.Storage.Tests;

public sealed class DocumentLinesTests
{
    private static DocumentLines Parse(string text) => DocumentLines.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Parse_FindsBlocksTablesAndFootnotesByTheirIds()
    {
        var lines = Parse("# Scope {#h1}\n\n   1. First. {#n1}\n   1. Second. {#n2}\n\n| A | B | {#t1}\n| --- | --- |\n| x | y | {#r1}\n\nAfter.[^f1] {#p1}\n\n[^f1]: A note.\n");

        Assert.Equal(["h1", "n1", "n2", "t1", "p1"], lines.BlockOrder);
        Assert.Equal("| A | B | {#t1}\n| --- | --- |\n| x | y | {#r1}", lines.Line("t1"));
        Assert.False(lines.Contains("r1"));
        Assert.Equal("   1. Second. {#n2}", lines.Line("n2"));
        Assert.Equal("[^f1]: A note.", lines.Line("fn:f1"));
        Assert.Null(lines.Line("p9"));
    }

    [Fact]
    public void Parse_SeparatesTwoAdjacentTablesAndReadsCrlfLines()
    {
        var lines = Parse("| A | {#t1}\r\n| --- |\r\n| x | {#r1}\r\n| B | {#t2}\r\n| --- |\r\n| y | {#r2}\r\nEmpty next. {#p1}\r\n{#p2}\r\n");

        Assert.Equal(["t1", "t2", "p1", "p2"], lines.BlockOrder);
        Assert.Equal("| A | {#t1}\n| --- |\n| x | {#r1}", lines.Line("t1"));
        Assert.Equal("{#p2}", lines.Line("p2"));
    }

    [Fact]
    public void Hash_DiffersWhenTheLineDiffersAndMatchesWhenItDoesNot()
    {
        var before = Parse("One. {#p1}\n\nTwo. {#p2}\n");
        var after = Parse("Two. {#p2}\n\nOne! {#p1}\n");

        Assert.Equal(before.Hash("p2"), after.Hash("p2"));
        Assert.NotEqual(before.Hash("p1"), after.Hash("p1"));
    }
}
