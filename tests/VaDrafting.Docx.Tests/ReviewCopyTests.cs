using VaDrafting.Core.Anchoring;
using VaDrafting.Core.Consultation;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using VaDrafting.Docx.Review;
using VaDrafting.Docx.Tests.Fixtures;
using VaDrafting.Docx.Tests.Quality;
using Xunit;

namespace VaDrafting.Docx.Tests;

public sealed class ReviewCopyTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly DocumentMeta Meta = new("Guidance on an Integrated Approach to Victim Assistance", "CCM/MSP/2026/WP.1", ["en"]);

    private static readonly DraftDocument Base = new(
    [
        new HeadingBlock("head0001", 1, InlineContent.FromText("Reporting")),
        new ParagraphBlock("para0001", InlineContent.FromText("States Parties should report annually on victim assistance.")),
        new ParagraphBlock("para0002", InlineContent.FromText("Survivors take part in planning and review.")),
    ], []);

    private static readonly ReviewNames Names = new(id => id switch
    {
        "chile" => "Chile",
        "iraq" => "Iraq",
        "lao-pdr" => "Lao PDR",
        "albania" => "Albania",
        _ => null,
    });

    private static TextAnchor At(string blockId, string quote, DraftDocument? document = null)
    {
        var text = AnchorText.Of((document ?? Base).Blocks.Single(b => b.Id == blockId));
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        return TextAnchor.Create(document ?? Base, blockId, start, start + quote.Length);
    }

    private static CommentThread Thread(string id, string organisation, string person, TextAnchor anchor, string text, string? proposal,
        int minutes, ThreadStage stage = ThreadStage.Submitted) =>
        CommentThread.Create(id, "round001", anchor, CommentType.Substantive,
            Comment.Create("c" + id, person.ToLowerInvariant().Replace(' ', '-'), person, organisation, Start.AddMinutes(minutes), text),
            proposal is null ? null : ProposedChange.Create(proposal), stage);

    /// <summary>
    /// Chile proposes "every two years" for "annually" (answered by Lao PDR, then accepted in part); Iraq proposes a
    /// change to words overlapping Chile's; Lao PDR proposes to replace "take part" in the next paragraph; Albania's
    /// draft is not submitted; a thread on a paragraph the base text no longer has.
    /// </summary>
    private static IReadOnlyList<CommentThread> Threads()
    {
        var chile = Thread("thrchile", "chile", "Ana Rojas", At("para0001", "annually"), "Yearly reports are a burden.", "every two years", 1)
            .WithReply(Comment.Create("replylao", "bounmy", "Bounmy Phan", "lao-pdr", Start.AddMinutes(30), "We agree."))
            .Decide(Decision.Create(Disposition.AcceptedInPart, "Reports every two years, with a short yearly update.", "coord", "Maria Keller", Start.AddDays(2)));
        var iraq = Thread("thriraq", "iraq", "Amal Hassan", At("para0001", "annually on"), "Say when.", "each year on", 2);
        var lao = Thread("thrlao", "lao-pdr", "Bounmy Phan", At("para0002", "take part"), "Stronger wording.", "lead", 3);
        var draft = Thread("thrdraft", "albania", "Arben Hoxha", At("para0002", "planning"), "Not sent yet.", "budgeting", 4, ThreadStage.Draft);
        var gone = new DraftDocument([.. Base.Blocks, new ParagraphBlock("gone0001", InlineContent.FromText("A paragraph removed before the round."))], []);
        var orphan = Thread("thrgone", "chile", "Ana Rojas", At("gone0001", "removed", gone), "Why was this removed?", null, 5);
        return [lao, orphan, iraq, draft, chile];
    }

    private static DraftDocument Expected()
    {
        var afterLao = ProposalApplier.Apply(Base, At("para0002", "take part"), ProposedChange.Create("lead"));
        return ProposalApplier.Apply(afterLao, At("para0001", "annually", afterLao), ProposedChange.Create("every two years"));
    }

    private static byte[] Write()
    {
        using var output = new MemoryStream();
        ReviewCopy.Write(Base, Threads(), Names, Meta, output, new DocxWriteOptions("guidance-va", "abc1234"));
        return output.ToArray();
    }

    [Fact]
    public void Plan_TracksEachProposalByItsOrganisation_AndAcceptingAllGivesEveryTrackedProposalApplied()
    {
        var plan = ReviewCopy.Plan(Base, Threads(), Names);

        Assert.Equal(Expected(), RedlineApplier.Accept(plan.Redline));
        Assert.Equal(Base, RedlineApplier.Reject(plan.Redline));
        var changes = plan.Redline.Blocks.SelectMany(b => b.Segments).Where(s => s.Kind != SegmentKind.Equal).ToList();
        Assert.Equal("Chile", Assert.Single(changes, s => s.Kind == SegmentKind.Inserted && s.Text.Contains("two", StringComparison.Ordinal)).By?.AuthorName);
        Assert.Equal("Lao PDR", Assert.Single(changes, s => s.Kind == SegmentKind.Inserted && s.Text.Contains("lead", StringComparison.Ordinal)).By?.AuthorName);
        Assert.All(changes, s => Assert.NotEqual("Iraq", s.By?.AuthorName));
    }

    [Fact]
    public void Plan_QuotesAnOverlappingProposalInItsCommentAndNotesIt()
    {
        var plan = ReviewCopy.Plan(Base, Threads(), Names);

        var iraq = Assert.Single(plan.Comments, c => c.Id == "thriraq-cthriraq");
        Assert.Contains("Proposed text: «each year on»", iraq.Text);
        Assert.Contains("overlaps another proposal", iraq.Text);
        Assert.Contains(plan.Notes, note => note.Contains("thriraq", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_GivesEachThreadItsCommentRepliesAndDecisionInDocumentOrder_WithoutDrafts()
    {
        var plan = ReviewCopy.Plan(Base, Threads(), Names);

        Assert.Equal(
            ["thrgone-cthrgone", "thrchile-cthrchile", "thrchile-replylao", "thrchile-decision", "thriraq-cthriraq", "thrlao-cthrlao"],
            plan.Comments.Select(c => c.Id));
        var opening = plan.Comments.Single(c => c.Id == "thrchile-cthrchile");
        Assert.Equal(("para0001", 29, 37), (opening.BlockId, opening.Start, opening.End));
        Assert.Equal("Ana Rojas (Chile)", opening.Author);
        Assert.Equal("AR", opening.Initials);
        Assert.StartsWith("Substantive comment: Yearly reports are a burden.", opening.Text);
        var decision = plan.Comments.Single(c => c.Id == "thrchile-decision");
        Assert.Equal("thrchile-cthrchile", decision.ParentId);
        Assert.Equal("Disposition: Accepted in part. Reports every two years, with a short yearly update.", decision.Text);
        Assert.Equal("Maria Keller (Coordinators)", decision.Author);
        Assert.All(plan.Comments.Where(c => c.Id.StartsWith("thrchile", StringComparison.Ordinal)), c => Assert.True(c.Done));
        Assert.All(plan.Comments.Where(c => !c.Id.StartsWith("thrchile", StringComparison.Ordinal)), c => Assert.False(c.Done));
        Assert.DoesNotContain(plan.Comments, c => c.Id.StartsWith("thrdraft", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_PutsAThreadWhoseParagraphIsGoneOnTheTitleWithItsQuote()
    {
        var plan = ReviewCopy.Plan(Base, Threads(), Names);

        var orphan = plan.Comments.Single(c => c.Id == "thrgone-cthrgone");
        Assert.Equal((DocxRedlineWriter.TitleBlockId, 0, 0), (orphan.BlockId, orphan.Start, orphan.End));
        Assert.Contains("«removed»", orphan.Text);
        Assert.Contains(plan.Notes, note => note.Contains("thrgone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_IsValid_AndPandocReadsTheProposalsAndComments()
    {
        var docx = Write();
        var token = TestContext.Current.CancellationToken;

        ExportQuality.AssertValid(docx);
        Assert.Equal(Pandoc.Words(await Pandoc.PlainTextAsync(DocxWriterTests.Write(Expected(), Meta, DocxWriteOptions.Default), "accept", token)),
            Pandoc.Words(await Pandoc.PlainTextAsync(docx, "accept", token)));
        Assert.Equal(Pandoc.Words(await Pandoc.PlainTextAsync(DocxWriterTests.Write(Base, Meta, DocxWriteOptions.Default), "accept", token)),
            Pandoc.Words(await Pandoc.PlainTextAsync(docx, "reject", token)));
        var markdown = await Pandoc.ConvertAsync(docx, "all", "markdown", token);
        Assert.Contains("Yearly reports are a burden.", markdown, StringComparison.Ordinal);
        Assert.Contains("author=\"Chile\"", markdown, StringComparison.Ordinal);
        Assert.Contains("author=\"Maria Keller (Coordinators)\"", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_ConvertsToPdfWithLibreOffice()
    {
        var pdf = await LibreOffice.ConvertAsync(Write(), "pdf", TestContext.Current.CancellationToken);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    }
}
