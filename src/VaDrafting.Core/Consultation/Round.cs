using System.Text.RegularExpressions;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Consultation;

/// <summary>A question the coordinators put to every invited organisation, optionally about one section (a heading block).</summary>
public sealed record RoundQuestion(string Id, string Text, string? SectionBlockId)
{
    /// <exception cref="ConsultationException">The id, the text or the section id breaks its rule.</exception>
    public static RoundQuestion Create(string id, string text, string? sectionBlockId) =>
        new(ConsultationIds.Ensure(id, "question"),
            ConsultationText.EnsureMultiline(text, "question text", ConsultationText.MaxQuestionLength),
            sectionBlockId is null ? null : ConsultationIds.Ensure(sectionBlockId, "section block"));
}

/// <summary>
/// A consultation round on a circulated version (<see cref="BaseVersion"/> is its tag name). It is open from
/// <see cref="Opens"/> until <see cref="Closes"/>, unless a coordinator closed it early (<see cref="ClosedAt"/>);
/// <see cref="PhaseAt"/> computes the phase from the time the caller passes, so Core never reads a clock.
/// <see cref="TimeZone"/> is an IANA id used only to display the dates. <see cref="DirectSubmission"/> lets every
/// member of an invited organisation submit threads, not only its focal points.
/// Build one with <see cref="Create"/>; <see cref="Extend"/>, <see cref="Close"/> and <see cref="Reopen"/> return new values.
/// </summary>
public sealed partial record Round(
    string Id,
    string Title,
    string BaseVersion,
    DateTimeOffset Opens,
    DateTimeOffset Closes,
    string TimeZone,
    IReadOnlyList<string> InvitedOrganisationIds,
    RoundVisibility Visibility,
    bool DirectSubmission,
    IReadOnlyList<RoundQuestion> Questions,
    DateTimeOffset? ClosedAt)
{
    public const int MaxTimeZoneLength = 64;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$")]
    private static partial Regex TimeZonePattern();

    /// <exception cref="ConsultationException">A field breaks its rule, <paramref name="closes"/> is not after
    /// <paramref name="opens"/>, or organisations or question ids repeat.</exception>
    public static Round Create(
        string id, string title, string baseVersion, DateTimeOffset opens, DateTimeOffset closes, string timeZone,
        IReadOnlyList<string> invitedOrganisationIds, RoundVisibility visibility, bool directSubmission, IReadOnlyList<RoundQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(invitedOrganisationIds);
        ArgumentNullException.ThrowIfNull(questions);
        if (!Slugs.IsValid(baseVersion)) throw new ConsultationException($"'{baseVersion}' is not a version tag name.");
        if (closes <= opens) throw new ConsultationException($"The round must close after it opens ({opens:O} – {closes:O}).");
        if (timeZone is null || timeZone.Length > MaxTimeZoneLength || !TimeZonePattern().IsMatch(timeZone))
            throw new ConsultationException($"'{timeZone}' is not an IANA time zone id such as Europe/Zurich.");
        if (!Enum.IsDefined(visibility)) throw new ConsultationException($"{(int)visibility} is not a round visibility.");
        foreach (var organisation in invitedOrganisationIds) ConsultationIds.EnsureExternal(organisation, "invited organisation");
        if (invitedOrganisationIds.Distinct(StringComparer.Ordinal).Count() != invitedOrganisationIds.Count)
            throw new ConsultationException("An organisation is invited twice.");
        foreach (var question in questions)
        {
            ArgumentNullException.ThrowIfNull(question);
            RoundQuestion.Create(question.Id, question.Text, question.SectionBlockId);
        }
        if (questions.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count() != questions.Count)
            throw new ConsultationException("Two questions have the same id.");
        return new Round(ConsultationIds.Ensure(id, "round"), ConsultationText.EnsureSingleLine(title, "round title", ConsultationText.MaxTitleLength),
            baseVersion, opens, closes, timeZone, [.. invitedOrganisationIds], visibility, directSubmission, [.. questions], null);
    }

    /// <summary>The phase at <paramref name="now"/>: scheduled before it opens, closed from the deadline or the early closing on.</summary>
    public RoundPhase PhaseAt(DateTimeOffset now) =>
        ClosedAt is { } closedAt && now >= closedAt ? RoundPhase.Closed
        : now < Opens ? RoundPhase.Scheduled
        : now < Closes ? RoundPhase.Open
        : RoundPhase.Closed;

    public bool IsOpenAt(DateTimeOffset now) => PhaseAt(now) == RoundPhase.Open;

    public bool IsInvited(string? organisationId) => organisationId is not null && InvitedOrganisationIds.Contains(organisationId);

    /// <summary>This round with a later deadline; it must not be closed at <paramref name="now"/>.</summary>
    public Round Extend(DateTimeOffset newCloses, DateTimeOffset now)
    {
        if (PhaseAt(now) == RoundPhase.Closed) throw new ConsultationException($"Round '{Id}' is closed; reopen it to set a new deadline.");
        if (newCloses <= Closes) throw new ConsultationException($"The new deadline {newCloses:O} is not after the current one {Closes:O}.");
        return this with { Closes = newCloses };
    }

    /// <summary>This round closed at <paramref name="now"/>, before its deadline; it must be open.</summary>
    public Round Close(DateTimeOffset now)
    {
        if (PhaseAt(now) != RoundPhase.Open) throw new ConsultationException($"Round '{Id}' is not open, so it cannot be closed.");
        return this with { ClosedAt = now };
    }

    /// <summary>This closed round open again from <paramref name="now"/> until <paramref name="newCloses"/>.</summary>
    public Round Reopen(DateTimeOffset newCloses, DateTimeOffset now)
    {
        if (PhaseAt(now) != RoundPhase.Closed) throw new ConsultationException($"Round '{Id}' is not closed, so it cannot be reopened.");
        if (newCloses <= now) throw new ConsultationException($"The new deadline {newCloses:O} must be in the future.");
        return this with { Closes = newCloses, ClosedAt = null };
    }

    public bool Equals(Round? other) =>
        other is not null && Id == other.Id && Title == other.Title && BaseVersion == other.BaseVersion && Opens == other.Opens
        && Closes == other.Closes && TimeZone == other.TimeZone && InvitedOrganisationIds.SequenceEqual(other.InvitedOrganisationIds)
        && Visibility == other.Visibility && DirectSubmission == other.DirectSubmission && Questions.SequenceEqual(other.Questions)
        && ClosedAt == other.ClosedAt;

    public override int GetHashCode() => HashCode.Combine(Id, Title, BaseVersion, Opens, Closes, InvitedOrganisationIds.Count, Questions.Count, ClosedAt);
}
