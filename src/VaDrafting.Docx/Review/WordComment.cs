namespace VaDrafting.Docx.Review;

/// <summary>
/// A Word comment to write on a passage of one block. <see cref="Start"/>..<see cref="End"/> are UTF-16 offsets in the
/// block's anchor text (<c>VaDrafting.Core.Anchoring.AnchorText</c>) of the version the comment was written on: the
/// block's old text in a redline (its new text when the block was inserted). An empty range is a comment on a point.
/// A reply names its thread's first comment in <see cref="ParentId"/> and shares its passage; <see cref="Done"/> marks
/// a resolved thread (Word keeps it on every comment of the thread).
/// </summary>
public sealed record WordComment(
    string Id,
    string BlockId,
    int Start,
    int End,
    string Author,
    string Initials,
    DateTimeOffset When,
    string Text,
    string? ParentId = null,
    bool Done = false);
