using VaDrafting.Core.Model;

namespace VaDrafting.Docx;

/// <summary>
/// The hidden bookmarks by which our Word files carry block, row and footnote ids (<c>_va_{id}</c>), so that
/// ids survive a round trip through Word or LibreOffice. The id rules themselves are <see cref="BlockIds"/>.
/// </summary>
internal static class IdBookmarks
{
    public const string BookmarkPrefix = "_va_";

    /// <summary>Marks the first reference to a footnote that is referenced again; later references are NOTEREF fields to it.</summary>
    public const string NoteReferencePrefix = "_va_ref_";

    /// <summary>
    /// Names the destination of a block or row that a redline shows as moved: the place it left carries <c>_va_{id}</c>
    /// and a package cannot hold one bookmark name twice.
    /// </summary>
    public const string MovedPrefix = "_va_mv_";

    public static string BookmarkName(string id) => BookmarkPrefix + id;

    public static string MovedBookmarkName(string id) => MovedPrefix + id;

    public static string NoteReferenceBookmarkName(string footnoteId) => NoteReferencePrefix + footnoteId;

    /// <summary>The footnote id a <c>_va_ref_{id}</c> bookmark names, or null.</summary>
    public static string? FromNoteReferenceBookmarkName(string? name)
    {
        if (name is null || !name.StartsWith(NoteReferencePrefix, StringComparison.OrdinalIgnoreCase)) return null;
        var id = name[NoteReferencePrefix.Length..];
        return BlockIds.IsValid(id) ? id : null;
    }

    /// <summary>The id carried by a bookmark our writer made (<c>_va_{id}</c> or <c>_va_mv_{id}</c>), or null for any other bookmark.</summary>
    public static string? FromBookmarkName(string? name)
    {
        if (name is null || !name.StartsWith(BookmarkPrefix, StringComparison.OrdinalIgnoreCase)) return null;
        var prefix = name.StartsWith(MovedPrefix, StringComparison.OrdinalIgnoreCase) ? MovedPrefix : BookmarkPrefix;
        var id = name[prefix.Length..];
        return BlockIds.IsValid(id) ? id : null;
    }
}

/// <summary>Hands out ids that are unique within one document, reusing a preserved id when it is valid and still free.</summary>
internal sealed class IdAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Claim(string? preserved)
    {
        if (BlockIds.IsValid(preserved) && _used.Add(preserved)) return preserved;
        var id = BlockIds.New(_used);
        _used.Add(id);
        return id;
    }
}
