using System.Text;

namespace VaDrafting.Bench;

/// <summary>The git command line doing the same one-paragraph change with <c>core.fsync=all</c>.</summary>
internal static class GitCliCommitBenchmark
{
    private static readonly Dictionary<string, string> Identity = new()
    {
        ["GIT_AUTHOR_NAME"] = "Bench Writer",
        ["GIT_AUTHOR_EMAIL"] = "bench-user@users.va-drafting.invalid",
        ["GIT_COMMITTER_NAME"] = "Bench Writer",
        ["GIT_COMMITTER_EMAIL"] = "bench-user@users.va-drafting.invalid",
    };

    /// <summary>
    /// The store's own steps with plumbing in a bare repository: <c>hash-object -w</c>, <c>mktree</c>,
    /// <c>commit-tree</c>, <c>update-ref</c> with the expected old value (one process each).
    /// </summary>
    public static CommitPhases MeasurePlumbing(string root, SyntheticDocument document, BenchSettings settings)
    {
        var bare = Path.Combine(root, "cli-plumbing.git");
        GitProcess.Run(root, null, null, "init", "--quiet", "--bare", "--initial-branch=main", bare);
        ConfigureDurability(bare);
        var parent = CommitWithPlumbing(bare, document.ToBytes(), parent: null, "Synthetic guidance", phases: null);

        var budget = new Budget(settings.CliBudget / 2);
        var phases = new CommitPhases();
        var random = new Random(11);
        for (var i = 0; i < settings.WarmupCommits + settings.MeasuredCommits && !budget.Exhausted; i++)
        {
            var paragraph = random.Next(document.Paragraphs.Count);
            document = document.WithParagraphRewritten(paragraph, i);
            parent = CommitWithPlumbing(bare, document.ToBytes(), parent, $"Edit paragraph {paragraph}", i >= settings.WarmupCommits ? phases : null);
        }
        return phases;
    }

    /// <summary>A non-bare clone and <c>git commit -a</c>: one process, but index and work tree work too.</summary>
    public static Samples MeasureCommitAll(string root, SyntheticDocument document, BenchSettings settings)
    {
        var work = Path.Combine(root, "cli-worktree");
        GitProcess.Run(root, null, null, "init", "--quiet", "--initial-branch=main", work);
        ConfigureDurability(work);
        var file = Path.Combine(work, "document.md");
        File.WriteAllBytes(file, document.ToBytes());
        GitProcess.Run(work, Identity, null, "add", "document.md");
        GitProcess.Run(work, Identity, null, "commit", "--quiet", "-m", "Synthetic guidance");

        var budget = new Budget(settings.CliBudget / 2);
        var samples = new Samples("git commit -a");
        var random = new Random(11);
        for (var i = 0; i < settings.WarmupCommits + settings.MeasuredCommits && !budget.Exhausted; i++)
        {
            var paragraph = random.Next(document.Paragraphs.Count);
            document = document.WithParagraphRewritten(paragraph, i);
            File.WriteAllBytes(file, document.ToBytes());
            var elapsed = Timing.Measure(() => GitProcess.Run(work, Identity, null, "commit", "--quiet", "-a", "-m", $"Edit paragraph {paragraph}"));
            if (i >= settings.WarmupCommits) samples.Add(elapsed);
        }
        return samples;
    }

    private static void ConfigureDurability(string repository)
    {
        GitProcess.Run(repository, null, null, "config", "core.fsync", "all");
        GitProcess.Run(repository, null, null, "config", "core.fsyncMethod", "fsync");
        GitProcess.Run(repository, null, null, "config", "core.logAllRefUpdates", "true");
    }

    private static string CommitWithPlumbing(string bare, byte[] content, string? parent, string message, CommitPhases? phases)
    {
        var blobTime = Timing.Measure(() => GitProcess.Run(bare, null, content, "hash-object", "-w", "--stdin").Trim(), out var blob);
        var treeInput = Encoding.UTF8.GetBytes($"100644 blob {blob}\tdocument.md\n");
        var treeTime = Timing.Measure(() => GitProcess.Run(bare, null, treeInput, "mktree").Trim(), out var tree);
        string[] commitArguments = parent is null
            ? ["commit-tree", tree, "-m", message]
            : ["commit-tree", tree, "-p", parent, "-m", message];
        var commitTime = Timing.Measure(() => GitProcess.Run(bare, Identity, null, commitArguments).Trim(), out var commit);
        var refTime = Timing.Measure(() => GitProcess.Run(bare, Identity, null, "update-ref", "-m", message, "refs/heads/main", commit, parent ?? ""));
        phases?.Add(new VaDrafting.Storage.Git.CommitTimings(TimeSpan.Zero, blobTime, treeTime, commitTime, refTime, blobTime + treeTime + commitTime + refTime));
        return commit;
    }
}
