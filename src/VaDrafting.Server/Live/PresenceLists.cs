namespace VaDrafting.Server.Live;

/// <summary>
/// The part of a document's presence list that is sent: at most <see cref="MaxShown"/> people, so that a list (and the
/// answer to every join) stays the same size however many people read; the total goes with it.
/// </summary>
public static class PresenceLists
{
    public const int MaxShown = 100;

    /// <summary>
    /// Everyone editing a block first (their soft locks must reach the others), then the earliest arrivals, up to
    /// <paramref name="max"/>; in order of arrival.
    /// </summary>
    public static IReadOnlyList<PresenceView> Shown(IReadOnlyList<PresenceView> everyone, int max = MaxShown)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (everyone.Count <= max) return everyone;
        var editing = everyone.Where(person => person.EditingBlockId is not null).Take(max).ToHashSet();
        var readers = everyone.Where(person => person.EditingBlockId is null).Take(max - editing.Count).ToHashSet();
        return [.. everyone.Where(person => editing.Contains(person) || readers.Contains(person))];
    }
}
