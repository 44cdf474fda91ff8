using System.Net;
using System.Net.Sockets;
using VaDrafting.Server.Tests.Live;

namespace VaDrafting.Server.Tests.ScaleOut;

public sealed class RedisStartupTests
{
    [Fact]
    public async Task Start_WithARedisThatCannotBeReached_FailsSayingSo()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var dataPath = Path.Combine(Path.GetTempPath(), "va-drafting-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var server = new InstanceServer(new Dictionary<string, string?> { ["Live:Redis"] = $"127.0.0.1:{closedPort},connectTimeout=1000" }, dataPath);

            var failure = Assert.ThrowsAny<Exception>(() => server.Address);

            var messages = string.Join(" | ", Chain(failure).Select(e => e.Message));
            Assert.Contains($"Cannot reach Redis at 127.0.0.1:{closedPort} (setting Live:Redis)", messages, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(dataPath)) Directory.Delete(dataPath, recursive: true);
        }
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException) yield return current;
    }
}
