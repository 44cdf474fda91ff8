using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using VaDrafting.Server.Live;
using VaDrafting.Server.Tests.Consultation;

namespace VaDrafting.Server.Tests.Live;

public sealed class LiveSecurityTests(LiveServer server) : IClassFixture<LiveServer>
{
    private readonly ConsultationSteps steps = new(server);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task JoiningAnUnknownOrForbiddenDocument_IsRefusedAlike_AndTheConnectionStaysUsable()
    {
        var (id, _) = await steps.CirculatedDocumentAsync();
        await using var albania = await LiveClient.ConnectAsync(server, Delegates.Albania);
        await using var stranger = await LiveClient.ConnectWithTokenAsync(server, "someone-else", server.StrangerToken());
        var strangerConnection = stranger.Connection;

        var unknown = await Assert.ThrowsAsync<HubException>(() => albania.JoinAsync("no-such-document"));
        var invalid = await Assert.ThrowsAsync<HubException>(() => albania.JoinAsync("../outside"));
        var forbidden = await Assert.ThrowsAsync<HubException>(() =>
            strangerConnection.InvokeAsync<JoinResult>(nameof(DraftingHub.JoinDocument), id, null, Cancel).WaitAsync(LiveClient.Timeout, Cancel));
        var forbiddenPresence = await Assert.ThrowsAsync<HubException>(() =>
            strangerConnection.InvokeAsync(nameof(DraftingHub.UpdatePresence), id, new PresenceUpdate(null, null), Cancel).WaitAsync(LiveClient.Timeout, Cancel));

        Assert.Equal("There is no document 'no-such-document' that you can read.", LiveClient.Shown(unknown));
        Assert.Equal("There is no document '../outside' that you can read.", LiveClient.Shown(invalid));
        Assert.Equal($"There is no document '{id}' that you can read.", LiveClient.Shown(forbidden));
        Assert.Equal(LiveClient.Shown(forbidden), LiveClient.Shown(forbiddenPresence));
        var joined = await albania.JoinAsync(id);
        Assert.Equal(Delegates.Albania, Assert.Single(joined.Present).UserId);
        Assert.Equal(HubConnectionState.Connected, strangerConnection.State);
    }

    [Fact]
    public async Task AConnection_FollowsAtMostTenDocumentsAtOnce_AndMayJoinAnotherAfterLeavingOne()
    {
        var ids = new List<string>();
        for (var i = 0; i < 11; i++) ids.Add((await steps.CirculatedDocumentAsync()).Id);
        await using var reader = await LiveClient.ConnectAsync(server, DemoPeople.Observer);
        foreach (var id in ids.Take(10)) await reader.JoinAsync(id);

        var refused = await Assert.ThrowsAsync<HubException>(() => reader.JoinAsync(ids[10]));
        await reader.JoinAsync(ids[0]);
        await reader.LeaveAsync(ids[1]);
        var joined = await reader.JoinAsync(ids[10]);

        Assert.Equal("You follow 10 documents on this connection already; leave one before joining another.", LiveClient.Shown(refused));
        Assert.Equal(DemoPeople.Observer, Assert.Single(joined.Present).UserId);
    }

    [Fact]
    public async Task AnAnonymousConnection_IsRefused_AndTheQueryTokenCountsOnlyOnTheHubPath()
    {
        var anonymous = LiveClient.Build(server.HubAddress, token: null);
        await using var _ = anonymous;
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync(Cancel).WaitAsync(LiveClient.Timeout, Cancel));
        var token = await server.TokenAsync(DemoPeople.Observer);
        var http = server.CreateClient();

        var negotiate = await http.PostAsync($"/hubs/drafting/negotiate?negotiateVersion=1&access_token={token}", null, Cancel);
        var negotiateWithoutToken = await http.PostAsync("/hubs/drafting/negotiate?negotiateVersion=1", null, Cancel);
        var apiWithQueryToken = await http.GetAsync($"/api/me?access_token={token}", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, negotiateWithoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, apiWithQueryToken.StatusCode);
    }

    [Fact]
    public async Task AnOversizeMessage_ClosesOnlyTheSendersConnection()
    {
        var (id, _) = await steps.CirculatedDocumentAsync();
        await using var sender = await LiveClient.ConnectAsync(server, Delegates.Albania);
        await using var other = await LiveClient.ConnectAsync(server, Delegates.LaoPdr);
        await sender.JoinAsync(id);
        await other.JoinAsync(id);
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        sender.Connection.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };

        var oversize = new PresenceUpdate(new string('x', (int)LiveSetup.MaximumReceiveMessageSize + 1), null);
        var call = sender.Connection.InvokeAsync(nameof(DraftingHub.UpdatePresence), id, oversize, Cancel);

        await closed.Task.WaitAsync(LiveClient.Timeout, Cancel);
        await Assert.ThrowsAnyAsync<Exception>(() => call.WaitAsync(LiveClient.Timeout, Cancel));
        Assert.Equal(HubConnectionState.Disconnected, sender.Connection.State);
        var present = await other.WaitForPresenceAsync(id, p => p.All(x => x.UserId != Delegates.Albania));
        Assert.Equal(Delegates.LaoPdr, Assert.Single(present).UserId);
        await other.UpdatePresenceAsync(id, "hintro");
        Assert.Equal(HubConnectionState.Connected, other.Connection.State);
    }

    [Fact]
    public async Task AFloodOfCalls_IsRefusedWithAMessage_WithoutAffectingAnotherClient_AndTheBudgetRefills()
    {
        var (id, _) = await steps.CirculatedDocumentAsync();
        await using var flooder = await LiveClient.ConnectAsync(server, Delegates.Albania);
        await using var other = await LiveClient.ConnectAsync(server, Delegates.LaoPdr);
        await other.JoinAsync(id);

        var calls = Enumerable.Range(0, 200)
            .Select(_ => flooder.Connection.InvokeAsync(nameof(DraftingHub.LeaveDocument), id, Cancel))
            .ToList();
        var outcomes = await Task.WhenAll(calls.Select(async call =>
        {
            try
            {
                await call.WaitAsync(LiveClient.Timeout, Cancel);
                return null;
            }
            catch (HubException refused)
            {
                return LiveClient.Shown(refused);
            }
        }));
        var otherJoin = await other.JoinAsync(id);

        var refusals = outcomes.Where(message => message is not null).ToList();
        Assert.InRange(refusals.Count, 60, 160);
        Assert.All(refusals, message => Assert.Equal(HubCallRateLimitFilter.TooFastMessage, message));
        Assert.Equal(Delegates.LaoPdr, Assert.Single(otherJoin.Present).UserId);
        await Task.Delay(TimeSpan.FromMilliseconds(300), Cancel);
        await flooder.JoinAsync(id);
        Assert.Equal(HubConnectionState.Connected, flooder.Connection.State);
    }
}

/// <summary>The live test server minting tokens that expire within seconds.</summary>
public sealed class ShortTokenLiveServer : LiveServer
{
    public ShortTokenLiveServer() : base(new Dictionary<string, string?> { ["DevelopmentSignIn:TokenLifetime"] = "00:00:03" })
    {
    }
}

public sealed class LiveTokenExpiryTests(ShortTokenLiveServer server) : IClassFixture<ShortTokenLiveServer>
{
    [Fact]
    public async Task AConnection_IsClosedWhenItsTokenExpires()
    {
        await using var client = await LiveClient.ConnectAsync(server, DemoPeople.Observer);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        await closed.Task.WaitAsync(LiveClient.Timeout, TestContext.Current.CancellationToken);

        Assert.Equal(HubConnectionState.Disconnected, client.Connection.State);
    }
}
