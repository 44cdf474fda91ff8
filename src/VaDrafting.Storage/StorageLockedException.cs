namespace VaDrafting.Storage;

/// <summary>
/// A write met a Git lock file: another process is writing the document at this very moment, or a crash
/// left the lock behind (the store removes those when it starts). Nothing was written.
/// </summary>
public sealed class StorageLockedException(string documentId, string lockedItem)
    : StorageException(
        $"Document '{documentId}' is locked ({lockedItem}): another process is writing it, or a crash left a lock file " +
        "behind, which is removed when the service restarts.");
