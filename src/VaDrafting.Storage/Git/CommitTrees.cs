using LibGit2Sharp;

namespace VaDrafting.Storage.Git;

/// <summary>Builds the tree of a new commit from its parent's tree and the changed files, without a work tree or index.</summary>
internal static class CommitTrees
{
    /// <summary>
    /// Refuses changes that would silently replace a folder by a file or a file by a folder
    /// (e.g. writing <c>threads</c> while <c>threads/a.json</c> exists).
    /// </summary>
    public static void EnsureNoFileFolderClash(string documentId, Tree? parentTree, IReadOnlyDictionary<string, byte[]?> changes)
    {
        foreach (var (path, content) in changes)
        {
            if (parentTree?[path] is { TargetType: not TreeEntryTargetType.Blob })
            {
                throw new ArgumentException($"'{path}' is a folder in document '{documentId}', not a file.", nameof(changes));
            }
            if (content is null) continue;
            foreach (var folder in StorageNames.FoldersOf(path))
            {
                var deletedHere = changes.TryGetValue(folder, out var folderChange) && folderChange is null;
                var fileInParent = parentTree?[folder] is { TargetType: TreeEntryTargetType.Blob };
                var fileInChanges = folderChange is not null;
                if ((fileInParent && !deletedHere) || fileInChanges)
                {
                    throw new ArgumentException(
                        $"'{path}' cannot be written in document '{documentId}': '{folder}' is a file.", nameof(changes));
                }
            }
        }
    }

    public static TreeDefinition Apply(Tree? parentTree, IReadOnlyDictionary<string, ObjectId?> blobs)
    {
        var definition = parentTree is null ? new TreeDefinition() : TreeDefinition.From(parentTree);
        // Deletions first, so a file removed and a folder of the same name added in one change both apply.
        foreach (var (path, _) in blobs.Where(change => change.Value is null))
        {
            definition.Remove(path);
        }
        foreach (var (path, blobId) in blobs)
        {
            if (blobId is not null) definition.Add(path, blobId, Mode.NonExecutableFile);
        }
        return definition;
    }
}
