using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace VaDrafting.EndToEnd.Tests;

public sealed class ConsultationViewTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string DocumentId = "integrated-approach-guidance";
    private const string CommentText = "Please say that survivors' networks were consulted on this draft.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Contributor_SeesTheRoundBannerTheirCommentAndTheCommentMatrix()
    {
        await OpenRoundWithACommentAsync();
        var page = await server.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Arben Hoxha" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Integrated Approach to Victim Assistance") }).First.ClickAsync();

        await Assertions.Expect(page.GetByText("Comments due by")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Comments" }).ClickAsync();
        var panel = page.GetByRole(AriaRole.Tabpanel);
        await Assertions.Expect(panel).ToContainTextAsync(CommentText);
        await panel.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Show the passage") }).First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-block-id=rr4e0l]")).ToBeFocusedAsync();
        await page.AssertNoSeriousViolationsAsync("the reader with a round and its comments");
        await Screenshots.SaveAsync(page, "comments");

        await page.GetByRole(AriaRole.Link, new() { Name = "Open the comment matrix" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("Comment matrix") }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(CommentText);
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Albania");
        await page.AssertNoSeriousViolationsAsync("the comment matrix");
        await Screenshots.SaveAsync(page, "matrix");

        // The round's consolidated review copy as a Word file: Albania's proposal tracked, its comment attached.
        await page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync();
        await page.AssertNoSeriousViolationsAsync("the export menu");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Consolidated review copy") }).ClickAsync());
        Assert.Matches("-review-copy-[a-z0-9]+\\.docx$", download.SuggestedFilename);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(await download.PathAsync(), false);
        var main = word.MainDocumentPart!;
        Assert.Contains(main.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>(), run => run.Author?.Value == "Albania");
        Assert.Contains(CommentText, main.WordprocessingCommentsPart!.Comments!.InnerText, StringComparison.Ordinal);
    }

    /// <summary>Through the API: the secretariat circulates the sample and opens a round; Albania comments with a proposal.</summary>
    private async Task OpenRoundWithACommentAsync()
    {
        var roundId = await ReaderSteps.OpenRoundAsync(server, questions: ["What prevents the adoption of a national action plan?"]);
        using var albania = await ReaderSteps.ClientForAsync(server, "arben-hoxha");
        var thread = await albania.PostAsJsonAsync($"api/documents/{DocumentId}/threads", new
        {
            roundId,
            blockId = "rr4e0l",
            start = 0,
            end = 31,
            type = "Substantive",
            text = CommentText,
            proposedReplacement = "Revised draft for wide consultation.",
        }, Cancel);
        thread.EnsureSuccessStatusCode();
    }
}
