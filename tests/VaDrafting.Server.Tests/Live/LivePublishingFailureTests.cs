using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using VaDrafting.Core.Consultation;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Live;
using VaDrafting.Server.Tests.Consultation;

namespace VaDrafting.Server.Tests.Live;

/// <summary>The server with live publishing broken: every send to clients fails.</summary>
public sealed class BrokenLiveServer : ConsultationServer
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IHubContext<DraftingHub, IDraftingClient>, FailingHubContext>());
    }

    private sealed class FailingHubContext : IHubContext<DraftingHub, IDraftingClient>
    {
        public IHubClients<IDraftingClient> Clients { get; } = new FailingClients();

        public IGroupManager Groups => throw new InvalidOperationException("The live connections are down.");
    }

    private sealed class FailingClients : IHubClients<IDraftingClient>
    {
        private static readonly IDraftingClient Failing = new FailingClient();

        public IDraftingClient All => Failing;

        public IDraftingClient AllExcept(IReadOnlyList<string> excludedConnectionIds) => Failing;

        public IDraftingClient Client(string connectionId) => Failing;

        public IDraftingClient Clients(IReadOnlyList<string> connectionIds) => Failing;

        public IDraftingClient Group(string groupName) => Failing;

        public IDraftingClient GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => Failing;

        public IDraftingClient Groups(IReadOnlyList<string> groupNames) => Failing;

        public IDraftingClient User(string userId) => Failing;

        public IDraftingClient Users(IReadOnlyList<string> userIds) => Failing;
    }

    private sealed class FailingClient : IDraftingClient
    {
        public Task PresenceChanged(string documentId, IReadOnlyList<PresenceView> present, int total) => Fail();

        public Task VersionAdded(string documentId, VersionAddedView added) => Fail();

        public Task ThreadChanged(string documentId, ThreadView thread) => Fail();

        public Task ThreadRemoved(string documentId, string threadId) => Fail();

        public Task RoundChanged(string documentId, RoundView round) => Fail();

        public Task AnswerChanged(string documentId, AnswerView answer) => Fail();

        public Task BlockChanged(string documentId, BlockChangedView change) => Fail();

        private static Task Fail() => Task.FromException(new InvalidOperationException("The live connections are down."));
    }
}

public sealed class LivePublishingFailureTests(BrokenLiveServer server) : IClassFixture<BrokenLiveServer>
{
    [Fact]
    public async Task WritesSucceed_WhenPublishingTheirEventsFails()
    {
        var steps = new ConsultationSteps(server);
        var (id, tag) = await steps.CirculatedDocumentAsync();
        var round = await steps.OpenRoundAsync(id, tag, RoundVisibility.Closed, ["albania"]);

        var thread = await steps.CommentAsAsync(Delegates.Albania, id, round.Id, ConsultationSteps.ScopeBlock, 0, 4, "Albania agrees.");
        var history = await steps.HistoryAsync(id);

        Assert.Equal(ThreadStage.Submitted, thread.Stage);
        Assert.Equal(HttpStatusCode.OK, (await (await server.SignInAsync(DemoPeople.Coordinator)).GetAsync(
            $"/api/documents/{id}/threads/{thread.Id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(3, history.Count);
    }
}
