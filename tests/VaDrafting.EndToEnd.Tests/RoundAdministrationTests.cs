using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace VaDrafting.EndToEnd.Tests;

public sealed class RoundAdministrationTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string DocumentId = "integrated-approach-guidance";
    private const string VersionLabel = "v1 – draft for the rural services consultation";
    private const string RoundTitle = "Consultation on services far from the capital";
    private const string QuestionText = "Which services reach survivors who live far from the capital?";
    private const string AnswerText = "Mobile rehabilitation teams visit each district twice a year, and a hotline refers survivors to them.";
    private const string SectionBlockId = "i9apbm";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Coordinator_OpensARound_ContributorAnswers_CoordinatorSeesTheAnswerAndClosesTheRound()
    {
        await CirculateTheSampleAsync();
        var deadline = DeadlineInGeneva(DateTimeOffset.UtcNow.AddDays(14));

        var coordinator = await SignInAsync("Ana Moreno");
        await OpenTheRoundInTheBrowserAsync(coordinator, deadline);
        var coordinatorBanner = coordinator.Locator("section.round-banner");
        await Assertions.Expect(coordinatorBanner).ToContainTextAsync(RoundTitle);

        await coordinatorBanner.GetByRole(AriaRole.Link, new() { Name = "Questions and answers (1 question)" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Region, new() { Name = "Question 1" })).ToContainTextAsync("No answers you can see yet.");

        var contributor = await SignInAsync("Layla Haddad");
        await contributor.GotoAsync($"/documents/{DocumentId}");
        var banner = contributor.Locator("section.round-banner");
        await Assertions.Expect(banner).ToContainTextAsync(RoundTitle);
        await Assertions.Expect(banner).ToContainTextAsync("Comments due by");
        await Assertions.Expect(banner.Locator("time")).ToContainTextAsync("17:00");
        await Assertions.Expect(banner.GetByRole(AriaRole.Button, new() { Name = "Close now" })).ToHaveCountAsync(0);
        await banner.GetByRole(AriaRole.Link, new() { Name = "Questions and answers (1 question)" }).ClickAsync();
        await Assertions.Expect(contributor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Questions and answers: {RoundTitle}");
        await Assertions.Expect(contributor.GetByText(QuestionText)).ToBeVisibleAsync();
        await Assertions.Expect(contributor.GetByRole(AriaRole.Link, new() { Name = "Part I. Affected States" }))
            .ToHaveAttributeAsync("href", $"/documents/{DocumentId}#{SectionBlockId}");
        await contributor.GetByLabel("Answer of Lebanon to question 1").FillAsync(AnswerText);
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Save the answer" }).ClickAsync();
        await Assertions.Expect(contributor.GetByRole(AriaRole.Status).Filter(new() { HasText = "The answer was saved." })).ToBeVisibleAsync();
        await Assertions.Expect(contributor.GetByText("Last saved by Layla Haddad")).ToBeVisibleAsync();
        await contributor.AssertNoSeriousViolationsAsync("the questions of a round, answered by a contributor");
        await Screenshots.SaveAsync(contributor, "round-questions");

        // The coordinator had the questions open before the answer was saved: it arrives without reloading.
        var answers = coordinator.GetByRole(AriaRole.Region, new() { Name = "Question 1" });
        await Assertions.Expect(answers.GetByRole(AriaRole.Heading, new() { Name = "Lebanon" })).ToBeVisibleAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status).Filter(new() { HasText = "Lebanon saved an answer" })).ToBeAttachedAsync();
        await Assertions.Expect(answers).ToContainTextAsync(AnswerText);
        await Assertions.Expect(answers).ToContainTextAsync("Last saved by Layla Haddad");
        await coordinator.AssertNoSeriousViolationsAsync("the questions of a round, seen by a coordinator");

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Back to the document" }).ClickAsync();
        await coordinatorBanner.GetByRole(AriaRole.Button, new() { Name = "Extend the deadline" }).ClickAsync();
        var newDeadline = coordinatorBanner.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^New deadline") });
        await Assertions.Expect(newDeadline.GetByLabel("Date", new() { Exact = true })).ToHaveValueAsync(deadline.ToString("yyyy-MM-dd"));
        await Assertions.Expect(newDeadline.GetByLabel("Time", new() { Exact = true })).ToHaveValueAsync("17:00");
        await newDeadline.GetByLabel("Date", new() { Exact = true }).FillAsync(deadline.AddDays(7).ToString("yyyy-MM-dd"));
        await coordinator.AssertNoSeriousViolationsAsync("the form extending a round's deadline");
        await Screenshots.SaveAsync(coordinator, "extend-deadline");
        await coordinatorBanner.GetByRole(AriaRole.Button, new() { Name = "Save the new deadline" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status).Filter(new() { HasText = $"The deadline of “{RoundTitle}” was moved." })).ToBeVisibleAsync();
        await Assertions.Expect(coordinatorBanner.Locator("time")).ToHaveAttributeAsync("datetime", new Regex($"^{deadline.AddDays(7):yyyy-MM-dd}T1[67]:00:00"));

        await coordinatorBanner.GetByRole(AriaRole.Button, new() { Name = "Close now" }).ClickAsync();
        var confirmation = coordinator.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirmation).ToContainTextAsync($"Close “{RoundTitle}” now?");
        await coordinator.AssertNoSeriousViolationsAsync("the confirmation of closing a round");
        await confirmation.GetByRole(AriaRole.Button, new() { Name = "Close the round" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status).Filter(new() { HasText = $"“{RoundTitle}” is closed." })).ToBeVisibleAsync();
        await Assertions.Expect(coordinatorBanner).ToHaveCountAsync(0);
        await coordinator.GetByRole(AriaRole.Tab, new() { Name = "Rounds" }).ClickAsync();
        var roundsTab = coordinator.GetByRole(AriaRole.Tabpanel);
        await Assertions.Expect(roundsTab).ToContainTextAsync("Closed early by the coordinators");
        await Assertions.Expect(roundsTab.GetByRole(AriaRole.Button, new() { Name = "Reopen with a new deadline" })).ToBeVisibleAsync();
        await coordinator.AssertNoSeriousViolationsAsync("the rounds tab after closing a round");
        await Screenshots.SaveAsync(coordinator, "rounds-tab");

        // The contributor still has the questions open: the closing reaches them live.
        await Assertions.Expect(contributor.GetByText("The round is closed, so answers can no longer be changed.")).ToBeVisibleAsync();
        await Assertions.Expect(contributor.GetByText(AnswerText)).ToBeVisibleAsync();
        await Assertions.Expect(contributor.GetByLabel("Answer of Lebanon to question 1")).ToHaveCountAsync(0);
        await Assertions.Expect(contributor.GetByRole(AriaRole.Button, new() { Name = "Save the answer" })).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.Conflict, await AnswerThroughTheApiAsync("layla-haddad"));

        await roundsTab.GetByRole(AriaRole.Button, new() { Name = "Reopen with a new deadline" }).ClickAsync();
        var reopenUntil = roundsTab.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Open again until") });
        await reopenUntil.GetByLabel("Date", new() { Exact = true }).FillAsync(deadline.AddDays(3).ToString("yyyy-MM-dd"));
        await reopenUntil.GetByLabel("Time", new() { Exact = true }).FillAsync("12:00");
        await roundsTab.GetByRole(AriaRole.Button, new() { Name = "Reopen the round" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status).Filter(new() { HasText = $"“{RoundTitle}” is open again." })).ToBeVisibleAsync();
        await Assertions.Expect(coordinatorBanner).ToContainTextAsync(RoundTitle);
        await contributor.ReloadAsync();
        await Assertions.Expect(contributor.GetByLabel("Answer of Lebanon to question 1")).ToHaveValueAsync(AnswerText);
    }

    [Fact]
    public async Task Coordinator_MakesASecondPersonAFocalPoint_ContributorReadsTheRegister()
    {
        var coordinator = await SignInAsync("Tomás Reyes");
        await coordinator.GotoAsync($"/documents/{DocumentId}");
        await coordinator.GetByRole(AriaRole.Tab, new() { Name = "Rounds" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Choose the focal points of the organisations" }).ClickAsync();
        var albania = coordinator.GetByRole(AriaRole.Group, new() { Name = "Albania" });
        await Assertions.Expect(albania.GetByRole(AriaRole.Checkbox, new() { Name = "Arben Hoxha is a focal point" })).ToBeCheckedAsync();
        await albania.GetByRole(AriaRole.Checkbox, new() { Name = "Elira Dervishi is a focal point" }).CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save the focal points of Albania" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status).Filter(new() { HasText = "The focal points of Albania were saved." })).ToBeVisibleAsync();
        await coordinator.AssertNoSeriousViolationsAsync("the focal points, as a coordinator chooses them");
        await Screenshots.SaveAsync(coordinator, "focal-points");

        var contributor = await SignInAsync("Grace Okello");
        await contributor.GotoAsync($"/documents/{DocumentId}");
        await contributor.GetByRole(AriaRole.Tab, new() { Name = "Rounds" }).ClickAsync();
        await contributor.GetByRole(AriaRole.Link, new() { Name = "Focal points of the organisations" }).ClickAsync();
        var register = contributor.GetByRole(AriaRole.Table, new() { Name = "Albania" });
        await Assertions.Expect(register.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Elira Dervishi") })).ToContainTextAsync("Yes");
        await Assertions.Expect(register.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Arben Hoxha") })).ToContainTextAsync("Yes");
        await Assertions.Expect(contributor.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(0);
        await contributor.AssertNoSeriousViolationsAsync("the focal points, read by a contributor");
    }

    /// <summary>The coordinator fills the open-round form: the checks first, then every field with the keyboard-reachable controls.</summary>
    private static async Task OpenTheRoundInTheBrowserAsync(IPage page, DateOnly deadline)
    {
        await page.GotoAsync($"/documents/{DocumentId}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Rounds" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Open a consultation round" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open a consultation round", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Open the round" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Give the round a title.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Give both a date and a time.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Title of the round")).ToBeFocusedAsync();

        await page.GetByLabel("Title of the round").FillAsync(RoundTitle);
        await page.GetByLabel("Circulated version consulted on").SelectOptionAsync(new SelectOptionValue { Label = VersionLabel });
        await Assertions.Expect(page.GetByLabel("Time zone of the dates")).ToHaveValueAsync("Europe/Zurich");
        var deadlineFields = page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Deadline") });
        await deadlineFields.GetByLabel("Date", new() { Exact = true }).FillAsync(deadline.ToString("yyyy-MM-dd"));
        await deadlineFields.GetByLabel("Time", new() { Exact = true }).FillAsync("17:00");

        var invited = page.GetByRole(AriaRole.Group, new() { Name = "Invited organisations" });
        await Assertions.Expect(invited.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Lebanon") })).ToBeCheckedAsync();
        await Assertions.Expect(invited.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Panama") })).Not.ToBeCheckedAsync();
        await invited.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Iraq") }).UncheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Open" }).CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a question" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Question 1", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(QuestionText);
        await page.GetByLabel("Section of question 1").SelectOptionAsync(new SelectOptionValue { Value = SectionBlockId });
        await page.AssertNoSeriousViolationsAsync("the form opening a round, with its checks shown");
        await Screenshots.SaveAsync(page, "open-round");

        await RefusedOnceByTheServerAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the round" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/documents/{DocumentId}$"));
    }

    /// <summary>
    /// The server refuses the first attempt with problem details (as it would on a conflicting change): they are
    /// shown next to the form, and everything typed is still there for the next attempt.
    /// </summary>
    private static async Task RefusedOnceByTheServerAsync(IPage page)
    {
        const string problem = """{"title":"The round could not be opened","status":409,"detail":"Another change was saved at the same moment; please try again."}""";
        var roundsAddress = $"**/api/documents/{DocumentId}/rounds";
        await page.RouteAsync(roundsAddress, route => route.Request.Method == "POST"
            ? route.FulfillAsync(new() { Status = 409, ContentType = "application/problem+json", Body = problem })
            : route.ContinueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the round" }).ClickAsync();
        var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The round could not be opened" });
        await Assertions.Expect(alert).ToContainTextAsync("Another change was saved at the same moment");
        await page.UnrouteAsync(roundsAddress);
        await Assertions.Expect(page.GetByLabel("Title of the round")).ToHaveValueAsync(RoundTitle);
        await Assertions.Expect(page.GetByLabel("Question 1", new() { Exact = true })).ToHaveValueAsync(QuestionText);
        await Assertions.Expect(page.GetByLabel("Section of question 1")).ToHaveValueAsync(SectionBlockId);
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Invited organisations" })
            .GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Iraq") })).Not.ToBeCheckedAsync();
    }

    /// <summary>A date two weeks ahead on Geneva's calendar, so that 17:00 that day is safely in the future.</summary>
    private static DateOnly DeadlineInGeneva(DateTimeOffset moment) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich")).DateTime);

    private async Task<IPage> SignInAsync(string name)
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Documents", Exact = true }).WaitForAsync();
        return page;
    }

    /// <summary>Through the API: the secretariat circulates the sample, so that a round can consult on it.</summary>
    private async Task CirculateTheSampleAsync()
    {
        using var secretariat = await ClientForAsync("claire-dubois");
        await ReaderSteps.CirculateAsync(secretariat, VersionLabel);
    }

    /// <summary>What the server answers when the person tries to change their organisation's answer directly.</summary>
    private async Task<HttpStatusCode> AnswerThroughTheApiAsync(string userId)
    {
        using var client = await ClientForAsync(userId);
        var rounds = await client.GetFromJsonAsync<JsonElement>($"api/documents/{DocumentId}/rounds", Cancel);
        var round = rounds.EnumerateArray().Single(r => r.GetProperty("title").GetString() == RoundTitle);
        var questionId = round.GetProperty("questions")[0].GetProperty("id").GetString();
        var response = await client.PutAsJsonAsync(
            $"api/documents/{DocumentId}/rounds/{round.GetProperty("id").GetString()}/answers", new { questionId, text = "A later thought." }, Cancel);
        return response.StatusCode;
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
