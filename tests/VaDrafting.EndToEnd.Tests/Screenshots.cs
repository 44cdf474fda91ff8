using Microsoft.Playwright;

namespace VaDrafting.EndToEnd.Tests;

/// <summary>Keeps a picture of what a person saw at key steps, under artifacts/screenshots, for review.</summary>
public static class Screenshots
{
    public static Task SaveAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
    }
}
