namespace VaDrafting.Core.Consultation;

/// <summary>
/// A proposal to replace the anchored range with <see cref="Replacement"/>: an empty replacement deletes the range,
/// and an empty range (an insertion point) inserts it. The replacement is plain text on one line.
/// </summary>
public sealed record ProposedChange(string Replacement)
{
    /// <exception cref="ConsultationException">The replacement is too long or holds a line break or control character.</exception>
    public static ProposedChange Create(string replacement) => new(ConsultationText.EnsureReplacement(replacement));
}

/// <summary>
/// The coordinators' decision on a thread. <see cref="AppliedInCommit"/> is the commit that applied an accepted
/// proposal to the draft, null until then (or when there is nothing to apply).
/// </summary>
public sealed record Decision(
    Disposition Disposition,
    string Response,
    string DecidedById,
    string DecidedByName,
    DateTimeOffset When,
    string? AppliedInCommit)
{
    /// <exception cref="ConsultationException">The disposition is unknown, or the response or a name breaks its rule.</exception>
    public static Decision Create(Disposition disposition, string response, string decidedById, string decidedByName, DateTimeOffset when)
    {
        if (!Enum.IsDefined(disposition)) throw new ConsultationException($"{(int)disposition} is not a disposition.");
        return new Decision(disposition, ConsultationText.EnsureResponse(response),
            ConsultationIds.EnsureExternal(decidedById, "decider"),
            ConsultationText.EnsureSingleLine(decidedByName, "decider name", ConsultationText.MaxNameLength), when, null);
    }

    /// <summary>True for the dispositions that take a proposal into the text.</summary>
    public bool AcceptsProposal => Disposition is Disposition.Accepted or Disposition.AcceptedInPart;
}
