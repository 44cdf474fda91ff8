using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using LibGit2Sharp;

namespace VaDrafting.Storage.Git;

/// <summary>
/// Writes a blob as a loose Git object (zlib of <c>blob {size}\0{content}</c> at <c>objects/xx/…</c>). The
/// document text is rewritten whole on every commit and is by far the largest object; written here it costs
/// one SHA-1 and one zlib pass over the bytes, where libgit2's buffered writer took about twice as long.
/// The object is written to a temporary file, synced when asked, and renamed into place, as git does.
/// </summary>
internal static class LooseBlobWriter
{
    public const string TemporaryPrefix = "tmp_object_va_";

    public static ObjectId Write(string gitDirectory, byte[] content, bool fsync)
    {
        var header = Encoding.ASCII.GetBytes($"blob {content.Length}\0");
        using var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha1.AppendData(header);
        sha1.AppendData(content);
        var id = new ObjectId(sha1.GetHashAndReset());

        var objects = Path.Combine(gitDirectory, "objects");
        var folder = Path.Combine(objects, id.Sha[..2]);
        var path = Path.Combine(folder, id.Sha[2..]);
        if (File.Exists(path)) return id;

        var temporary = Path.Combine(objects, TemporaryPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                using (var zlib = new ZLibStream(file, CompressionLevel.Fastest, leaveOpen: true))
                {
                    zlib.Write(header);
                    zlib.Write(content);
                }
                file.Flush(flushToDisk: fsync);
            }
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

            var createdFolder = !Directory.Exists(folder);
            if (createdFolder) Directory.CreateDirectory(folder);
            try
            {
                File.Move(temporary, path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another writer stored the same content meanwhile: the object is there, ours is not needed.
                return id;
            }
            if (fsync)
            {
                DurableFiles.Sync(folder);
                if (createdFolder) DurableFiles.Sync(objects);
            }
            return id;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
