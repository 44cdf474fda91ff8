using CsCheck;
using VaDrafting.Core.Model;
using VaDrafting.Core.Tests.Markdown;

namespace VaDrafting.Core.Tests.Redlines;

/// <summary>
/// Random edits of a document as people make them between two versions: moving, inserting, deleting and splitting
/// blocks (a split deletes an id and inserts two new ones), editing words, changing marks and links, changing a
/// block's kind, editing table rows and footnotes. <see cref="Apply"/> picks targets from the numbers of an edit.
/// </summary>
internal static class DocumentEdits
{
    internal enum Kind
    {
        Move,
        Insert,
        Delete,
        Split,
        InsertWords,
        DeleteWords,
        ReplaceContent,
        ChangeMarks,
        ChangeLink,
        ChangeKind,
        EditRows,
        EditFootnote,
    }

    internal sealed record Edit(Kind Kind, int A, int B, int C, InlineContent Content, string Words, TextMarks Marks, string? Href)
    {
        public override string ToString() => $"{Kind}({A},{B},{C},'{Words}',{Marks},{Href})";
    }

    private static readonly Gen<Edit> OneEdit =
        Gen.Select(Gen.Enum<Kind>(), Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 1000], DocumentGenerators.Content(DocumentGenerators.MaxFootnotes),
            DocumentGenerators.Text, Gen.Int[0, 7],
            Gen.OneOf<string?>([null, "https://example.org/new"]),
            (kind, a, b, c, content, words, marks, href) => new Edit(kind, a, b, c, content, words, (TextMarks)marks, href));

    public static readonly Gen<Edit[]> Edits = OneEdit.Array[0, 8];

    /// <summary>Two versions: a random document and the same document after random edits.</summary>
    public static readonly Gen<(DraftDocument From, DraftDocument To)> Pair =
        Gen.Select(DocumentGenerators.Document, Edits, (document, edits) => (document, Apply(document, edits, "n")));

    public static DraftDocument Apply(DraftDocument document, IEnumerable<Edit> edits, string idPrefix)
    {
        var blocks = document.Blocks.ToList();
        var footnotes = document.Footnotes.ToList();
        var fresh = 0;
        string NewId() => $"{idPrefix}{++fresh:D3}";
        foreach (var edit in edits) ApplyOne(blocks, footnotes, edit, NewId);
        return new DraftDocument(blocks, footnotes);
    }

    private static void ApplyOne(List<Block> blocks, List<Footnote> footnotes, Edit edit, Func<string> newId)
    {
        if (edit.Kind == Kind.Insert)
        {
            blocks.Insert(edit.A % (blocks.Count + 1), new ParagraphBlock(newId(), edit.Content));
            return;
        }
        if (edit.Kind == Kind.EditFootnote)
        {
            if (footnotes.Count > 0) footnotes[edit.A % footnotes.Count] = footnotes[edit.A % footnotes.Count] with { Content = edit.Content };
            return;
        }
        if (blocks.Count == 0) return;
        var i = edit.A % blocks.Count;
        var block = blocks[i];
        switch (edit.Kind)
        {
            case Kind.Move:
                blocks.RemoveAt(i);
                blocks.Insert(edit.B % (blocks.Count + 1), block);
                break;
            case Kind.Delete:
                blocks.RemoveAt(i);
                break;
            case Kind.Split:
                var splitId = newId();
                blocks[i] = block is TableBlock split ? new TableBlock(splitId, split.Header with { Id = splitId }, split.Rows) : block with { Id = splitId };
                blocks.Insert(i + 1, new ParagraphBlock(newId(), edit.Content));
                break;
            case Kind.ChangeKind:
                blocks[i] = TextOf(block) is { } content
                    ? (edit.B % 4) switch
                    {
                        0 => new HeadingBlock(block.Id, 1 + edit.C % 6, content),
                        1 => new ParagraphBlock(block.Id, content),
                        2 => new ListItemBlock(block.Id, (ListKind)(edit.C % 2), edit.C % 3, content),
                        _ => new QuoteBlock(block.Id, content),
                    }
                    : block;
                break;
            case Kind.EditRows when block is TableBlock table:
                blocks[i] = EditRows(table, edit, newId);
                break;
            default:
                blocks[i] = WithText(block, content => EditText(content, edit), edit.C);
                break;
        }
    }

    private static TableBlock EditRows(TableBlock table, Edit edit, Func<string> newId)
    {
        var rows = table.Rows.ToList();
        var columns = table.Header.Cells.Count;
        switch (edit.B % 4)
        {
            case 0 when rows.Count > 1:
                var moved = rows[edit.C % rows.Count];
                rows.Remove(moved);
                rows.Insert(edit.A % (rows.Count + 1), moved);
                break;
            case 1 when rows.Count > 0:
                rows.RemoveAt(edit.C % rows.Count);
                break;
            case 2:
                rows.Insert(edit.C % (rows.Count + 1), new TableRow(newId(), Enumerable.Repeat(edit.Content, columns).ToList()));
                break;
            default:
                return WithText(table, content => EditText(content, edit), edit.C) as TableBlock ?? table;
        }
        return table with { Rows = rows };
    }

    /// <summary>The block with one of its pieces of text (picked by <paramref name="which"/>) edited.</summary>
    private static Block WithText(Block block, Func<InlineContent, InlineContent> edit, int which) => block switch
    {
        HeadingBlock h => h with { Content = edit(h.Content) },
        ParagraphBlock p => p with { Content = edit(p.Content) },
        ListItemBlock l => l with { Content = edit(l.Content) },
        QuoteBlock q => q with { Content = edit(q.Content) },
        TableBlock t => EditCell(t, edit, which),
        PlaceholderBlock placeholder => placeholder with { Description = edit(InlineContent.FromText(placeholder.Description)).PlainText.Replace("\n", "") },
        _ => block,
    };

    private static TableBlock EditCell(TableBlock table, Func<InlineContent, InlineContent> edit, int which)
    {
        var rows = new[] { table.Header }.Concat(table.Rows).ToList();
        var r = which % rows.Count;
        var cells = rows[r].Cells.ToList();
        var c = (which / 7) % cells.Count;
        cells[c] = edit(cells[c]);
        rows[r] = rows[r] with { Cells = cells };
        return new TableBlock(table.Id, rows[0], rows.Skip(1).ToList());
    }

    private static InlineContent EditText(InlineContent content, Edit edit)
    {
        var inlines = content.ToList();
        var textIndexes = Enumerable.Range(0, inlines.Count).Where(k => inlines[k] is TextInline).ToList();
        if (edit.Kind == Kind.ReplaceContent || textIndexes.Count == 0) return edit.Kind == Kind.DeleteWords ? InlineContent.Empty : edit.Content;
        var k = textIndexes[edit.B % textIndexes.Count];
        var run = (TextInline)inlines[k];
        var at = edit.C % (run.Text.Length + 1);
        if (at > 0 && at < run.Text.Length && char.IsLowSurrogate(run.Text[at])) at--;
        switch (edit.Kind)
        {
            case Kind.InsertWords:
                inlines[k] = run with { Text = run.Text[..at] + edit.Words + run.Text[at..] };
                break;
            case Kind.DeleteWords:
                var end = Math.Min(run.Text.Length, at + 1 + edit.A % 12);
                if (end < run.Text.Length && char.IsLowSurrogate(run.Text[end])) end++;
                inlines[k] = run with { Text = run.Text[..at] + run.Text[end..] };
                break;
            case Kind.ChangeMarks:
                inlines[k] = run with { Marks = edit.Marks };
                break;
            default:
                inlines[k] = run with { Href = edit.Href };
                break;
        }
        return InlineContent.Of(inlines);
    }

    private static InlineContent? TextOf(Block block) => block switch
    {
        HeadingBlock h => h.Content,
        ParagraphBlock p => p.Content,
        ListItemBlock l => l.Content,
        QuoteBlock q => q.Content,
        _ => null,
    };
}
