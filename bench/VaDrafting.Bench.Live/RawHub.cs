using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VaDrafting.Bench.Live;

/// <summary>
/// The reference: a SignalR hub with no application logic, on its own Kestrel process. Clients join a group; the
/// coordinator's <see cref="BroadcastHub.Broadcast"/> sends its payload on to the group as <c>BlockChanged</c>.
/// </summary>
internal static class RawHub
{
    public const string Path = "/hubs/raw";

    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddSignalR(hub => hub.MaximumReceiveMessageSize = 64 * 1024);
        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.MapHub<BroadcastHub>(Path);
        await app.RunAsync();
    }

    internal sealed class BroadcastHub : Hub
    {
        public Task Join(string documentId) => Groups.AddToGroupAsync(Context.ConnectionId, documentId);

        public Task Broadcast(string documentId, JsonElement change) =>
            Clients.Group(documentId).SendAsync("BlockChanged", documentId, change);
    }
}
