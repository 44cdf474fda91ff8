using VaDrafting.Core.Model;

namespace VaDrafting.Core.Redlines;

/// <summary>Who made a version and why: the commit, its author (stable id, display name, organisation), date and message.</summary>
public sealed record RevisionStamp(string CommitId, string AuthorId, string AuthorName, string? Organisation,
                                   DateTimeOffset When, string Message);

/// <summary>What happened to a block (or a table row, or a footnote) between two versions.</summary>
public enum BlockChange
{
    Unchanged,
    Changed,
    Inserted,
    Deleted,

    /// <summary>The place a moved block left: no content; the destination is the entry with the same id and <see cref="MovedHere"/>.</summary>
    MovedAway,

    /// <summary>Where a moved block now is; its segments show any text change made as well.</summary>
    MovedHere,
}

public enum SegmentKind
{
    Equal,
    Inserted,
    Deleted,

    /// <summary>The same text with other marks or another link (<see cref="RedlineSegment.OldMarks"/>, <see cref="RedlineSegment.OldHref"/>).</summary>
    FormatChanged,
}

/// <summary>
/// A piece of a redlined block: <see cref="Text"/> is the visible text of a run; a footnote reference is a segment with
/// <see cref="FootnoteId"/> set and empty text; a line break a segment with <see cref="LineBreak"/> set. <see cref="Marks"/>
/// and <see cref="Href"/> are those of the new text (of the old text for a deletion); <see cref="OldMarks"/> and
/// <see cref="OldHref"/> are set on <see cref="SegmentKind.FormatChanged"/> only. <see cref="By"/> is the version that
/// made the change once the redline is attributed.
/// </summary>
public sealed record RedlineSegment(SegmentKind Kind, string Text, TextMarks Marks, string? Href,
                                    TextMarks? OldMarks, string? OldHref, string? FootnoteId, bool LineBreak,
                                    RevisionStamp? By);

/// <summary>One row of a redlined table (the header row carries the table's id): one segment list per cell.</summary>
public sealed record RedlineRow(string RowId, BlockChange Change, IReadOnlyList<IReadOnlyList<RedlineSegment>> Cells);

/// <summary>
/// One block of the redline, in reading order: deleted blocks and the places moved blocks left stand where they were
/// in the old text, before whatever was inserted at the same place.
/// </summary>
/// <param name="Old">The block in the old version (null when inserted).</param>
/// <param name="New">The block in the new version (null when deleted and for <see cref="BlockChange.MovedAway"/>).</param>
/// <param name="Segments">The text with its changes; empty for tables, placeholders and <see cref="BlockChange.MovedAway"/>.</param>
/// <param name="Rows">Tables only: every row of the old and new table.</param>
/// <param name="SectionId">The id of the heading whose section the block is in (a heading's own id), in the new text; in the old text for deleted blocks and for the place a moved block left.</param>
/// <param name="KindChanged">The block changed kind: heading level, list kind or level, paragraph to heading and so on.</param>
/// <param name="Capped">Some text of the block was too large to diff by words: it shows as a whole replacement.</param>
/// <param name="By">Once attributed: who inserted, deleted, moved or last changed the block.</param>
public sealed record RedlineBlock(string BlockId, BlockChange Change, Block? Old, Block? New,
                                  IReadOnlyList<RedlineSegment> Segments,
                                  IReadOnlyList<RedlineRow>? Rows,
                                  string? SectionId,
                                  bool KindChanged,
                                  bool Capped,
                                  RevisionStamp? By);

/// <summary>One footnote of the redline, in the order of the footnote lists (old places before new ones, as for blocks).</summary>
public sealed record RedlineFootnote(string FootnoteId, BlockChange Change, IReadOnlyList<RedlineSegment> Segments);

/// <summary>How many blocks changed, were inserted, deleted and moved (a move counts once).</summary>
public sealed record RedlineStats(int Changed, int Inserted, int Deleted, int Moved);

/// <summary>The differences between two versions of a document, block by block and word by word.</summary>
public sealed record Redline(IReadOnlyList<RedlineBlock> Blocks, IReadOnlyList<RedlineFootnote> Footnotes)
{
    public bool HasChanges =>
        Blocks.Any(block => block.Change != BlockChange.Unchanged)
        || Footnotes.Any(footnote => footnote.Change != BlockChange.Unchanged);

    public RedlineStats Stats => new(
        Blocks.Count(block => block.Change == BlockChange.Changed),
        Blocks.Count(block => block.Change == BlockChange.Inserted),
        Blocks.Count(block => block.Change == BlockChange.Deleted),
        Blocks.Count(block => block.Change == BlockChange.MovedHere));
}

/// <param name="MaxTokensPerBlock">
/// The most word tokens (old and new together, after their common start and end) one piece of text may have for a
/// word diff; above it the text shows as a whole replacement and the block is <see cref="RedlineBlock.Capped"/>.
/// </param>
public sealed record RedlineOptions(int MaxTokensPerBlock = 4000)
{
    public static RedlineOptions Default { get; } = new();
}

/// <summary>A block at one version, for attribution: <see cref="Block"/> is null when the block is absent in that version.</summary>
public sealed record BlockVersion(RevisionStamp Stamp, Block? Block);

/// <summary>
/// The versions of one block between two versions, oldest first: the first is the block at the old version (with that
/// version's stamp), then each later version in which the block changed, up to the new version. A footnote's history has
/// the key <c>fn:&lt;id&gt;</c> (see <see cref="RedlineAttribution.FootnoteKey"/>) and its versions are
/// <see cref="ParagraphBlock"/>s holding the footnote's content.
/// </summary>
public sealed record BlockHistory(string BlockId, IReadOnlyList<BlockVersion> Versions);
