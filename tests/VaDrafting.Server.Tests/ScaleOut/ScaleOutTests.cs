using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Options;
using VaDrafting.Core.Consultation;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Live;
using VaDrafting.Server.Tests.Consultation;
using VaDrafting.Server.Tests.Live;

namespace VaDrafting.Server.Tests.ScaleOut;

public sealed class ScaleOutTests(ScaledOutServers cluster) : IClassFixture<ScaledOutServers>
{
    private const string ThreadChanged = nameof(IDraftingClient.ThreadChanged);
    private const string BlockChanged = nameof(IDraftingClient.BlockChanged);

    private readonly ConsultationSteps steps = new(cluster.A);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Presence_IsTheSameOnEveryInstance_ThroughJoiningMovingAndLeaving_WithTabsOnTwoInstancesMerged()
    {
        var (id, _) = await steps.CirculatedDocumentAsync();
        await using var anaOnA = await LiveClient.ConnectAsync(cluster.A, DemoPeople.Coordinator);
        await using var albaniaOnB = await LiveClient.ConnectAsync(cluster.B, Delegates.Albania);
        var anaOnB = await LiveClient.ConnectAsync(cluster.B, DemoPeople.Coordinator);

        Assert.Equal([DemoPeople.Coordinator], (await anaOnA.JoinAsync(id)).Present.Select(p => p.UserId));
        Assert.Equal([DemoPeople.Coordinator, Delegates.Albania], (await albaniaOnB.JoinAsync(id)).Present.Select(p => p.UserId));
        await anaOnA.WaitForPresenceAsync(id, present => present.Select(p => p.UserId).SequenceEqual([DemoPeople.Coordinator, Delegates.Albania]));
        var secondTab = await anaOnB.JoinAsync(id);
        Assert.Equal([DemoPeople.Coordinator, Delegates.Albania], secondTab.Present.Select(p => p.UserId));

        await anaOnA.UpdatePresenceAsync(id, "hpart1", "nfocal");
        var moved = await albaniaOnB.WaitForPresenceAsync(id, present => present.Any(p => p.EditingBlockId == "nfocal"));
        Assert.Equal(("hpart1", "nfocal"), moved.Where(p => p.UserId == DemoPeople.Coordinator).Select(p => (p.SectionId, p.EditingBlockId)).Single());
        await albaniaOnB.UpdatePresenceAsync(id, "hintro");
        await anaOnA.WaitForPresenceAsync(id, present => present.Any(p => p.UserId == Delegates.Albania && p.SectionId == "hintro"));
        Assert.Equal(cluster.A.Services.GetRequiredService<PresenceTracker>().Present(id), cluster.B.Services.GetRequiredService<PresenceTracker>().Present(id));

        await anaOnA.LeaveAsync(id);
        // Ana remains by her tab on B, which arrived after Albania.
        var afterLeaving = await albaniaOnB.WaitForPresenceAsync(id, present => present.All(p => p.EditingBlockId is null));
        Assert.Equal([Delegates.Albania, DemoPeople.Coordinator], afterLeaving.Select(p => p.UserId));
        await anaOnB.DisposeAsync();
        var alone = await albaniaOnB.WaitForPresenceAsync(id, present => present.Count == 1);
        Assert.Equal(Delegates.Albania, alone[0].UserId);
        Assert.Equal(0, cluster.A.Services.GetRequiredService<PresenceTracker>().DocumentCount(anaOnA.Connection.ConnectionId!));
    }

    [Fact]
    public async Task People_OfAnInstanceThatStops_DisappearFromTheOthers_WithinTheExpiry()
    {
        var (id, _) = await steps.CirculatedDocumentAsync();
        var c = cluster.StartInstance();
        await using var lebanonOnC = await LiveClient.ConnectAsync(c, Delegates.Lebanon);
        await lebanonOnC.JoinAsync(id);
        // An instance that dies without a word: its place in Redis stays until its stamp expires.
        var expiry = TimeSpan.FromSeconds(ScaledOutServers.PresenceExpirySeconds);
        using var crashedRedis = new LiveRedis(Options.Create(new LiveOptions { Redis = cluster.Redis.ConnectionString, RedisChannelPrefix = cluster.Prefix }));
        var crashedPlaces = new RedisPresencePlaces(crashedRedis, new LiveInstance());
        await crashedPlaces.RenewAsync(expiry);
        new PresenceTracker(crashedPlaces).Join(id, "connection-of-a-crashed-instance", new LiveMember(Delegates.Iraq, "Samir Kareem", "iraq", "Iraq", IsCoordinator: false));
        await using var observerOnB = await LiveClient.ConnectAsync(cluster.B, DemoPeople.Observer);

        var joined = await observerOnB.JoinAsync(id);
        Assert.Equal([Delegates.Lebanon, Delegates.Iraq, DemoPeople.Observer], joined.Present.Select(p => p.UserId));

        var stopped = Stopwatch.StartNew();
        await c.DisposeAsync();
        var remaining = await observerOnB.WaitForPresenceAsync(id, present => present.Count == 1);
        Assert.Equal(DemoPeople.Observer, remaining[0].UserId);
        Assert.InRange(stopped.Elapsed, TimeSpan.Zero, expiry * 4 / 3 + TimeSpan.FromSeconds(3));
        Assert.Equal([DemoPeople.Observer], cluster.A.Services.GetRequiredService<PresenceTracker>().Present(id).Select(p => p.UserId));
    }

