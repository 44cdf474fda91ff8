using VaDrafting.Core.Model;

namespace VaDrafting.Core.Anchoring;

/// <summary>
/// A range of one block's <see cref="AnchorText"/>, described twice as W3C web annotations do: by position
/// (<see cref="Start"/>..<see cref="End"/>, a TextPositionSelector) and by quote (<see cref="Exact"/> with up to
/// <see cref="ContextLength"/> characters of <see cref="Prefix"/> and <see cref="Suffix"/>, a TextQuoteSelector).
/// The quote lets <see cref="AnchorResolver"/> find the passage again in a later version.
/// An empty range (<c>Start == End</c>) is an insertion point.
/// </summary>
public sealed record TextAnchor(string BlockId, int Start, int End, string Exact, string Prefix, string Suffix)
{
    /// <summary>The most characters of context kept on each side of the quote.</summary>
    public const int ContextLength = 32;

    public bool IsInsertionPoint => Start == End;

    /// <summary>
    /// The anchor for <paramref name="start"/>..<paramref name="end"/> of block <paramref name="blockId"/> in
    /// <paramref name="document"/>, with its quote and context taken from the block's text.
    /// </summary>
    /// <exception cref="AnchorException">The block does not exist, the range is outside its text or reversed, or an offset splits a surrogate pair.</exception>
    public static TextAnchor Create(DraftDocument document, string blockId, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(blockId);
        var block = document.Blocks.FirstOrDefault(b => b.Id == blockId)
            ?? throw new AnchorException($"The document has no block '{blockId}'.");
        return FromText(blockId, AnchorText.Of(block), start, end);
    }

    /// <summary>The anchor for a range of <paramref name="text"/>, the anchor text of block <paramref name="blockId"/>.</summary>
    internal static TextAnchor FromText(string blockId, string text, int start, int end)
    {
        if (start < 0 || end > text.Length || start > end)
            throw new AnchorException($"The range {start}..{end} is not inside block '{blockId}', whose text has {text.Length} characters.");
        if (!AnchorText.IsBoundary(text, start) || !AnchorText.IsBoundary(text, end))
            throw new AnchorException($"The range {start}..{end} of block '{blockId}' splits a character (a surrogate pair).");
        var prefixStart = Math.Max(0, start - ContextLength);
        if (!AnchorText.IsBoundary(text, prefixStart)) prefixStart++;
        var suffixEnd = Math.Min(text.Length, end + ContextLength);
        if (!AnchorText.IsBoundary(text, suffixEnd)) suffixEnd--;
        return new TextAnchor(blockId, start, end, text[start..end], text[prefixStart..start], text[end..suffixEnd]);
    }
}
