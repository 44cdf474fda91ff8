using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Model;

namespace VaDrafting.Server.Consultation;

/// <summary>Which rows of the comment matrix to keep; a null field keeps every row.</summary>
public sealed record MatrixFilter(string? OrganisationId, CommentType? Type, ThreadStatus? Status, string? SectionBlockId);

/// <summary>
/// The comment matrix of a round: one row per submitted thread in document order (an orphaned thread by its last block, or last when that block is gone), numbered
/// from 1, with the section heading above the passage and counts per organisation and per disposition.
/// </summary>
public static class CommentMatrix
{
    public const string Undecided = "Undecided";

    public static MatrixView Build(
        string roundId, DraftDocument text, IEnumerable<CommentThread> threads, Func<string?, string?> organisationName, MatrixFilter filter)
    {
        var blockIndex = text.Blocks.Select((block, index) => (block.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
        var rows = threads
            .OrderBy(t => blockIndex.GetValueOrDefault(t.Anchor.BlockId, int.MaxValue))
            .ThenBy(t => t.Anchor.Start)
            .ThenBy(t => t.Opening.Created)
            .Select((thread, index) => ToRow(index + 1, thread, text, organisationName))
            .Where(row => Keeps(filter, row))
            .ToList();
        var byOrganisation = rows.GroupBy(r => r.OrganisationName ?? r.OrganisationId ?? "")
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        var byDisposition = rows.GroupBy(r => r.Disposition?.ToString() ?? Undecided)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        return new MatrixView(roundId, rows, byOrganisation, byDisposition);
    }

    /// <summary>The heading of the section holding <paramref name="blockId"/>: the block itself or the nearest heading before it.</summary>
    public static HeadingBlock? SectionOf(DraftDocument text, string blockId)
    {
        HeadingBlock? section = null;
        foreach (var block in text.Blocks)
        {
            if (block is HeadingBlock heading) section = heading;
            if (block.Id == blockId) return section;
        }
        return null;
    }

    private static MatrixRowView ToRow(int number, CommentThread thread, DraftDocument text, Func<string?, string?> organisationName)
    {
        var section = SectionOf(text, thread.Anchor.BlockId);
        return new MatrixRowView(
            number, thread.Id, thread.SubmittedByOrganisationId, organisationName(thread.SubmittedByOrganisationId),
            section?.Id, section?.Content.PlainText, thread.Anchor.BlockId, thread.Anchor.Exact, thread.AnchorStatus, thread.Type,
            thread.Opening.Text, thread.Proposal?.Replacement, thread.Decision?.Response, thread.Decision?.Disposition, thread.Status);
    }

    private static bool Keeps(MatrixFilter filter, MatrixRowView row) =>
        (filter.OrganisationId is null || row.OrganisationId == filter.OrganisationId)
        && (filter.Type is null || row.Type == filter.Type)
        && (filter.Status is null || row.Status == filter.Status)
        && (filter.SectionBlockId is null || row.SectionBlockId == filter.SectionBlockId);
}
