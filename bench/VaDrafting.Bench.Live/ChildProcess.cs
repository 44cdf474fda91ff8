using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace VaDrafting.Bench.Live;

/// <summary>A server run as a separate process on a loopback port, killed (with its children) when disposed.</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private ChildProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the process and waits (at most <paramref name="startTimeout"/>) until <c>/healthz</c> answers.</summary>
    public static async Task<ChildProcess> StartAsync(
        ProcessStartInfo start, int port, TimeSpan startTimeout, CancellationToken cancellationToken)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var child = new ChildProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, line) => child.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => child.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = child.Address, Timeout = TimeSpan.FromSeconds(2) };
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                if (process.HasExited) throw new InvalidOperationException($"The server exited with {process.ExitCode}: {child.LastLines()}");
                try
                {
                    if ((await http.GetAsync("/healthz", cancellationToken)).IsSuccessStatusCode) return child;
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                }
                if (deadline.Elapsed > startTimeout) throw new TimeoutException($"The server did not answer within {startTimeout.TotalSeconds} s: {child.LastLines()}");
                await Task.Delay(200, cancellationToken);
            }
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    /// <summary>The CPU time the process used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.HasExited ? TimeSpan.Zero : _process.TotalProcessorTime;
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > 20) _lastLines.Dequeue();
        }
    }

    public string LastLines()
    {
        lock (_lastLines) return string.Join(Environment.NewLine, _lastLines);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception failure) when (failure is InvalidOperationException or TimeoutException)
        {
        }
        _process.Dispose();
    }
}
