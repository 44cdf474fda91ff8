using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Server.Documents;

namespace VaDrafting.Server.Consultation;

public sealed record OrganisationView(string Id, string Name);

public sealed record QuestionView(string Id, string Text, string? SectionBlockId);

public sealed record RoundView(
    string Id, string Title, string BaseVersion, DateTimeOffset Opens, DateTimeOffset Closes, DateTimeOffset? ClosedAt,
    string TimeZone, RoundPhase Phase, RoundVisibility Visibility, bool DirectSubmission,
    IReadOnlyList<OrganisationView> InvitedOrganisations, IReadOnlyList<QuestionView> Questions);

public sealed record AnchorView(string BlockId, int Start, int End, string Exact, string Prefix, string Suffix);

/// <summary>An earlier text of a comment; <see cref="EditedById"/> is set when someone other than the author changed it.</summary>
public sealed record CommentEditView(DateTimeOffset When, string PreviousText, string? EditedById);

public sealed record CommentView(
    string Id, string AuthorId, string AuthorName, string? OrganisationId, DateTimeOffset Created, DateTimeOffset LastChanged, string Text, bool Edited,
    IReadOnlyList<CommentEditView> History);

/// <summary>A decision; <see cref="AppliedText"/> is what went into the text when an accepted proposal was applied.</summary>
public sealed record DecisionView(
    Disposition Disposition, string Response, string DecidedById, string DecidedByName, DateTimeOffset When, bool AppliedToText, string? AppliedText);

/// <summary>A thread as a viewer sees it, its anchor resolved against the latest version of the text.</summary>
public sealed record ThreadView(
    string Id, string RoundId, CommentType Type, ThreadStage Stage, ThreadStatus Status,
    string? OrganisationId, string? OrganisationName, AnchorView Anchor, AnchorStatus AnchorStatus,
    CommentView Opening, IReadOnlyList<CommentView> Replies, string? ProposedReplacement, DecisionView? Decision,
    string? SubmittedById, DateTimeOffset? SubmittedAt, string? OriginalQuote);

/// <summary>A decision, with the new version of the text when an accepted proposal was applied.</summary>
public sealed record DecisionOutcomeView(ThreadView Thread, VersionView Version, bool TextChanged);

public sealed record AnswerView(string QuestionId, string OrganisationId, string OrganisationName, string Text, string AuthorId, DateTimeOffset Updated);

public sealed record MatrixRowView(
    int Number, string ThreadId, string? OrganisationId, string? OrganisationName, string? SectionBlockId, string? SectionHeading,
    string BlockId, string Quote, AnchorStatus AnchorStatus, CommentType Type, string Comment, string? ProposedChange,
    string? Response, Disposition? Disposition, ThreadStatus Status);

public sealed record MatrixView(
    string RoundId, IReadOnlyList<MatrixRowView> Rows,
    IReadOnlyDictionary<string, int> ByOrganisation, IReadOnlyDictionary<string, int> ByDisposition);

public sealed record QuestionRequest(string? Text, string? SectionBlockId);

public sealed record OpenRoundRequest(
    string? Title, string? BaseVersion, DateTimeOffset? Opens, DateTimeOffset? Closes, string? TimeZone,
    IReadOnlyList<string>? InvitedOrganisationIds, RoundVisibility? Visibility, bool? DirectSubmission,
    IReadOnlyList<QuestionRequest>? Questions);

public sealed record DeadlineRequest(DateTimeOffset? Closes);

public sealed record NewThreadRequest(
    string? RoundId, string? BlockId, int? Start, int? End, CommentType? Type, string? Text, string? ProposedReplacement, bool? Draft);

public sealed record CommentTextRequest(string? Text);

public sealed record MergeRequest(string? IntoThreadId);

/// <summary>A passage of the latest version to attach a thread to; all absent to confirm where the thread was found again.</summary>
public sealed record AnchorRequest(string? BlockId, int? Start, int? End);

public sealed record DecisionRequest(Disposition? Disposition, string? Response, string? Replacement);

public sealed record AnswerRequest(string? QuestionId, string? Text);
