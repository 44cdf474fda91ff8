using VaDrafting.Core.Model;
using VaDrafting.Core.Redlines;

namespace VaDrafting.Docx.Writing;

/// <summary>
/// The footnotes of a redline: every note of either version that a block of the redline refers to, numbered in order
/// of first reference in the redline's reading order (deleted references included), as Word numbers them.
/// </summary>
internal sealed class RedlineNotes
{
    private RedlineNotes(IReadOnlyList<RedlineFootnote> footnotes, IReadOnlyDictionary<string, int> numbers)
    {
        Footnotes = footnotes;
        Numbers = numbers;
    }

    public IReadOnlyList<RedlineFootnote> Footnotes { get; }

    public IReadOnlyDictionary<string, int> Numbers { get; }

    public static RedlineNotes Of(Redline redline)
    {
        var byId = new Dictionary<string, RedlineFootnote>(StringComparer.Ordinal);
        foreach (var footnote in redline.Footnotes.Where(f => f.Change != BlockChange.MovedAway)) byId.TryAdd(footnote.FootnoteId, footnote);

        var footnotes = new List<RedlineFootnote>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in redline.Blocks.SelectMany(ReferencesOf))
        {
            if (numbers.ContainsKey(id)) continue;
            if (!byId.TryGetValue(id, out var footnote))
                throw new ArgumentException($"A footnote reference points to footnote '{id}', which the redline does not contain.", nameof(redline));
            footnotes.Add(footnote);
            numbers[id] = footnotes.Count;
        }
        return new RedlineNotes(footnotes, numbers);
    }

    /// <summary>The notes in number order, then the copies the body's references asked for, each copy holding one version's text.</summary>
    public IEnumerable<FootnotesWriter.NoteToWrite> ToWrite(RevisionMarks marks, IReadOnlyList<NoteCopy> copies)
    {
        var byId = Footnotes.ToDictionary(f => f.FootnoteId, StringComparer.Ordinal);
        foreach (var footnote in Footnotes)
            yield return new(footnote.FootnoteId, Numbers[footnote.FootnoteId], Copy: false, runs => new TrackedRunWriter(runs, marks).Write(Pieces(footnote)));
        foreach (var copy in copies)
        {
            var text = TrackedPiece.Side(byId[copy.FootnoteId].Segments, copy.NewSide);
            yield return new(copy.FootnoteId, copy.Number, Copy: true, runs => runs.Write(text));
        }
    }

    /// <summary>A note's text with its changes: an inserted or deleted note is tracked as a whole.</summary>
    public static IEnumerable<TrackedPiece> Pieces(RedlineFootnote footnote) => footnote.Change switch
    {
        BlockChange.Inserted => TrackedPiece.FromContent(TrackedPiece.Side(footnote.Segments, newSide: true), Tracking.Inserted, footnote.Segments.Select(s => s.By).FirstOrDefault(b => b is not null)),
        BlockChange.Deleted => TrackedPiece.FromContent(TrackedPiece.Side(footnote.Segments, newSide: false), Tracking.Deleted, footnote.Segments.Select(s => s.By).FirstOrDefault(b => b is not null)),
        _ => TrackedPiece.FromSegments(footnote.Segments, movedHere: false, null),
    };

    private static IEnumerable<string> ReferencesOf(RedlineBlock block)
    {
        var contents = new List<InlineContent>();
        if (block.Old is { } old) contents.AddRange(old.InlineContents());
        if (block.New is { } @new) contents.AddRange(@new.InlineContents());
        var fromSegments = block.Segments.Concat(block.Rows?.SelectMany(r => r.Cells.SelectMany(c => c)) ?? [])
            .Select(s => s.FootnoteId).OfType<string>();
        // Segments give the reading order; the block versions add references of moved-away places and whole tables.
        return fromSegments.Concat(contents.SelectMany(c => c.OfType<FootnoteRefInline>().Select(r => r.FootnoteId)));
    }
}
