using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using VaDrafting.Core.Model;
using VaDrafting.Storage;

namespace VaDrafting.Server.Redlines;

/// <summary>The version of a document a person last saw, and when they saw it.</summary>
public sealed record Visit(string LastSeenCommitId, DateTimeOffset SeenAt);

/// <summary>
/// "The version I last saw", per person per document, kept outside the Git history: one small JSON file per document,
/// <c>{DataPath}/visits/{documentId}.json</c>, written whole to a temporary file and renamed over the old one, so a
/// reader never sees half a file. Requests on one document are serialised; the file keeps at most
/// <see cref="MaxPeoplePerDocument"/> people (those seen longest ago are dropped first).
/// </summary>
public sealed class VisitStore
{
    public const int MaxPeoplePerDocument = 5000;
    private const string FolderName = "visits";

    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web);

    private readonly string folder;
    private readonly int maxPeople;
    private readonly ConcurrentDictionary<string, Lock> gates = new(StringComparer.Ordinal);

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
            return Load(documentId).GetValueOrDefault(userId);
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
            var visits = Load(documentId);
            if (visits.TryGetValue(userId, out var recorded)
                && (recorded.LastSeenCommitId == commitId || isEarlier(commitId, recorded.LastSeenCommitId)))
            {
                return recorded;
            }
            var visit = new Visit(commitId, now);
            visits[userId] = visit;
            Save(documentId, Bounded(visits));
            return visit;
        }
    }

    private Lock Gate(string documentId)
    {
        if (!Slugs.IsValid(documentId)) throw new DocumentNotFoundException(documentId);
        return gates.GetOrAdd(documentId, static _ => new Lock());
    }

    private string FileOf(string documentId) => Path.Combine(folder, documentId + ".json");

    private Dictionary<string, Visit> Load(string documentId)
    {
        try
        {
            using var stream = File.OpenRead(FileOf(documentId));
            return JsonSerializer.Deserialize<Dictionary<string, Visit>>(stream, FileJson) ?? new(StringComparer.Ordinal);
        }
        catch (Exception unusable) when (unusable is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            // Derived data: a missing or damaged file means nobody's last visit is known.
            return new(StringComparer.Ordinal);
        }
    }

    private Dictionary<string, Visit> Bounded(Dictionary<string, Visit> visits) =>
        visits.Count <= maxPeople
            ? visits
            : visits.OrderByDescending(v => v.Value.SeenAt).Take(maxPeople).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    private void Save(string documentId, Dictionary<string, Visit> visits)
    {
        Directory.CreateDirectory(folder);
        var path = FileOf(documentId);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                JsonSerializer.Serialize(stream, visits, FileJson);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
