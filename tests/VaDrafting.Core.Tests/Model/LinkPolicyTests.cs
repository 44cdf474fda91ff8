using VaDrafting.Core.Model;
using Xunit;

namespace VaDrafting.Core.Tests.Model;

public class LinkPolicyTests
{
    [Theory]
    [InlineData("https://www.clusterconvention.org/")]
    [InlineData("http://example.org")]
    [InlineData("HTTPS://EXAMPLE.ORG")]
    [InlineData("mailto:isu@example.org")]
    [InlineData("https://example.org/a b")]
    public void IsAllowed_WebAndMailLinks(string href)
    {
        Assert.True(LinkPolicy.IsAllowed(href));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org")]
    [InlineData("/relative")]
    [InlineData(" https://example.org")]
    [InlineData("https://example.org/\u0000")]
    [InlineData("https://example.org/\n")]
    public void IsAllowed_RejectsEverythingElse(string? href)
    {
        Assert.False(LinkPolicy.IsAllowed(href));
    }
}
