using System.Collections.Concurrent;
using System.Diagnostics;
using LibGit2Sharp;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;
using Microsoft.Extensions.Logging;
using VaDrafting.Core.Model;
using VaDrafting.Storage.Git;

namespace VaDrafting.Storage;

/// <summary>
/// <see cref="IDocumentStore"/> over one bare Git repository per document (<c>{DataPath}/{documentId}.git</c>),
/// written through libgit2's object database without a work tree or index. Every write is one commit on
/// <c>refs/heads/main</c> by the acting person, made under a per-document lock, published with a
/// compare-and-swap of the branch (so a writer in another process cannot make a commit disappear) and
/// fsynced before the call returns when <see cref="StorageOptions.Fsync"/> is on.
/// </summary>
public sealed partial class GitDocumentStore : IDocumentStore
{
    /// <summary>The largest page <see cref="History"/> returns.</summary>
    public const int MaxPageSize = 500;

    internal const string MainBranch = "refs/heads/main";
    private const string RepositorySuffix = ".git";
    private const string StagingPrefix = ".creating-";
    private const int MaxCommitAttempts = 20;
    private static readonly TimeSpan LockWaitLimit = TimeSpan.FromSeconds(2);

    private readonly string dataPath;
    private readonly bool fsync;
    private readonly TimeSpan leftoverMinimumAge;
    private readonly TimeProvider time;
    private readonly ILogger<GitDocumentStore> logger;
    private readonly DocumentWriteLocks writeLocks = new();
    private readonly ConcurrentDictionary<string, FirstParentIndex> mainLines = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates the data folder when missing, applies the fsync setting to libgit2 and removes what a crashed
    /// writer left behind (lock files, half-created repositories): at start-up no writer of this process can
    /// hold them.
    /// </summary>
    public GitDocumentStore(StorageOptions options, TimeProvider time, ILogger<GitDocumentStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        if (string.IsNullOrWhiteSpace(options.DataPath))
        {
            throw new ArgumentException("Storage:DataPath is required.", nameof(options));
        }
        dataPath = Path.GetFullPath(options.DataPath);
        fsync = options.Fsync;
        leftoverMinimumAge = options.LeftoverMinimumAge;
        this.time = time;
        this.logger = logger;
        Directory.CreateDirectory(dataPath);
        ApplyDurabilitySetting();
        RemoveCrashLeftovers();
    }

    /// <summary>The absolute data folder.</summary>
    public string DataPath => dataPath;

    public IReadOnlyList<string> ListDocumentIds() =>
        Directory.EnumerateDirectories(dataPath, "*" + RepositorySuffix)
            .Select(path => Path.GetFileName(path)[..^RepositorySuffix.Length])
            .Where(Slugs.IsValid)
            .Order(StringComparer.Ordinal)
            .ToList();

    public bool Exists(string documentId)
    {
        StorageNames.EnsureDocumentId(documentId);
        return Directory.Exists(RepositoryPath(documentId));
    }

    public async Task<VersionInfo> CreateAsync(
        string documentId,
        IReadOnlyDictionary<string, byte[]> files,
        CommitAuthor author,
        string message,
        CancellationToken cancellationToken = default)
    {
        StorageNames.EnsureDocumentId(documentId);
        ArgumentNullException.ThrowIfNull(files);
        foreach (var (path, content) in files)
        {
            StorageNames.EnsureFilePath(path);
            ArgumentNullException.ThrowIfNull(content, $"{nameof(files)}[{path}]");
        }
        EnsureNoFileFolderClash(documentId, files.Keys);
        var organisation = Identities.Validate(author, nameof(author));
        var body = RequiredMessage(message);
        var gitDirectory = RepositoryPath(documentId);

        using (await writeLocks.AcquireAsync(documentId, cancellationToken).ConfigureAwait(false))
        {
            if (Directory.Exists(gitDirectory)) throw new DocumentExistsException(documentId);
            cancellationToken.ThrowIfCancellationRequested();

            // Built aside and renamed into place, so a crash never leaves a half-made document behind.
            var staging = Path.Combine(dataPath, $"{StagingPrefix}{documentId}-{Guid.NewGuid():N}");
            try
            {
                var version = InitialiseRepository(staging, files, author, MessageTrailers.Compose(body, author.UserId, organisation));
                if (fsync) DurableFiles.SyncTree(staging);
                Publish(staging, gitDirectory, documentId);
                if (fsync) DurableFiles.Sync(dataPath);
                LogDocumentCreated(documentId, version.CommitId, author.UserId);
                return version;
            }
            finally
            {
                if (Directory.Exists(staging)) DeleteDirectory(staging);
            }
        }
    }

