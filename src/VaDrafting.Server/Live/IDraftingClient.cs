using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Live;

/// <summary>What the server calls on the clients joined to a document (see README "Live updates").</summary>
public interface IDraftingClient
{
    /// <summary>Who is on the document: at most <see cref="PresenceLists.MaxShown"/> people, out of <paramref name="total"/>.</summary>
    Task PresenceChanged(string documentId, IReadOnlyList<PresenceView> present, int total);

    Task VersionAdded(string documentId, VersionAddedView added);

    Task ThreadChanged(string documentId, ThreadView thread);

    Task ThreadRemoved(string documentId, string threadId);

    Task RoundChanged(string documentId, RoundView round);

    Task AnswerChanged(string documentId, AnswerView answer);

    /// <summary>
    /// A block was changed through the hub. Its version counts as added: an edit of a block's text sends no
    /// <see cref="VersionAdded"/> besides (a change of structure sends one after its BlockChanged messages).
    /// </summary>
    Task BlockChanged(string documentId, BlockChangedView change);
}

/// <summary>One person looking at the document: several tabs of theirs are merged into one entry.</summary>
public sealed record PresenceView(
    string UserId, string Name, string? OrganisationId, string? OrganisationName, string? SectionId, string? EditingBlockId);

/// <summary>Where a connection is in the document: the section it shows and the block it edits (coordinators only).</summary>
public sealed record PresenceUpdate(string? SectionId, string? EditingBlockId);

/// <summary>
/// The answer to <c>JoinDocument</c>: the latest version, the versions after the one the client last saw (newest first,
/// disclosed for the viewer as the history discloses them) and who is present (at most
/// <see cref="PresenceLists.MaxShown"/> people, out of <see cref="PresentTotal"/>).
/// </summary>
public sealed record JoinResult(
    string HeadCommitId, IReadOnlyList<VersionView> Missed, bool MissedTruncated, IReadOnlyList<PresenceView> Present, int PresentTotal = 0);

/// <summary>A new version of the document; <see cref="TextChanged"/> when its text (not only its consultation data) changed.</summary>
public sealed record VersionAddedView(VersionView Version, bool TextChanged);

/// <summary>
/// A block changed by a live edit, with its new revision, the version that holds it and the block as the document view
/// shows it. <see cref="AfterBlockId"/> (the block before it, null when first) and <see cref="BlockCount"/> describe the
/// document at that version, so that a reader can tell a change of text in place from a change of the document's structure.
/// </summary>
public sealed record BlockChangedView(string BlockId, string Revision, VersionView Version, BlockView Block, string? AfterBlockId = null, int BlockCount = 0);
