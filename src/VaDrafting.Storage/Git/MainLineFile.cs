using LibGit2Sharp;

namespace VaDrafting.Storage.Git;

/// <summary>
/// <c>va-mainline.bin</c> in a document's bare repository: the main line's commit ids as far as they have been
/// walked, newest first — one byte (1 when the walk reached the first commit, else 0), then raw 20-byte ids.
/// Git ignores the file; it is a cache that can always be rebuilt from the commits, so a damaged one is dropped.
/// </summary>
internal static class MainLineFile
{
    public const string FileName = "va-mainline.bin";
    private const int IdLength = 20;

    public sealed record Contents(IReadOnlyList<ObjectId> NewestFirst, bool Complete);

    public static Contents? Read(string gitDirectory)
    {
        var path = Path.Combine(gitDirectory, FileName);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        if (bytes.Length < 1 + IdLength || (bytes.Length - 1) % IdLength != 0 || bytes[0] > 1)
        {
            File.Delete(path);
            return null;
        }
        var ids = new ObjectId[(bytes.Length - 1) / IdLength];
        for (var i = 0; i < ids.Length; i++) ids[i] = new ObjectId(bytes.AsSpan(1 + i * IdLength, IdLength).ToArray());
        return new Contents(ids, bytes[0] == 1);
    }

    public static void Write(string gitDirectory, IReadOnlyList<ObjectId> newestFirst, bool complete)
    {
        var path = Path.Combine(gitDirectory, FileName);
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            stream.WriteByte(complete ? (byte)1 : (byte)0);
            foreach (var id in newestFirst) stream.Write(id.RawId);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
