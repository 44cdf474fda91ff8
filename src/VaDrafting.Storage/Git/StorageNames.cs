using System.Text.RegularExpressions;
using VaDrafting.Core.Model;

namespace VaDrafting.Storage.Git;

/// <summary>
/// Checks every name that becomes a file-system path or a Git name before anything touches the disk.
/// </summary>
internal static partial class StorageNames
{
    public const int MaxPathLength = 255;
    public const int MaxPathDepth = 8;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex PathSegmentPattern();

    [GeneratedRegex("^[0-9a-fA-F]{7,40}$")]
    private static partial Regex CommitIdPattern();

    public static void EnsureDocumentId(string? documentId)
    {
        if (!Slugs.IsValid(documentId))
        {
            throw new InvalidStorageNameException("document id", documentId ?? "");
        }
    }

    /// <summary>A tag name is a slug that cannot be mistaken for an abbreviated commit id.</summary>
    public static void EnsureTagName(string? name)
    {
        if (!Slugs.IsValid(name))
        {
            throw new InvalidStorageNameException("tag name", name ?? "");
        }
        if (IsCommitIdPrefix(name))
        {
            throw new InvalidStorageNameException("tag name (it reads like a commit id)", name);
        }
    }

    /// <summary>
    /// A relative path with forward slashes whose segments start with a letter or digit and use only
    /// <c>[A-Za-z0-9._-]</c>: no <c>..</c>, no leading slash, no empty segment, nothing ending in
    /// <c>.git</c> or a dot.
    /// </summary>
    public static void EnsureFilePath(string? path)
    {
        if (!IsValidFilePath(path))
        {
            throw new InvalidStorageNameException("file path", path ?? "");
        }
    }

    public static bool IsValidFilePath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > MaxPathLength) return false;
        var segments = path.Split('/');
        if (segments.Length > MaxPathDepth) return false;
        return segments.All(segment =>
            PathSegmentPattern().IsMatch(segment)
            && !segment.EndsWith(".git", StringComparison.OrdinalIgnoreCase)
            && !segment.EndsWith('.'));
    }

    /// <summary>The folders a path lies in, outermost first: <c>a/b/c.json</c> gives <c>a</c>, <c>a/b</c>.</summary>
    public static IEnumerable<string> FoldersOf(string path)
    {
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }

    public static bool IsCommitIdPrefix(string revision) => CommitIdPattern().IsMatch(revision);
}
