using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;

namespace VaDrafting.Docx.Review;

/// <summary>How people and organisations are named in a review copy: an organisation's display name by id (null when unknown).</summary>
public sealed record ReviewNames(Func<string?, string?> OrganisationName);

/// <summary>
/// What a review copy shows: the redline from the round's base text to the text with the proposals applied (each change
/// stamped by the organisation that proposed it), the Word comments, and notes on what could not be shown as asked.
/// </summary>
public sealed record ReviewCopyPlan(Redline Redline, IReadOnlyList<WordComment> Comments, IReadOnlyList<string> Notes);

/// <summary>
/// The consolidated review copy of a consultation round, as coordinators send it to a meeting: the round's base text with
/// every submitted proposal as a tracked replacement by its organisation, and every submitted thread as a Word comment on
/// its passage with its replies, the coordinators' decision as the last reply, and resolved threads marked done.
/// <list type="bullet">
/// <item>Drafts are never shown. Threads go in document order (block, then position, then submission time).</item>
/// <item>A proposal whose passage overlaps an earlier one in the same block is not tracked — Word cannot show two
/// replacements of the same words — and its comment quotes the proposed text and says why.</item>
/// <item>A thread whose passage is no longer found in the base text is put at the start of its block, or on the title when
/// the block is gone, and listed in the notes.</item>
/// </list>
/// </summary>
public static class ReviewCopy
{
    private const string CoordinatorsName = "Coordinators";
    private static readonly RevisionStamp BaseStamp = new("base", "base", "Base text", null, DateTimeOffset.UnixEpoch, "Base text of the round");

    private sealed record Placed(CommentThread Thread, string BlockId, int Start, int End, bool Found);

