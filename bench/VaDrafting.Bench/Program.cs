using VaDrafting.Bench;

return args switch
{
    ["storage", .. var rest] => await StorageBenchmark.RunAsync(rest),
    ["crash-writer", var dataPath, var documentId, .. var rest] => await CrashWriter.RunAsync(dataPath, documentId, rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          VaDrafting.Bench storage [--quick]
              commit latency (libgit2 vs git CLI) and history paging at 10,000 versions
          VaDrafting.Bench crash-writer <dataPath> <documentId> [maxCommits]
              commits in a loop with fsync on, printing "acked <commit id>" after each acknowledged write
        """);
    return 2;
}
