using VaDrafting.Server.Live;
using Xunit;

namespace VaDrafting.Server.Tests.Live;

public sealed class PresenceListsTests
{
    private static PresenceView Reader(int n) => new($"reader-{n}", $"Reader {n}", "lebanon", "Lebanon", null, null);

    private static PresenceView Editor(int n, string blockId) => new($"editor-{n}", $"Editor {n}", "panama", "Panama", null, blockId);

    [Fact]
    public void Shown_KeepsAShortListWhole()
    {
        var everyone = Enumerable.Range(1, 5).Select(Reader).ToList();
        Assert.Equal(everyone, PresenceLists.Shown(everyone, max: 5));
    }

    [Fact]
    public void Shown_TakesTheEarliestArrivals_UpToTheMaximum()
    {
        var everyone = Enumerable.Range(1, 250).Select(Reader).ToList();
        var shown = PresenceLists.Shown(everyone);
        Assert.Equal(PresenceLists.MaxShown, shown.Count);
        Assert.Equal(everyone.Take(PresenceLists.MaxShown), shown);
    }

    [Fact]
    public void Shown_AlwaysKeepsThePeopleEditing_InOrderOfArrival()
    {
        var everyone = Enumerable.Range(1, 10).Select(Reader).Append(Editor(1, "q9yri4")).Concat(Enumerable.Range(11, 5).Select(Reader))
            .Append(Editor(2, "hw03cz")).ToList();
        var shown = PresenceLists.Shown(everyone, max: 4);
        Assert.Equal(["reader-1", "reader-2", "editor-1", "editor-2"], shown.Select(p => p.UserId));
    }
}
