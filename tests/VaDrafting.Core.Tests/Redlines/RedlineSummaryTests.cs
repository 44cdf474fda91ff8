using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using Xunit;
using static VaDrafting.Core.Tests.Redlines.RedlineDocs;

namespace VaDrafting.Core.Tests.Redlines;

public class RedlineSummaryTests
{
    private static readonly RevisionStamp Lao = new("c1", "u1", "Bounmy", "Lao PDR", new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero), "Decision on thread t1");
    private static readonly RevisionStamp Chile = new("c2", "u2", "Carla", "Chile", new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.Zero), "Decision on thread t2");
    private static readonly RevisionStamp Coordinator = new("c3", "u3", "Anna", "Australia", new DateTimeOffset(2026, 4, 3, 9, 0, 0, TimeSpan.Zero), "Editorial pass");

    private static Redline Sample()
    {
        var from = Doc(H("h1", 1, "Health care"), P("p1", "Clinics serve survivors."), P("p2", "Outdated advice."),
            H("h2", 1, "Education"), P("p3", "Schools include children."), P("p4", "Teachers are trained."), P("p6", "Budgets follow."));
        var to = Doc(H("h1", 1, "Health care"), P("p1", "Clinics and hospitals serve survivors."), P("p5", "Referral pathways are mapped."),
            H("h2", 1, "Education"), P("p4", "Teachers are trained."), P("p6", "Budgets follow."), P("p3", "Schools include children with disabilities."));
        var histories = new Dictionary<string, BlockHistory>
        {
            ["p1"] = new("p1", [new BlockVersion(Coordinator, from.Blocks[1]), new BlockVersion(Lao, to.Blocks[1])]),
            ["p3"] = new("p3", [new BlockVersion(Coordinator, from.Blocks[4]), new BlockVersion(Chile, to.Blocks[6])]),
            ["p5"] = new("p5", [new BlockVersion(Coordinator, null), new BlockVersion(Lao, to.Blocks[2])]),
        };
        return RedlineAttribution.Attribute(RedlineBuilder.Build(from, to), histories, Coordinator);
    }

    private static readonly ProposalSource[] Proposals =
    [
        new("c1", "t1", "r1", "Lao PDR", "Accepted"),
        new("c2", "t2", "r1", "Chile", "AcceptedInPart"),
        new("c9", "t9", "r1", "Iraq", "Accepted"),
    ];

    [Fact]
    public void Summarise_CountsChangesPerSection_InReadingOrder()
    {
        var summary = RedlineSummary.Summarise(Sample(), Proposals);

        Assert.Equal(
            [new SectionCounts("h1", "Health care", 1, 1, 1, 0), new SectionCounts("h2", "Education", 0, 0, 0, 1)],
            summary.Sections);
    }

    [Fact]
    public void Summarise_ListsEachChangeWithItsAuthorsAndTheDecisionsBehindIt()
    {
        var summary = RedlineSummary.Summarise(Sample(), Proposals);

        Assert.Equal(["p1", "p2", "p5", "p3"], summary.Changes.Select(c => c.BlockId));
        var p1 = summary.Changes[0];
        Assert.Equal((BlockChange.Changed, "h1", "Clinics and hospitals serve survivors."), (p1.Change, p1.SectionId, p1.Preview));
        Assert.Equal([Lao], p1.By);
        Assert.Equal([Proposals[0]], p1.Reasons);
        var deleted = summary.Changes[1];
        Assert.Equal(("Outdated advice.", Coordinator), (deleted.Preview, Assert.Single(deleted.By)));
        Assert.Empty(deleted.Reasons);
        var moved = summary.Changes[3];
        Assert.Equal(BlockChange.MovedHere, moved.Change);
        Assert.Equal([Proposals[1]], moved.Reasons);
    }

    [Fact]
    public void Summarise_CountsAcceptedProposalsPerOrganisation_OnlyWhereTheyChangedTheText()
    {
        var proposals = Proposals.Append(new ProposalSource("c1", "t7", "r1", "Lao PDR", "Noted")).ToList();

        var summary = RedlineSummary.Summarise(Sample(), proposals);

        Assert.Equal(["Chile", "Lao PDR"], summary.Organisations.Select(o => o.OrganisationName));
        Assert.Equal(1, summary.Organisations[0].AcceptedProposals);
        Assert.Equal(["p3"], summary.Organisations[0].BlockIds);
        Assert.Equal(1, summary.Organisations[1].AcceptedProposals);
        Assert.Equal(["p1", "p5"], summary.Organisations[1].BlockIds);
    }

    [Fact]
    public void Summarise_CutsLongPreviews()
    {
        var text = string.Concat(Enumerable.Repeat("survivors ", 40));
        var redline = RedlineBuilder.Build(Doc(), Doc(P("p1", text)));

        var preview = RedlineSummary.Summarise(redline, []).Changes.Single().Preview;

        Assert.EndsWith("…", preview);
        Assert.True(preview.Length <= RedlineSummary.PreviewLength + 1);
    }

    [Fact]
    public void Summarise_OfNoChanges_IsEmpty()
    {
        var document = Doc(H("h1", 1, "Health"), P("p1", "Clinics"));

        var summary = RedlineSummary.Summarise(RedlineBuilder.Build(document, document), Proposals);

        Assert.Empty(summary.Sections);
        Assert.Empty(summary.Organisations);
        Assert.Empty(summary.Changes);
    }
}
