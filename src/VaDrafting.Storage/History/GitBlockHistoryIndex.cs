using System.Collections.Concurrent;
using LibGit2Sharp;
using VaDrafting.Storage.Git;

namespace VaDrafting.Storage.History;

/// <summary>
/// <see cref="IBlockHistoryIndex"/> over the repositories of a <see cref="GitDocumentStore"/>: one
/// <see cref="BlockChangeLog"/> per document, in memory, brought up to the main line's head before each query.
/// A query reads the <c>document.md</c> of the commits that touched the keys asked for, and nothing else.
/// </summary>
public sealed class GitBlockHistoryIndex(GitDocumentStore store) : IBlockHistoryIndex
{
    private readonly ConcurrentDictionary<string, Lock> gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, BlockChangeLog> logs = new(StringComparer.Ordinal);

    public BlockHistoryRange Read(string documentId, string fromCommitId, string toCommitId, IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return WithLog(documentId, (repository, log) =>
        {
            var from = CommitOf(repository, documentId, fromCommitId);
            var to = CommitOf(repository, documentId, toCommitId);
            var fromPosition = log.Position(from.Id);
            var toPosition = log.Position(to.Id);
            var onMainLine = from.Id.Equals(to.Id) || (fromPosition is { } f && toPosition is { } t && f < t);
            var changes = new Dictionary<string, IReadOnlyList<BlockLineChange>>(StringComparer.Ordinal);
            var commits = new Dictionary<string, TouchingCommit>(StringComparer.Ordinal);
            if (!onMainLine || from.Id.Equals(to.Id))
            {
                foreach (var key in keys) changes[key] = [];
                return new BlockHistoryRange(from.Sha, to.Sha, onMainLine, changes, commits);
            }

            var touches = keys.Distinct(StringComparer.Ordinal)
                .ToDictionary(key => key, key => log.TouchesBetween(key, fromPosition!.Value, toPosition!.Value).ToList(), StringComparer.Ordinal);
            var lines = new Dictionary<int, DocumentLines?>();
            foreach (var position in touches.Values.SelectMany(p => p).Distinct().Order())
            {
                var record = log.At(position);
                lines[position] = record.DocumentBlob is null ? null : log.ReadLines(repository, record.DocumentBlob);
                commits[record.Commit.Sha] = new TouchingCommit(
                    VersionMapping.ToVersionInfo(repository.Lookup<Commit>(record.Commit)), record.ChangedThreadIds);
            }
            foreach (var (key, positions) in touches)
            {
                changes[key] = [.. positions.Select(p => new BlockLineChange(log.At(p).Commit.Sha, lines[p]?.Line(key)))];
            }
            return new BlockHistoryRange(from.Sha, to.Sha, true, changes, commits);
        });
    }

    public bool Precedes(string documentId, string earlierCommitId, string laterCommitId) =>
        WithLog(documentId, (repository, log) =>
            log.Position(CommitOf(repository, documentId, earlierCommitId).Id) is { } earlier
            && log.Position(CommitOf(repository, documentId, laterCommitId).Id) is { } later
            && earlier < later);

    /// <summary>Numbers for tests and benches: blobs read and rebuilds of one document's index so far.</summary>
    internal (int BlobsRead, int Rebuilds, int Commits) Statistics(string documentId) =>
        logs.TryGetValue(documentId, out var log) ? (log.BlobsRead, log.Rebuilds, log.Count) : (0, 0, 0);

    private T WithLog<T>(string documentId, Func<Repository, BlockChangeLog, T> query)
    {
        StorageNames.EnsureDocumentId(documentId);
        var gitDirectory = Path.Combine(store.DataPath, documentId + ".git");
        if (!Directory.Exists(gitDirectory)) throw new DocumentNotFoundException(documentId);
        lock (gates.GetOrAdd(documentId, static _ => new Lock()))
        {
            using var repository = new Repository(gitDirectory);
            var log = logs.GetOrAdd(documentId, static _ => new BlockChangeLog());
            if (repository.Refs[GitDocumentStore.MainBranch] is DirectReference main)
            {
                log.MoveTo(repository, gitDirectory, new ObjectId(main.TargetIdentifier));
            }
            return query(repository, log);
        }
    }

    private static Commit CommitOf(Repository repository, string documentId, string commitId)
    {
        ArgumentNullException.ThrowIfNull(commitId);
        if (commitId.Length != 40 || !StorageNames.IsCommitIdPrefix(commitId)) throw new VersionNotFoundException(documentId, commitId);
        return repository.Lookup(commitId.ToLowerInvariant()) as Commit ?? throw new VersionNotFoundException(documentId, commitId);
    }
}
