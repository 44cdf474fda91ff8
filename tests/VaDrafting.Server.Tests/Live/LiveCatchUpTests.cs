using System.Net.Http.Json;
using VaDrafting.Core.Consultation;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Tests.Consultation;

namespace VaDrafting.Server.Tests.Live;

public sealed class LiveCatchUpTests(LiveServer server) : IClassFixture<LiveServer>
{
    private readonly ConsultationSteps steps = new(server);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Join_ReturnsTheVersionsMissedSinceTheLastSeen_NewestFirst_DisclosedAsTheHistoryDisclosesThem()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var seen = (await steps.HistoryAsync(id))[0].CommitId;
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania", "lao-pdr"]);
        await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 0, 8, "Lao PDR would measure progress per province.");

        await using var observer = await LiveClient.ConnectAsync(server, DemoPeople.Observer);
        await using var lao = await LiveClient.ConnectAsync(server, Delegates.LaoPdr);
        var observerJoin = await observer.JoinAsync(id, seen);
        var laoJoin = await lao.JoinAsync(id, seen);

        var observerHistory = await steps.HistoryAsync(id, DemoPeople.Observer);
        var laoHistory = await steps.HistoryAsync(id, Delegates.LaoPdr);
        Assert.Equal(observerHistory[0].CommitId, observerJoin.HeadCommitId);
        Assert.False(observerJoin.MissedTruncated);
        Assert.Equal(2, observerJoin.Missed.Count);
        Assert.Equal(observerHistory.Take(2).Select(Describe), observerJoin.Missed.Select(Describe));
        Assert.Equal(laoHistory.Take(2).Select(Describe), laoJoin.Missed.Select(Describe));
        Assert.Equal(VersionDisclosure.ParticipantName, observerJoin.Missed[0].AuthorName);
        Assert.Equal("Vilay Phommachanh", laoJoin.Missed[0].AuthorName);
    }

    [Fact]
    public async Task Join_WithoutALastSeenVersion_MissesNothing_AndWithTheHead_MissesNothing()
    {
        var (id, _) = await steps.CirculatedDocumentAsync();
        await using var client = await LiveClient.ConnectAsync(server, DemoPeople.Contributor);

        var fresh = await client.JoinAsync(id, null);
        var current = await client.JoinAsync(id, fresh.HeadCommitId);

        Assert.Empty(fresh.Missed);
        Assert.False(fresh.MissedTruncated);
        Assert.Empty(current.Missed);
        Assert.False(current.MissedTruncated);
    }

    [Fact]
    public async Task Join_WithAnUnknownLastSeenVersion_ReturnsTheLatestVersionsMarkedTruncated()
    {
        var (id, _) = await steps.CirculatedDocumentAsync();
        await using var client = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);

        var join = await client.JoinAsync(id, new string('a', 40));

        Assert.True(join.MissedTruncated);
        Assert.Equal((await steps.HistoryAsync(id)).Select(v => v.CommitId), join.Missed.Select(v => v.CommitId));
        Assert.Contains(join.Missed, v => v.Tags.Count == 1);
    }

    [Fact]
    public async Task Join_AfterMoreThanTwoHundredMissedVersions_ReturnsTwoHundredMarkedTruncated()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var seen = (await steps.HistoryAsync(id))[0].CommitId;
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Open, ["albania"], ["Is the scope right?"]);
        var albania = await server.SignInAsync(Delegates.Albania);
        for (var answer = 0; answer < 200; answer++)
        {
            var response = await albania.PutAsJsonAsync($"/api/documents/{id}/rounds/{round.Id}/answers",
                new { questionId = round.Questions[0].Id, text = $"Albania's answer, revision {answer}." }, Cancel);
            response.EnsureSuccessStatusCode();
        }
        await using var client = await LiveClient.ConnectAsync(server, DemoPeople.Coordinator);

        var join = await client.JoinAsync(id, seen);

        Assert.True(join.MissedTruncated);
        Assert.Equal(200, join.Missed.Count);
        Assert.Equal(join.HeadCommitId, join.Missed[0].CommitId);
    }

    private static string Describe(VersionView version) => $"{version.CommitId} {version.AuthorId} {version.AuthorName} {version.Organisation} {version.Message}";
}
