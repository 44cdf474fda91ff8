using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace VaDrafting.EndToEnd.Tests;

/// <summary>Lets the page reach the hub, or cuts it off: open sockets close and new requests to the hub fail.</summary>
internal sealed class HubSwitch
{
    private static readonly Regex HubAddress = new("/hubs/drafting");

    private readonly List<IWebSocketRoute> _open = [];
    private volatile bool _cut;

    public async Task InstallAsync(IPage page)
    {
        await page.RouteAsync(HubAddress, route => _cut ? route.AbortAsync() : route.ContinueAsync());
        await page.RouteWebSocketAsync(HubAddress, socket =>
        {
            if (_cut)
            {
                _ = socket.CloseAsync();
                return;
            }
            socket.ConnectToServer();
            lock (_open) _open.Add(socket);
        });
    }

    public async Task CutAsync()
    {
        _cut = true;
        IWebSocketRoute[] sockets;
        lock (_open)
        {
            sockets = [.. _open];
            _open.Clear();
        }
        foreach (var socket in sockets) await socket.CloseAsync();
    }

    public void Restore() => _cut = false;
}
