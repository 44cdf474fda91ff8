using System.Text;
using VaDrafting.Docx.Packaging;
using Xunit;

namespace VaDrafting.Docx.Tests;

public sealed class DeclarationScannerTests
{
    [Fact]
    public void Feed_FindsADeclarationSplitAcrossEveryPossibleChunkBoundary()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<!DOCTYPE root>\n<root/>");
        for (var split = 1; split < bytes.Length; split++)
        {
            var scanner = new DeclarationScanner();
            scanner.Feed(bytes.AsSpan(0, split));
            scanner.Feed(bytes.AsSpan(split));
            Assert.True(scanner.Found, $"missed when split at {split}");
        }
    }

    [Fact]
    public void Feed_FindsADeclarationFedOneByteAtATime()
    {
        var bytes = Encoding.Unicode.GetBytes("<a>text</a><!ENTITY e \"x\">");
        var scanner = new DeclarationScanner();

        foreach (var b in bytes) scanner.Feed([b]);

        Assert.True(scanner.Found);
    }

    [Fact]
    public void Feed_IgnoresOrdinaryMarkup()
    {
        var scanner = new DeclarationScanner();

        scanner.Feed(Encoding.UTF8.GetBytes("<w:document><w:body><w:p><w:r><w:t>&lt;!DOCTYPE is text here</w:t></w:r></w:p></w:body></w:document>"));

        Assert.False(scanner.Found);
    }
}
