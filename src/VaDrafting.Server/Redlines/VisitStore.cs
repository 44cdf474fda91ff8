using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using VaDrafting.Core.Model;
using VaDrafting.Storage;

namespace VaDrafting.Server.Redlines;

/// <summary>The version of a document a person last saw, and when they saw it.</summary>
public sealed record Visit(string LastSeenCommitId, DateTimeOffset SeenAt);

/// <summary>
/// "The version I last saw", per person per document, kept outside the Git history: one small JSON file per person,
/// <c>{DataPath}/visits/{documentId}/{hash of the user id}.json</c>, written whole to a temporary file and renamed over the
/// old one, so a reader never sees half a file and instances sharing the data folder never write the same file at once
/// in place. "Only forward" is decided by reading the person's file before writing; when two instances record two
/// forward moves of one person at the same moment, one of them is kept — either is a version that person saw.
/// A document keeps at most <see cref="MaxPeoplePerDocument"/> people: recording a new person beyond it removes the files
/// written longest ago. Files of the earlier layout (<c>visits/{documentId}.json</c>, everyone in one file) are still
/// read for people who have no file of their own yet.
/// </summary>
public sealed class VisitStore
{
    public const int MaxPeoplePerDocument = 5000;
    private const string FolderName = "visits";
    private const int MaxFileBytes = 4096;

    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web);

    private readonly string folder;
    private readonly int maxPeople;
    private readonly ConcurrentDictionary<string, Lock> gates = new(StringComparer.Ordinal);

    private sealed record PersonVisit(string UserId, string LastSeenCommitId, DateTimeOffset SeenAt);

    public VisitStore(IOptions<StorageOptions> options) : this(options, MaxPeoplePerDocument)
    {
    }

    internal VisitStore(IOptions<StorageOptions> options, int maxPeople)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPeople, 1);
        folder = Path.Combine(Path.GetFullPath(options.Value.DataPath), FolderName);
        this.maxPeople = maxPeople;
    }

    public Visit? Get(string documentId, string userId)
    {
        lock (Gate(documentId))
        {
            return Read(documentId, userId);
        }
    }

    /// <summary>
    /// Records that <paramref name="userId"/> saw <paramref name="commitId"/>, unless what is recorded is that version or a later one
    /// (<paramref name="isEarlier"/>(candidate, recorded) says whether the candidate comes before the recorded one). Returns what is recorded afterwards.
    /// </summary>
    public Visit Record(string documentId, string userId, string commitId, DateTimeOffset now, Func<string, string, bool> isEarlier)
    {
        ArgumentNullException.ThrowIfNull(isEarlier);
        lock (Gate(documentId))
        {
            if (Read(documentId, userId) is { } recorded
                && (recorded.LastSeenCommitId == commitId || isEarlier(commitId, recorded.LastSeenCommitId)))
            {
                return recorded;
            }
            var path = PersonFile(documentId, userId);
            var isNewPerson = !File.Exists(path);
            Write(path, new PersonVisit(userId, commitId, now));
            if (isNewPerson) KeepWithinBound(documentId);
            return new Visit(commitId, now);
        }
    }

    private Lock Gate(string documentId)
    {
        if (!Slugs.IsValid(documentId)) throw new DocumentNotFoundException(documentId);
        return gates.GetOrAdd(documentId, static _ => new Lock());
    }

    private string DocumentFolder(string documentId) => Path.Combine(folder, documentId);

    private string PersonFile(string documentId, string userId) =>
        Path.Combine(DocumentFolder(documentId), Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))[..32] + ".json");

    private string EarlierLayoutFile(string documentId) => Path.Combine(folder, documentId + ".json");

    private Visit? Read(string documentId, string userId)
    {
        if (ReadJson<PersonVisit>(PersonFile(documentId, userId)) is { } mine && mine.UserId == userId)
        {
            return new Visit(mine.LastSeenCommitId, mine.SeenAt);
        }
        return ReadJson<Dictionary<string, Visit>>(EarlierLayoutFile(documentId))?.GetValueOrDefault(userId);
    }

    private static T? ReadJson<T>(string path) where T : class
    {
        try
        {
            using var stream = File.OpenRead(path);
            // The earlier layout held a whole document's visitors in one file; a person's own file is tiny.
            if (typeof(T) == typeof(PersonVisit) && stream.Length > MaxFileBytes) return null;
            return JsonSerializer.Deserialize<T>(stream, FileJson);
        }
        catch (Exception unusable) when (unusable is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            // Derived data: a missing or damaged file means the visit is not known.
            return null;
        }
    }

    private static void Write(string path, PersonVisit visit)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                JsonSerializer.Serialize(stream, visit, FileJson);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private void KeepWithinBound(string documentId)
    {
        var files = new DirectoryInfo(DocumentFolder(documentId)).GetFiles("*.json");
        if (files.Length <= maxPeople) return;
        foreach (var stale in files.OrderBy(f => f.LastWriteTimeUtc).Take(files.Length - maxPeople))
        {
            try
            {
                stale.Delete();
            }
            catch (IOException)
            {
                // Another instance removed or replaced it meanwhile.
            }
        }
    }
}
