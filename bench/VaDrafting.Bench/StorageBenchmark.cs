namespace VaDrafting.Bench;

internal static class StorageBenchmark
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
