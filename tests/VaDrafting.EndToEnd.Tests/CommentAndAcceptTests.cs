using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace VaDrafting.EndToEnd.Tests;

public sealed class CommentAndAcceptTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string DocumentId = "integrated-approach-guidance";
    private const string BlockId = "q9yri4";
    private const string Passage = "Part I is addressed to affected States";
    private const string Replacement = "Part I is addressed to States Parties with cluster munition victims";
    private const string CommentText = "The term should follow the wording of Article 5 rather than a label of our own.";
    private const string Response = "Agreed; the wording now follows Article 5.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ContributorProposesAChangeInTheText_CoordinatorAcceptsIt_AndTheReaderShowsTheNewVersion()
    {
        await OpenRoundAsync();

        var contributor = await SignInAndOpenDocumentAsync("Arben Hoxha");
        await SelectWithTheMouseAsync(contributor, BlockId, Passage);
        await Assertions.Expect(contributor.Locator(".selection-toolbar")).ToContainTextAsync($"Selected: “{Passage}”");
        await contributor.Locator(".selection-button").ClickAsync();

        var form = contributor.GetByRole(AriaRole.Dialog, new() { Name = "Comment on a passage" });
        await Assertions.Expect(form).ToContainTextAsync(Passage);
        await form.GetByRole(AriaRole.Radio, new() { Name = "Substantive" }).CheckAsync();
        await form.GetByLabel("Your comment").FillAsync(CommentText);
        await form.GetByRole(AriaRole.Checkbox, new() { Name = "Propose new wording for this passage" }).CheckAsync();
        await Assertions.Expect(form.GetByLabel("Proposed wording")).ToHaveValueAsync(Passage);
        await form.GetByLabel("Proposed wording").FillAsync(Replacement);
        await contributor.AssertNoSeriousViolationsAsync("the comment form");
        await Screenshots.SaveAsync(contributor, "comment-form");
        await form.GetByRole(AriaRole.Button, new() { Name = "Send comment" }).ClickAsync();

        var contributorPanel = contributor.GetByRole(AriaRole.Region, new() { Name = "Comment thread" });
        await Assertions.Expect(contributorPanel).ToContainTextAsync(CommentText);
        await Assertions.Expect(contributorPanel).ToContainTextAsync("Albania");
        await Assertions.Expect(contributor.Locator($"[data-block-id={BlockId}] mark.passage-mark")).ToHaveTextAsync(Passage);
        await contributor.AssertNoSeriousViolationsAsync("the thread panel of a contributor");
        await Screenshots.SaveAsync(contributor, "thread-panel");

        var coordinator = await SignInAndOpenDocumentAsync("Ana Moreno");
        await coordinator.Locator($"[data-block-id={BlockId}]")
            .GetByRole(AriaRole.Button, new() { NameRegex = new Regex("open the thread") }).ClickAsync();
        var panel = coordinator.GetByRole(AriaRole.Region, new() { Name = "Comment thread" });
        await Assertions.Expect(panel).ToContainTextAsync(CommentText);
        await Assertions.Expect(panel.GetByRole(AriaRole.Insertion)).ToContainTextAsync(Replacement);
        await panel.GetByRole(AriaRole.Radio, new() { Name = "Accepted", Exact = true }).CheckAsync();
        await Assertions.Expect(panel).ToContainTextAsync("Accepting applies the proposed change to the text as a new version");
        await panel.GetByLabel("Response to the participant").FillAsync(Response);
        await coordinator.AssertNoSeriousViolationsAsync("the decision controls");
        await Screenshots.SaveAsync(coordinator, "decision-controls");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status).Filter(new() { HasText = "the change applied" }))
            .ToContainTextAsync("you are now reading the new version saved by Ana Moreno");
        await Assertions.Expect(coordinator.Locator($"[data-block-id={BlockId}]")).ToContainTextAsync(Replacement);
        await Assertions.Expect(coordinator.Locator($"[data-block-id={BlockId}]")).Not.ToContainTextAsync(Passage + ",");
        await Assertions.Expect(panel.Locator(".thread-decision")).ToContainTextAsync("Accepted");
        await Assertions.Expect(panel.Locator(".thread-decision")).ToContainTextAsync(Response);
        await coordinator.AssertNoSeriousViolationsAsync("the thread after the decision");
        await Screenshots.SaveAsync(coordinator, "decision-applied");

        var latest = await LatestVersionAsync();
        Assert.Equal("ana-moreno", latest.GetProperty("authorId").GetString());
        Assert.Contains("applied to the text", latest.GetProperty("message").GetString());
    }

    private async Task<IPage> SignInAndOpenDocumentAsync(string person)
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Button, new() { Name = person }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Integrated Approach to Victim Assistance") }).First.ClickAsync();
        await Assertions.Expect(page.GetByText("Comments due by")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Drags the mouse from the first to the last character of <paramref name="text"/> inside a block.</summary>
    private static async Task SelectWithTheMouseAsync(IPage page, string blockId, string text)
    {
        var block = page.Locator($"[data-block-id={blockId}]");
        await block.ScrollIntoViewIfNeededAsync();
        await block.EvaluateAsync("element => element.scrollIntoView({ block: 'center' })");
        var points = await block.EvaluateAsync<double[]>(
            """
            (element, text) => {
              const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
                const at = node.data.indexOf(text);
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + 1);
                const first = range.getBoundingClientRect();
                range.setStart(node, at + text.length - 1);
                range.setEnd(node, at + text.length);
                const last = range.getBoundingClientRect();
                return [first.left + 1, first.top + first.height / 2, last.right - 1, last.top + last.height / 2];
              }
              throw new Error('The text is not in the block.');
            }
            """, text);
        await page.Mouse.MoveAsync((float)points[0], (float)points[1]);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)points[2], (float)points[3], new() { Steps = 8 });
        await page.Mouse.UpAsync();
    }

    /// <summary>Through the API: the secretariat circulates the sample and opens a round inviting the contributors.</summary>
    private async Task OpenRoundAsync()
    {
        using var secretariat = await ClientForAsync("claire-dubois");
        var tag = await secretariat.PostAsJsonAsync($"api/documents/{DocumentId}/tags", new { label = "v1 – consultation draft" }, Cancel);
        tag.EnsureSuccessStatusCode();
        var tagName = (await tag.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("name").GetString();
        var round = await secretariat.PostAsJsonAsync($"api/documents/{DocumentId}/rounds", new
        {
            title = "First consultation",
            baseVersion = tagName,
            closes = DateTimeOffset.UtcNow.AddDays(20),
            timeZone = "Europe/Zurich",
            visibility = "Open",
        }, Cancel);
        round.EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> LatestVersionAsync()
    {
        using var reader = await ClientForAsync("tomas-reyes");
        var page = await reader.GetFromJsonAsync<JsonElement>($"api/documents/{DocumentId}/versions?page=1&pageSize=1", Cancel);
        return page.GetProperty("items")[0];
    }

    private async Task<HttpClient> ClientForAsync(string userId)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        var token = await client.PostAsJsonAsync("api/dev/token", new { userId }, Cancel);
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}
