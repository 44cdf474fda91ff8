using LibGit2Sharp;
using VaDrafting.Storage.Git;

namespace VaDrafting.Storage.History;

/// <summary>
/// The block-change index of one document: for every commit of the main line (first parents, oldest first), the keys
/// (block ids, <c>fn:</c> footnote ids) whose line changed, appeared, disappeared or moved versus its parent, each with
/// the hash of its new line, and for every key the positions of the commits that touched it. Built on first use; when
/// the head moves on, only the new commits are read; when the line was rewritten, it is built again.
/// Not thread-safe: <see cref="GitBlockHistoryIndex"/> guards each instance.
/// </summary>
internal sealed class BlockChangeLog
{
    private const string DocumentPath = "document.md";
    private const string ThreadsFolder = "threads";
    private const string JsonSuffix = ".json";

    private readonly List<CommitRecord> oldestFirst = [];
    private const int RecentDocumentCapacity = 16;

    private readonly Dictionary<ObjectId, int> positions = [];
    private readonly BoundedCache<ObjectId, DocumentLines> recentLines = new(RecentDocumentCapacity);
    private readonly Dictionary<string, List<int>> touchedAt = new(StringComparer.Ordinal);
    private Dictionary<string, ulong> currentHashes = new(StringComparer.Ordinal);
    private IReadOnlyList<string> currentOrder = [];
    private ObjectId? currentDocumentBlob;
    private ObjectId? head;

    /// <summary>A key touched by a commit, with the hash of its line afterwards (0 when it was removed).</summary>
    internal readonly record struct KeyTouch(string Key, ulong LineHash);

    internal sealed record CommitRecord(ObjectId Commit, ObjectId? DocumentBlob, IReadOnlyList<KeyTouch> Touched, IReadOnlyList<string> ChangedThreadIds);

    /// <summary>How many <c>document.md</c> blobs were read, to build the index and to answer queries.</summary>
    public int BlobsRead { get; private set; }

    /// <summary>How many times the index was started again from nothing (first use or a rewritten line).</summary>
    public int Rebuilds { get; private set; }

    public int Count => oldestFirst.Count;

    public int? Position(ObjectId commit) => positions.TryGetValue(commit, out var position) ? position : null;

    public CommitRecord At(int position) => oldestFirst[position];

    /// <summary>Brings the index to <paramref name="mainHead"/>.</summary>
    public void MoveTo(Repository repository, string gitDirectory, ObjectId mainHead)
    {
        if (mainHead.Equals(head)) return;
        var newer = new List<ObjectId>();
        var rejoined = false;
        using (var native = LibGit2Native.NativeRepository.OpenBare(gitDirectory))
        using (var walk = native.WalkFirstParents(mainHead))
        {
            while (walk.TryNext(out var id))
            {
                if (head is not null && id.Equals(head))
                {
                    rejoined = true;
                    break;
                }
                newer.Add(id);
            }
        }
        if (!rejoined) Reset();
        for (var i = newer.Count - 1; i >= 0; i--) Append(repository, repository.Lookup<Commit>(newer[i]));
        head = mainHead;
    }

    /// <summary>Positions (oldest first) of the commits in (<paramref name="after"/>, <paramref name="upTo"/>] that touched <paramref name="key"/>.</summary>
    public IEnumerable<int> TouchesBetween(string key, int after, int upTo)
    {
        if (!touchedAt.TryGetValue(key, out var list)) yield break;
        var index = list.BinarySearch(after + 1);
        if (index < 0) index = ~index;
        for (; index < list.Count && list[index] <= upTo; index++) yield return list[index];
    }

