using VaDrafting.Core.Model;

namespace VaDrafting.Core.Redlines;

/// <summary>
/// Says who made each change of a redline by replaying each changed block's versions between the two versions, as Word
/// does with tracked changes: a word inserted in one version and kept carries that version's stamp, a word of the old
/// text deleted in a later version carries the stamp of the version that deleted it, and a word inserted then deleted in
/// between does not appear at all. A block without history, and any change the history does not explain, falls back to
/// the new version's stamp. An inserted or deleted block carries the version that inserted or deleted it; a moved or
/// changed block the last version of its history.
/// </summary>
public static class RedlineAttribution
{
    public const string FootnotePrefix = "fn:";

    /// <summary>The history key of a footnote.</summary>
    public static string FootnoteKey(string footnoteId) => FootnotePrefix + footnoteId;

    public static Redline Attribute(Redline redline, IReadOnlyDictionary<string, BlockHistory> histories, RevisionStamp toStamp, RedlineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(redline);
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(toStamp);
        var max = (options ?? RedlineOptions.Default).MaxTokensPerBlock;

        var blocks = redline.Blocks.Select(block => block.Change switch
        {
            BlockChange.Unchanged => block,
            BlockChange.MovedAway => block with { By = BlockStamp(histories.GetValueOrDefault(block.BlockId), BlockChange.MovedAway, toStamp) },
            _ => AttributeBlock(block, histories.GetValueOrDefault(block.BlockId), toStamp, max),
        }).ToList();

        var footnotes = redline.Footnotes.Select(footnote => footnote.Change is BlockChange.Unchanged or BlockChange.MovedAway
            ? footnote
            : AttributeFootnote(footnote, histories.GetValueOrDefault(FootnoteKey(footnote.FootnoteId)), toStamp, max)).ToList();
        return new Redline(blocks, footnotes);
    }

    private static RedlineBlock AttributeBlock(RedlineBlock block, BlockHistory? history, RevisionStamp toStamp, int max)
    {
        var versions = history?.Versions ?? [];

        var redliner = new BlockRedliner(max, Replaying(versions, toStamp, max));
        var placement = block.Change == BlockChange.Changed ? BlockChange.Unchanged : block.Change;
        var redone = redliner.Redline(block.BlockId, placement, block.Old, block.New, block.SectionId, null);
        return redone with { By = BlockStamp(history, block.Change, toStamp) };
    }

    private static RedlineFootnote AttributeFootnote(RedlineFootnote footnote, BlockHistory? history, RevisionStamp toStamp, int max)
    {
        var (old, @new) = (SegmentBuilder.Side(footnote.Segments, accepted: false), SegmentBuilder.Side(footnote.Segments, accepted: true));
        var versions = history?.Versions ?? [];

        var redliner = new BlockRedliner(max, Replaying(versions, toStamp, max));
        var placement = footnote.Change == BlockChange.Changed ? BlockChange.Unchanged : footnote.Change;
        return redliner.Footnote(footnote.FootnoteId, placement,
            footnote.Change == BlockChange.Inserted ? null : new Footnote(footnote.FootnoteId, old),
            footnote.Change == BlockChange.Deleted ? null : new Footnote(footnote.FootnoteId, @new));
    }

    /// <summary>Stamps for the token changes of each piece of text, from a replay of its versions; what the replay cannot explain falls back to the last version.</summary>
    private static StampsFor Replaying(IReadOnlyList<BlockVersion> versions, RevisionStamp toStamp, int max)
    {
        var fallback = LastStamp(versions, toStamp);
        return (stream, oldContent, newContent, oldTokens, newTokens) =>
        {
            var replay = StreamReplay.Run(oldContent, oldTokens, versions.Select(v => (v.Stamp, Stream(v.Block, stream))), toStamp, newContent, newTokens, max);
            return step => replay.StampOf(step) ?? fallback;
        };
    }

    /// <summary>The content of one piece of text of a block version: "" is the block's own text, "rowId/column" a table cell.</summary>
    private static InlineContent? Stream(Block? block, string stream)
    {
        if (stream.Length == 0) return BlockRedliner.TextOf(block);
        if (block is not TableBlock table) return null;
        var slash = stream.LastIndexOf('/');
        var rowId = stream[..slash];
        var column = int.Parse(stream[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var row = table.Header.Id == rowId ? table.Header : table.Rows.FirstOrDefault(r => r.Id == rowId);
        return row is not null && column < row.Cells.Count ? row.Cells[column] : null;
    }

    private static RevisionStamp LastStamp(IReadOnlyList<BlockVersion> versions, RevisionStamp toStamp) =>
        versions.Count > 1 ? versions[^1].Stamp : toStamp;

    private static RevisionStamp BlockStamp(BlockHistory? history, BlockChange change, RevisionStamp toStamp)
    {
        var versions = history?.Versions ?? [];
        for (var i = versions.Count - 1; i > 0; i--)
        {
            var appeared = versions[i].Block is not null && versions[i - 1].Block is null;
            var vanished = versions[i].Block is null && versions[i - 1].Block is not null;
            if (change == BlockChange.Inserted && appeared || change == BlockChange.Deleted && vanished) return versions[i].Stamp;
        }
        return change is BlockChange.Inserted or BlockChange.Deleted ? versions.Count > 1 ? versions[^1].Stamp : toStamp : LastStamp(versions, toStamp);
    }
}
