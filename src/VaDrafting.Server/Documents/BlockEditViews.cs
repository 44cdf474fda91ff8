namespace VaDrafting.Server.Documents;

/// <summary>
/// A text block as an editor starts from it: its inline Markdown (as in <c>document.md</c>), its revision and the
/// version it was read at, which the edit names as its base.
/// </summary>
public sealed record BlockSourceView(string BlockId, string Kind, int? Level, string? ListKind, string Text, string Revision, string CommitId);

/// <summary>An edit of a block's text: <see cref="Text"/> (inline Markdown) replaces the text the block had at <see cref="BaseCommitId"/>.</summary>
public sealed record BlockEditRequest(string? BlockId, string? BaseCommitId, string? Text);

/// <summary>What became of an edit.</summary>
public enum EditOutcome
{
    /// <summary>Nobody changed the block since the base version: the text was stored as sent.</summary>
    Saved,

    /// <summary>Someone changed the block meanwhile, elsewhere in its text: both changes were stored together.</summary>
    Merged,

    /// <summary>The block already reads as the edit would make it: nothing was stored.</summary>
    Unchanged,

    /// <summary>Someone changed the same words meanwhile: nothing was stored.</summary>
    Conflict,
}

/// <summary>
/// The answer to an edit: the block's text and revision as stored now (for a conflict, as they are at the latest
/// version), the version that holds the edit when one was made, and the conflicting texts when it could not be.
/// </summary>
public sealed record EditResultView(EditOutcome Outcome, string BlockId, string Revision, string Text, VersionView? Version, EditConflictView? Conflict);

/// <summary>
/// Why an edit could not be merged, with the block's inline Markdown at the base version (<see cref="Ancestor"/>),
/// as sent (<see cref="Mine"/>) and at the latest version (<see cref="Theirs"/>).
/// </summary>
public sealed record EditConflictView(string Reason, string Ancestor, string Mine, string Theirs, IReadOnlyList<ConflictRegionView> Regions);

/// <summary>One passage both sides changed: where it starts in the ancestor's text (UTF-16 offset) and its three texts.</summary>
public sealed record ConflictRegionView(int AncestorOffset, string Ancestor, string Mine, string Theirs);
