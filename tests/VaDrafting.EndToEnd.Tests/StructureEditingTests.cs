using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static VaDrafting.EndToEnd.Tests.ReaderSteps;

namespace VaDrafting.EndToEnd.Tests;

/// <summary>
/// A coordinator adds, splits, merges, moves and deletes blocks from the reader; a second coordinator in another
/// browser context sees each change arrive without reloading.
/// </summary>
public sealed class StructureEditingTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string Neighbour = "The guidance has three parts";
    private const string FirstSentence = "Survivors take part in every review of the national plan.";
    private const string SecondSentence = "Their views shape the steps that follow.";

    [Fact]
    public async Task ACoordinatorAddsSplitsMergesMovesAndDeletesABlock_AndAnotherSeesEachChangeLive()
    {
        var ana = await SignInAndFollowDocumentAsync(server, "Ana Moreno");
        var tomas = await SignInAndFollowDocumentAsync(server, "Tomás Reyes");

        // Ana adds a paragraph after another one (the structure buttons of a block show behind its Arrange button).
        await Arrange(ana, Neighbour).ClickAsync();
        await ana.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Add after paragraph “{Regex.Escape(Neighbour)}") }).ClickAsync();
        var form = ana.GetByRole(AriaRole.Form, new() { Name = "New block after this one" });
        await Assertions.Expect(form.GetByLabel("Kind of block")).ToBeFocusedAsync();
        await form.GetByLabel("Text of the new block").FillAsync($"{FirstSentence} {SecondSentence}");
        await ana.AssertNoSeriousViolationsAsync("the structure controls with the form for a new block");
        await Screenshots.SaveAsync(ana, "structure-new-block");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add the block" }).ClickAsync();
        await Assertions.Expect(form).ToBeHiddenAsync();
        foreach (var page in new[] { ana, tomas })
        {
            await Assertions.Expect(Paragraphs(page, FirstSentence)).ToHaveTextAsync([$"{FirstSentence} {SecondSentence}"]);
            Assert.Equal(await BlockIndexAsync(page, Neighbour) + 1, await BlockIndexAsync(page, FirstSentence));
        }
        await Assertions.Expect(EditButton(ana, FirstSentence)).ToBeFocusedAsync();

        // She splits it between the two sentences, at the cursor of the editor.
        await EditButton(ana, FirstSentence).ClickAsync();
        var editor = ana.Locator(".block-editor");
        var field = editor.GetByLabel("Text of the paragraph");
        await Assertions.Expect(field).ToBeFocusedAsync();
        await field.EvaluateAsync("(element, at) => element.setSelectionRange(at, at)", FirstSentence.Length + 1);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Split here" }).ClickAsync();
        foreach (var page in new[] { ana, tomas })
        {
            await Assertions.Expect(Paragraphs(page, FirstSentence)).ToHaveTextAsync([new Regex($"^{Regex.Escape(FirstSentence)}\\s*$")]);
            await Assertions.Expect(Paragraphs(page, SecondSentence)).ToHaveTextAsync([SecondSentence]);
            Assert.Equal(await BlockIndexAsync(page, FirstSentence) + 1, await BlockIndexAsync(page, SecondSentence));
        }

        // She merges them back.
        await Arrange(ana, FirstSentence).ClickAsync();
        await ana.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Merge with next: paragraph “{Regex.Escape(FirstSentence[..20])}") }).ClickAsync();
        foreach (var page in new[] { ana, tomas })
        {
            await Assertions.Expect(Paragraphs(page, SecondSentence)).ToHaveTextAsync([$"{FirstSentence} {SecondSentence}"]);
        }

        // She moves it up, above its neighbour; focus stays on the button she used.
        var up = ana.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Move paragraph “{Regex.Escape(FirstSentence[..20])}.*” up$") });
        await up.FocusAsync();
        await ana.Keyboard.PressAsync("Enter");
        await Assertions.Expect(ana.GetByRole(AriaRole.Status).Filter(new() { HasText = "moved up" }).First).ToBeVisibleAsync();
        foreach (var page in new[] { ana, tomas })
        {
            await WaitForAsync(async () => await BlockIndexAsync(page, FirstSentence) + 1 == await BlockIndexAsync(page, Neighbour));
        }
        await Assertions.Expect(up).ToBeFocusedAsync();

        // She deletes it, after a confirmation that quotes it and says the history keeps it.
        await ana.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Delete paragraph “{Regex.Escape(FirstSentence[..20])}") }).ClickAsync();
        var dialog = ana.GetByRole(AriaRole.Dialog, new() { Name = "Delete this paragraph?" });
        await Assertions.Expect(dialog).ToContainTextAsync(FirstSentence);
        await Assertions.Expect(dialog).ToContainTextAsync("earlier versions in the history keep it");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeFocusedAsync();
        await ana.AssertNoSeriousViolationsAsync("the confirmation of a deletion");
        await Screenshots.SaveAsync(ana, "structure-delete");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete the paragraph" }).ClickAsync();
        foreach (var page in new[] { ana, tomas })
        {
            await Assertions.Expect(Paragraphs(page, FirstSentence)).ToHaveCountAsync(0);
        }
        await Assertions.Expect(EditButton(ana, Neighbour)).ToBeFocusedAsync();
        await Assertions.Expect(tomas.GetByRole(AriaRole.Status).Filter(new() { HasText = "Ana Moreno" }).First).ToBeVisibleAsync();
    }

    private static ILocator Paragraphs(IPage page, string text) => page.Locator("p.doc-paragraph").Filter(new() { HasText = text });

    private static ILocator Arrange(IPage page, string start) =>
        page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Arrange paragraph “{Regex.Escape(start[..20])}") });

    private static ILocator EditButton(IPage page, string start) =>
        page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Edit paragraph: {Regex.Escape(start[..20])}") });

    /// <summary>The place among the document's blocks of the first block whose text starts with <paramref name="start"/>.</summary>
    private static Task<int> BlockIndexAsync(IPage page, string start) =>
        page.EvaluateAsync<int>(
            "start => [...document.querySelectorAll('article [data-block-id]')].findIndex(block => block.textContent.trim().startsWith(start))",
            start[..20]);

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The blocks did not reach the expected order.");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
