using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using VaDrafting.Storage;
using VaDrafting.Storage.History;

namespace VaDrafting.Bench.Redline;

/// <summary>
/// A version chain written to a real Git repository the way the server writes it (one commit per version by its author,
/// with consultation commits in between that do not touch the text), so attribution can be timed through the block
/// history index as a request does: the index built cold once, then warm redline + attribution.
/// </summary>
internal sealed class RepositoryScenario : IDisposable
{
    private const string DocumentId = "bench-guidance";
    private const int ConsultationCommitsPerVersion = 3;

    private readonly DirectoryInfo _folder;
    private readonly GitDocumentStore _store;
    private readonly Dictionary<string, DraftDocument> _parsed = new(StringComparer.Ordinal);

    private RepositoryScenario(DirectoryInfo folder, GitDocumentStore store, VersionInfo from, VersionInfo to, int commits)
    {
        _folder = folder;
        _store = store;
        From = from;
        To = to;
        Commits = commits;
    }

    public VersionInfo From { get; }

    public VersionInfo To { get; }

    public int Commits { get; }

    public static async Task<RepositoryScenario> WriteAsync(VersionChain.Chain chain)
    {
        var folder = Directory.CreateTempSubdirectory("va-bench-redline-repo-");
        var store = new GitDocumentStore(new StorageOptions { DataPath = folder.FullName, Fsync = false }, TimeProvider.System, NullLogger<GitDocumentStore>.Instance);
        var from = await store.CreateAsync(DocumentId, new Dictionary<string, byte[]> { [DocumentPath] = Markdown(chain.From) },
            new CommitAuthor("coordinator", "Coordinator", "Coordinators"), "Circulate the first draft");
        var to = from;
        var commits = 1;
        foreach (var (stamp, document) in chain.Versions)
        {
            var author = new CommitAuthor(stamp.AuthorId, stamp.AuthorName, stamp.Organisation);
            for (var c = 0; c < ConsultationCommitsPerVersion; c++)
            {
                await store.CommitAsync(DocumentId, null,
                    new Dictionary<string, byte[]?> { [$"threads/t{commits:D4}.json"] = Encoding.UTF8.GetBytes($"{{\"id\":\"t{commits:D4}\"}}") },
                    author, "Comment on the draft");
                commits++;
            }
            to = await store.CommitAsync(DocumentId, null, new Dictionary<string, byte[]?> { [DocumentPath] = Markdown(document) }, author, stamp.Message);
            commits++;
        }
        return new RepositoryScenario(folder, store, from, to, commits);
    }

    /// <summary>A fresh index over the repository: its first query builds the block change log.</summary>
    public IBlockHistoryIndex NewIndex() => new GitBlockHistoryIndex(_store);

    public TimeSpan TimeColdIndex(IBlockHistoryIndex index, Core.Redlines.Redline redline)
    {
        var watch = Stopwatch.StartNew();
        index.Read(DocumentId, From.CommitId, To.CommitId, IndexedAttribution.ChangedKeys(redline));
        return watch.Elapsed;
    }

    /// <summary>Redline and attribution through the index, with parsed versions cached as the server caches them.</summary>
    public AttributedRedline RedlineWithAttribution(IBlockHistoryIndex index) =>
        IndexedAttribution.Attribute(index, DocumentId, From, To, RedlineBuilder.Build(DocumentAt(From.CommitId), DocumentAt(To.CommitId)), DocumentAt);

    public void Dispose() => _folder.Delete(recursive: true);

    private DraftDocument DocumentAt(string commitId)
    {
        if (!_parsed.TryGetValue(commitId, out var document))
        {
            document = DocumentMarkdown.Parse(Encoding.UTF8.GetString(_store.ReadFile(DocumentId, commitId, DocumentPath) ?? []));
            _parsed[commitId] = document;
        }
        return document;
    }

    private const string DocumentPath = "document.md";

    private static byte[] Markdown(DraftDocument document) => Encoding.UTF8.GetBytes(DocumentMarkdown.Write(document));
}
