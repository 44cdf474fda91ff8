using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace VaDrafting.EndToEnd.Tests;

public sealed class ReaderJourneyTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private static readonly string SampleDocx = Path.Combine(RepositoryRoot.Path, "sample-docs", "integrated-approach-guidance.docx");

    private static async Task SignInAsync(IPage page, string name)
    {
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin$"));
        await page.GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Documents", Exact = true }).WaitForAsync();
    }

    [Fact]
    public async Task Coordinator_UploadsTheSampleReadsItsOutlineOpensHistoryAndCirculatesIt()
    {
        var page = await server.NewPageAsync();

        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ana Moreno" }).WaitForAsync();
        await page.AssertNoSeriousViolationsAsync("the sign-in page");
        await Screenshots.SaveAsync(page, "signin");

        await SignInAsync(page, "Ana Moreno");
        await page.AssertNoSeriousViolationsAsync("the documents page");

        await page.GetByLabel("Word file (.docx)").SetInputFilesAsync(SampleDocx);
        await page.GetByLabel("Title (optional)").FillAsync("Guidance imported in the browser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await page.GetByText("The document was imported.").WaitForAsync();
        await page.AssertNoSeriousViolationsAsync("the import report");
        await Screenshots.SaveAsync(page, "import-report");
        await page.GetByRole(AriaRole.Link, new() { Name = "Open “Guidance imported in the browser”" }).ClickAsync();

        var outline = page.GetByRole(AriaRole.Navigation, new() { Name = "Contents" });
        await outline.GetByRole(AriaRole.Link, new() { Name = "Part I. Affected States" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#i9apbm$"));
        await Assertions.Expect(page.Locator("#i9apbm")).ToHaveTextAsync("Part I. Affected States");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Footnotes" })).ToBeVisibleAsync();
        Assert.True(await page.Locator("table th[scope=col]").CountAsync() >= 3);
        await page.AssertNoSeriousViolationsAsync("the reader");

        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        var history = page.GetByRole(AriaRole.Tabpanel);
        await Assertions.Expect(history).ToContainTextAsync("as a new document");
        await Assertions.Expect(history).ToContainTextAsync("Ana Moreno");
        await Screenshots.SaveAsync(page, "reader");

        await page.GetByRole(AriaRole.Button, new() { Name = "Circulate this version" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Label").FillAsync("v1 – first draft for consultation");
        await dialog.GetByLabel("Note (optional)").FillAsync("Comments are welcome until the end of the quarter.");
        await page.AssertNoSeriousViolationsAsync("the circulate dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Circulate", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Circulated versions" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("v1 – first draft for consultation");
    }

    [Fact]
    public async Task Contributor_ReadsTheSampleGuidanceButCannotImport()
    {
        var page = await server.NewPageAsync();
        await SignInAsync(page, "Arben Hoxha");

        Assert.Equal(0, await page.GetByRole(AriaRole.Heading, new() { Name = "Import a Word document" }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Integrated Approach to Victim Assistance") }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Contents" })).ToContainTextAsync("Introduction");
        await Assertions.Expect(page.GetByText("Your role: Contributor")).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Circulate this version" }).CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Upload new version (.docx)" }).CountAsync());
        await page.AssertNoSeriousViolationsAsync("the reader as a contributor");
    }

    [Fact]
    public async Task Coordinator_UploadsARevisedVersionThatBecomesCurrentWithTheOldOneInHistory()
    {
        var revisedDocx = RevisedSample("States Parties are invited to comment on this revised draft by the deadline announced with it.");
        try
        {
            await UploadAndReadAsync(revisedDocx);
        }
        finally
        {
            File.Delete(revisedDocx);
        }
    }

    private async Task UploadAndReadAsync(string revisedDocx)
    {
        var page = await server.NewPageAsync();
        await SignInAsync(page, "Tomás Reyes");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Integrated Approach to Victim Assistance") }).First.ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Upload new version (.docx)" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Word file (.docx)").SetInputFilesAsync(revisedDocx);
        await page.AssertNoSeriousViolationsAsync("the upload dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await dialog.GetByText("The new version was saved.").WaitForAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Read the new version" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-block-id=rr4e0l]")).ToContainTextAsync("invited to comment on this revised draft");
        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        var versions = page.GetByRole(AriaRole.Tabpanel).GetByRole(AriaRole.Listitem);
        await Assertions.Expect(versions).ToHaveCountAsync(2);
        await Assertions.Expect(versions.First).ToContainTextAsync("as a new version");
        await Assertions.Expect(versions.First).ToContainTextAsync("Tomás Reyes");

        await versions.Nth(1).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByText("You are reading an earlier version.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-block-id=rr4e0l]")).Not.ToContainTextAsync("invited to comment on this revised draft");
    }

    /// <summary>The sample guidance as a Word file with its first paragraph rewritten.</summary>
    private static string RevisedSample(string firstParagraph)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "sample-docs");
        var document = VaDrafting.Core.Markdown.DocumentMarkdown.Parse(File.ReadAllText(Path.Combine(folder, "integrated-approach-guidance.md")));
        var meta = VaDrafting.Core.Serialization.DocumentJson.DeserializeMeta(File.ReadAllBytes(Path.Combine(folder, "meta.json")));
        var blocks = document.Blocks.ToList();
        blocks[0] = new VaDrafting.Core.Model.ParagraphBlock(blocks[0].Id, VaDrafting.Core.Model.InlineContent.FromText(firstParagraph));
        var path = Path.Combine(Path.GetTempPath(), $"revised-guidance-{Guid.NewGuid():N}.docx");
        using var output = File.Create(path);
        VaDrafting.Docx.DocxWriter.Write(document with { Blocks = blocks }, meta, output, new VaDrafting.Docx.DocxWriteOptions());
        return path;
    }
}
