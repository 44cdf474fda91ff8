namespace VaDrafting.Storage;

/// <summary>The Markdown line of one block (a table: its lines joined by '\n'; a footnote: its <c>[^id]: …</c> line) at a commit; null when the block is not there.</summary>
public sealed record BlockLineChange(string CommitId, string? Line);

/// <summary>A commit of the main line that changed at least one of the blocks asked for, and the comment threads whose files it changed.</summary>
public sealed record TouchingCommit(VersionInfo Version, IReadOnlyList<string> ChangedThreadIds);

/// <summary>
/// What happened to some blocks between two versions. <see cref="Changes"/> has an entry for every key asked for:
/// the commits in (from, to] of the first-parent line that changed, added, removed or moved that block, oldest
/// first, with its line after each. When <see cref="FromOnMainLine"/> is false, <c>from</c> is not on the first-parent
/// line of <c>to</c> (for example a comparison backwards) and nothing is listed.
/// </summary>
public sealed record BlockHistoryRange(
    string FromCommitId,
    string ToCommitId,
    bool FromOnMainLine,
    IReadOnlyDictionary<string, IReadOnlyList<BlockLineChange>> Changes,
    IReadOnlyDictionary<string, TouchingCommit> Commits);

/// <summary>Keys of <see cref="IBlockHistoryIndex"/>: a block's id as it is, a footnote's id prefixed.</summary>
public static class BlockHistoryKeys
{
    public const string FootnotePrefix = "fn:";

    public static string Footnote(string footnoteId) => FootnotePrefix + footnoteId;
}

/// <summary>
/// Which commits of a document's main line changed which blocks, built once per document and kept up to date as
/// commits arrive, so the versions of a few blocks between two versions are found without walking the history and
/// by reading only the <c>document.md</c> of the commits that changed them.
/// </summary>
public interface IBlockHistoryIndex
{
    /// <summary>
    /// The changes of <paramref name="keys"/> (block ids, or <see cref="BlockHistoryKeys.Footnote"/>) in (from, to].
    /// Both are full commit ids of the document. Throws <see cref="DocumentNotFoundException"/> or <see cref="VersionNotFoundException"/>.
    /// </summary>
    BlockHistoryRange Read(string documentId, string fromCommitId, string toCommitId, IReadOnlyCollection<string> keys);

    /// <summary>True when <paramref name="earlierCommitId"/> is on the first-parent line of <paramref name="laterCommitId"/>, strictly before it.</summary>
    bool Precedes(string documentId, string earlierCommitId, string laterCommitId);
}
