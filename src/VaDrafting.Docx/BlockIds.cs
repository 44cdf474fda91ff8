using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace VaDrafting.Docx;

/// <summary>The id rules of the stored format: <c>[a-z0-9]{4,16}</c>; new ids are 6 random characters starting with a letter.</summary>
internal static class BlockIds
{
    public const string BookmarkPrefix = "_va_";

    private const string Letters = "abcdefghijklmnopqrstuvwxyz";
    private const string LettersAndDigits = Letters + "0123456789";

    public static string New()
    {
        Span<char> id = stackalloc char[6];
        id[0] = Letters[RandomNumberGenerator.GetInt32(Letters.Length)];
        RandomNumberGenerator.GetItems(LettersAndDigits.AsSpan(), id[1..]);
        return new string(id);
    }

    public static bool IsValid([NotNullWhen(true)] string? id)
    {
        if (id is null || id.Length is < 4 or > 16) return false;
        foreach (var c in id)
        {
            if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9')) return false;
        }
        return true;
    }

    /// <summary>Marks the first reference to a footnote that is referenced again; later references are NOTEREF fields to it.</summary>
    public const string NoteReferencePrefix = "_va_ref_";

    public static string BookmarkName(string id) => BookmarkPrefix + id;

    public static string NoteReferenceBookmarkName(string footnoteId) => NoteReferencePrefix + footnoteId;

    /// <summary>The footnote id a <c>_va_ref_{id}</c> bookmark names, or null.</summary>
    public static string? FromNoteReferenceBookmarkName(string? name)
    {
        if (name is null || !name.StartsWith(NoteReferencePrefix, StringComparison.OrdinalIgnoreCase)) return null;
        var id = name[NoteReferencePrefix.Length..];
        return IsValid(id) ? id : null;
    }

    /// <summary>The id carried by a bookmark our writer made (<c>_va_{id}</c>), or null for any other bookmark.</summary>
    public static string? FromBookmarkName(string? name)
    {
        if (name is null || !name.StartsWith(BookmarkPrefix, StringComparison.OrdinalIgnoreCase)) return null;
        var id = name[BookmarkPrefix.Length..];
        return IsValid(id) ? id : null;
    }
}

/// <summary>Hands out ids that are unique within one document, reusing a preserved id when it is valid and still free.</summary>
internal sealed class IdAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Claim(string? preserved)
    {
        if (BlockIds.IsValid(preserved) && _used.Add(preserved)) return preserved;
        string id;
        do id = BlockIds.New();
        while (!_used.Add(id));
        return id;
    }
}
