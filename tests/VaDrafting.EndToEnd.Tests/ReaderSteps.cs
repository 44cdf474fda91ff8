using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VaDrafting.Storage;

namespace VaDrafting.EndToEnd.Tests;

/// <summary>Steps shared by the tests of commenting in the reader: signing in, selecting text, setting up a round.</summary>
internal static class ReaderSteps
{
    public const string DocumentId = "integrated-approach-guidance";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<IPage> SignInAndOpenDocumentAsync(BrowserServer server, string person)
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Button, new() { Name = person }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Integrated Approach to Victim Assistance") }).First.ClickAsync();
        await Assertions.Expect(page.GetByText("Comments due by")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Signs in and opens the sample document without a round, once the reader follows it live (the presence list shows).</summary>
    public static async Task<IPage> SignInAndFollowDocumentAsync(BrowserServer server, string person)
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Button, new() { Name = person }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Integrated Approach to Victim Assistance") }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Also reading now" })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Drags the mouse from the first to the last character of <paramref name="text"/> inside a block.</summary>
    public static async Task SelectWithTheMouseAsync(IPage page, string blockId, string text)
    {
        var block = page.Locator($"[data-block-id={blockId}]");
        await block.EvaluateAsync("element => element.scrollIntoView({ block: 'center', behavior: 'instant' })");
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

    /// <summary>
    /// Through the API: the secretariat circulates the sample and opens a round inviting the contributors; answers the
    /// round's id. Without <paramref name="directSubmission"/>, comments of people who are not focal points are drafts.
    /// </summary>
    public static async Task<string> OpenRoundAsync(BrowserServer server, bool directSubmission = true, string[]? questions = null)
    {
        using var secretariat = await ClientForAsync(server, "claire-dubois");
        var tagName = await CirculateAsync(secretariat, "v1 – consultation draft");
        var round = await secretariat.PostAsJsonAsync($"api/documents/{DocumentId}/rounds", new
        {
            title = "First consultation",
            baseVersion = tagName,
            closes = DateTimeOffset.UtcNow.AddDays(20),
            timeZone = "Europe/Zurich",
            visibility = "Open",
            directSubmission,
            questions = (questions ?? []).Select(text => new { text }).ToArray(),
        }, Cancel);
        round.EnsureSuccessStatusCode();
        return (await round.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString()!;
    }

    /// <summary>Through the API: circulates the latest version under <paramref name="label"/>; answers the tag's name.</summary>
    public static async Task<string> CirculateAsync(HttpClient client, string label)
    {
        var response = await client.PostAsJsonAsync($"api/documents/{DocumentId}/tags", new { label }, Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("name").GetString()!;
    }

    /// <summary>Straight into the store: Ana Moreno commits the sample's text as <paramref name="edit"/> changes it.</summary>
    public static Task<VersionInfo> CommitEditedTextAsync(BrowserServer server, string message, Func<string, string> edit)
    {
        var store = server.Services.GetRequiredService<IDocumentStore>();
        var head = store.Resolve(DocumentId, "HEAD").CommitId;
        var markdown = Encoding.UTF8.GetString(store.ReadFile(DocumentId, head, "document.md")!);
        return store.CommitAsync(
            DocumentId,
            head,
            new Dictionary<string, byte[]?> { ["document.md"] = Encoding.UTF8.GetBytes(edit(markdown)) },
            new CommitAuthor("ana-moreno", "Ana Moreno", "Panama"),
            message,
            Cancel);
    }

    public static async Task<HttpClient> ClientForAsync(BrowserServer server, string userId)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        var token = await client.PostAsJsonAsync("api/dev/token", new { userId }, Cancel);
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}
