using System.Runtime.InteropServices;
using LibGit2Sharp;
using VaDrafting.Storage.Git;

namespace VaDrafting.Bench;

/// <summary>
/// libgit2's own object hashing (<c>git_odb_hash</c>, SHA-1 with collision detection) without writing
/// anything, to split the blob phase into hashing and compressing + writing.
/// </summary>
internal static unsafe class LibGit2Hashing
{
    private const int BlobType = 3;

    private static readonly delegate* unmanaged[Cdecl]<byte*, byte*, nuint, int, int> OdbHash = Load();

    public static TimeSpan HashBlob(byte[] content)
    {
        var id = new byte[32];
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        fixed (byte* output = id)
        fixed (byte* data = content)
        {
            if (OdbHash(output, data, (nuint)content.Length, BlobType) != 0) throw new InvalidOperationException("git_odb_hash failed");
        }
        return System.Diagnostics.Stopwatch.GetElapsedTime(start);
    }

    private static delegate* unmanaged[Cdecl]<byte*, byte*, nuint, int, int> Load()
    {
        if (!NativeLibrary.TryLoad(LibGit2Native.LibraryName, typeof(Repository).Assembly, null, out var handle))
        {
            throw new DllNotFoundException($"Could not load {LibGit2Native.LibraryName}");
        }
        return (delegate* unmanaged[Cdecl]<byte*, byte*, nuint, int, int>)NativeLibrary.GetExport(handle, "git_odb_hash");
    }
}
