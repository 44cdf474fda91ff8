using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using WordFootnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;

namespace VaDrafting.Docx.Writing;

/// <summary>The footnotes part: Word's separator (id -1) and continuation separator (id 0), then one note per footnote.</summary>
internal static class FootnotesWriter
{
    public const int SeparatorId = -1;
    public const int ContinuationSeparatorId = 0;

    public static void Write(MainDocumentPart main, FootnoteOrder footnotes, MarkupIds ids) =>
        Write(main, footnotes.Numbers, ids, footnotes.Notes.Select(note =>
            new NoteToWrite(note.Id, footnotes.Numbers[note.Id], Copy: false, runs => runs.Write(note.Content))));

    /// <summary>A note of the footnotes part: its id, number, whether it is a copy (see <see cref="NoteCopy"/>) and how its content is written.</summary>
    public sealed record NoteToWrite(string Id, int Number, bool Copy, Func<RunWriter, IEnumerable<OpenXmlElement>> Content);

    /// <summary>The footnotes part with one note per entry; a copy carries the <c>_va_mv_{id}</c> bookmark, its original keeping <c>_va_{id}</c>.</summary>
    public static void Write(MainDocumentPart main, IReadOnlyDictionary<string, int> numbers, MarkupIds ids, IEnumerable<NoteToWrite> notes)
    {
        var part = main.AddNewPart<FootnotesPart>();
        var runs = new RunWriter(part, numbers, ids, writesNoteReferences: false);
        var root = new Footnotes();
        WordNamespaces.Declare(root);

        root.AppendChild(Separator(SeparatorId, FootnoteEndnoteValues.Separator, new SeparatorMark(), ids));
        root.AppendChild(Separator(ContinuationSeparatorId, FootnoteEndnoteValues.ContinuationSeparator, new ContinuationSeparatorMark(), ids));
        foreach (var note in notes) root.AppendChild(Note(note, note.Content(runs), ids));
        part.Footnotes = root;
    }

    private static WordFootnote Separator(int id, FootnoteEndnoteValues type, OpenXmlElement mark, MarkupIds ids)
    {
        var paragraph = ids.NewParagraph();
        paragraph.AppendChild(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }));
        paragraph.AppendChild(new Run(mark));
        return new WordFootnote(paragraph) { Type = type, Id = id };
    }

    private static WordFootnote Note(NoteToWrite note, IEnumerable<OpenXmlElement> content, MarkupIds ids)
    {
        var paragraph = ids.NewParagraph();
        paragraph.AppendChild(new ParagraphProperties(new ParagraphStyleId { Val = WordStyleIds.FootnoteText }));
        var bookmark = note.Copy ? ids.MovedBlockBookmark(note.Id) : ids.BlockBookmark(note.Id);
        if (bookmark is { } start) paragraph.AppendChild(start.Start);
        paragraph.AppendChild(new Run(new RunProperties(new RunStyle { Val = WordStyleIds.FootnoteReference }), new FootnoteReferenceMark()));
        paragraph.AppendChild(new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
        foreach (var element in content) paragraph.AppendChild(element);
        if (bookmark is { } end) paragraph.AppendChild(end.End);
        return new WordFootnote(paragraph) { Id = note.Number };
    }
}
