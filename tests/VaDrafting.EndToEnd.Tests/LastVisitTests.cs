using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VaDrafting.Storage;
using static VaDrafting.EndToEnd.Tests.ReaderSteps;

namespace VaDrafting.EndToEnd.Tests;

/// <summary>"Changes since your last visit": the reader offers the redline from the version a person last saw.</summary>
public sealed class LastVisitTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string BlockId = "q9yri4";
    private const string OldWords = "Part I is addressed to affected States";
    private const string NewWords = "Part I is addressed to States Parties with cluster munition victims";
    private const string Notice = "This document has changed since you last opened it.";
    private const string NoticeLink = "See the changes since your last visit";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PersonReturnsAfterANewVersion_SeesTheNotice_AndTheChangesSinceTheVersionTheyLastSaw()
    {
        var store = server.Services.GetRequiredService<IDocumentStore>();
        var seen = store.Resolve(DocumentId, "HEAD").CommitId;

        // First visit: nothing to report yet; the version on the page is recorded as seen.
        var first = await SignInAndFollowDocumentAsync(server, "Grace Okello");
        await Assertions.Expect(first.Locator($"[data-block-id={BlockId}]")).ToContainTextAsync(OldWords);
        await Assertions.Expect(first.Locator(".last-visit-notice")).ToHaveCountAsync(0);
        await first.Context.CloseAsync();
        using (var person = await ClientForAsync(server, "grace-okello"))
        {
            var visit = await person.PutAsJsonAsync($"api/documents/{DocumentId}/visit", new { commitId = seen }, Cancel);
            visit.EnsureSuccessStatusCode();
        }

        // A coordinator commits a new version.
        var edit = await CommitEditedTextAsync(server, "Clarify who Part I is addressed to", markdown =>
        {
            Assert.Contains(OldWords, markdown);
            return markdown.Replace(OldWords, NewWords, StringComparison.Ordinal);
        });
        Assert.NotEqual(seen, edit.CommitId);

        // Second visit: the notice, and the changes from the version seen to the latest.
        var page = await SignInAndFollowDocumentAsync(server, "Grace Okello");
        var notice = page.GetByRole(AriaRole.Note).Filter(new() { HasText = Notice });
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await Assertions.Expect(notice.GetByRole(AriaRole.Link, new() { Name = NoticeLink })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync("the notice of changes since the last visit");
        await Screenshots.SaveAsync(page, "last-visit-notice");

        await notice.GetByRole(AriaRole.Link, new() { Name = NoticeLink }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/documents/{DocumentId}/changes\\?from={seen}$"));
        Assert.Equal(seen, new Uri(page.Url).Query.TrimStart('?').Split('&').Single(p => p.StartsWith("from=", StringComparison.Ordinal))["from=".Length..]);
        var edited = page.Locator($"#change-{BlockId}");
        await Assertions.Expect(edited.GetByRole(AriaRole.Insertion).First).ToContainTextAsync("States Parties with cluster");
        await Assertions.Expect(edited.GetByRole(AriaRole.Deletion).First).ToContainTextAsync("affected");
        await page.AssertNoSeriousViolationsAsync("the changes since the last visit");
    }
}
