using VaDrafting.Core.Redlines;
using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Redlines;

/// <summary>Why a change was made: the decision on a comment thread that applied it.</summary>
public sealed record ReasonView(string ThreadId, string RoundId, string OrganisationName, string Disposition);

/// <summary>Who made a change, as the history discloses the version to the viewer, and the decision behind it when there is one they may see.</summary>
public sealed record StampView(
    string CommitId, string AuthorId, string AuthorName, string? Organisation, DateTimeOffset When, string Message, ReasonView? Reason = null);

public sealed record SegmentView(
    SegmentKind Kind,
    string Text,
    IReadOnlyList<string>? Marks = null,
    string? Href = null,
    IReadOnlyList<string>? OldMarks = null,
    string? OldHref = null,
    string? FootnoteId = null,
    int? FootnoteNumber = null,
    bool? LineBreak = null,
    StampView? By = null);

public sealed record RedlineRowView(string RowId, BlockChange Change, IReadOnlyList<IReadOnlyList<SegmentView>> Cells);

public sealed record PlaceholderView(string Kind, string Description);

public sealed record RedlineBlockView(
    string BlockId,
    BlockChange Change,
    string Kind,
    bool KindChanged,
    bool Capped,
    IReadOnlyList<SegmentView> Segments,
    int? Level = null,
    string? ListKind = null,
    string? OldKind = null,
    int? OldLevel = null,
    string? OldListKind = null,
    string? SectionId = null,
    StampView? By = null,
    IReadOnlyList<RedlineRowView>? Rows = null,
    PlaceholderView? Placeholder = null);

public sealed record RedlineFootnoteView(string FootnoteId, BlockChange Change, IReadOnlyList<SegmentView> Segments, int? Number = null);

public sealed record RedlineStatsView(int Changed, int Inserted, int Deleted, int Moved);

public sealed record RedlineView(
    VersionView From, VersionView To, bool Attributed,
    IReadOnlyList<RedlineBlockView> Blocks, IReadOnlyList<RedlineFootnoteView> Footnotes, RedlineStatsView Stats);

public sealed record SectionCountsView(string? SectionId, string Title, int Changed, int Added, int Deleted, int Moved);

public sealed record OrganisationCountsView(string OrganisationName, int AcceptedProposals, IReadOnlyList<string> BlockIds);

public sealed record ProposalSourceView(string CommitId, string ThreadId, string RoundId, string OrganisationName, string Disposition);

public sealed record ChangeEntryView(
    string BlockId, string? SectionId, BlockChange Change, string Preview, IReadOnlyList<StampView> By, IReadOnlyList<ProposalSourceView> Reasons);

public sealed record SummaryView(
    VersionView From, VersionView To,
    IReadOnlyList<SectionCountsView> Sections, IReadOnlyList<OrganisationCountsView> Organisations, IReadOnlyList<ChangeEntryView> Changes);

public sealed record VisitView(string LastSeenCommitId, DateTimeOffset SeenAt);

public sealed record VisitRequest(string? CommitId);