    public static ReviewCopyPlan Plan(DraftDocument baseText, IReadOnlyList<CommentThread> threads, ReviewNames names)
    {
        ArgumentNullException.ThrowIfNull(baseText);
        ArgumentNullException.ThrowIfNull(threads);
        ArgumentNullException.ThrowIfNull(names);
        var notes = new List<string>();
        var blockIndex = baseText.Blocks.Select((block, index) => (block.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
        var blocks = baseText.Blocks.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var placed = threads
            .Where(thread => thread.Stage == ThreadStage.Submitted)
            .Select(thread => Place(thread, baseText, blocks, notes))
            .OrderBy(p => blockIndex.GetValueOrDefault(p.BlockId, -1))
            .ThenBy(p => p.Start)
            .ThenBy(p => p.Thread.SubmittedAt ?? p.Thread.Opening.Created)
            .ToList();

        var (proposed, histories, untracked) = ApplyProposals(baseText, placed, names, notes);
        var redline = RedlineAttribution.Attribute(RedlineBuilder.Build(baseText, proposed), histories,
            new RevisionStamp("proposals", "coordinators", CoordinatorsName, null, DateTimeOffset.UnixEpoch, "Proposed changes"));
        var comments = placed.SelectMany(p => Comments(p, names, untracked.Contains(p.Thread.Id))).ToList();
        return new ReviewCopyPlan(redline, comments, notes);
    }

    public static void Write(DraftDocument baseText, IReadOnlyList<CommentThread> threads, ReviewNames names,
        DocumentMeta meta, Stream output, DocxWriteOptions options)
    {
        var plan = Plan(baseText, threads, names);
        DocxRedlineWriter.Write(plan.Redline, meta, output, options with { TableOfContents = false },
            new RevisionStamp("proposals", "coordinators", CoordinatorsName, null, DateTimeOffset.UnixEpoch, "Proposed changes"), plan.Comments);
    }

    private static Placed Place(CommentThread thread, DraftDocument baseText, Dictionary<string, Block> blocks, List<string> notes)
    {
        var anchor = thread.OriginalAnchor ?? thread.Anchor;
        // Threads are written on the base text, so their quote is nearly always still where it was: check that first
        // instead of searching the whole document for each of hundreds of threads.
        if (blocks.TryGetValue(anchor.BlockId, out var block) && AnchorText.Of(block) is var text
            && anchor.End <= text.Length && string.CompareOrdinal(text, anchor.Start, anchor.Exact, 0, anchor.Exact.Length) == 0
            && anchor.End - anchor.Start == anchor.Exact.Length)
        {
            return new Placed(thread, anchor.BlockId, anchor.Start, anchor.End, true);
        }
        var resolution = AnchorResolver.Resolve(anchor, baseText);
        if (resolution.IsCertain && resolution.Anchor is { } found) return new Placed(thread, found.BlockId, found.Start, found.End, true);
        var blockThere = baseText.Blocks.Any(b => b.Id == anchor.BlockId);
        notes.Add(blockThere
            ? $"The passage of thread {thread.Id} (\"{Shorten(anchor.Exact)}\") is not in the base text as quoted; its comment is at the start of the paragraph."
            : $"The paragraph of thread {thread.Id} is not in the base text; its comment is on the title.");
        return blockThere
            ? new Placed(thread, anchor.BlockId, 0, 0, false)
            : new Placed(thread, DocxRedlineWriter.TitleBlockId, 0, 0, false);
    }

    /// <summary>
    /// The base text with every proposal that does not overlap an earlier one applied, and for each changed block its
    /// versions one proposal at a time, so that attribution gives each word to the organisation that proposed it.
    /// </summary>
    private static (DraftDocument Proposed, Dictionary<string, BlockHistory> Histories, HashSet<string> Untracked) ApplyProposals(
        DraftDocument baseText, IReadOnlyList<Placed> placed, ReviewNames names, List<string> notes)
    {
        var untracked = new HashSet<string>(StringComparer.Ordinal);
        var histories = new Dictionary<string, BlockHistory>(StringComparer.Ordinal);
        var changed = new Dictionary<string, Block>(StringComparer.Ordinal);
        foreach (var block in placed.Where(p => p.Found && p.Thread.Proposal is not null).GroupBy(p => p.BlockId, StringComparer.Ordinal))
        {
            var taken = new List<Placed>();
            foreach (var proposal in block)
            {
                if (taken.Any(other => Overlaps(other, proposal)))
                {
                    untracked.Add(proposal.Thread.Id);
                    notes.Add($"The proposal of thread {proposal.Thread.Id} overlaps another proposal on the same words and is quoted in its comment instead of tracked.");
                    continue;
                }
                taken.Add(proposal);
            }
            // The block alone, so that applying hundreds of proposals does not copy the whole document each time.
            var alone = new DraftDocument([baseText.Blocks.First(b => b.Id == block.Key)], baseText.Footnotes);
            var versions = new List<BlockVersion> { new(BaseStamp, alone.Blocks[0]) };
            // From the end of the block backwards, so that each range is still where it was in the base text.
            foreach (var proposal in taken.OrderByDescending(p => p.Start))
            {
                var anchor = TextAnchor.Create(alone, proposal.BlockId, proposal.Start, proposal.End);
                alone = ProposalApplier.Apply(alone, anchor, proposal.Thread.Proposal!);
                versions.Add(new BlockVersion(Stamp(proposal.Thread, names), alone.Blocks[0]));
            }
            changed[block.Key] = alone.Blocks[0];
            histories[block.Key] = new BlockHistory(block.Key, versions);
        }
        var proposed = baseText with { Blocks = [.. baseText.Blocks.Select(b => changed.GetValueOrDefault(b.Id, b))] };
        return (proposed, histories, untracked);
    }

    private static bool Overlaps(Placed a, Placed b) =>
        a.Start == b.Start || (a.Start < b.End && b.Start < a.End);

    private static string Organisation(CommentThread thread, ReviewNames names) =>
        names.OrganisationName(thread.SubmittedByOrganisationId) ?? thread.Opening.AuthorName;

    private static RevisionStamp Stamp(CommentThread thread, ReviewNames names) =>
        new("proposal:" + thread.Id, thread.SubmittedByOrganisationId ?? thread.Opening.AuthorId, Organisation(thread, names), null,
            thread.SubmittedAt ?? thread.Opening.Created, "Proposed change");

    private static IEnumerable<WordComment> Comments(Placed placed, ReviewNames names, bool untracked)
    {
        var thread = placed.Thread;
        var done = thread.Status == ThreadStatus.Resolved;
        var openingId = thread.Id + "-" + thread.Opening.Id;
        var organisation = names.OrganisationName(thread.Opening.OrganisationId);
        var text = $"{TypeName(thread.Type)}: {thread.Opening.Text}";
        if (thread.Proposal is { } proposal)
        {
            text += proposal.Replacement.Length == 0 ? "\nProposed change: delete this passage." : $"\nProposed text: «{proposal.Replacement}»";
            if (untracked) text += "\nNot shown as a tracked change because it overlaps another proposal on the same words.";
        }
        if (!placed.Found) text += $"\nWritten on the passage: «{(thread.OriginalAnchor ?? thread.Anchor).Exact}»";
        yield return Comment(openingId, placed, Person(thread.Opening.AuthorName, organisation), thread.Opening.Created, text, null, done);

        foreach (var reply in thread.Replies)
        {
            yield return Comment($"{thread.Id}-{reply.Id}", placed, Person(reply.AuthorName, names.OrganisationName(reply.OrganisationId)),
                reply.Created, reply.Text, openingId, done);
        }
        if (thread.Decision is { } decision)
        {
            var response = string.IsNullOrWhiteSpace(decision.Response) ? "" : $" {decision.Response}";
            yield return Comment($"{thread.Id}-decision", placed, $"{decision.DecidedByName} ({CoordinatorsName})", decision.When,
                $"Disposition: {DispositionName(decision.Disposition)}.{response}", openingId, done);
        }
    }

    private static WordComment Comment(string id, Placed placed, string author, DateTimeOffset when, string text, string? parentId, bool done) =>
        new(id, placed.BlockId, placed.Start, placed.End, author, Initials(author), when, text, parentId, done);

    private static string Person(string name, string? organisation) => organisation is null ? name : $"{name} ({organisation})";

    /// <summary>The initials of the person, leaving out the organisation in brackets after the name.</summary>
    private static string Initials(string author)
    {
        var name = author.Split(" (", 2)[0];
        var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).Select(part => char.ToUpperInvariant(part[0])));
        return initials.Length == 0 ? "?" : initials;
    }

    private static string TypeName(CommentType type) => type switch
    {
        CommentType.Substantive => "Substantive comment",
        CommentType.Editorial => "Editorial comment",
        _ => "General comment",
    };

    private static string DispositionName(Disposition disposition) => disposition switch
    {
        Disposition.Accepted => "Accepted",
        Disposition.AcceptedInPart => "Accepted in part",
        Disposition.Noted => "Noted",
        _ => "Not accepted",
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
