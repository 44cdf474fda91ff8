using System.Collections;
using System.Text;

namespace VaDrafting.Core.Model;

/// <summary>
/// The inline content of a block: an immutable sequence of <see cref="Inline"/> with value equality,
/// normalised so that adjacent text runs with the same marks and link are merged and empty runs dropped.
/// </summary>
public sealed class InlineContent : IReadOnlyList<Inline>, IEquatable<InlineContent>
{
    private readonly Inline[] _items;

    public static InlineContent Empty { get; } = new([]);

    private InlineContent(Inline[] items) => _items = items;

    public static InlineContent Of(IEnumerable<Inline> items) => new(Normalise(items));

    public static InlineContent Of(params Inline[] items) => Of((IEnumerable<Inline>)items);

    public static InlineContent FromText(string text) =>
        text.Length == 0 ? Empty : new([new TextInline(text)]);

    public int Count => _items.Length;

    public Inline this[int index] => _items[index];

    /// <summary>The visible text: text runs as they are, line breaks as '\n', footnote references omitted.</summary>
    public string PlainText
    {
        get
        {
            var sb = new StringBuilder();
            foreach (var item in _items)
            {
                switch (item)
                {
                    case TextInline t: sb.Append(t.Text); break;
                    case LineBreakInline: sb.Append('\n'); break;
                }
            }
            return sb.ToString();
        }
    }

    public IEnumerator<Inline> GetEnumerator() => ((IEnumerable<Inline>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(InlineContent? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items);

    public override bool Equals(object? obj) => Equals(obj as InlineContent);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    public override string ToString() => PlainText;

    private static Inline[] Normalise(IEnumerable<Inline> items)
    {
        var result = new List<Inline>();
        foreach (var item in items)
        {
            if (item is TextInline { Text.Length: 0 }) continue;
            if (item is TextInline text && result.Count > 0 && result[^1] is TextInline previous
                && previous.Marks == text.Marks && previous.Href == text.Href)
            {
                result[^1] = previous with { Text = previous.Text + text.Text };
                continue;
            }
            result.Add(item);
        }
        return [.. result];
    }
}
