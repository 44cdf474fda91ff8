using VaDrafting.Core.Model;

namespace VaDrafting.Core.Collaboration;

/// <summary>Why two edits of one block could not be merged.</summary>
public enum BlockConflictReason
{
    /// <summary>Both sides changed the same words differently; <see cref="BlockMergeResult.Conflict.Regions"/> names them.</summary>
    OverlappingText,

    /// <summary>The sides changed the kind of block (heading level, list kind or level, paragraph, quote) differently.</summary>
    DifferentKinds,

    /// <summary>The sides changed a table's rows or columns, or a placeholder's kind, differently, or one side changed the kind of block and the other a block that is not text.</summary>
    DifferentStructure,

    /// <summary>The words merged, but the merged Markdown no longer reads back as the same formatting (for example half of a bold mark).</summary>
    BrokenMarkup,
}

/// <summary>The outcome of <see cref="BlockMerge.Merge"/>: a <see cref="Clean"/> block or a <see cref="Conflict"/>.</summary>
public abstract record BlockMergeResult
{
    private BlockMergeResult()
    {
    }

    public bool IsClean => this is Clean;

    /// <summary>The block carrying both sides' edits, with the id of the three blocks.</summary>
    public sealed record Clean(Block Block) : BlockMergeResult;

    /// <summary>
    /// The edits cannot be merged. <see cref="Regions"/> are the conflicting regions of the inline Markdown (the
    /// description of a placeholder), empty when the conflict is not about text.
    /// </summary>
    public sealed record Conflict(BlockConflictReason Reason, IReadOnlyList<MergeConflict> Regions) : BlockMergeResult
    {
        public bool Equals(Conflict? other) => other is not null && Reason == other.Reason && Regions.SequenceEqual(other.Regions);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Reason);
            foreach (var region in Regions) hash.Add(region);
            return hash.ToHashCode();
        }
    }
}
