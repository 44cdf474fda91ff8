namespace VaDrafting.Storage.Git;

/// <summary>
/// Finds what a crashed writer leaves in a repository: lock files (<c>refs/heads/main.lock</c>,
/// <c>HEAD.lock</c>, <c>config.lock</c>, <c>packed-refs.lock</c>, <c>index.lock</c>, reflog locks) that
/// block every later write, and libgit2's half-written temporary object files. Only safe to delete when no
/// writer can be running, i.e. when the store starts.
/// </summary>
internal static class StaleFileRecovery
{
    private const string LockSuffix = "*.lock";
    private const string TemporaryObjectPattern = "tmp_object_git2_*";

    public static IReadOnlyList<string> FindStaleFiles(string gitDirectory)
    {
        var stale = new List<string>();
        stale.AddRange(Directory.EnumerateFiles(gitDirectory, LockSuffix, SearchOption.TopDirectoryOnly));
        stale.AddRange(Directory.EnumerateFiles(gitDirectory, MainLineFile.FileName + ".*.tmp", SearchOption.TopDirectoryOnly));
        foreach (var folder in new[] { "refs", "logs" })
        {
            var path = Path.Combine(gitDirectory, folder);
            if (Directory.Exists(path)) stale.AddRange(Directory.EnumerateFiles(path, LockSuffix, SearchOption.AllDirectories));
        }
        var objects = Path.Combine(gitDirectory, "objects");
        if (Directory.Exists(objects))
        {
            stale.AddRange(Directory.EnumerateFiles(objects, TemporaryObjectPattern, SearchOption.TopDirectoryOnly));
            stale.AddRange(Directory.EnumerateFiles(objects, LooseBlobWriter.TemporaryPrefix + "*", SearchOption.TopDirectoryOnly));
        }
        return stale;
    }
}
