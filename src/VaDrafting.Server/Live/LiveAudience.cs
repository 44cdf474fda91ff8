using VaDrafting.Core.Access;
using VaDrafting.Core.Consultation;

namespace VaDrafting.Server.Live;

/// <summary>Who of those following a document may receive an event.</summary>
public enum AudienceKind
{
    /// <summary>Everyone who joined the document.</summary>
    Everyone,

    /// <summary>The organisation's people and the coordinators.</summary>
    OrganisationAndCoordinators,

    /// <summary>The organisation's people only; one person when there is no organisation.</summary>
    OrganisationOnly,
}

/// <summary>An audience: its kind, the organisation concerned and, for a draft outside any organisation, its author.</summary>
public sealed record Audience(AudienceKind Kind, string? OrganisationId, string? PersonId = null);

/// <summary>
/// The audience of consultation events, derived from <see cref="ConsultationPermissions"/> so that the rule of who sees
/// what lives in one place: if someone of no organisation with the least role may see it, everyone may; else if a
/// coordinator of another organisation may, the organisation and the coordinators; else only the organisation.
/// </summary>
public static class LiveAudience
{
    private static readonly Viewer Outsider = new("", null, DocumentRole.Observer, IsFocalPoint: false);
    private static readonly Viewer OutsideCoordinator = new("", null, DocumentRole.Coordinator, IsFocalPoint: false);

    public static Audience OfThread(Round round, CommentThread thread, DateTimeOffset now)
    {
        if (ConsultationPermissions.CanSee(Outsider, round, thread, now)) return new Audience(AudienceKind.Everyone, null);
        if (ConsultationPermissions.CanSee(OutsideCoordinator, round, thread, now))
            return new Audience(AudienceKind.OrganisationAndCoordinators, thread.SubmittedByOrganisationId);
        return new Audience(AudienceKind.OrganisationOnly, thread.SubmittedByOrganisationId,
            thread.SubmittedByOrganisationId is null ? thread.Opening.AuthorId : null);
    }

    public static Audience OfAnswer(Round round, QuestionAnswer answer, DateTimeOffset now) =>
        ConsultationPermissions.CanSeeAnswer(Outsider, round, answer, now)
            ? new Audience(AudienceKind.Everyone, null)
            : new Audience(AudienceKind.OrganisationAndCoordinators, answer.OrganisationId);
}
