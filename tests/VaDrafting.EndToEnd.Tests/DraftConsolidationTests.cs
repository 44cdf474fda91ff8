using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static VaDrafting.EndToEnd.Tests.ReaderSteps;

namespace VaDrafting.EndToEnd.Tests;

public sealed class DraftConsolidationTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string BrowserBlockId = "vlymla";
    private const string BrowserPassage = "short explanation";
    private const string BrowserComment = "A sentence on who was consulted would help national readers.";
    private const string ApiComment = "Please add that comments may also come from survivors' networks.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DrafterCommentsAsADraft_FocalPointMergesTheDraftsAndSubmitsThem()
    {
        var roundId = await OpenRoundAsync(server, directSubmission: false);
        using (var elira = await ClientForAsync(server, "elira-dervishi"))
        {
            var draft = await elira.PostAsJsonAsync($"api/documents/{DocumentId}/threads", new
            {
                roundId, blockId = "hw03cz", start = 0, end = 23, type = "General", text = ApiComment,
            }, Cancel);
            draft.EnsureSuccessStatusCode();
        }

        var drafter = await SignInAndOpenDocumentAsync(server, "Elira Dervishi");
        await SelectWithTheMouseAsync(drafter, BrowserBlockId, BrowserPassage);
        await drafter.GetByRole(AriaRole.Group, new() { Name = "Comment on this passage" })
            .GetByRole(AriaRole.Button, new() { Name = "Comment on this passage" }).ClickAsync();
        var form = drafter.GetByRole(AriaRole.Dialog, new() { Name = "Comment on a passage" });
        await Assertions.Expect(form).ToContainTextAsync("saved as a draft of your organisation");
        await Assertions.Expect(form.GetByRole(AriaRole.Checkbox, new() { Name = "Keep as a draft for my organisation" })).ToHaveCountAsync(0);
        await form.GetByLabel("Your comment").FillAsync(BrowserComment);
        await form.GetByRole(AriaRole.Button, new() { Name = "Send comment" }).ClickAsync();
        var drafterPanel = drafter.GetByRole(AriaRole.Region, new() { Name = "Comment thread" });
        await Assertions.Expect(drafterPanel).ToContainTextAsync("Draft of Albania");
        await Assertions.Expect(drafterPanel.GetByRole(AriaRole.Button, new() { Name = "Submit to the round" })).ToHaveCountAsync(0);

        var focalPoint = await SignInAndOpenDocumentAsync(server, "Arben Hoxha");
        await focalPoint.Locator("[data-block-id=hw03cz]").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("open the thread") }).ClickAsync();
        var panel = focalPoint.GetByRole(AriaRole.Region, new() { Name = "Comment thread" });
        await Assertions.Expect(panel).ToContainTextAsync(ApiComment);
        await panel.GetByLabel("Merge into another draft").SelectOptionAsync(new SelectOptionValue { Label = $"“{BrowserPassage}” — Elira Dervishi: {BrowserComment}" });
        await focalPoint.AssertNoSeriousViolationsAsync("a focal point's draft actions");
        await Screenshots.SaveAsync(focalPoint, "draft-actions");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Merge the drafts" }).ClickAsync();

        await Assertions.Expect(panel).ToContainTextAsync(BrowserComment);
        await Assertions.Expect(panel).ToContainTextAsync(ApiComment);
        await Assertions.Expect(focalPoint.Locator("[data-block-id=hw03cz] .passage-marker")).ToHaveCountAsync(0);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Submit to the round" }).ClickAsync();
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Status).Filter(new() { HasText = "submitted to the round" })).ToBeVisibleAsync();
        await Assertions.Expect(panel).Not.ToContainTextAsync("Draft of Albania");

        using var coordinator = await ClientForAsync(server, "ana-moreno");
        var threads = await coordinator.GetFromJsonAsync<JsonElement>($"api/documents/{DocumentId}/threads", Cancel);
        var submitted = Assert.Single(threads.EnumerateArray().ToList());
        Assert.Equal("Submitted", submitted.GetProperty("stage").GetString());
        Assert.Equal(BrowserComment, submitted.GetProperty("opening").GetProperty("text").GetString());
        Assert.Contains(ApiComment, Assert.Single(submitted.GetProperty("replies").EnumerateArray().ToList()).GetProperty("text").GetString());
    }
}
