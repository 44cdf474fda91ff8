using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using VaDrafting.Bench.Live;

// Live editing load benchmark: N SignalR clients in one document of the real VA Drafting server (its own process,
// Development environment, temporary data folder, the sample guidance), one coordinator making paced EditBlock calls;
// beside it, a raw SignalR hub (its own process, no application logic) broadcasting the same BlockChanged payload to
// the same N clients at the same pace. Clients run in this process.
if (args is ["raw-hub", var hubPort])
{
    await RawHub.RunAsync(int.Parse(hubPort, CultureInfo.InvariantCulture));
    return 0;
}

var clientCounts = Option("--clients", "200,1000").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
var edits = int.Parse(Option("--edits", "200"), CultureInfo.InvariantCulture);
var editsPerSecond = double.Parse(Option("--pace", "5"), CultureInfo.InvariantCulture);
const double TargetP99Ms = 100;
const string DocumentId = "integrated-approach-guidance";

using var budget = new CancellationTokenSource(TimeSpan.FromMinutes(10));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    budget.Cancel();
};
ThreadPool.SetMinThreads(Math.Max(16, Environment.ProcessorCount * 4), Math.Max(16, Environment.ProcessorCount * 4));
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadRun.LoadAverage()}.");
Console.WriteLine($"Each run: N clients join one document, then {edits} edits at {editsPerSecond}/s by one coordinator; " +
    "latency = edit call sent -> BlockChanged received, per client.");

var work = Directory.CreateTempSubdirectory("va-bench-live-");
ChildProcess? drafting = null;
ChildProcess? raw = null;
try
{
    var serverDll = FindServer();
    var draftingPort = ChildProcess.FreeLoopbackPort();
    var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(serverDll)! };
    foreach (var argument in new[] { serverDll, "--urls", $"http://127.0.0.1:{draftingPort}" }) start.ArgumentList.Add(argument);
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
    start.Environment["Storage__DataPath"] = Path.Combine(work.FullName, "data");
    start.Environment["Logging__LogLevel__Default"] = "Warning";
    foreach (var (key, value) in DraftingTarget.DirectorySettings(clientCounts.Max())) start.Environment[key] = value;
    drafting = await ChildProcess.StartAsync(start, draftingPort, TimeSpan.FromSeconds(60), budget.Token);

    var rawPort = ChildProcess.FreeLoopbackPort();
    raw = await ChildProcess.StartAsync(SelfWith("raw-hub", rawPort.ToString(CultureInfo.InvariantCulture)), rawPort, TimeSpan.FromSeconds(30), budget.Token);

    var target = new DraftingTarget(drafting.Address, DocumentId);
    await target.PrepareAsync((await target.CoordinatorTokenAsync(budget.Token))!, TimeSpan.FromSeconds(60), budget.Token);

    var results = new List<RunResult>();
    foreach (var clients in clientCounts)
    {
        var real = await new LoadRun(target, drafting, clients, edits, editsPerSecond).RunAsync(budget.Token);
        Print(real);
        var payload = real.Payload ?? throw new InvalidOperationException("No BlockChanged arrived from the server; nothing to replay on the raw hub.");
        var reference = await new LoadRun(new RawTarget(raw.Address, payload), raw, clients, edits, editsPerSecond).RunAsync(budget.Token);
        Print(reference);
        results.Add(real);
        results.Add(reference);
    }

    Console.WriteLine();
    Console.WriteLine($"BlockChanged payload: {JsonSerializer.Serialize(results[0].Payload).Length:N0} bytes of JSON.");
    Console.WriteLine("target        clients  edit p50   p99 | delivery p50    p99    max | all-clients p50    max | deliveries/s  missing  server CPU");
    foreach (var r in results)
    {
        Console.WriteLine($"{r.Target,-12} {r.Connected,8} {r.EditP50,9:F1} {r.EditP99,5:F1} | {r.DeliveryP50,12:F1} {r.DeliveryP99,6:F1} {r.DeliveryMax,6:F1} |" +
            $" {r.LastClientP50,15:F1} {r.LastClientMax,6:F1} | {r.DeliveriesPerSecond,12:N0} {r.Missing,8} {r.ServerCpuPercent,9:F0} %");
    }
    var atMost = results.Where(r => r.Target == target.Name).MaxBy(r => r.Clients)!;
    Console.WriteLine($"Target p99 < {TargetP99Ms} ms at {atMost.Clients} clients: {(atMost.DeliveryP99 < TargetP99Ms && atMost.Missing == 0 ? "met" : "NOT met")} " +
        $"({atMost.DeliveryP99:F1} ms). Load average at the end {LoadRun.LoadAverage()}, {Environment.ProcessorCount} cores.");
    return 0;
}
catch (Exception failure)
{
    Console.Error.WriteLine($"The bench failed: {failure.Message}");
    if (drafting is not null) Console.Error.WriteLine("Server output (last lines):" + Environment.NewLine + drafting.LastLines());
    return 1;
}
finally
{
    if (drafting is not null) await drafting.DisposeAsync();
    if (raw is not null) await raw.DisposeAsync();
    work.Delete(recursive: true);
}

static void Print(RunResult r) =>
    Console.WriteLine($"{r.Target}, {r.Clients} clients: {r.Connected} connected in {r.ConnectSeconds:F1} s ({r.ConnectFailures} failed); " +
        $"{r.Edits} edits ({r.EditFailures} failed), edit call p50 {r.EditP50:F1} ms p99 {r.EditP99:F1} ms; " +
        $"{r.Deliveries:N0} deliveries, {r.Missing} missing, p50 {r.DeliveryP50:F1} ms p99 {r.DeliveryP99:F1} ms max {r.DeliveryMax:F1} ms; " +
        $"last client per edit p50 {r.LastClientP50:F1} ms max {r.LastClientMax:F1} ms; {r.DeliveriesPerSecond:N0} deliveries/s; " +
        $"server CPU {r.ServerCpuPercent:F0} %; load {r.LoadBefore} -> {r.LoadAfter}.");

string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

// The server built next to this bench (same configuration), found from the repository root.
static string FindServer()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "VaDrafting.sln"))) directory = directory.Parent;
    if (directory is null) throw new InvalidOperationException("Run the bench from the repository (VaDrafting.sln not found above it).");
    var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
    var dll = Path.Combine(directory.FullName, "src", "VaDrafting.Server", "bin", configuration, "net10.0", "VaDrafting.Server.dll");
    return File.Exists(dll) ? dll : throw new InvalidOperationException($"Build the server first: {dll} is missing.");
}

// This program again, in another process.
static ProcessStartInfo SelfWith(params string[] arguments)
{
    var host = Environment.ProcessPath!;
    var start = new ProcessStartInfo(host);
    if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
    foreach (var argument in arguments) start.ArgumentList.Add(argument);
    return start;
}