    public async Task<VersionInfo> CommitAsync(
        string documentId,
        string? expectedHead,
        IReadOnlyDictionary<string, byte[]?> changes,
        CommitAuthor author,
        string message,
        CancellationToken cancellationToken = default) =>
        (await CommitWithTimingsAsync(documentId, expectedHead, changes, author, message, cancellationToken).ConfigureAwait(false)).Version;

    /// <summary><see cref="CommitAsync"/>, also telling where the time went.</summary>
    internal async Task<(VersionInfo Version, CommitTimings Timings)> CommitWithTimingsAsync(
        string documentId,
        string? expectedHead,
        IReadOnlyDictionary<string, byte[]?> changes,
        CommitAuthor author,
        string message,
        CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        StorageNames.EnsureDocumentId(documentId);
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var path in changes.Keys) StorageNames.EnsureFilePath(path);
        EnsureNoFileFolderClash(documentId, changes.Where(change => change.Value is not null).Select(change => change.Key));
        var organisation = Identities.Validate(author, nameof(author));
        var composedMessage = MessageTrailers.Compose(RequiredMessage(message), author.UserId, organisation);
        var gitDirectory = ExistingRepositoryPath(documentId);

        using (await writeLocks.AcquireAsync(documentId, cancellationToken).ConfigureAwait(false))
        {
            var lockWaitStarted = 0L;
            for (var attempt = 1; ; attempt++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var attemptResult = TryCommit(gitDirectory, documentId, expectedHead, changes, author, composedMessage, started);
                switch (attemptResult.Outcome)
                {
                    case RefUpdateOutcome.Updated:
                        return (attemptResult.Version!, attemptResult.Timings!);
                    case RefUpdateOutcome.Locked:
                        // Another process holds the branch for a few milliseconds; a lock that stays is a crash leftover.
                        if (lockWaitStarted == 0) lockWaitStarted = Stopwatch.GetTimestamp();
                        if (Stopwatch.GetElapsedTime(lockWaitStarted) > LockWaitLimit)
                        {
                            throw new StorageLockedException(documentId, $"{MainBranch}.lock");
                        }
                        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2, 20)), cancellationToken).ConfigureAwait(false);
                        break;
                    default:
                        if (expectedHead is not null || attempt >= MaxCommitAttempts)
                        {
                            throw new StaleHeadException(documentId, expectedHead ?? attemptResult.Parent, attemptResult.Actual);
                        }
                        LogConcurrentWriter(documentId, attemptResult.Parent, attemptResult.Actual, attempt);
                        break;
                }
            }
        }
    }

    public byte[]? ReadFile(string documentId, string revision, string path)
    {
        StorageNames.EnsureDocumentId(documentId);
        StorageNames.EnsureFilePath(path);
        using var repository = OpenRepository(ExistingRepositoryPath(documentId));
        var commit = ResolveCommit(repository, documentId, revision);
        if (commit[path]?.Target is not Blob blob) return null;
        using var content = blob.GetContentStream();
        var bytes = new byte[blob.Size];
        content.ReadExactly(bytes);
        return bytes;
    }

    public IReadOnlyList<string> ListFiles(string documentId, string revision, string folder)
    {
        StorageNames.EnsureDocumentId(documentId);
        StorageNames.EnsureFilePath(folder);
        using var repository = OpenRepository(ExistingRepositoryPath(documentId));
        var commit = ResolveCommit(repository, documentId, revision);
        if (commit[folder]?.Target is not Tree tree) return [];
        return [.. tree.Where(entry => entry.TargetType == TreeEntryTargetType.Blob).Select(entry => entry.Name).Order(StringComparer.Ordinal)];
    }

    public VersionInfo Resolve(string documentId, string revision)
    {
        StorageNames.EnsureDocumentId(documentId);
        using var repository = OpenRepository(ExistingRepositoryPath(documentId));
        return VersionMapping.ToVersionInfo(ResolveCommit(repository, documentId, revision));
    }

    public HistoryPage History(string documentId, int page, int pageSize)
    {
        StorageNames.EnsureDocumentId(documentId);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var gitDirectory = ExistingRepositoryPath(documentId);
        using var repository = OpenRepository(gitDirectory);
        var head = MainHeadId(repository);
        var skip = (long)(page - 1) * pageSize;
        if (head is null || skip > int.MaxValue - pageSize - 1) return new HistoryPage([], page, pageSize, false);

        var mainLine = mainLines.GetOrAdd(documentId, static _ => new FirstParentIndex());
        var ids = mainLine.Slice(gitDirectory, head, (int)skip, pageSize + 1);
        var items = ids.Take(pageSize)
            .Select(id => VersionMapping.ToVersionInfo(repository.Lookup<Commit>(id)))
            .ToList();
        return new HistoryPage(items, page, pageSize, ids.Count > pageSize);
    }

    public async Task<CirculatedVersion> TagAsync(
        string documentId,
        string revision,
        string name,
        string note,
        CommitAuthor tagger,
        CancellationToken cancellationToken = default)
    {
        StorageNames.EnsureDocumentId(documentId);
        StorageNames.EnsureTagName(name);
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(note);
        var organisation = Identities.Validate(tagger, nameof(tagger));
        var tagMessage = MessageTrailers.Compose(MessageTrailers.Normalise(note), tagger.UserId, organisation);
        var gitDirectory = ExistingRepositoryPath(documentId);

        using (await writeLocks.AcquireAsync(documentId, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var repository = OpenRepository(gitDirectory);
            var commit = ResolveCommit(repository, documentId, revision);
            if (repository.Tags[name] is not null) throw new TagExistsException(documentId, name);
            try
            {
                var tag = repository.Tags.Add(name, commit, Identities.SignatureOf(tagger, time.GetUtcNow()), tagMessage, allowOverwrite: false);
                LogTagged(documentId, name, commit.Sha, tagger.UserId);
                return VersionMapping.ToCirculatedVersion(tag, commit);
            }
            catch (NameConflictException)
            {
                throw new TagExistsException(documentId, name);
            }
            catch (LockedFileException)
            {
                throw new StorageLockedException(documentId, $"refs/tags/{name}");
            }
        }
    }

    public IReadOnlyList<CirculatedVersion> Tags(string documentId)
    {
        StorageNames.EnsureDocumentId(documentId);
        using var repository = OpenRepository(ExistingRepositoryPath(documentId));
        return repository.Tags
            .Where(tag => tag.IsAnnotated && tag.PeeledTarget is Commit)
            .Select(tag => VersionMapping.ToCirculatedVersion(tag, (Commit)tag.PeeledTarget))
            .OrderBy(version => version.When)
            .ThenBy(version => version.Name, StringComparer.Ordinal)
            .ToList();
    }

    private sealed record CommitAttempt(RefUpdateOutcome Outcome, VersionInfo? Version, CommitTimings? Timings, string Parent, string Actual);

    /// <summary>One try at writing the commit on the current head; reports when another process moved or held the branch.</summary>
    private CommitAttempt TryCommit(
        string gitDirectory,
        string documentId,
        string? expectedHead,
        IReadOnlyDictionary<string, byte[]?> changes,
        CommitAuthor author,
        string composedMessage,
        long started)
    {
        var phaseStart = Stopwatch.GetTimestamp();
        using var repository = OpenRepository(gitDirectory);
        var parent = MainHead(repository, documentId);
        if (expectedHead is not null && !string.Equals(parent.Sha, expectedHead, StringComparison.OrdinalIgnoreCase))
        {
            throw new StaleHeadException(documentId, expectedHead, parent.Sha);
        }
        CommitTrees.EnsureNoFileFolderClash(documentId, parent.Tree, changes);
        var open = Stopwatch.GetElapsedTime(phaseStart);

        phaseStart = Stopwatch.GetTimestamp();
        var blobs = changes.ToDictionary(
            change => change.Key,
            change => change.Value is null ? null : (ObjectId?)LooseBlobWriter.Write(gitDirectory, change.Value, fsync),
            StringComparer.Ordinal);
        var blobTime = Stopwatch.GetElapsedTime(phaseStart);

        phaseStart = Stopwatch.GetTimestamp();
        var tree = repository.ObjectDatabase.CreateTree(CommitTrees.Apply(parent.Tree, blobs));
        var treeTime = Stopwatch.GetElapsedTime(phaseStart);

        phaseStart = Stopwatch.GetTimestamp();
        var signature = Identities.SignatureOf(author, time.GetUtcNow());
        var commit = repository.ObjectDatabase.CreateCommit(signature, signature, composedMessage, tree, [parent], prettifyMessage: false);
        var commitTime = Stopwatch.GetElapsedTime(phaseStart);

        phaseStart = Stopwatch.GetTimestamp();
        var outcome = LibGit2Native.CompareAndSwap(
            gitDirectory, MainBranch, commit.Id, parent.Id, ReflogMessage("commit", composedMessage), signature.Name, signature.Email);
        var refTime = Stopwatch.GetElapsedTime(phaseStart);

        switch (outcome)
        {
            case RefUpdateOutcome.Updated:
                LogCommitted(documentId, commit.Sha, author.UserId);
                var timings = new CommitTimings(open, blobTime, treeTime, commitTime, refTime, Stopwatch.GetElapsedTime(started));
                return new CommitAttempt(outcome, VersionMapping.ToVersionInfo(commit), timings, parent.Sha, commit.Sha);
            case RefUpdateOutcome.Locked:
                return new CommitAttempt(outcome, null, null, parent.Sha, parent.Sha);
            default:
                var actual = MainHeadId(repository)?.Sha ?? "none";
                if (expectedHead is not null) throw new StaleHeadException(documentId, expectedHead, actual);
                return new CommitAttempt(outcome, null, null, parent.Sha, actual);
        }
    }

    private VersionInfo InitialiseRepository(string staging, IReadOnlyDictionary<string, byte[]> files, CommitAuthor author, string composedMessage)
    {
        Repository.Init(staging, isBare: true);
        using (var configuring = new Repository(staging))
        {
            // Bare repositories keep no reflog unless asked to.
            configuring.Config.Set("core.logAllRefUpdates", true);
        }

        using var repository = new Repository(staging, new RepositoryOptions { Identity = Identities.IdentityOf(author) });
        var blobs = files.ToDictionary(
            file => file.Key,
            file => (ObjectId?)LooseBlobWriter.Write(staging, file.Value, fsync),
            StringComparer.Ordinal);
        var tree = repository.ObjectDatabase.CreateTree(CommitTrees.Apply(null, blobs));
        var signature = Identities.SignatureOf(author, time.GetUtcNow());
        var commit = repository.ObjectDatabase.CreateCommit(signature, signature, composedMessage, tree, [], prettifyMessage: false);
        repository.Refs.Add(MainBranch, commit.Id, ReflogMessage("commit (initial)", composedMessage));
        repository.Refs.Add("HEAD", MainBranch, logMessage: null, allowOverwrite: true);
        return VersionMapping.ToVersionInfo(commit);
    }

    private void Publish(string staging, string gitDirectory, string documentId)
    {
        try
        {
            Directory.Move(staging, gitDirectory);
        }
        catch (IOException) when (Directory.Exists(gitDirectory))
        {
            throw new DocumentExistsException(documentId);
        }
    }

    private static Commit ResolveCommit(Repository repository, string documentId, string revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return FindCommit(repository, revision) ?? throw new VersionNotFoundException(documentId, revision);
    }

    /// <summary>"HEAD", a tag name, or a full or abbreviated commit id; nothing else reaches libgit2's revision parser.</summary>
    private static Commit? FindCommit(Repository repository, string revision)
    {
        if (revision == "HEAD")
        {
            return MainHeadId(repository) is { } head ? repository.Lookup<Commit>(head) : null;
        }
        if (Slugs.IsValid(revision) && repository.Tags[revision]?.PeeledTarget is Commit tagged)
        {
            return tagged;
        }
        if (!StorageNames.IsCommitIdPrefix(revision)) return null;
        try
        {
            return repository.Lookup(revision.ToLowerInvariant()) as Commit;
        }
        catch (AmbiguousSpecificationException)
        {
            return null;
        }
    }

    private static Commit MainHead(Repository repository, string documentId) =>
        MainHeadId(repository) is { } head && repository.Lookup<Commit>(head) is { } commit
            ? commit
            : throw new InvalidOperationException($"Document '{documentId}' has no {MainBranch}: its repository is damaged.");

    private static ObjectId? MainHeadId(Repository repository) =>
        repository.Refs[MainBranch] is DirectReference main ? new ObjectId(main.TargetIdentifier) : null;

    private static string ReflogMessage(string action, string composedMessage)
    {
        var firstLine = composedMessage.Split('\n', 2)[0];
        return $"{action}: {firstLine}";
    }

    private static string RequiredMessage(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = MessageTrailers.Normalise(message);
        if (body.Length == 0) throw new ArgumentException("A commit message is required.", nameof(message));
        return body;
    }

    private static void EnsureNoFileFolderClash(string documentId, IEnumerable<string> writtenPaths)
    {
        var paths = writtenPaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (StorageNames.FoldersOf(path).FirstOrDefault(paths.Contains) is { } folder)
            {
                throw new ArgumentException($"'{path}' cannot be written in document '{documentId}': '{folder}' is written as a file too.");
            }
        }
    }

    private static Repository OpenRepository(string gitDirectory) => new(gitDirectory);

    private string RepositoryPath(string documentId) => Path.Combine(dataPath, documentId + RepositorySuffix);

    private string ExistingRepositoryPath(string documentId)
    {
        var path = RepositoryPath(documentId);
        return Directory.Exists(path) ? path : throw new DocumentNotFoundException(documentId);
    }

    private void ApplyDurabilitySetting()
    {
        LibGit2Native.SkipStrictObjectCreationChecks();
        if (LibGit2Native.SetFsyncGitDir(fsync))
        {
            LogFsyncSetting(fsync, LibGit2Native.LibraryName);
        }
        if (LibGit2Native.LoadedLibraryFiles() is { Count: > 1 } copies)
        {
            LogSeveralLibGit2Copies(string.Join(", ", copies));
        }
    }

    private void RemoveCrashLeftovers()
    {
        // File times come from the file system's clock, so they are compared with it, not with the store's TimeProvider.
        var youngest = DateTime.UtcNow - leftoverMinimumAge;
        foreach (var staging in Directory.EnumerateDirectories(dataPath, StagingPrefix + "*"))
        {
            if (leftoverMinimumAge > TimeSpan.Zero && Directory.GetLastWriteTimeUtc(staging) > youngest) continue;
            DeleteDirectory(staging);
            LogRemovedUnfinishedDocument(staging);
        }
        foreach (var gitDirectory in Directory.EnumerateDirectories(dataPath, "*" + RepositorySuffix))
        {
            foreach (var staleFile in StaleFileRecovery.FindStaleFiles(gitDirectory))
            {
                if (leftoverMinimumAge > TimeSpan.Zero && File.GetLastWriteTimeUtc(staleFile) > youngest) continue;
                File.Delete(staleFile);
                LogRemovedStaleFile(staleFile);
            }
        }
    }

    private static void DeleteDirectory(string path)
    {
        // Git makes object files read-only, which stops a recursive delete on Windows.
        foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }
        Directory.Delete(path, recursive: true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "libgit2 fsync of objects and references set to {Enabled} (library {Library})")]
    private partial void LogFsyncSetting(bool enabled, string library);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Several copies of libgit2 are loaded ({Files}); the fsync setting may not reach LibGit2Sharp's copy")]
    private partial void LogSeveralLibGit2Copies(string files);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed stale file {Path} left by an interrupted writer")]
    private partial void LogRemovedStaleFile(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed unfinished document folder {Path} left by an interrupted creation")]
    private partial void LogRemovedUnfinishedDocument(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created document {DocumentId} at {CommitId} by {UserId}")]
    private partial void LogDocumentCreated(string documentId, string commitId, string userId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Committed {CommitId} on document {DocumentId} by {UserId}")]
    private partial void LogCommitted(string documentId, string commitId, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tagged {CommitId} of document {DocumentId} as {Tag} by {UserId}")]
    private partial void LogTagged(string documentId, string tag, string commitId, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another process moved document {DocumentId} from {Parent} to {Actual}; retrying (attempt {Attempt})")]
    private partial void LogConcurrentWriter(string documentId, string parent, string actual, int attempt);
}
