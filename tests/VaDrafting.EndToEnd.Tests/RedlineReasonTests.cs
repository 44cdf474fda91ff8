using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VaDrafting.Storage;
using static VaDrafting.EndToEnd.Tests.ReaderSteps;

namespace VaDrafting.EndToEnd.Tests;

/// <summary>A change made by accepting a proposal names, in the redline, the proposal and the comment behind it.</summary>
public sealed class RedlineReasonTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string BlockId = "q9yri4";
    private const string Passage = "Part I is addressed to affected States";
    private const string Replacement = "Part I is addressed to States Parties with cluster munition victims";
    private const string CommentText = "Name the States Parties concerned, as Article 5 does.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChangeMadeByAcceptingAProposal_ShowsItsReason_AndLinksToTheThread()
    {
        var roundId = await OpenRoundAsync(server);
        using var secretariat = await ClientForAsync(server, "claire-dubois");
        var round = await secretariat.GetFromJsonAsync<JsonElement>($"api/documents/{DocumentId}/rounds/{roundId}", Cancel);
        var baseTag = round.GetProperty("baseVersion").GetString()!;

        var store = server.Services.GetRequiredService<IDocumentStore>();
        var markdown = Encoding.UTF8.GetString(store.ReadFile(DocumentId, "HEAD", "document.md")!);
        var line = markdown.Split('\n').Single(l => l.EndsWith($"{{#{BlockId}}}", StringComparison.Ordinal));
        var start = line.IndexOf(Passage, StringComparison.Ordinal);
        Assert.True(start >= 0);

        using var contributor = await ClientForAsync(server, "vilay-phommachanh");
        var posted = await contributor.PostAsJsonAsync($"api/documents/{DocumentId}/threads", new
        {
            roundId,
            blockId = BlockId,
            start,
            end = start + Passage.Length,
            type = "Substantive",
            text = CommentText,
            proposedReplacement = Replacement,
            draft = false,
        }, Cancel);
        posted.EnsureSuccessStatusCode();
        var threadId = (await posted.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString()!;

        using var coordinator = await ClientForAsync(server, "ana-moreno");
        var decided = await coordinator.PostAsJsonAsync(
            $"api/documents/{DocumentId}/threads/{threadId}/decision", new { disposition = "Accepted", response = "Agreed." }, Cancel);
        decided.EnsureSuccessStatusCode();
        Assert.Contains(Replacement, Encoding.UTF8.GetString(store.ReadFile(DocumentId, "HEAD", "document.md")!));

        var page = await server.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tomás Reyes" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Integrated Approach to Victim Assistance") }).First).ToBeVisibleAsync();
        await page.GotoAsync($"/documents/{DocumentId}/changes?from={Uri.EscapeDataString(baseTag)}&to=head");

        var change = page.Locator($"#change-{BlockId} .redline-change").Filter(new() { Has = page.Locator("ins", new() { HasText = "cluster" }) }).First;
        var stamp = change.Locator(".change-stamp");
        await Assertions.Expect(stamp).ToBeHiddenAsync();
        await change.Locator("ins").First.FocusAsync();
        await Assertions.Expect(stamp).ToBeVisibleAsync();
        await Assertions.Expect(stamp).ToContainTextAsync("Accepted: proposal of Lao PDR — see the comment");
        await page.AssertNoSeriousViolationsAsync("the reason of an accepted proposal in the redline");
        await Screenshots.SaveAsync(page, "redline-reason");

        await stamp.GetByRole(AriaRole.Link, new() { Name = "see the comment" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/documents/{DocumentId}\\?thread={Regex.Escape(threadId)}$"));
        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Comment thread" });
        await Assertions.Expect(panel).ToContainTextAsync(CommentText);
        await Assertions.Expect(panel).ToContainTextAsync("Lao PDR");
    }
}
