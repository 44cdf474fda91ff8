using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static VaDrafting.EndToEnd.Tests.ReaderSteps;

namespace VaDrafting.EndToEnd.Tests;

public sealed class CommentAndAcceptTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string BlockId = "q9yri4";
    private const string Passage = "Part I is addressed to affected States";
    private const string Replacement = "Part I is addressed to States Parties with cluster munition victims";
    private const string CommentText = "The term should follow the wording of Article 5 rather than a label of our own.";
    private const string Response = "Agreed; the wording now follows Article 5.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ContributorProposesAChangeInTheText_CoordinatorAcceptsIt_AndTheReaderShowsTheNewVersion()
    {
        await OpenRoundAsync(server);

        var contributor = await SignInAndOpenDocumentAsync(server, "Arben Hoxha");
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

        var coordinator = await SignInAndOpenDocumentAsync(server, "Ana Moreno");
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

        using var reader = await ClientForAsync(server, "tomas-reyes");
        var history = await reader.GetFromJsonAsync<JsonElement>($"api/documents/{DocumentId}/versions?page=1&pageSize=1", Cancel);
        var latest = history.GetProperty("items")[0];
        Assert.Equal("ana-moreno", latest.GetProperty("authorId").GetString());
        Assert.Contains("applied to the text", latest.GetProperty("message").GetString());
    }
}
