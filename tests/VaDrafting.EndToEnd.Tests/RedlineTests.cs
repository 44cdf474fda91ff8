using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static VaDrafting.EndToEnd.Tests.ReaderSteps;

namespace VaDrafting.EndToEnd.Tests;

public sealed class RedlineTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string EditedBlockId = "q9yri4";
    private const string MovedBlockId = "ty8xra";
    private const string MovedBeforeBlockId = "pf75nk";
    private const string DeletedBlockId = "hw03cz";
    private const string InsertedBlockId = "r3dl1n";
    private const string OldWords = "Part I is addressed to affected States";
    private const string NewWords = "Part I is addressed to States Parties with cluster munition victims";
    private const string InsertedText = "Each part can be read on its own, and cross-references point to the related recommendations.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RedlineBetweenTwoCirculatedVersions_MarksInsertionsDeletionsAndMoves_InEveryView()
    {
        var (fromTag, toTag) = await CirculateTwoVersionsAsync();

        var page = await server.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tomás Reyes" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Integrated Approach to Victim Assistance") }).First).ToBeVisibleAsync();
        await page.GotoAsync($"/documents/{DocumentId}/changes?from={fromTag}&to={toTag}");

        // Inline redline: words, blocks added and deleted, a move linked both ways.
        var edited = page.Locator($"#change-{EditedBlockId}");
        await Assertions.Expect(edited.Locator("ins").First).ToContainTextAsync("inserted:");
        await Assertions.Expect(edited.Locator("del").First).ToContainTextAsync("deleted:");
        await Assertions.Expect(edited.GetByRole(AriaRole.Insertion).First).ToContainTextAsync("States Parties with cluster");
        await Assertions.Expect(edited.GetByRole(AriaRole.Deletion).First).ToContainTextAsync("affected");
        await Assertions.Expect(page.Locator($"#change-{InsertedBlockId}")).ToContainTextAsync("Added paragraph");
        await Assertions.Expect(page.Locator($"#change-{DeletedBlockId}")).ToContainTextAsync("Deleted paragraph");
        await Assertions.Expect(page.Locator($"#moved-from-{MovedBlockId} a")).ToHaveAttributeAsync("href", $"#change-{MovedBlockId}");
        await Assertions.Expect(page.Locator($"#change-{MovedBlockId} a").First).ToHaveAttributeAsync("href", $"#moved-from-{MovedBlockId}");

        // Who made a change shows on focus.
        var firstChange = edited.Locator(".redline-change").First;
        await Assertions.Expect(firstChange.Locator(".change-stamp")).ToBeHiddenAsync();
        await firstChange.Locator("ins, del").First.FocusAsync();
        await Assertions.Expect(firstChange.Locator(".change-stamp")).ToBeVisibleAsync();
        await Assertions.Expect(firstChange.Locator(".change-stamp")).ToContainTextAsync("Ana Moreno, Panama");
        await Assertions.Expect(firstChange.Locator(".change-stamp")).ToContainTextAsync("Clarify who Part I is addressed to");
        await page.AssertNoSeriousViolationsAsync("the inline redline");
        await Screenshots.SaveAsync(page, "redline-inline");

        await page.GetByRole(AriaRole.Link, new() { Name = "Side by side" }).ClickAsync();
        var row = page.Locator($"tr#change-{EditedBlockId}");
        await Assertions.Expect(row.Locator(".redline-side-old").GetByRole(AriaRole.Deletion).First).ToContainTextAsync("affected");
        await Assertions.Expect(row.Locator(".redline-side-old").GetByRole(AriaRole.Insertion)).ToHaveCountAsync(0);
        await Assertions.Expect(row.Locator(".redline-side-new").GetByRole(AriaRole.Insertion).First).ToContainTextAsync("States Parties with cluster");
        await Assertions.Expect(row.Locator(".redline-side-new").GetByRole(AriaRole.Deletion)).ToHaveCountAsync(0);
        var movedAway = page.Locator($"tr#moved-from-{MovedBlockId}");
        await Assertions.Expect(movedAway.Locator(".redline-side-old")).Not.ToBeEmptyAsync();
        await Assertions.Expect(movedAway.Locator(".redline-side-new")).ToBeEmptyAsync();
        await Assertions.Expect(page.Locator($"tr#change-{MovedBlockId} .redline-side-old")).ToBeEmptyAsync();
        await page.AssertNoSeriousViolationsAsync("the side-by-side view");
        await Screenshots.SaveAsync(page, "redline-side-by-side");

        await page.GetByRole(AriaRole.Link, new() { Name = "Changes only" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Next change" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Locator(".redline-change-item").First).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex("^Change 1 of") })).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Locator(".redline-change-item").Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("p");
        await Assertions.Expect(page.Locator(".redline-change-item").First).ToBeFocusedAsync();
        await page.AssertNoSeriousViolationsAsync("the list of changes");
        await Screenshots.SaveAsync(page, "redline-changes-only");

        await page.GetByRole(AriaRole.Link, new() { Name = "Summary" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Changes per section" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "All changes" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".redline-summary-changes li").First).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync("the summary of changes");
        await Screenshots.SaveAsync(page, "redline-summary");

        // The same redline as a Word file with tracked changes.
        await page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Word document with these changes as tracked changes (.docx)" }).ClickAsync());
        Assert.EndsWith($"-redline-{fromTag}-to-{toTag}.docx", download.SuggestedFilename);
        var path = await download.PathAsync();
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false);
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Contains(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>(), run => run.InnerText.Contains("cluster munition victims", StringComparison.Ordinal));
        Assert.Contains(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.DeletedRun>(), run => run.InnerText.Contains("affected", StringComparison.Ordinal));
        Assert.NotEmpty(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.MoveToRun>());
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex("is downloaded") })).ToHaveCountAsync(1);
    }

    /// <summary>Circulates the sample as it is, commits an edited text as Ana Moreno and circulates that; answers both tag names.</summary>
    private async Task<(string From, string To)> CirculateTwoVersionsAsync()
    {
        using var secretariat = await ClientForAsync(server, "claire-dubois");
        var fromTag = await CirculateAsync(secretariat, "v1 – consultation draft");

        await CommitEditedTextAsync(server, "Clarify who Part I is addressed to", Edit);

        var toTag = await CirculateAsync(secretariat, "v2 – revised draft");
        return (fromTag, toTag);
    }

    /// <summary>Changes words of one paragraph, adds one after it, moves a list item up and deletes a paragraph.</summary>
    private static string Edit(string markdown)
    {
        var lines = markdown.Split('\n').ToList();
        int IndexOf(string blockId) => lines.FindIndex(line => line.EndsWith($"{{#{blockId}}}", StringComparison.Ordinal));

        var edited = IndexOf(EditedBlockId);
        Assert.Contains(OldWords, lines[edited]);
        lines[edited] = lines[edited].Replace(OldWords, NewWords, StringComparison.Ordinal);
        lines.InsertRange(edited + 1, ["", $"{InsertedText} {{#{InsertedBlockId}}}"]);

        var moved = lines[IndexOf(MovedBlockId)];
        lines.RemoveAt(IndexOf(MovedBlockId));
        lines.Insert(IndexOf(MovedBeforeBlockId), moved);

        var deleted = IndexOf(DeletedBlockId);
        Assert.Equal("", lines[deleted + 1]);
        lines.RemoveRange(deleted, 2);
        return string.Join('\n', lines);
    }
}
