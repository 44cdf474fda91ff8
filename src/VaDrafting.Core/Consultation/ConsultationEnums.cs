namespace VaDrafting.Core.Consultation;

/// <summary>What a comment is about, as the commenter classifies it.</summary>
public enum CommentType
{
    General,
    Substantive,
    Editorial,
}

/// <summary>Whether a thread still needs attention.</summary>
public enum ThreadStatus
{
    Open,
    Resolved,
}

/// <summary>The coordinators' answer to a comment or proposal.</summary>
public enum Disposition
{
    Accepted,
    AcceptedInPart,
    Noted,
    NotAccepted,
}

/// <summary>
/// Where a thread is in the delegation-consolidation workflow: a <see cref="Draft"/> is visible only to its own
/// organisation until it is <see cref="Submitted"/> to the round.
/// </summary>
public enum ThreadStage
{
    Draft,
    Submitted,
}

/// <summary>
/// Who sees submitted threads while the round is open: in an <see cref="Open"/> round everyone with read access;
/// in a <see cref="Closed"/> round each organisation sees only its own (coordinators see all) until the round closes.
/// </summary>
public enum RoundVisibility
{
    Open,
    Closed,
}

/// <summary>The phase of a round at a given moment, computed by <see cref="Round.PhaseAt"/>.</summary>
public enum RoundPhase
{
    /// <summary>Before <see cref="Round.Opens"/>.</summary>
    Scheduled,

    /// <summary>Between <see cref="Round.Opens"/> and <see cref="Round.Closes"/>, and not closed early.</summary>
    Open,

    /// <summary>After <see cref="Round.Closes"/>, or after a coordinator closed it.</summary>
    Closed,
}
