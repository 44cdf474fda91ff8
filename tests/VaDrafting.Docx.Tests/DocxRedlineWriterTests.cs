using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;
using VaDrafting.Docx.Review;
using VaDrafting.Docx.Tests.Fixtures;
using VaDrafting.Docx.Tests.Quality;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Xunit;

namespace VaDrafting.Docx.Tests;

public sealed class DocxRedlineWriterTests
{
    private static readonly DocxWriteOptions Options = new("va-guidance", "v3");

    internal static byte[] Write(Redline redline, IReadOnlyList<WordComment>? comments = null)
    {
        using var output = new MemoryStream();
        DocxRedlineWriter.Write(redline, SampleDocuments.RichMeta, output, Options, RedlineSamples.Fallback, comments);
        return output.ToArray();
    }

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static readonly DateTimeOffset Noon = new(2025, 3, 3, 12, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<WordComment> Comments() =>
    [
        new("c1", "p1aaaa", 0, 14, "Ana Pérez (Chile)", "AP", Noon, "Say \"survivors\" throughout.\nSee the 2024 Lausanne action plan."),
        new("c2", "p1aaaa", 0, 14, "Working group", "WG", Noon.AddHours(2), "Disposition: Accepted. Response: done in this version.", ParentId: "c1", Done: true),
        new("c3", "p9new1", 0, 13, "Imran Khan", "IK", Noon, "Which data set is meant?"),
        new("c4", "t1aaaa", 6, 24, "Ana Pérez (Chile)", "AP", Noon, "Add the figures for Chile."),
        new("c5", "q1aaaa", 3, 3, "Marie Dubois (France)", "MD", Noon, "Keep this quotation."),
        new("c6", DocxRedlineWriter.TitleBlockId, 0, 8, "Marie Dubois (France)", "MD", Noon, "Title too long?"),
        new("c7", "p4dddd", 0, 7, "Imran Khan", "IK", Noon, "Why move the closing paragraph?"),
    ];

    [Fact]
    public void Write_OfEveryKindOfChange_PassesTheQualityChecks()
    {
        ExportQuality.AssertValid(Write(RedlineSamples.Attributed(), Comments()));
    }

    [Fact]
    public void AcceptAll_GivesTheNewerVersionWithItsIds()
    {
        var redline = RedlineSamples.Attributed();

        var accepted = WordFixture.Import(WordRevisions.AcceptAll(Write(redline, Comments()))).Document;

        var expected = RedlineApplier.Accept(redline);
        Assert.Equal(expected.Blocks, accepted.Blocks);
        Assert.Equal(expected.Footnotes, accepted.Footnotes);
        Assert.Equal(RedlineSamples.Edited(), accepted);
    }

    [Fact]
    public void RejectAll_GivesTheOlderVersionWithItsIds()
    {
        var redline = RedlineSamples.Attributed();

        var rejected = WordFixture.Import(WordRevisions.RejectAll(Write(redline, Comments()))).Document;

        var expected = RedlineApplier.Reject(redline);
        Assert.Equal(expected.Blocks, rejected.Blocks);
        Assert.Equal(expected.Footnotes, rejected.Footnotes);
        Assert.Equal(SampleDocuments.Rich(), rejected);
    }

    [Fact]
    public void ImportOfTheRedlineItself_ReadsTheNewerVersion()
    {
        var result = WordFixture.Import(Write(RedlineSamples.Attributed()));

        Assert.Equal(RedlineSamples.Edited(), result.Document);
    }

    [Fact]
    public async Task Pandoc_AcceptingGivesTheNewerWordsAndRejectingTheOlder()
    {
        var redline = RedlineSamples.Attributed();
        var docx = Write(redline, Comments());
        var token = TestContext.Current.CancellationToken;

        var accepted = Pandoc.Words(await Pandoc.PlainTextAsync(docx, "accept", token));
        var rejected = Pandoc.Words(await Pandoc.PlainTextAsync(docx, "reject", token));

        Assert.Equal(Pandoc.Words(await Pandoc.PlainTextAsync(DocxWriterTests.Write(RedlineSamples.Edited()), "accept", token)), accepted);
        Assert.Equal(Pandoc.Words(await Pandoc.PlainTextAsync(DocxWriterTests.Write(SampleDocuments.Rich()), "accept", token)), rejected);
    }

    [Fact]
    public async Task Pandoc_ShowsTheCommentsWithAllChanges()
    {
        var markdown = await Pandoc.ConvertAsync(Write(RedlineSamples.Attributed(), Comments()), "all", "markdown", TestContext.Current.CancellationToken);

        // pandoc reads the Title paragraph as metadata and drops comments on it.
        foreach (var comment in Comments().Where(c => c.BlockId != DocxRedlineWriter.TitleBlockId))
            Assert.Contains($"author=\"{comment.Author}\"", markdown, StringComparison.Ordinal);
        Assert.Contains("Which data set is meant?", markdown, StringComparison.Ordinal);
        Assert.Contains("Ana Pérez (Chile)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LibreOffice_ConvertsTheRedlineToPdf()
    {
        var pdf = await LibreOffice.ConvertAsync(Write(RedlineSamples.Attributed(), Comments()), "pdf", TestContext.Current.CancellationToken);

        Assert.True(pdf.Length > 1000 && pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8), "LibreOffice did not produce a PDF.");
    }

    [Fact]
    public void Revisions_CarryTheAuthorAndDateOfTheirStamp()
    {
        using var word = Open(Write(RedlineSamples.Attributed()));
        var body = word.MainDocumentPart!.Document!.Body!;

        var chile = Paragraph(body, "p1aaaa").Descendants<InsertedRun>().First();
        Assert.Equal("Ana Pérez (Chile)", chile.Author?.Value);
        Assert.Equal("2025-02-14T19:05:42Z", chile.GetAttribute("date", chile.NamespaceUri).Value);

        var isu = Paragraph(body, "p9new1");
        Assert.All(isu.Descendants<InsertedRun>(), run => Assert.Equal("Imran Khan", run.Author?.Value));
        Assert.Equal("Imran Khan", isu.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Inserted>()?.Author?.Value);

        var fallback = Paragraph(body, "l1aaaa").Descendants<InsertedRun>().First();
        Assert.Equal("Working group", fallback.Author?.Value);
        Assert.Equal("2025-03-01T09:30:00Z", fallback.GetAttribute("date", fallback.NamespaceUri).Value);
    }

    [Fact]
    public void Write_ShowsEachKindOfChangeAsWordDoes()
    {
        using var word = Open(Write(RedlineSamples.Attributed()));
        var body = word.MainDocumentPart!.Document!.Body!;

        var formatChange = Paragraph(body, "p1aaaa").Descendants<RunPropertiesChange>().Single();
        Assert.NotNull(formatChange.PreviousRunProperties?.GetFirstChild<Bold>());
        Assert.NotNull(((RunProperties)formatChange.Parent!).GetFirstChild<Italic>());

        var link = Paragraph(body, "p2bbbb");
        Assert.Equal("Convention", string.Concat(link.Descendants<DeletedRun>().SelectMany(r => r.Descendants<DeletedText>()).Select(t => t.Text)));
        Assert.Contains(link.Descendants<Hyperlink>(), h => h.Descendants<InsertedRun>().Any() &&
            word.MainDocumentPart.HyperlinkRelationships.Single(r => r.Id == h.Id).Uri.ToString() == "https://www.clusterconvention.org/the-convention/");

        var deleted = Paragraph(body, "q1aaaa");
        Assert.NotNull(deleted.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Deleted>());
        Assert.Empty(deleted.Descendants<Text>());

        var heading = Paragraph(body, "h3data").ParagraphProperties!;
        Assert.Equal("Heading2", heading.ParagraphStyleId?.Val?.Value);
        Assert.Equal("Heading3", heading.GetFirstChild<ParagraphPropertiesChange>()?.ParagraphPropertiesExtended?.ParagraphStyleId?.Val?.Value);

        var moveSources = body.Descendants<MoveFromRangeStart>().Select(s => s.Name?.Value).Order().ToList();
        Assert.Equal(2, moveSources.Count);
        Assert.Equal(moveSources, body.Descendants<MoveToRangeStart>().Select(s => s.Name?.Value).Order().ToList());
        Assert.Contains(body.Descendants<BookmarkStart>(), b => b.Name?.Value == "_va_mv_p3cccc" && b.Parent is MoveToRun);

        Assert.Contains(body.Descendants<TableRow>(), r => r.TableRowProperties?.GetFirstChild<Inserted>() is not null);
        Assert.Contains(body.Descendants<TableRow>(), r => r.TableRowProperties?.GetFirstChild<Deleted>() is not null);
        Assert.Contains(body.Descendants<Break>(), b => b.Parent?.Parent is InsertedRun);

        var notes = word.MainDocumentPart.FootnotesPart!.Footnotes!;
        Assert.Contains(notes.Descendants<InsertedRun>(), r => r.InnerText.Contains("September", StringComparison.Ordinal));
        Assert.Contains(notes.Descendants<DeletedRun>(), r => r.InnerText.Contains("transparency", StringComparison.Ordinal));
        Assert.Null(word.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<TrackRevisions>());
    }

    [Fact]
    public void Comments_AreAnchoredThreadedAndResolved()
    {
        using var word = Open(Write(RedlineSamples.Attributed(), Comments()));
        var main = word.MainDocumentPart!;
        var comments = main.WordprocessingCommentsPart!.Comments!.Elements<Comment>().ToList();
        var extended = main.WordprocessingCommentsExPart!.CommentsEx!.Elements<DocumentFormat.OpenXml.Office2013.Word.CommentEx>().ToList();

        Assert.Equal(Comments().Select(c => c.Author), comments.Select(c => c.Author?.Value));
        var opening = extended[0];
        var reply = extended[1];
        Assert.Equal(comments[0].Elements<Paragraph>().Last().ParagraphId?.Value, opening.ParaId?.Value);
        Assert.Equal(opening.ParaId?.Value, reply.ParaIdParent?.Value);
        Assert.True(reply.Done?.Value);
        Assert.Null(extended[2].ParaIdParent);

        var anchored = CommentedText(main.Document!.Body!, "0");
        Assert.Equal("States Parties", anchored);
        Assert.Equal("States Parties", CommentedText(main.Document.Body!, "1"));
        Assert.Equal("Disaggregated", CommentedText(main.Document.Body!, "2"));
        Assert.Equal("Guidance", CommentedText(main.Document.Body!, "5"));
        Assert.Equal("Closing", CommentedText(main.Document.Body!, "6"));
        Assert.Equal(["Ana Pérez (Chile)", "Working group", "Imran Khan", "Marie Dubois (France)"],
            main.WordprocessingPeoplePart!.People!.Elements<DocumentFormat.OpenXml.Office2013.Word.Person>().Select(p => p.Author?.Value));
    }

    [Fact]
    public void Write_RefusesACommentOnABlockTheRedlineLacks()
    {
        using var output = new MemoryStream();
        WordComment stray = new("c1", "zzzz99", 0, 1, "A", "A", Noon, "Stray");

        var error = Assert.Throws<ArgumentException>(() =>
            DocxRedlineWriter.Write(RedlineSamples.Attributed(), SampleDocuments.RichMeta, output, Options, RedlineSamples.Fallback, [stray]));

        Assert.Contains("zzzz99", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Write_RefusesAReplyToAnUnknownComment()
    {
        using var output = new MemoryStream();
        WordComment reply = new("c2", "p1aaaa", 0, 1, "A", "A", Noon, "Reply", ParentId: "c1");

        Assert.Throws<ArgumentException>(() =>
            DocxRedlineWriter.Write(RedlineSamples.Attributed(), SampleDocuments.RichMeta, output, Options, RedlineSamples.Fallback, [reply]));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Write_RefusesAFallbackStampWithoutAuthor()
    {
        using var output = new MemoryStream();

        Assert.Throws<ArgumentException>(() =>
            DocxRedlineWriter.Write(RedlineSamples.Attributed(), SampleDocuments.RichMeta, output, Options, RedlineSamples.Fallback with { AuthorName = " " }));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Write_OfAnUnchangedRedline_IsTheCleanDocument()
    {
        var document = SampleDocuments.Rich();
        var docx = Write(RedlineBuilder.Build(document, document));

        ExportQuality.AssertValid(docx);
        using var word = Open(docx);
        Assert.Empty(word.MainDocumentPart!.Document!.Descendants<InsertedRun>());
        Assert.Empty(word.MainDocumentPart.Document.Descendants<DeletedRun>());
        Assert.Equal(document, WordFixture.Import(docx).Document);
    }

    [Fact]
    public void AMovedBlockWithAFootnote_HasARealReferenceOnEachSide()
    {
        var old = SampleDocuments.Rich();
        var blocks = old.Blocks.ToList();
        var scope = blocks[2];
        blocks.RemoveAt(2);
        blocks.Insert(4, scope);
        var moved = old with { Blocks = blocks };
        var docx = Write(RedlineBuilder.Build(old, moved));

        ExportQuality.AssertValid(docx);
        using (var word = Open(docx))
        {
            var body = word.MainDocumentPart!.Document!.Body!;
            Assert.Single(body.Descendants<MoveFromRun>().SelectMany(r => r.Descendants<FootnoteReference>()));
            Assert.Single(body.Descendants<MoveToRun>().SelectMany(r => r.Descendants<FootnoteReference>()));
            Assert.DoesNotContain(body.Descendants<MoveToRun>().SelectMany(r => r.Descendants<FieldCode>()), code => code.Text.Contains("NOTEREF", StringComparison.Ordinal));
        }
        Assert.Equal(moved, WordFixture.Import(WordRevisions.AcceptAll(docx)).Document);
        Assert.Equal(old, WordFixture.Import(WordRevisions.RejectAll(docx)).Document);
    }

    [Fact]
    public void AMovedTableARowInsertedOnTopAndAMovedBlockOfAnotherKind_AcceptAndRejectExactly()
    {
        var old = SampleDocuments.Rich();
        var blocks = old.Blocks.ToList();
        var data = (TableBlock)blocks.Single(b => b.Id == "t1aaaa");
        blocks.Remove(data);
        blocks.Insert(1, data);
        var small = (TableBlock)blocks.Single(b => b.Id == "t3aaaa");
        blocks[blocks.IndexOf(small)] = small with
        {
            Rows = [new Core.Model.TableRow("r3bbbb", [InlineContent.FromText("3"), InlineContent.FromText("4")]), small.Rows[0]],
        };
        var quote = blocks.Single(b => b.Id == "q1aaaa");
        blocks.Remove(quote);
        blocks.Insert(blocks.IndexOf(blocks.Single(b => b.Id == "p4dddd")) + 1, new ListItemBlock("q1aaaa", ListKind.Bulleted, 0, ((QuoteBlock)quote).Content));
        var edited = old with { Blocks = blocks };
        var redline = RedlineBuilder.Build(old, edited);
        var docx = Write(redline);

        Assert.Contains(redline.Blocks, b => b.BlockId == "t1aaaa" && b.Change == BlockChange.MovedHere);
        Assert.Contains(redline.Blocks, b => b.BlockId == "q1aaaa" && b.Change == BlockChange.MovedHere && b.KindChanged);
        ExportQuality.AssertValid(docx);
        var accepted = WordFixture.Import(WordRevisions.AcceptAll(docx)).Document;
        Assert.Equal(edited.Blocks, accepted.Blocks);
        // Footnotes come back in order of first reference, which the moved table changed.
        Assert.Equal(edited.Footnotes.OrderBy(f => f.Id), accepted.Footnotes.OrderBy(f => f.Id));
        Assert.Equal(old, WordFixture.Import(WordRevisions.RejectAll(docx)).Document);
    }

    private static Paragraph Paragraph(Body body, string blockId) =>
        body.Descendants<BookmarkStart>().Where(b => b.Name?.Value == "_va_" + blockId).Select(b => b.Ancestors<Paragraph>().First()).Single();

    /// <summary>The text (inserted, kept or deleted) between a comment's range markers.</summary>
    private static string CommentedText(Body body, string id)
    {
        var inside = false;
        var text = new System.Text.StringBuilder();
        foreach (var element in body.Descendants())
        {
            if (element is CommentRangeStart start && start.Id?.Value == id) inside = true;
            else if (element is CommentRangeEnd end && end.Id?.Value == id) return text.ToString();
            else if (inside && element is Text t) text.Append(t.Text);
            else if (inside && element is DeletedText d) text.Append(d.Text);
        }
        return text.ToString();
    }
}
