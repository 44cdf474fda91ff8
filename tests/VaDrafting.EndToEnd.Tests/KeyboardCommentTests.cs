using Microsoft.Playwright;
using static VaDrafting.EndToEnd.Tests.ReaderSteps;

namespace VaDrafting.EndToEnd.Tests;

public sealed class KeyboardCommentTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string BlockId = "t4hbzo";
    private const string Markup = "<img src=x onerror=\"document.title='changed'\">Please <b>also</b> name rehabilitation services.";

    [Fact]
    public async Task Contributor_CommentsOnAWholeParagraphWithTheKeyboard_AndMarkupStaysText()
    {
        await OpenRoundAsync(server);
        var page = await SignInAndOpenDocumentAsync(server, "Layla Haddad");
        var title = await page.TitleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Comment on a whole paragraph…" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var chooser = page.GetByRole(AriaRole.Dialog, new() { Name = "Comment on a whole paragraph" });
        var paragraph = chooser.GetByRole(AriaRole.Combobox, new() { Name = "Paragraph" });
        await Assertions.Expect(paragraph).ToBeFocusedAsync();
        await page.AssertNoSeriousViolationsAsync("the paragraph chooser");
        await paragraph.SelectOptionAsync(new SelectOptionValue { Value = BlockId });
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(chooser.GetByRole(AriaRole.Button, new() { Name = "Comment on this paragraph" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        var form = page.GetByRole(AriaRole.Dialog, new() { Name = "Comment on a passage" });
        await Assertions.Expect(form).ToContainTextAsync("The Convention on Cluster Munitions places on every State Party");
        await form.GetByLabel("Your comment").FocusAsync();
        await page.Keyboard.InsertTextAsync(Markup);
        await form.GetByRole(AriaRole.Button, new() { Name = "Send comment" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Comment thread" });
        await Assertions.Expect(panel).ToContainTextAsync("Please <b>also</b> name rehabilitation services.");
        await Assertions.Expect(panel.Locator("img, b")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator($"[data-block-id={BlockId}] mark.passage-mark")).ToContainTextAsync("The Convention on Cluster Munitions places");
        Assert.Equal(title, await page.TitleAsync());
        await page.AssertNoSeriousViolationsAsync("the thread of a comment on a whole paragraph");
    }
}
