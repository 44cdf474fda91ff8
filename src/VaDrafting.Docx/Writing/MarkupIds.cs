using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;

namespace VaDrafting.Docx.Writing;

/// <summary>Numbers that must be unique across the whole package: bookmark ids, bookmark names and <c>w14:paraId</c>s.</summary>
internal sealed class MarkupIds
{
    // paraIds are 8 hex digits below 0x80000000; a fixed base keeps exports deterministic.
    private const int ParagraphIdBase = 0x10000000;
    private static readonly HexBinaryValue TextId = new("77777777");

    private readonly HashSet<string> _bookmarkNames = new(StringComparer.OrdinalIgnoreCase);
    private int _bookmarks;
    private int _paragraphs;

    public Paragraph NewParagraph()
    {
        var id = (ParagraphIdBase + ++_paragraphs).ToString("X8", CultureInfo.InvariantCulture);
        return new Paragraph { ParagraphId = new HexBinaryValue(id), TextId = (HexBinaryValue)TextId.Clone() };
    }

    /// <summary>The hidden <c>_va_{id}</c> bookmark pair for a block, row or note; null when the id cannot be carried (invalid or already used).</summary>
    public (BookmarkStart Start, BookmarkEnd End)? BlockBookmark(string id) =>
        BlockIds.IsValid(id) ? Bookmark(IdBookmarks.BookmarkName(id)) : null;

    /// <summary>The hidden <c>_va_mv_{id}</c> bookmark pair for the destination of a moved block or row.</summary>
    public (BookmarkStart Start, BookmarkEnd End)? MovedBlockBookmark(string id) =>
        BlockIds.IsValid(id) ? Bookmark(IdBookmarks.MovedBookmarkName(id)) : null;

    /// <summary>A bookmark pair with a name not used before in the package; null when the name is taken.</summary>
    public (BookmarkStart Start, BookmarkEnd End)? Bookmark(string name)
    {
        if (!_bookmarkNames.Add(name)) return null;
        var number = (++_bookmarks).ToString(CultureInfo.InvariantCulture);
        return (new BookmarkStart { Id = number, Name = name }, new BookmarkEnd { Id = number });
    }
}
