using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using VaDrafting.Storage;
using VaDrafting.Storage.Git;

namespace VaDrafting.Bench;

/// <summary>Phase-by-phase latency of the store's commit of a one-paragraph change.</summary>
internal sealed class CommitPhases
{
    public Samples Open { get; } = new("open + head");
    public Samples Blobs { get; } = new("blob");
    public Samples Tree { get; } = new("tree");
    public Samples Commit { get; } = new("commit");
    public Samples RefUpdate { get; } = new("ref update");
    public Samples Total { get; } = new("total");

    public IEnumerable<Samples> All => [Open, Blobs, Tree, Commit, RefUpdate, Total];

    /// <summary>Managed bytes allocated inside the measured commit calls, summed.</summary>
    public long AllocatedBytes { get; set; }

    public void Add(CommitTimings timings)
    {
        Open.Add(timings.Open);
        Blobs.Add(timings.Blobs);
        Tree.Add(timings.Tree);
        Commit.Add(timings.Commit);
        RefUpdate.Add(timings.RefUpdate);
        Total.Add(timings.Total);
    }
}

internal static class CommitBenchmark
{
    public static readonly CommitAuthor Author = new("bench-user", "Bench Writer", "Benchmark");

    public static async Task<CommitPhases> MeasureStoreAsync(string dataPath, SyntheticDocument document, bool fsync, BenchSettings settings)
    {
        // The store applies its Fsync option to libgit2's process-wide switch.
        var store = new GitDocumentStore(new StorageOptions { DataPath = dataPath, Fsync = fsync }, TimeProvider.System, NullLogger<GitDocumentStore>.Instance);
        const string id = "guidance";
        await store.CreateAsync(id, new Dictionary<string, byte[]> { ["document.md"] = document.ToBytes() }, Author, "Synthetic guidance");

        var budget = new Budget(settings.CommitBudget);
        var phases = new CommitPhases();
        var random = new Random(11);
        for (var i = 0; i < settings.WarmupCommits + settings.MeasuredCommits && !budget.Exhausted; i++)
        {
            var paragraph = random.Next(document.Paragraphs.Count);
            document = document.WithParagraphRewritten(paragraph, i);
            var changes = new Dictionary<string, byte[]?> { ["document.md"] = document.ToBytes() };
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var (_, timings) = await store.CommitWithTimingsAsync(id, null, changes, Author, $"Edit paragraph {document.Paragraphs[paragraph].Id}");
            if (i < settings.WarmupCommits) continue;
            phases.AllocatedBytes += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            phases.Add(timings);
        }
        return phases;
    }

    /// <summary>The raw cost of one fsync on the disk under the data folder, for a new small file and for its folder.</summary>
    public static (Samples File, Samples Folder) MeasureDiskSync(string root)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "disk-sync")).FullName;
        var file = new Samples("file");
        var directory = new Samples("folder");
        var content = new byte[4096];
        for (var i = 0; i < 100; i++)
        {
            var path = Path.Combine(folder, $"f{i}");
            File.WriteAllBytes(path, content);
            file.Add(Timing.Measure(() => DurableFiles.Sync(path)));
            directory.Add(Timing.Measure(() => DurableFiles.Sync(folder)));
        }
        return (file, directory);
    }

    /// <summary>What hashing and compressing the blob costs in managed code: the floor under the blob phase.</summary>
    public static (Samples LibGit2Hash, Samples Sha1, Samples Zlib) MeasureBlobFloor(byte[] content)
    {
        var libgit2Hash = new Samples("libgit2 SHA-1 (collision-detecting)");
        var sha1 = new Samples("SHA-1");
        var zlib = new Samples("zlib level 1");
        var header = System.Text.Encoding.ASCII.GetBytes($"blob {content.Length}\0");
        for (var i = 0; i < 60; i++)
        {
            libgit2Hash.Add(LibGit2Hashing.HashBlob(content));
            sha1.Add(Timing.Measure(() =>
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
                hash.AppendData(header);
                hash.AppendData(content);
                return hash.GetHashAndReset();
            }, out _));
            zlib.Add(Timing.Measure(() =>
            {
                using var output = new MemoryStream(content.Length);
                using (var deflate = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
                {
                    deflate.Write(header);
                    deflate.Write(content);
                }
                return output.Length;
            }, out _));
        }
        return (libgit2Hash, sha1, zlib);
    }
}
