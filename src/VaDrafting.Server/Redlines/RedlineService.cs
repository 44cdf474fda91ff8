using System.Text;
using System.Text.RegularExpressions;
using VaDrafting.Core.Access;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using VaDrafting.Core.Serialization;
using VaDrafting.Server.Auth;
using VaDrafting.Server.Consultation;
using VaDrafting.Server.Documents;
using VaDrafting.Storage;
using VaDrafting.Storage.History;

namespace VaDrafting.Server.Redlines;

/// <summary>
/// Redlines between two versions of a document, their summary, and the version each person last saw. Parsed documents
/// (per commit) and redlines (per document, from, to and attribution) never change once made and are cached, bounded.
/// Attribution replays the changed blocks' lines from <see cref="IBlockHistoryIndex"/>. A change's reason is the
/// decision that applied it: a commit that changed <c>document.md</c> and exactly one thread file is the decision on that
/// thread (the consultation service writes an applied proposal and its thread in one commit, and nothing else does so).
/// What a viewer learns is what the history and the consultation let them see: stamps go through
/// <see cref="VersionDisclosure"/>, reasons only name threads the viewer may see.
/// </summary>
public sealed partial class RedlineService(
    IDocumentStore store,
    IBlockHistoryIndex index,
    DocumentService documents,
    VersionDisclosure disclosure,
    PeopleDirectory directory,
    VisitStore visits,
    TimeProvider time)
{
    public const int ParsedDocumentCapacity = 32;
    public const int RedlineCapacity = 64;

    private readonly BoundedCache<(string DocumentId, string CommitId), DraftDocument> parsed = new(ParsedDocumentCapacity);
    private readonly BoundedCache<(string DocumentId, string From, string To, bool Attributed), ComputedRedline> redlines = new(RedlineCapacity);

    /// <summary>An attributed redline with the authors as a viewer may see them, and the two versions it compares.</summary>
    public sealed record DisclosedRedline(Redline Redline, VersionInfo From, VersionInfo To);

    /// <summary>A redline with, for each commit that applied a decision, the thread decided.</summary>
    private sealed record ComputedRedline(Redline Redline, IReadOnlyDictionary<string, string> DecisionThreads);

    private sealed record VersionPair(VersionInfo From, VersionInfo To);

    public RedlineView Redline(string documentId, string? from, string? to, bool attribution, Actor actor)
    {
        var role = documents.RequireRole(documentId, actor, DocumentAction.Read);
        var pair = Resolve(documentId, from, to);
        var computed = Compute(documentId, pair, attribution);
        var stamps = StampMapper(documentId, computed, actor, role);
        var numbers = FootnoteNumbers(documentId, pair);
        return RedlineViewMapper.ToView(computed.Redline, Versions(documentId, pair, actor), attribution, stamps, numbers);
    }

    /// <summary>
    /// The attributed redline from an older to a newer version, every author shown as the history shows them to the viewer,
    /// for a Word file whose tracked changes name their authors. Unlike the web view it refuses a comparison backwards.
    /// </summary>
    public DisclosedRedline RedlineForExport(string documentId, string? from, string? to, Actor actor)
    {
        documents.RequireRole(documentId, actor, DocumentAction.Read);
        var pair = Resolve(documentId, from, to);
        if (pair.From.CommitId != pair.To.CommitId && !index.Precedes(documentId, pair.From.CommitId, pair.To.CommitId))
            throw new InvalidDraftingRequestException("The version to compare from must be older than the version to compare to; swap from and to.");
        var computed = Compute(documentId, pair, attribution: true);
        var disclose = disclosure.For(documentId, actor);
        var shown = new Dictionary<string, RevisionStamp>(StringComparer.Ordinal);
        var redline = RedlineStamps.Map(computed.Redline, stamp =>
        {
            if (shown.TryGetValue(stamp.CommitId, out var known)) return known;
            var version = disclose(new VersionInfo(stamp.CommitId, null, stamp.When, stamp.AuthorId, stamp.AuthorName, stamp.Organisation, stamp.Message));
            return shown[stamp.CommitId] = IndexedAttribution.Stamp(version);
        });
        return new DisclosedRedline(redline, disclose(pair.From), disclose(pair.To));
    }

    public SummaryView Summary(string documentId, string? from, string? to, Actor actor)
    {
        var role = documents.RequireRole(documentId, actor, DocumentAction.Read);
        var pair = Resolve(documentId, from, to);
        var computed = Compute(documentId, pair, attribution: true);
        var proposals = VisibleProposals(documentId, computed, actor, role);
        var summary = RedlineSummary.Summarise(computed.Redline, [.. proposals.Values]);
        var stamps = StampMapper(documentId, proposals, actor);
        var (fromView, toView) = Versions(documentId, pair, actor);
        return new SummaryView(
            fromView, toView,
            [.. summary.Sections.Select(s => new SectionCountsView(s.SectionId, s.Title, s.Changed, s.Added, s.Deleted, s.Moved))],
            [.. summary.Organisations.Select(o => new OrganisationCountsView(o.OrganisationName, o.AcceptedProposals, o.BlockIds))],
            [.. summary.Changes.Select(c => new ChangeEntryView(
                c.BlockId, c.SectionId, c.Change, c.Preview,
                [.. c.By.Select(stamp => stamps(stamp)!)],
                [.. c.Reasons.Select(r => new ProposalSourceView(r.CommitId, r.ThreadId, r.RoundId, r.OrganisationName, r.Disposition))]))]);
    }

    public Visit? LastVisit(string documentId, Actor actor)
    {
        documents.RequireRole(documentId, actor, DocumentAction.Read);
        return visits.Get(documentId, actor.UserId);
    }

    /// <summary>Records the version the person saw; a version before the one recorded leaves the record as it is.</summary>
    public Visit RecordVisit(string documentId, string? commitId, Actor actor)
    {
        documents.RequireRole(documentId, actor, DocumentAction.Read);
        var requested = commitId?.Trim() ?? "";
        if (!CommitIdPattern().IsMatch(requested))
            throw new InvalidDraftingRequestException("Give the commit id of the version you saw (commitId: 7 to 40 hexadecimal digits).");
        var version = store.Resolve(documentId, requested);
        var head = store.Resolve(documentId, "HEAD");
        if (version.CommitId != head.CommitId && !index.Precedes(documentId, version.CommitId, head.CommitId))
            throw new InvalidDraftingRequestException($"'{requested}' is not a version in the history of this document.");
        return visits.Record(documentId, actor.UserId, version.CommitId, time.GetUtcNow(), (candidate, recorded) => Precedes(documentId, candidate, recorded));
    }

    private bool Precedes(string documentId, string earlier, string later)
    {
        try
        {
            return index.Precedes(documentId, earlier, later);
        }
        catch (VersionNotFoundException)
        {
            return false;
        }
    }

    private VersionPair Resolve(string documentId, string? from, string? to)
    {
        var toVersion = store.Resolve(documentId, Revision(to) ?? "HEAD");
        if (Revision(from) is { } fromRevision) return new VersionPair(store.Resolve(documentId, fromRevision), toVersion);
        var circulated = store.Tags(documentId)
            .Where(tag => index.Precedes(documentId, tag.CommitId, toVersion.CommitId))
            .ToList();
        var latest = circulated.FirstOrDefault(candidate => circulated.All(other =>
            other.CommitId == candidate.CommitId || index.Precedes(documentId, other.CommitId, candidate.CommitId)));
        return latest is null
            ? throw new InvalidDraftingRequestException("No version was circulated before the version to compare; choose the version to compare it with (from).")
            : new VersionPair(store.Resolve(documentId, latest.CommitId), toVersion);
    }

    /// <summary>A revision of the query: <c>head</c> in any case for the latest version, otherwise a commit id or a tag name as given.</summary>
    private static string? Revision(string? revision)
    {
        if (revision is null) return null;
        var trimmed = revision.Trim();
        if (trimmed.Length == 0) throw new InvalidDraftingRequestException("A version is a commit id, the name of a circulated version, or 'head'.");
        return string.Equals(trimmed, "head", StringComparison.OrdinalIgnoreCase) ? "HEAD" : trimmed;
    }

    private ComputedRedline Compute(string documentId, VersionPair pair, bool attribution) =>
        redlines.GetOrAdd((documentId, pair.From.CommitId, pair.To.CommitId, attribution), _ =>
        {
            var redline = RedlineBuilder.Build(Parsed(documentId, pair.From.CommitId), Parsed(documentId, pair.To.CommitId));
            if (!attribution || !redline.HasChanges) return new ComputedRedline(redline, new Dictionary<string, string>());
            return Attribute(documentId, pair, redline);
        });

    private ComputedRedline Attribute(string documentId, VersionPair pair, Redline redline)
    {
        var attributed = IndexedAttribution.Attribute(index, documentId, pair.From, pair.To, redline, commitId => Parsed(documentId, commitId));
        return new ComputedRedline(attributed.Redline, attributed.DecisionThreads);
    }

    private DraftDocument Parsed(string documentId, string commitId) =>
        parsed.GetOrAdd((documentId, commitId), key =>
            DocumentMarkdown.Parse(Encoding.UTF8.GetString(store.ReadFile(key.DocumentId, key.CommitId, DocumentJson.DocumentPath) ?? [])));

    private (VersionView From, VersionView To) Versions(string documentId, VersionPair pair, Actor actor)
    {
        var disclose = disclosure.For(documentId, actor);
        var tags = DocumentsApi.TagsByCommit(store, documentId);
        return (DocumentViewMapper.ToView(disclose(pair.From), tags), DocumentViewMapper.ToView(disclose(pair.To), tags));
    }

    private Func<RevisionStamp?, StampView?> StampMapper(string documentId, ComputedRedline computed, Actor actor, DocumentRole role) =>
        StampMapper(documentId, VisibleProposals(documentId, computed, actor, role), actor);

    private Func<RevisionStamp?, StampView?> StampMapper(string documentId, IReadOnlyDictionary<string, ProposalSource> proposals, Actor actor)
    {
        var disclose = disclosure.For(documentId, actor);
        var cache = new Dictionary<string, StampView>(StringComparer.Ordinal);
        return stamp =>
        {
            if (stamp is null) return null;
            if (cache.TryGetValue(stamp.CommitId, out var known)) return known;
            var shown = disclose(new VersionInfo(stamp.CommitId, null, stamp.When, stamp.AuthorId, stamp.AuthorName, stamp.Organisation, stamp.Message));
            var reason = proposals.TryGetValue(stamp.CommitId, out var source)
                ? new ReasonView(source.ThreadId, source.RoundId, source.OrganisationName, source.Disposition)
                : null;
            return cache[stamp.CommitId] = new StampView(shown.CommitId, shown.AuthorId, shown.AuthorName, shown.Organisation, shown.When, shown.Message, reason);
        };
    }

    /// <summary>The decisions behind the redline's commits that the viewer may see, by commit.</summary>
    private IReadOnlyDictionary<string, ProposalSource> VisibleProposals(string documentId, ComputedRedline computed, Actor actor, DocumentRole role)
    {
        var sources = new Dictionary<string, ProposalSource>(StringComparer.Ordinal);
        if (computed.DecisionThreads.Count == 0) return sources;
        var viewer = new Viewer(actor.UserId, actor.OrganisationId, role, documents.IsFocalPoint(documentId, actor));
        var state = ConsultationState.AtHead(store, documentId);
        var rounds = state.Rounds().ToDictionary(r => r.Id, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        foreach (var (commitId, threadId) in computed.DecisionThreads)
        {
            if (state.Thread(threadId) is not { Decision: { } decision } thread) continue;
            if (!rounds.TryGetValue(thread.RoundId, out var round) || !ConsultationPermissions.CanSee(viewer, round, thread, now)) continue;
            var organisation = directory.FindOrganisation(thread.SubmittedByOrganisationId)?.Name ?? thread.Opening.AuthorName;
            sources[commitId] = new ProposalSource(commitId, threadId, thread.RoundId, organisation, decision.Disposition.ToString());
        }
        return sources;
    }

    /// <summary>Footnote numbers as readers see them: those of the new version, else of the old one.</summary>
    private IReadOnlyDictionary<string, int> FootnoteNumbers(string documentId, VersionPair pair)
    {
        var numbers = new Dictionary<string, int>(FootnoteOrder.Of(Parsed(documentId, pair.From.CommitId)).Numbers, StringComparer.Ordinal);
        foreach (var (id, number) in FootnoteOrder.Of(Parsed(documentId, pair.To.CommitId)).Numbers) numbers[id] = number;
        return numbers;
    }

    [GeneratedRegex("^[0-9a-fA-F]{7,40}$")]
    private static partial Regex CommitIdPattern();
}
