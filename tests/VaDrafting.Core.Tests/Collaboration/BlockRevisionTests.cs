using System.Security.Cryptography;
using System.Text;
using CsCheck;
using VaDrafting.Core.Collaboration;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Tests.Markdown;
using Xunit;
using static VaDrafting.Core.Tests.Markdown.Doc;

namespace VaDrafting.Core.Tests.Collaboration;

public class BlockRevisionTests
{
    private static string Sha256Prefix(string line) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)))[..BlockRevision.Length];

    [Fact]
    public void Of_IsTheHashOfTheCanonicalLine()
    {
        var block = P("para1", C(T("Survivors take "), T("part", B), T("."), Ref("note1")));

        Assert.Equal("Survivors take **part**.[^note1] {#para1}", DocumentMarkdown.WriteBlock(block));
        Assert.Equal(Sha256Prefix("Survivors take **part**.[^note1] {#para1}"), BlockRevision.Of(block));
        Assert.Matches("^[0-9a-f]{12}$", BlockRevision.Of(block));
    }

    [Fact]
    public void Of_ATable_HashesAllItsLines()
    {
        var table = Table("tab1", [C("State")], ("row1", [C("Iraq")]));

        Assert.Equal("| State | {#tab1}\n| --- |\n| Iraq | {#row1}", DocumentMarkdown.WriteBlock(table));
        Assert.Equal(Sha256Prefix("| State | {#tab1}\n| --- |\n| Iraq | {#row1}"), BlockRevision.Of(table));
    }

    [Fact]
    public void Of_ChangesWithTextMarksKindLevelAndId()
    {
        var revisions = new[]
        {
            BlockRevision.Of(P("para1", "Data")),
            BlockRevision.Of(P("para1", "Data.")),
            BlockRevision.Of(P("para1", C(T("Data", B)))),
            BlockRevision.Of(new QuoteBlock("para1", C("Data"))),
            BlockRevision.Of(new HeadingBlock("para1", 1, C("Data"))),
            BlockRevision.Of(new HeadingBlock("para1", 2, C("Data"))),
            BlockRevision.Of(Bullet("para1", 0, "Data")),
            BlockRevision.Of(Bullet("para1", 1, "Data")),
            BlockRevision.Of(P("para2", "Data")),
        };

        Assert.Equal(revisions.Length, revisions.Distinct().Count());
        Assert.Equal(revisions[0], BlockRevision.Of(P("para1", "Data")));
    }

    [Fact]
    public void Of_AnInvalidBlock_Throws()
    {
        Assert.Throws<ArgumentException>(() => BlockRevision.Of(new HeadingBlock("head1", 7, C("Too deep"))));
        Assert.Throws<ArgumentException>(() => BlockRevision.Of(P("BAD", "Id in capitals")));
        Assert.Throws<ArgumentNullException>(() => BlockRevision.Of(null!));
    }

    [Fact]
    public void WriteBlock_GivesEachBlockItsLineInTheDocument()
    {
        DocumentGenerators.Document.Sample(document =>
        {
            var text = DocumentMarkdown.Write(document);
            var lines = text.Split('\n');
            foreach (var block in document.Blocks)
            {
                var blockLines = DocumentMarkdown.WriteBlock(block).Split('\n');
                var start = Array.IndexOf(lines, blockLines[0]);
                Assert.True(start >= 0, $"'{blockLines[0]}' is not a line of\n{text}");
                Assert.Equal(blockLines, lines.Skip(start).Take(blockLines.Length));
            }
        }, iter: 200, print: ModelDump.Describe);
    }

    [Fact]
    public void Of_IsEqualExactlyForEqualBlocks()
    {
        Gen.Select(DocumentGenerators.Document, DocumentGenerators.Document).Sample((first, second) =>
        {
            var revised = first.Blocks.Concat(second.Blocks).Select(block => (Block: block, Revision: BlockRevision.Of(block))).ToList();
            foreach (var a in revised)
            {
                foreach (var b in revised)
                    Assert.Equal(a.Block.Equals(b.Block), a.Revision == b.Revision);
            }
        }, iter: 100);
    }
}
