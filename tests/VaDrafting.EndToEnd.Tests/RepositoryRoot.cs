namespace VaDrafting.EndToEnd.Tests;

public static class RepositoryRoot
{
    /// <summary>The folder holding VaDrafting.sln, found by walking up from the test binaries.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "VaDrafting.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("VaDrafting.sln not found above " + AppContext.BaseDirectory);
    }
}
