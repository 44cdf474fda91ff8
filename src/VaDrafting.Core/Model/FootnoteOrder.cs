namespace VaDrafting.Core.Model;

/// <summary>
/// The footnotes an export carries — those referenced from the blocks, numbered 1, 2, … in order of first
/// reference, as Word numbers them. A reference to a footnote the document lacks is an error.
/// </summary>
public sealed class FootnoteOrder
{
    private FootnoteOrder(IReadOnlyList<Footnote> notes, IReadOnlyDictionary<string, int> numbers)
    {
        Notes = notes;
        Numbers = numbers;
    }

    public IReadOnlyList<Footnote> Notes { get; }

    public IReadOnlyDictionary<string, int> Numbers { get; }

    public static FootnoteOrder Of(DraftDocument document)
    {
        var byId = new Dictionary<string, Footnote>(StringComparer.Ordinal);
        foreach (var footnote in document.Footnotes) byId.TryAdd(footnote.Id, footnote);

        var notes = new List<Footnote>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var content in document.Blocks.SelectMany(b => b.InlineContents()))
        {
            foreach (var inline in content)
            {
                if (inline is not FootnoteRefInline reference || numbers.ContainsKey(reference.FootnoteId)) continue;
                if (!byId.TryGetValue(reference.FootnoteId, out var footnote))
                    throw new ArgumentException($"A footnote reference points to footnote '{reference.FootnoteId}', which the document does not contain.", nameof(document));
                notes.Add(footnote);
                numbers[reference.FootnoteId] = notes.Count;
            }
        }
        return new FootnoteOrder(notes, numbers);
    }
}
