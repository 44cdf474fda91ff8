using System.Text;
using LibGit2Sharp;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Serialization;

namespace VaDrafting.Bench.Consultation;

/// <summary>A document at one version with its round and every comment thread.</summary>
internal sealed record LoadedConsultation(DraftDocument Document, Round Round, IReadOnlyList<CommentThread> Threads);

/// <summary>
/// Reads the document with all its threads from HEAD of the bare repository: opens it with LibGit2Sharp, parses
/// document.md, reads the round and walks the tree entries of <c>threads/</c>, deserialising every blob.
/// (IDocumentStore has no folder listing, so this goes to the repository directly.)
/// </summary>
internal static class ThreadLoader
{
    public const string ThreadsFolder = "threads";

    public static LoadedConsultation Load(string gitDirectory, string roundId)
    {
        using var repository = new Repository(gitDirectory);
        var head = repository.Head.Tip;
        var document = DocumentMarkdown.Parse(Encoding.UTF8.GetString(ReadBlob((Blob)head[DocumentJson.DocumentPath].Target)));
        var round = ConsultationJson.DeserializeRound(ReadBlob((Blob)head[$"rounds/{roundId}.json"].Target));
        var folder = (Tree)head[ThreadsFolder].Target;
        var threads = new List<CommentThread>(folder.Count);
        foreach (var entry in folder)
        {
            if (entry.Target is Blob blob) threads.Add(ConsultationJson.DeserializeThread(ReadBlob(blob)));
        }
        return new LoadedConsultation(document, round, threads);
    }

    /// <summary>Only the Git part of <see cref="Load"/>: every blob's bytes, nothing parsed.</summary>
    public static long ReadBytesOnly(string gitDirectory, string roundId)
    {
        using var repository = new Repository(gitDirectory);
        var head = repository.Head.Tip;
        long total = ReadBlob((Blob)head[DocumentJson.DocumentPath].Target).Length + ReadBlob((Blob)head[$"rounds/{roundId}.json"].Target).Length;
        foreach (var entry in (Tree)head[ThreadsFolder].Target)
        {
            if (entry.Target is Blob blob) total += ReadBlob(blob).Length;
        }
        return total;
    }

    private static byte[] ReadBlob(Blob blob)
    {
        using var content = blob.GetContentStream();
        var bytes = new byte[blob.Size];
        content.ReadExactly(bytes);
        return bytes;
    }
}
