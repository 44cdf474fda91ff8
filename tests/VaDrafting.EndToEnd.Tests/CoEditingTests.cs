using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static VaDrafting.EndToEnd.Tests.ReaderSteps;

namespace VaDrafting.EndToEnd.Tests;

/// <summary>Two coordinators edit the text at once, each in their own browser context, and see each other's changes arrive.</summary>
public sealed class CoEditingTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string ParagraphId = "q9yri4";
    private const string ListItemId = "pf75nk";
    private const string OfflineParagraphId = "hw03cz";

    [Fact]
    public async Task ACoordinatorTypesInAParagraph_TheOtherSeesIt_AndEditsOfDifferentWordsBothSurvive()
    {
        var ana = await SignInAndFollowDocumentAsync(server, "Ana Moreno");
        var tomas = await SignInAndFollowDocumentAsync(server, "Tomás Reyes");

        // Ana edits; Tomás is told who edits the paragraph, and sees her words arrive in place.
        var anaEditor = await OpenEditorAsync(ana, "paragraph", "The guidance has three parts");
        await Assertions.Expect(tomas.GetByText("Being edited by Ana Moreno")).ToBeVisibleAsync();
        await ana.AssertNoSeriousViolationsAsync("a paragraph in edit mode");
        await Screenshots.SaveAsync(ana, "edit-mode");

        await ReplaceInEditorAsync(anaEditor, "three parts", "three main parts");
        await Assertions.Expect(anaEditor.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();
        await Assertions.Expect(tomas.Locator($"[data-block-id={ParagraphId}]")).ToContainTextAsync("three main parts");

        // Both change different words of the same paragraph at the same time: both changes are kept.
        var tomasEditor = await OpenEditorAsync(tomas, "paragraph", "The guidance has three main parts");
        await Assertions.Expect(tomasEditor.GetByLabel("Text of the paragraph")).ToHaveValueAsync(new Regex("three main parts"));
        await ReplaceInEditorAsync(anaEditor, "affected States", "affected States Parties");
        await ReplaceInEditorAsync(tomasEditor, "present revision", "present second revision");

        foreach (var page in new[] { ana, tomas })
        {
            var paragraph = page.Locator($"[data-block-id={ParagraphId}]");
            await Assertions.Expect(paragraph).ToContainTextAsync("affected States Parties", new() { Timeout = 15_000 });
            await Assertions.Expect(paragraph).ToContainTextAsync("present second revision", new() { Timeout = 15_000 });
        }
        await Assertions.Expect(tomasEditor.GetByLabel("Text of the paragraph")).ToHaveValueAsync(new Regex("affected States Parties"));
    }

    [Fact]
    public async Task EditsOfTheSameWords_OpenAConflictDialog_AndKeepingOnesOwnTextSavesIt()
    {
        var ana = await SignInAndFollowDocumentAsync(server, "Ana Moreno");
        var tomas = await SignInAndFollowDocumentAsync(server, "Tomás Reyes");
        var anaEditor = await OpenEditorAsync(ana, "list item", "Legislation, policies and plans");
        var tomasEditor = await OpenEditorAsync(tomas, "list item", "Legislation, policies and plans");

        // Both change the same words before either save: whoever saves second is asked what to keep.
        await ReplaceInEditorAsync(anaEditor, "the legal and policy framework", "the statutory and policy framework");
        await ReplaceInEditorAsync(tomasEditor, "the legal and policy framework", "the regulatory and policy framework");
        const string Title = "Your change to this list item overlaps another one";
        var (second, first) = await FirstWithDialogAsync(tomas, ana, Title);
        var (mine, theirs) = second == tomas ? ("regulatory", "statutory") : ("statutory", "regulatory");

        var dialog = second.GetByRole(AriaRole.Dialog, new() { Name = Title });
        await Assertions.Expect(dialog.GetByRole(AriaRole.Region, new() { Name = "Your text" })).ToContainTextAsync(mine);
        await Assertions.Expect(dialog.GetByRole(AriaRole.Region, new() { Name = "The other text (now saved)" })).ToContainTextAsync(theirs);
        await second.AssertNoSeriousViolationsAsync("the conflict dialog");
        await Screenshots.SaveAsync(second, "edit-conflict");

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep my text" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(first.Locator($"[data-block-id={ListItemId}]")).ToContainTextAsync($"the {mine} and policy framework");
        await Assertions.Expect(second.Locator($"[data-block-id={ListItemId}]")).ToContainTextAsync($"the {mine} and policy framework");
    }

    [Fact]
    public async Task AnEditTypedWhileTheConnectionIsDown_IsKept_AndSavedAndMergedOnceItReturns()
    {
        var ana = await server.NewPageAsync();
        var hub = new HubSwitch();
        await hub.InstallAsync(ana);
        await ana.GotoAsync("/signin");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Ana Moreno" }).ClickAsync();
        await ana.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Integrated Approach to Victim Assistance") }).First.ClickAsync();
        await Assertions.Expect(ana.GetByRole(AriaRole.Region, new() { Name = "Also reading now" })).ToBeVisibleAsync();
        var tomas = await SignInAndFollowDocumentAsync(server, "Tomás Reyes");

        var anaEditor = await OpenEditorAsync(ana, "paragraph", "During the consultation");
        await hub.CutAsync();
        await Assertions.Expect(ana.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reconnecting…" })).ToBeVisibleAsync();
        await ReplaceInEditorAsync(anaEditor, "on any paragraph", "on any paragraph or footnote");
        await Assertions.Expect(anaEditor.GetByRole(AriaRole.Status).Filter(new() { HasText = "Not saved yet: the connection is down." }))
            .ToBeVisibleAsync(new() { Timeout = 15_000 });
        await ana.AssertNoSeriousViolationsAsync("an edit kept while the connection is down");

        // Meanwhile another coordinator changes other words of the same paragraph.
        var tomasEditor = await OpenEditorAsync(tomas, "paragraph", "During the consultation");
        await ReplaceInEditorAsync(tomasEditor, "are equally welcome", "are just as welcome");
        await Assertions.Expect(tomasEditor.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();
        await tomasEditor.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();

        hub.Restore();
        foreach (var page in new[] { ana, tomas })
        {
            var paragraph = page.Locator($"[data-block-id={OfflineParagraphId}]");
            await Assertions.Expect(paragraph).ToContainTextAsync("on any paragraph or footnote", new() { Timeout = 45_000 });
            await Assertions.Expect(paragraph).ToContainTextAsync("are just as welcome", new() { Timeout = 15_000 });
        }
        await Assertions.Expect(anaEditor.GetByLabel("Text of the paragraph")).ToHaveValueAsync(new Regex("on any paragraph or footnote.*just as welcome"));
    }

    /// <summary>Waits until one of two pages shows the dialog; answers that page first, then the other.</summary>
    private static async Task<(IPage WithDialog, IPage Other)> FirstWithDialogAsync(IPage one, IPage two, string title)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (await one.GetByRole(AriaRole.Dialog, new() { Name = title }).IsVisibleAsync()) return (one, two);
            if (await two.GetByRole(AriaRole.Dialog, new() { Name = title }).IsVisibleAsync()) return (two, one);
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"Neither page showed the dialog “{title}”.");
    }

    /// <summary>Opens the editor of a block with the keyboard and answers it once its text has loaded.</summary>
    private static async Task<ILocator> OpenEditorAsync(IPage page, string kind, string start)
    {
        var edit = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Edit {kind}: {Regex.Escape(start)}") });
        await edit.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var editor = page.Locator(".block-editor");
        await Assertions.Expect(editor.GetByLabel($"Text of the {kind}")).ToBeFocusedAsync();
        return editor;
    }

    private static async Task ReplaceInEditorAsync(ILocator editor, string before, string after)
    {
        var field = editor.Locator("textarea.block-editor-text");
        var text = await field.InputValueAsync();
        Assert.Contains(before, text);
        await field.FillAsync(text.Replace(before, after, StringComparison.Ordinal));
    }
}
