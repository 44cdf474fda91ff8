using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Serialization;
using VaDrafting.Storage;

namespace VaDrafting.Server.Live;

/// <summary>
/// The block ids of each document's latest version, parsed once per version: presence updates arrive many times a
/// second and must not parse the whole text each time. One entry per document, replaced when the head moves.
/// </summary>
public sealed class LatestBlockIds(IDocumentStore store)
{
    private sealed record Entry(string CommitId, FrozenSet<string> Ids);

    private readonly ConcurrentDictionary<string, Entry> _byDocument = new(StringComparer.Ordinal);

    public IReadOnlySet<string> Of(string documentId)
    {
        var head = store.Resolve(documentId, "HEAD").CommitId;
        if (_byDocument.TryGetValue(documentId, out var cached) && cached.CommitId == head) return cached.Ids;
        var text = DocumentMarkdown.Parse(Encoding.UTF8.GetString(store.ReadFile(documentId, head, DocumentJson.DocumentPath) ?? []));
        var entry = new Entry(head, text.Blocks.Select(b => b.Id).ToFrozenSet(StringComparer.Ordinal));
        _byDocument[documentId] = entry;
        return entry.Ids;
    }
}
