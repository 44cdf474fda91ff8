namespace VaDrafting.Core.Model;

/// <summary>
/// A guidance document: ordered blocks plus the footnotes they reference. Immutable; edits produce a new instance.
/// </summary>
public sealed record DraftDocument(IReadOnlyList<Block> Blocks, IReadOnlyList<Footnote> Footnotes)
{
    public static DraftDocument Empty { get; } = new([], []);

    public bool Equals(DraftDocument? other) =>
        other is not null && Blocks.SequenceEqual(other.Blocks) && Footnotes.SequenceEqual(other.Footnotes);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var block in Blocks) hash.Add(block);
        foreach (var footnote in Footnotes) hash.Add(footnote);
        return hash.ToHashCode();
    }
}
