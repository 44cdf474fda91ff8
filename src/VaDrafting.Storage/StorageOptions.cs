namespace VaDrafting.Storage;

/// <summary>Settings of the document store, bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Folder holding one bare repository per document (<c>{DataPath}/{documentId}.git</c>).</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>
    /// Flush objects, references and reflogs to disk before a write is acknowledged. libgit2's switch is
    /// process-wide: every store of a process should use the same value.
    /// </summary>
    public bool Fsync { get; set; } = true;

    /// <summary>
    /// How old a crash leftover (lock file, unfinished import) must be before the store removes it at start-up. Zero
    /// when one process owns the data folder; several server instances sharing it keep the young leftovers, which may
    /// belong to a write another instance is making.
    /// </summary>
    public TimeSpan LeftoverMinimumAge { get; set; } = TimeSpan.Zero;
}
