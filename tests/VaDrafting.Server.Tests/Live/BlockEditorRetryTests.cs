using System.Net;
using System.Text;
using VaDrafting.Core.Serialization;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Documents;
using VaDrafting.Server.Live;
using VaDrafting.Storage;

namespace VaDrafting.Server.Tests.Live;

public sealed class BlockEditorRetryTests(LiveServer server) : IClassFixture<LiveServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The store of the server, with one commit by someone else slipped in just before the first commit asked of it.</summary>
    private sealed class InterleavingStore(IDocumentStore inner, Func<Task> meanwhile) : IDocumentStore
    {
        private int _slippedIn;

        public IReadOnlyList<string> ListDocumentIds() => inner.ListDocumentIds();

        public bool Exists(string documentId) => inner.Exists(documentId);

        public Task<VersionInfo> CreateAsync(string documentId, IReadOnlyDictionary<string, byte[]> files, CommitAuthor author, string message, CancellationToken cancellationToken = default) =>
            inner.CreateAsync(documentId, files, author, message, cancellationToken);

        public async Task<VersionInfo> CommitAsync(
            string documentId, string? expectedHead, IReadOnlyDictionary<string, byte[]?> changes, CommitAuthor author, string message, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _slippedIn, 1) == 0) await meanwhile();
            return await inner.CommitAsync(documentId, expectedHead, changes, author, message, cancellationToken);
        }

        public byte[]? ReadFile(string documentId, string revision, string path) => inner.ReadFile(documentId, revision, path);

        public IReadOnlyList<string> ListFiles(string documentId, string revision, string folder) => inner.ListFiles(documentId, revision, folder);

        public VersionInfo Resolve(string documentId, string revision) => inner.Resolve(documentId, revision);

        public HistoryPage History(string documentId, int page, int pageSize) => inner.History(documentId, page, pageSize);

        public Task<CirculatedVersion> TagAsync(string documentId, string revision, string name, string note, CommitAuthor tagger, CancellationToken cancellationToken = default) =>
            inner.TagAsync(documentId, revision, name, note, tagger, cancellationToken);

        public IReadOnlyList<CirculatedVersion> Tags(string documentId) => inner.Tags(documentId);
    }

    [Fact]
    public async Task EditBlock_WhenAnotherCommitLandsBetweenReadingAndCommitting_MergesAgainWithIt()
    {
        var coordinator = await server.SignInAsync(DemoPeople.Coordinator);
        var created = await coordinator.PostAsync("/api/documents", HttpAssertions.WordUpload(WordFiles.Docx(WordFiles.SmallGuidance())), Cancel)
            .WaitAsync(LiveClient.Timeout, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadAsync<CreatedDocumentView>()).Id;
        var store = server.Services.GetRequiredService<IDocumentStore>();
        var start = store.Resolve(id, "HEAD").CommitId;
        var someoneElse = new CommitAuthor(DemoPeople.SecondCoordinator, "Second coordinator", null);
        var interleaving = new InterleavingStore(store, async () =>
        {
            var text = Encoding.UTF8.GetString(store.ReadFile(id, "HEAD", DocumentJson.DocumentPath)!);
            var changed = text.Replace("Progress is measured", "Progress is regularly measured", StringComparison.Ordinal);
            Assert.NotEqual(text, changed);
            await store.CommitAsync(id, null, new Dictionary<string, byte[]?> { [DocumentJson.DocumentPath] = Encoding.UTF8.GetBytes(changed) }, someoneElse, "Another change", Cancel);
        });
        var editor = new BlockEditor(interleaving, server.Services.GetRequiredService<DocumentService>(), server.Services.GetRequiredService<IDocumentEvents>(), new DocumentWriters());
        var actor = new Actor(DemoPeople.Coordinator, "Coordinator", null, null);

        var result = await editor.EditAsync(id, new BlockEditRequest("plast", start, "Progress is measured against the national action plan of 2026."), actor, Cancel);

        Assert.Equal(EditOutcome.Merged, result.Outcome);
        Assert.Equal("Progress is regularly measured against the national action plan of 2026.", result.Text);
        var history = store.History(id, 1, 10).Items;
        Assert.Equal(["Edit “Part I. Affected States” (plast)", "Another change"], history.Take(2).Select(v => v.Message));
        Assert.Equal(result.Version!.CommitId, history[0].CommitId);
    }
}
