using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;
using OMath = DocumentFormat.OpenXml.Math;

namespace VaDrafting.Docx.Reading;

/// <summary>
/// Reads the content of one paragraph of one story (the body, or a note) into an <see cref="InlineBuilder"/>:
/// runs with their marks, links, breaks, symbols, note references, field results, and wrappers whose content
/// counts (smart tags, content controls, insertions); deletions are left out, embedded objects noted.
/// </summary>
internal sealed class InlineReader(StyleCatalog styles, ImportLog log, FieldTracker fields, HyperlinkTargets links, NoteCatalog? notes)
{
    private const string NonBreakingHyphen = "\u2011";

    public FieldTracker Fields => fields;

    public void Read(OpenXmlElement paragraph, InlineBuilder into) => ReadChildren(paragraph, into, null);

    private void ReadChildren(OpenXmlElement parent, InlineBuilder into, string? href)
    {
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling())
        {
            ReadElement(child, into, href);
        }
    }

    private void ReadElement(OpenXmlElement element, InlineBuilder into, string? href)
    {
        switch (element)
        {
            case Run run:
                ReadRun(run, into, href);
                break;
            case Hyperlink hyperlink:
                ReadChildren(hyperlink, into, links.Resolve(hyperlink.Id?.Value, hyperlink.Anchor?.Value));
                break;
            case SimpleField field:
                ReadChildren(field, into, HyperlinkTargets.Safe(fields.SimpleField(field.Instruction?.Value)) ?? href);
                break;
            case InsertedRun or MoveToRun:
                log.TrackedChanges = true;
                ReadChildren(element, into, href);
                break;
            case DeletedRun or MoveFromRun:
                log.TrackedChanges = true;
                break;
            case CustomXmlRun or BidirectionalOverride or BidirectionalEmbedding:
                ReadChildren(element, into, href);
                break;
            case OpenXmlUnknownElement unknown:
                ReadChildren(UnknownElements.ContentOf<Paragraph>(unknown), into, href);
                break;
            case SdtRun { SdtContentRun: { } content }:
                ReadChildren(content, into, href);
                break;
            case BookmarkStart bookmark:
                into.Bookmark(bookmark.Name?.Value);
                break;
            case AlternateContent alternate when Choose(alternate) is { } branch:
                ReadChildren(branch, into, href);
                break;
            case OMath.OfficeMath or OMath.Paragraph:
                into.Embed(EmbeddedDescriber.Equation(element));
                break;
        }
    }

    private void ReadRun(Run run, InlineBuilder into, string? href)
    {
        var properties = run.RunProperties;
        var hidden = properties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value);
        var marks = MarksOf(properties);

        for (var child = run.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case RunProperties or DeletedText or DeletedFieldCode:
                    continue;
                case FieldChar fieldChar:
                    Field(fieldChar);
                    if (fields.TakeNoteReference() is { } noteId) into.FootnoteReference(noteId);
                    continue;
                case FieldCode code:
                    fields.Instruction(code.Text);
                    continue;
            }
            if (hidden || !fields.ShowsText) continue;
            ReadRunContent(child, into, marks, href ?? HyperlinkTargets.Safe(fields.Href));
        }
    }

    private void ReadRunContent(OpenXmlElement content, InlineBuilder into, TextMarks marks, string? href)
    {
        // A link's underline is how links look, not emphasis the author added.
        if (href is not null) marks &= ~TextMarks.Underline;
        switch (content)
        {
            case Text text:
                into.Text(text.Text, marks, href);
                break;
            case TabChar or PositionalTab:
                into.Text(" ", marks, href);
                break;
            case Break { Type.Value: var type } when type == BreakValues.Page || type == BreakValues.Column:
                break;
            case Break or CarriageReturn:
                into.LineBreak();
                break;
            case NoBreakHyphen:
                into.Text(NonBreakingHyphen, marks, href);
                break;
            case SymbolChar symbol:
                var symbolText = WordSymbols.ToText(symbol.Font?.Value, symbol.Char?.Value);
                if (symbolText == WordSymbols.Unknown) log.UnknownSymbol();
                into.Text(symbolText, marks, href);
                break;
            case FootnoteReference footnote when notes is not null:
                if (notes.Footnote(footnote.Id?.Value, into.TakeNoteReferenceId()) is { } footnoteId) into.FootnoteReference(footnoteId);
                break;
            case EndnoteReference endnote when notes is not null:
                if (notes.Endnote(endnote.Id?.Value, into.TakeNoteReferenceId()) is { } endnoteId) into.FootnoteReference(endnoteId);
                break;
            case Drawing drawing:
                into.Embed(EmbeddedDescriber.Drawing(drawing));
                break;
            case Picture picture:
                into.Embed(EmbeddedDescriber.VmlPicture(picture));
                break;
            case EmbeddedObject embedded:
                into.Embed(EmbeddedDescriber.EmbeddedObject(embedded));
                break;
            case AlternateContent alternate when Choose(alternate) is { } branch:
                for (var child = branch.FirstChild; child is not null; child = child.NextSibling())
                    ReadRunContent(child, into, marks, href);
                break;
            case Ruby { RubyBase: { } rubyBase }:
                ReadChildren(rubyBase, into, href);
                break;
        }
    }

    /// <summary>Direct formatting wins over the character style; paragraph styles do not make text bold or italic here.</summary>
    private TextMarks MarksOf(RunProperties? properties) =>
        properties is null
            ? TextMarks.None
            : RunToggles.From(properties).Over(styles.Character(properties.RunStyle?.Val?.Value)).ToMarks();

    private void Field(FieldChar fieldChar)
    {
        var type = fieldChar.FieldCharType?.Value;
        if (type == FieldCharValues.Begin) fields.Begin();
        else if (type == FieldCharValues.Separate) fields.Separate();
        else if (type == FieldCharValues.End) fields.End();
    }

    /// <summary>The branch of a markup-compatibility block to read: the first choice (what Word shows), else the fallback.</summary>
    private static OpenXmlElement? Choose(AlternateContent alternate) =>
        (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate.GetFirstChild<AlternateContentFallback>();
}
