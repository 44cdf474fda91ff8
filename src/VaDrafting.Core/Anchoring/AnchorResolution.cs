namespace VaDrafting.Core.Anchoring;

/// <summary>How well an anchor made on one version was found again in another.</summary>
public enum AnchorStatus
{
    /// <summary>Same block, same offsets, same quote.</summary>
    Exact,

    /// <summary>The very same quote, found at other offsets or in another block, with enough context to be sure.</summary>
    Moved,

    /// <summary>A similar passage (the quote was edited, or the exact quote is ambiguous): a coordinator should confirm it.</summary>
    Fuzzy,

    /// <summary>The passage is gone: its block was deleted or nothing similar enough remains.</summary>
    Orphaned,
}

/// <summary>
/// The outcome of <see cref="AnchorResolver.Resolve"/>: the status, the anchor in the new version (null when
/// <see cref="AnchorStatus.Orphaned"/>) and a confidence between 0 and 1 (1 for exact, lower for weaker evidence).
/// </summary>
public sealed record AnchorResolution(AnchorStatus Status, TextAnchor? Anchor, double Confidence)
{
    public static AnchorResolution Orphaned { get; } = new(AnchorStatus.Orphaned, null, 0);

    /// <summary>True when the anchor points at exactly the quoted text (Exact or Moved).</summary>
    public bool IsCertain => Status is AnchorStatus.Exact or AnchorStatus.Moved;
}
