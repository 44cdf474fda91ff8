using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static VaDrafting.EndToEnd.Tests.ReaderSteps;

namespace VaDrafting.EndToEnd.Tests;

/// <summary>Two people with the document open at once, each in their own browser context, see each other's work arrive.</summary>
public sealed class LiveUpdatesTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string BlockId = "q9yri4";
    private const string TextBeforePassage = "The guidance has three parts. ";
    private const string Passage = "Part I is addressed to affected States";
    private const string Replacement = "Part I is addressed to States Parties with cluster munition victims";
    private const string SectionId = "dzhv33";
    private const string SectionHeading = "How to use this guidance";
    private const string CommentText = "Please name the States Parties concerned, as Article 5 does.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoReaders_SeeEachOther_AndTheCommentAndTheAcceptedChangeArriveWithoutReloading()
    {
        var roundId = await OpenRoundAsync(server);
        var coordinator = await SignInAndOpenDocumentAsync(server, "Ana Moreno");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Region, new() { Name = "Also reading now" })).ToBeVisibleAsync();
        var contributor = await SignInAndOpenDocumentAsync(server, "Arben Hoxha");
        await MarkThePageLoadAsync(coordinator);
        await MarkThePageLoadAsync(contributor);

        // Presence: each sees the other by name and organisation; the one already there hears the arrival.
        var coordinatorPresence = coordinator.GetByRole(AriaRole.Region, new() { Name = "Also reading now" });
        var contributorPresence = contributor.GetByRole(AriaRole.Region, new() { Name = "Also reading now" });
        // Other tests of this class share the server, so other people may be reading too.
        await Assertions.Expect(coordinatorPresence.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Arben Hoxha (Albania)" })).ToHaveCountAsync(1);
        await Assertions.Expect(contributorPresence.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Ana Moreno (Panama)" })).ToHaveCountAsync(1);
        await Assertions.Expect(coordinatorPresence.GetByRole(AriaRole.Status)).ToHaveTextAsync("Arben Hoxha (Albania) opened the document.");

        // The section each reads follows their scrolling.
        await contributor.Locator($"[id='{SectionId}']").EvaluateAsync("element => element.scrollIntoView({ block: 'start', behavior: 'instant' })");
        await Assertions.Expect(coordinatorPresence.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Arben Hoxha" }))
            .ToContainTextAsync($"Reading “{SectionHeading}”");
        await coordinator.AssertNoSeriousViolationsAsync("the reader with the people present");
        await Screenshots.SaveAsync(coordinator, "presence");

        // The contributor comments; the coordinator's reader marks the passage and says so, without a reload.
        using var albania = await ClientForAsync(server, "arben-hoxha");
        var created = await albania.PostAsJsonAsync($"api/documents/{DocumentId}/threads", new
        {
            roundId,
            blockId = BlockId,
            start = TextBeforePassage.Length,
            end = TextBeforePassage.Length + Passage.Length,
            type = "Substantive",
            text = CommentText,
            proposedReplacement = Replacement,
        }, Cancel);
        created.EnsureSuccessStatusCode();
        await Assertions.Expect(coordinator.Locator($"[data-block-id={BlockId}] mark.passage-mark")).ToHaveTextAsync(Passage);
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status).Filter(new() { HasText = "New comment from" }))
            .ToHaveTextAsync("New comment from Arben Hoxha (Albania).");
        await coordinator.GetByRole(AriaRole.Tab, new() { Name = "Comments" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync(CommentText);

        // The coordinator accepts the proposal; the contributor's reader shows the new text, without a reload.
        await coordinator.Locator($"[data-block-id={BlockId}]")
            .GetByRole(AriaRole.Button, new() { NameRegex = new Regex("open the thread") }).ClickAsync();
        var panel = coordinator.GetByRole(AriaRole.Region, new() { Name = "Comment thread" });
        await panel.GetByRole(AriaRole.Radio, new() { Name = "Accepted", Exact = true }).CheckAsync();
        await panel.GetByLabel("Response to the participant").FillAsync("Agreed.");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        await Assertions.Expect(contributor.Locator($"[data-block-id={BlockId}]")).ToContainTextAsync(Replacement);
        await Assertions.Expect(contributor.GetByRole(AriaRole.Status).Filter(new() { HasText = "New version saved by" }))
            .ToContainTextAsync("New version saved by Ana Moreno");
        await contributor.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(contributor.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("applied to the text");
        await contributor.AssertNoSeriousViolationsAsync("the reader after a change arrived");

        Assert.True(await IsTheSamePageLoadAsync(coordinator), "The coordinator's page was reloaded.");
        Assert.True(await IsTheSamePageLoadAsync(contributor), "The contributor's page was reloaded.");
    }

    [Fact]
    public async Task LeavingTheDocument_TakesThePersonOffTheOthersList()
    {
        var coordinator = await SignInAndFollowDocumentAsync(server, "Tomás Reyes");
        var observer = await SignInAndFollowDocumentAsync(server, "Maria Santos");
        var presence = coordinator.GetByRole(AriaRole.Region, new() { Name = "Also reading now" });
        await Assertions.Expect(presence.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Maria Santos" })).ToHaveCountAsync(1);

        await observer.GetByRole(AriaRole.Link, new() { Name = "VA Drafting" }).ClickAsync();
        await Assertions.Expect(presence.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Maria Santos" })).ToHaveCountAsync(0);
        await coordinator.Context.CloseAsync();
        await observer.Context.CloseAsync();
    }

    /// <summary>Leaves a mark in the page's JavaScript state, which a reload would lose.</summary>
    private static Task MarkThePageLoadAsync(IPage page) => page.EvaluateAsync("() => { window.vaSamePageLoad = true; }");

    private static Task<bool> IsTheSamePageLoadAsync(IPage page) => page.EvaluateAsync<bool>("() => window.vaSamePageLoad === true");
}

/// <summary>A reader whose connection drops misses nothing: it joins again with the last version seen and catches up.</summary>
public sealed class LiveReconnectTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task AReaderCutOffWhileARoundOpens_SaysReconnecting_ThenShowsTheRoundWithoutReloading()
    {
        var contributor = await server.NewPageAsync();
        var hub = new HubSwitch();
        await hub.InstallAsync(contributor);
        await contributor.GotoAsync("/signin");
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Layla Haddad" }).ClickAsync();
        await contributor.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Integrated Approach to Victim Assistance") }).First.ClickAsync();
        await Assertions.Expect(contributor.GetByRole(AriaRole.Region, new() { Name = "Also reading now" })).ToBeVisibleAsync();
        await contributor.EvaluateAsync("() => { window.vaSamePageLoad = true; }");
        await Assertions.Expect(contributor.GetByText("Comments due by")).ToHaveCountAsync(0);

        await hub.CutAsync();
        await Assertions.Expect(contributor.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reconnecting…" })).ToBeVisibleAsync();
        await contributor.AssertNoSeriousViolationsAsync("the reader while reconnecting");

        await ReaderSteps.OpenRoundAsync(server);
        hub.Restore();

        await Assertions.Expect(contributor.GetByText("Comments due by")).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await Assertions.Expect(contributor.GetByRole(AriaRole.Status).Filter(new() { HasText = "arrived while you were offline" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(contributor.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reconnected — you are up to date" }))
            .ToBeVisibleAsync();
        Assert.True(await contributor.EvaluateAsync<bool>("() => window.vaSamePageLoad === true"), "The page was reloaded.");
    }
}
