using System.Runtime.InteropServices;

namespace VaDrafting.Storage.Git;

/// <summary>
/// fsync of files and directories. .NET cannot open a directory as a file on Unix, and a rename is only
/// durable once its directory is synced, so this goes through libc.
/// </summary>
internal static partial class DurableFiles
{
    private const int ReadOnly = 0;

    /// <summary>Flushes one file or directory to disk. Does nothing on Windows, where directories cannot be synced.</summary>
    public static void Sync(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        var descriptor = Open(path, ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"Could not open '{path}' to sync it (errno {Marshal.GetLastPInvokeError()}).");
        }
        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"Could not sync '{path}' (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    /// <summary>Flushes every file and directory under <paramref name="root"/>, deepest first, then the root.</summary>
    public static void SyncTree(string root)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            Sync(file);
        }
        foreach (var directory in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
                     .OrderByDescending(d => d.Length))
        {
            Sync(directory);
        }
        Sync(root);
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