    [Fact]
    public async Task EditsAndThreadsMadeOnA_ReachClientsOnB_AndAClosedRoundsThreadNeverReachesAnotherOrganisation()
    {
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Closed, ["albania", "lao-pdr"]);
        await using var panamaOnA = await LiveClient.ConnectAsync(cluster.A, DemoPeople.Coordinator);
        await using var albaniaOnB = await LiveClient.ConnectAsync(cluster.B, Delegates.Albania);
        await using var laoOnB = await LiveClient.ConnectAsync(cluster.B, Delegates.LaoPdr);
        await using var chileOnB = await LiveClient.ConnectAsync(cluster.B, DemoPeople.SecondCoordinator);
        foreach (var client in new[] { panamaOnA, albaniaOnB, laoOnB, chileOnB }) await client.JoinAsync(id);

        var laoThread = await steps.CommentAsAsync(Delegates.LaoPdr, id, round.Id, ConsultationSteps.LastBlock, 0, 8, "Lao PDR's closed comment.");
        foreach (var client in new[] { laoOnB, chileOnB, panamaOnA })
        {
            var live = await client.WaitForAsync<ThreadView>(ThreadChanged, t => t.Id == laoThread.Id);
            Assert.Equal("Lao PDR's closed comment.", live.Opening.Text);
        }
        var source = await BlockAsync(cluster.A, id, ConsultationSteps.ScopeBlock);
        var edited = source.Text.Replace("plan victim assistance", "plan and fund victim assistance", StringComparison.Ordinal);
        var result = await panamaOnA.EditBlockAsync(id, ConsultationSteps.ScopeBlock, source.CommitId, edited);
        Assert.Equal(EditOutcome.Saved, result.Outcome);
        foreach (var client in new[] { albaniaOnB, laoOnB, chileOnB })
        {
            var change = await client.WaitForAsync<BlockChangedView>(BlockChanged, c => c.Version.CommitId == result.Version!.CommitId);
            Assert.Equal((ConsultationSteps.ScopeBlock, result.Revision), (change.BlockId, change.Revision));
        }

        // Events reach each connection in order: once the closing arrives, anything sent to it earlier has arrived.
        var close = await (await cluster.A.SignInAsync(DemoPeople.Coordinator)).PostAsync($"/api/documents/{id}/rounds/{round.Id}/close", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        await albaniaOnB.WaitForAsync<RoundView>(nameof(IDraftingClient.RoundChanged), r => r.Id == round.Id && r.Phase == RoundPhase.Closed);
        Assert.DoesNotContain(albaniaOnB.Events, e => e.Name == ThreadChanged);
        Assert.Single(chileOnB.Received<ThreadView>(ThreadChanged), t => t.Id == laoThread.Id);
        Assert.Single(laoOnB.Received<ThreadView>(ThreadChanged), t => t.Id == laoThread.Id);
    }

    [Fact]
    public async Task EditsOfOneParagraphFromBothInstancesAtOnce_EachGetAnAnswer_AndGitHoldsExactlyTheSavedOnes()
    {
        const int editorsPerInstance = 8;
        const int words = editorsPerInstance;
        var paragraph = string.Join(" ", Enumerable.Range(0, words).Select(w => $"word{w:00}")) + ".";
        var coordinator = await cluster.A.SignInAsync(DemoPeople.Coordinator);
        var created = await coordinator.PostAsync("/api/documents", HttpAssertions.WordUpload(WordFiles.Docx(WordFiles.SmallGuidance(paragraph))), Cancel)
            .WaitAsync(LiveClient.Timeout, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadAsync<CreatedDocumentView>()).Id;
        var clients = new List<LiveClient>();
        try
        {
            foreach (var instance in new[] { cluster.A, cluster.B })
            {
                var token = await instance.TokenAsync(DemoPeople.Coordinator).WaitAsync(LiveClient.Timeout, Cancel);
                clients.AddRange(await Task.WhenAll(Enumerable.Range(0, editorsPerInstance).Select(i => LiveClient.ConnectWithTokenAsync(instance, $"editor{clients.Count + i}", token))));
            }
            var source = await BlockAsync(cluster.B, id, ConsultationSteps.LastBlock);
            // Editor i on A and editor i on B change the same word differently.
            string TextOf(int editor) => source.Text.Replace($"word{editor % words:00}", $"edit{editor:00}", StringComparison.Ordinal);

            var results = await Task.WhenAll(clients.Select((client, i) => client.EditBlockAsync(id, ConsultationSteps.LastBlock, source.CommitId, TextOf(i))));

            Assert.All(results, r => Assert.Contains(r.Outcome, new[] { EditOutcome.Saved, EditOutcome.Merged, EditOutcome.Conflict }));
            var stored = results.Where(r => r.Outcome is EditOutcome.Saved or EditOutcome.Merged).ToList();
            Assert.Equal(words, stored.Count);
            var history = await steps.HistoryAsync(id);
            var edits = history.Where(v => v.Message == "Edit “Part I. Affected States” (plast)").Select(v => v.CommitId).Order(StringComparer.Ordinal);
            Assert.Equal(edits, stored.Select(r => r.Version!.CommitId).Order(StringComparer.Ordinal));
            var last = Assert.Single(stored, r => r.Version!.CommitId == history[0].CommitId);
            Assert.Equal(last.Text, (await BlockAsync(cluster.A, id, ConsultationSteps.LastBlock)).Text);
        }
        finally
        {
            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    private static async Task<BlockSourceView> BlockAsync(InstanceServer instance, string id, string blockId)
    {
        var coordinator = await instance.SignInAsync(DemoPeople.Coordinator);
        var response = await coordinator.GetAsync($"/api/documents/{id}/blocks/{blockId}", Cancel).WaitAsync(LiveClient.Timeout, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<BlockSourceView>();
    }
}
