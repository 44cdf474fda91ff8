namespace VaDrafting.Core.Collaboration;

/// <summary>The outcome of a three-way text merge: <see cref="Clean"/> text or a <see cref="Conflict"/>.</summary>
public abstract record TextMerge
{
    private TextMerge()
    {
    }

    public bool IsClean => this is Clean;

    /// <summary>Both sides' edits fit together; <see cref="Text"/> carries all of them.</summary>
    public sealed record Clean(string Text) : TextMerge;

    /// <summary>The sides edited the same words differently; nothing was merged.</summary>
    public sealed record Conflict(IReadOnlyList<MergeConflict> Regions) : TextMerge
    {
        public bool Equals(Conflict? other) => other is not null && Regions.SequenceEqual(other.Regions);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var region in Regions) hash.Add(region);
            return hash.ToHashCode();
        }
    }
}

/// <summary>
/// One region edited differently by both sides: its text in the ancestor (starting at
/// <see cref="AncestorOffset"/>, a UTF-16 offset into the ancestor), in mine and in theirs.
/// </summary>
public sealed record MergeConflict(int AncestorOffset, string Ancestor, string Mine, string Theirs);