    /// <summary>
    /// One stored <c>document.md</c> split into lines, counting each read from Git. Blobs never change, so the most
    /// recently used are kept: inflating a 100-page document costs milliseconds, and requests on one document keep
    /// asking for the same few versions.
    /// </summary>
    public DocumentLines ReadLines(Repository repository, ObjectId blobId) =>
        recentLines.GetOrAdd(blobId, id =>
        {
            BlobsRead++;
            var blob = repository.Lookup<Blob>(id);
            using var stream = blob.GetContentStream();
            var bytes = new byte[blob.Size];
            stream.ReadExactly(bytes);
            return DocumentLines.Parse(bytes);
        });

    private void Reset()
    {
        if (head is not null || oldestFirst.Count == 0) Rebuilds++;
        oldestFirst.Clear();
        positions.Clear();
        touchedAt.Clear();
        currentHashes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        currentOrder = [];
        currentDocumentBlob = null;
        head = null;
    }

    private void Append(Repository repository, Commit commit)
    {
        var position = oldestFirst.Count;
        var documentBlob = commit[DocumentPath]?.Target is Blob blob ? blob.Id : null;
        IReadOnlyList<KeyTouch> touched = [];
        IReadOnlyList<string> changedThreads = [];
        if (!Equals(documentBlob, currentDocumentBlob))
        {
            touched = Touches(repository, documentBlob);
            changedThreads = ChangedThreads(commit.Parents.FirstOrDefault(), commit);
        }
        currentDocumentBlob = documentBlob;

        oldestFirst.Add(new CommitRecord(commit.Id, documentBlob, touched, changedThreads));
        positions[commit.Id] = position;
        foreach (var touch in touched)
        {
            if (!touchedAt.TryGetValue(touch.Key, out var list)) touchedAt[touch.Key] = list = [];
            list.Add(position);
        }
    }

    private List<KeyTouch> Touches(Repository repository, ObjectId? documentBlob)
    {
        var lines = documentBlob is null ? null : ReadLines(repository, documentBlob);
        var hashes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        if (lines is not null)
        {
            foreach (var key in lines.Keys) hashes[key] = lines.Hash(key);
        }
        var touched = new List<KeyTouch>();
        var touchedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, hash) in hashes)
        {
            if (!currentHashes.TryGetValue(key, out var before) || before != hash)
            {
                touched.Add(new KeyTouch(key, hash));
                touchedKeys.Add(key);
            }
        }
        foreach (var key in currentHashes.Keys)
        {
            if (!hashes.ContainsKey(key)) touched.Add(new KeyTouch(key, 0));
        }
        var order = lines?.BlockOrder ?? [];
        foreach (var moved in MovedBlocks.Find(currentOrder, order))
        {
            if (touchedKeys.Add(moved)) touched.Add(new KeyTouch(moved, hashes[moved]));
        }
        currentHashes = hashes;
        currentOrder = order;
        return touched;
    }

    /// <summary>The ids of the threads whose files differ between the parent and the commit (a decision that applied a proposal changes one).</summary>
    private static List<string> ChangedThreads(Commit? parent, Commit commit)
    {
        var before = parent?[ThreadsFolder]?.Target as Tree;
        var after = commit[ThreadsFolder]?.Target as Tree;
        if (before?.Id == after?.Id) return [];
        var old = ThreadsOf(before);
        var threads = ThreadsOf(after);
        var changed = threads.Where(t => !old.TryGetValue(t.Key, out var was) || !was.Equals(t.Value)).Select(t => t.Key).ToList();
        changed.AddRange(old.Keys.Where(id => !threads.ContainsKey(id)));
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    private static Dictionary<string, ObjectId> ThreadsOf(Tree? tree)
    {
        var files = new Dictionary<string, ObjectId>(StringComparer.Ordinal);
        if (tree is null) return files;
        foreach (var entry in tree)
        {
            if (entry.TargetType == TreeEntryTargetType.Blob && entry.Name.EndsWith(JsonSuffix, StringComparison.Ordinal))
            {
                files[entry.Name[..^JsonSuffix.Length]] = entry.Target.Id;
            }
        }
        return files;
    }
}
