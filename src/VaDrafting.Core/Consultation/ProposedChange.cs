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
/// The coordinators' decision on a thread. <see cref="AppliedText"/> is the text that went into the draft when an
/// accepted proposal was applied — the proposal itself, or the coordinators' edited version of it for
/// <see cref="Disposition.AcceptedInPart"/> — and null when nothing was applied. The version that applied it is the
/// commit that recorded this decision.
/// </summary>
public sealed record Decision(
    Disposition Disposition,
    string Response,
    string DecidedById,
    string DecidedByName,
    DateTimeOffset When,
    string? AppliedText)
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
