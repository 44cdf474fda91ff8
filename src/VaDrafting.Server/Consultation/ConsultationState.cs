using System.Text;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Serialization;
using VaDrafting.Storage;

namespace VaDrafting.Server.Consultation;

/// <summary>
/// Where consultation data lives in a document's repository: <c>rounds/{roundId}.json</c>,
/// <c>threads/{threadId}.json</c> and <c>answers/{roundId}.json</c> (every answer of a round), each written with
/// <see cref="ConsultationJson"/>.
/// </summary>
public static class ConsultationPaths
{
    public const string RoundsFolder = "rounds";
    public const string ThreadsFolder = "threads";
    public const string AnswersFolder = "answers";

    public static string Round(string roundId) => $"{RoundsFolder}/{roundId}.json";

    public static string Thread(string threadId) => $"{ThreadsFolder}/{threadId}.json";

    public static string Answers(string roundId) => $"{AnswersFolder}/{roundId}.json";

    /// <summary>The ids of the JSON files of a folder listing.</summary>
    public static IEnumerable<string> Ids(IEnumerable<string> fileNames) =>
        fileNames.Where(name => name.EndsWith(".json", StringComparison.Ordinal)).Select(name => name[..^".json".Length]);
}

/// <summary>The consultation data of a document at its latest version, read once per request.</summary>
public sealed class ConsultationState(IDocumentStore store, string documentId, VersionInfo head)
{
    private DraftDocument? _text;

    public string DocumentId => documentId;

    public VersionInfo Head => head;

    public static ConsultationState AtHead(IDocumentStore store, string documentId) =>
        new(store, documentId, store.Resolve(documentId, "HEAD"));

    /// <summary>The document's text at the head.</summary>
    public DraftDocument Text => _text ??= DocumentMarkdown.Parse(Encoding.UTF8.GetString(
        store.ReadFile(documentId, head.CommitId, DocumentJson.DocumentPath) ?? []));

    public IReadOnlyList<Round> Rounds() =>
        [.. ConsultationPaths.Ids(store.ListFiles(documentId, head.CommitId, ConsultationPaths.RoundsFolder))
            .Select(id => ConsultationJson.DeserializeRound(Read(ConsultationPaths.Round(id))))
            .OrderBy(r => r.Opens)];

    public Round Round(string roundId) =>
        BlockIds.IsValid(roundId) && store.ReadFile(documentId, head.CommitId, ConsultationPaths.Round(roundId)) is { } json
            ? ConsultationJson.DeserializeRound(json)
            : throw new RoundNotFoundException(roundId);

    public IReadOnlyList<CommentThread> Threads() =>
        [.. ThreadIds().Select(id => ConsultationJson.DeserializeThread(Read(ConsultationPaths.Thread(id))))];

    public IReadOnlySet<string> ThreadIds() =>
        ConsultationPaths.Ids(store.ListFiles(documentId, head.CommitId, ConsultationPaths.ThreadsFolder)).ToHashSet(StringComparer.Ordinal);

    public CommentThread? Thread(string threadId) =>
        BlockIds.IsValid(threadId) && store.ReadFile(documentId, head.CommitId, ConsultationPaths.Thread(threadId)) is { } json
            ? ConsultationJson.DeserializeThread(json)
            : null;

    public IReadOnlyList<QuestionAnswer> Answers(string roundId) =>
        store.ReadFile(documentId, head.CommitId, ConsultationPaths.Answers(roundId)) is { } json ? ConsultationJson.DeserializeAnswers(json) : [];

    private byte[] Read(string path) =>
        store.ReadFile(documentId, head.CommitId, path) ?? throw new InvalidOperationException($"'{path}' was listed but cannot be read.");
}
