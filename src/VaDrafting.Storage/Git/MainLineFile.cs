using LibGit2Sharp;

namespace VaDrafting.Storage.Git;

/// <summary>
/// <c>va-mainline.bin</c> in a document's bare repository: the raw 20-byte ids of the main line, oldest first.
/// Git ignores the file; it is a cache that can always be rebuilt from the commits, so a damaged one is dropped.
/// </summary>
internal static class MainLineFile
{
    public const string FileName = "va-mainline.bin";
    private const int IdLength = 20;

    public static IReadOnlyList<ObjectId> Read(string gitDirectory)
    {
        var path = Path.Combine(gitDirectory, FileName);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return [];
        }
        if (bytes.Length % IdLength != 0)
        {
            File.Delete(path);
            return [];
        }
        var ids = new ObjectId[bytes.Length / IdLength];
        for (var i = 0; i < ids.Length; i++) ids[i] = new ObjectId(bytes.AsSpan(i * IdLength, IdLength).ToArray());
        return ids;
    }

    public static void Write(string gitDirectory, IReadOnlyList<ObjectId> oldestFirst)
    {
        var path = Path.Combine(gitDirectory, FileName);
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            foreach (var id in oldestFirst) stream.Write(id.RawId);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
