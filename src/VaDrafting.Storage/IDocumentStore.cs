namespace VaDrafting.Storage;

/// <summary>Who made a write: becomes the Git author (and committer) of the commit.</summary>
public sealed record CommitAuthor(string UserId, string Name, string? Organisation);

/// <summary>One version of a document: a Git commit.</summary>
public sealed record VersionInfo(
    string CommitId,
    string? ParentId,
    DateTimeOffset When,
    string AuthorId,
    string AuthorName,
    string? Organisation,
    string Message);

/// <summary>A circulated version: an annotated Git tag on a commit, with who circulated it, when and why.</summary>
public sealed record CirculatedVersion(
    string Name,
    string CommitId,
    string TaggerId,
    string TaggerName,
    DateTimeOffset When,
    string Note);

/// <summary>One page of a document's history, newest first.</summary>
public sealed record HistoryPage(IReadOnlyList<VersionInfo> Items, int Page, int PageSize, bool HasMore);

/// <summary>
/// One bare Git repository per document. Every write is one commit by the acting person, made by a
/// single writer per document, durable (fsynced) before the call returns. Paths inside a document are
/// plain relative file names such as <c>document.md</c>, <c>meta.json</c>, <c>threads/abc.json</c>.
/// Revisions are "HEAD", a full or abbreviated commit id, or a tag name.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Ids of all documents, sorted.</summary>
    IReadOnlyList<string> ListDocumentIds();

    bool Exists(string documentId);

    /// <summary>Creates the repository with a first commit holding <paramref name="files"/>. Throws <see cref="DocumentExistsException"/>.</summary>
    Task<VersionInfo> CreateAsync(
        string documentId,
        IReadOnlyDictionary<string, byte[]> files,
        CommitAuthor author,
        string message,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Commits <paramref name="changes"/> (a null value deletes the file) on top of the current head.
    /// When <paramref name="expectedHead"/> is given and the head moved meanwhile, throws
    /// <see cref="StaleHeadException"/> and writes nothing.
    /// </summary>
    Task<VersionInfo> CommitAsync(
        string documentId,
        string? expectedHead,
        IReadOnlyDictionary<string, byte[]?> changes,
        CommitAuthor author,
        string message,
        CancellationToken cancellationToken = default);

    /// <summary>The bytes of <paramref name="path"/> at <paramref name="revision"/>, or null when the file is not there.</summary>
    byte[]? ReadFile(string documentId, string revision, string path);

    /// <summary>
    /// Names of the files directly inside <paramref name="folder"/> (e.g. <c>threads</c>) at <paramref name="revision"/>,
    /// sorted ordinally; empty when the folder is not there. Sub-folders are not listed.
    /// </summary>
    IReadOnlyList<string> ListFiles(string documentId, string revision, string folder);

    /// <summary>The version a revision names. Throws <see cref="VersionNotFoundException"/>.</summary>
    VersionInfo Resolve(string documentId, string revision);

    /// <summary>History of the main line, newest first; <paramref name="page"/> starts at 1.</summary>
    HistoryPage History(string documentId, int page, int pageSize);

    /// <summary>Tags a version as circulated. Throws <see cref="TagExistsException"/> when the name is taken.</summary>
    Task<CirculatedVersion> TagAsync(
        string documentId,
        string revision,
        string name,
        string note,
        CommitAuthor tagger,
        CancellationToken cancellationToken = default);

    /// <summary>Circulated versions, oldest first.</summary>
    IReadOnlyList<CirculatedVersion> Tags(string documentId);
}
