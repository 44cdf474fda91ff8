using System.Text;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Redlines;

/// <summary>The decision behind a commit: the thread and round whose proposal it applied, whose it was and how it was disposed of.</summary>
/// <param name="Disposition">A <see cref="Consultation.Disposition"/> name ("Accepted", "AcceptedInPart", …; case ignored).</param>
public sealed record ProposalSource(string CommitId, string ThreadId, string RoundId, string OrganisationName, string Disposition);

/// <summary>Changes in one section (<see cref="SectionId"/> null and <see cref="Title"/> empty: before the first heading).</summary>
public sealed record SectionCounts(string? SectionId, string Title, int Changed, int Added, int Deleted, int Moved);

/// <summary>An organisation whose accepted proposals changed the text, and the blocks they changed.</summary>
public sealed record OrganisationCounts(string OrganisationName, int AcceptedProposals, IReadOnlyList<string> BlockIds);

/// <summary>One changed, added, deleted or moved block, with who changed it (oldest first) and the decisions behind it.</summary>
public sealed record ChangeEntry(string BlockId, string? SectionId, BlockChange Change, string Preview,
                                 IReadOnlyList<RevisionStamp> By, IReadOnlyList<ProposalSource> Reasons);

public sealed record ChangeSummary(IReadOnlyList<SectionCounts> Sections, IReadOnlyList<OrganisationCounts> Organisations,
                                   IReadOnlyList<ChangeEntry> Changes);

/// <summary>
/// The summary of changes coordinators attach when circulating a revised draft: counts per section (in reading order,
/// sections with changes only), organisations whose accepted proposals changed the text, and each change with its reasons.
/// A move counts once, where the block now is. Footnote changes are not listed.
/// </summary>
public static class RedlineSummary
{
    public const int PreviewLength = 160;

    public static ChangeSummary Summarise(Redline attributed, IReadOnlyList<ProposalSource> proposals)
    {
        ArgumentNullException.ThrowIfNull(attributed);
        ArgumentNullException.ThrowIfNull(proposals);
        var byCommit = proposals.ToLookup(p => p.CommitId, StringComparer.Ordinal);

        var changes = attributed.Blocks
            .Where(b => b.Change is BlockChange.Changed or BlockChange.Inserted or BlockChange.Deleted or BlockChange.MovedHere)
            .Select(block =>
            {
                var stamps = StampsOf(block);
                var reasons = stamps.SelectMany(s => byCommit[s.CommitId]).Distinct().ToList();
                return new ChangeEntry(block.BlockId, block.SectionId, block.Change, Preview((block.New ?? block.Old)!), stamps, reasons);
            })
            .ToList();

        return new ChangeSummary(Sections(attributed, changes), Organisations(changes), changes);
    }

    private static List<SectionCounts> Sections(Redline redline, List<ChangeEntry> changes)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in redline.Blocks)
            if ((block.New ?? block.Old) is HeadingBlock heading) titles.TryAdd(block.BlockId, Collapse(heading.Content.PlainText));

        return changes
            .GroupBy(c => c.SectionId ?? "")
            .Select(group => new SectionCounts(group.First().SectionId,
                group.First().SectionId is { } id ? titles.GetValueOrDefault(id, "") : "",
                group.Count(c => c.Change == BlockChange.Changed),
                group.Count(c => c.Change == BlockChange.Inserted),
                group.Count(c => c.Change == BlockChange.Deleted),
                group.Count(c => c.Change == BlockChange.MovedHere)))
            .ToList();
    }

    private static List<OrganisationCounts> Organisations(List<ChangeEntry> changes) =>
        changes
            .SelectMany(c => c.Reasons.Where(IsAccepted).Select(reason => (Reason: reason, c.BlockId)))
            .GroupBy(x => x.Reason.OrganisationName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new OrganisationCounts(g.Key,
                g.Select(x => x.Reason.ThreadId).Distinct(StringComparer.Ordinal).Count(),
                g.Select(x => x.BlockId).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();

    private static bool IsAccepted(ProposalSource proposal) =>
        Enum.TryParse<Disposition>(proposal.Disposition, ignoreCase: true, out var disposition)
        && disposition is Disposition.Accepted or Disposition.AcceptedInPart;

    /// <summary>Every version that changed the block, once each, oldest first.</summary>
    private static List<RevisionStamp> StampsOf(RedlineBlock block)
    {
        var segments = block.Segments.Concat(block.Rows?.SelectMany(r => r.Cells).SelectMany(c => c) ?? []);
        return segments.Select(s => s.By).Prepend(block.By)
            .OfType<RevisionStamp>()
            .DistinctBy(s => s.CommitId, StringComparer.Ordinal)
            .OrderBy(s => s.When)
            .ToList();
    }

    private static string Preview(Block block)
    {
        var text = block switch
        {
            TableBlock table => string.Join(" | ", table.Header.Cells.Select(c => c.PlainText)),
            PlaceholderBlock placeholder => $"[{placeholder.Kind}] {placeholder.Description}",
            _ => BlockRedliner.TextOf(block)?.PlainText ?? "",
        };
        var collapsed = Collapse(text);
        if (collapsed.Length <= PreviewLength) return collapsed;
        var cut = PreviewLength;
        if (char.IsLowSurrogate(collapsed[cut])) cut--;
        return collapsed[..cut].TrimEnd() + "…";
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }
}
