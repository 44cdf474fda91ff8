using VaDrafting.Core.Model;

namespace VaDrafting.Core.Collaboration;

/// <summary>Cuts inline content in two at an offset of its <see cref="InlineContent.PlainText"/>.</summary>
internal static class InlineSplit
{
    /// <summary>
    /// The content before and after <paramref name="offset"/>. A text run across the cut is split, both parts keeping
    /// its marks and link; a footnote reference right at the cut belongs to the word before it and stays in the first part.
    /// </summary>
    public static (InlineContent First, InlineContent Second) At(InlineContent content, int offset)
    {
        var first = new List<Inline>();
        var second = new List<Inline>();
        var position = 0;
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextInline text when position < offset && position + text.Text.Length > offset:
                    var cut = offset - position;
                    first.Add(text with { Text = text.Text[..cut] });
                    second.Add(text with { Text = text.Text[cut..] });
                    break;
                case FootnoteRefInline:
                    (position <= offset ? first : second).Add(inline);
                    break;
                default:
                    (position < offset ? first : second).Add(inline);
                    break;
            }
            position += inline switch
            {
                TextInline text => text.Text.Length,
                LineBreakInline => 1,
                _ => 0,
            };
        }
        return (InlineContent.Of(first), InlineContent.Of(second));
    }
}
