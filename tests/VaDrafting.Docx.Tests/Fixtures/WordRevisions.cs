using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace VaDrafting.Docx.Tests.Fixtures;

/// <summary>
/// A small "Accept All" / "Reject All" on a .docx, the way Word applies tracked changes, to check what a redline export
/// becomes in the reader's hands: accepting drops deletions and moved-away text and keeps insertions and moved-here text,
/// rejecting does the reverse and restores the old run and paragraph properties; a removed paragraph mark joins the
/// paragraph to the next one; a removed row goes with its cells.
/// </summary>
internal static class WordRevisions
{
    public static byte[] AcceptAll(byte[] docx) => Apply(docx, accept: true);

    public static byte[] RejectAll(byte[] docx) => Apply(docx, accept: false);

    private static byte[] Apply(byte[] docx, bool accept)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        stream.Position = 0;
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            var main = word.MainDocumentPart!;
            Apply(main.Document!, accept);
            if (main.FootnotesPart?.Footnotes is { } footnotes) Apply(footnotes, accept);
        }
        return stream.ToArray();
    }

    private static void Apply(OpenXmlPartRootElement root, bool accept)
    {
        foreach (var row in root.Descendants<TableRow>().ToList())
        {
            var properties = row.TableRowProperties;
            DocumentFormat.OpenXml.OpenXmlElement? removed = accept ? properties?.GetFirstChild<Deleted>() : properties?.GetFirstChild<Inserted>();
            if (removed is not null)
            {
                row.Remove();
                continue;
            }
            properties?.GetFirstChild<Inserted>()?.Remove();
            properties?.GetFirstChild<Deleted>()?.Remove();
        }

        foreach (var element in root.Descendants().Where(e => accept ? e is DeletedRun or MoveFromRun : e is InsertedRun or MoveToRun).ToList())
            element.Remove();
        foreach (var element in root.Descendants().Where(e => accept ? e is InsertedRun or MoveToRun : e is DeletedRun or MoveFromRun).ToList())
            Unwrap(element);
        if (!accept)
        {
            foreach (var text in root.Descendants<DeletedText>().ToList())
                text.Parent!.ReplaceChild(new Text(text.Text) { Space = SpaceProcessingModeValues.Preserve }, text);
            foreach (var code in root.Descendants<DeletedFieldCode>().ToList())
                code.Parent!.ReplaceChild(new FieldCode(code.Text) { Space = SpaceProcessingModeValues.Preserve }, code);
        }
        foreach (var marker in root.Descendants().Where(e => e is MoveFromRangeStart or MoveFromRangeEnd or MoveToRangeStart or MoveToRangeEnd).ToList())
            marker.Remove();

        foreach (var change in root.Descendants<RunPropertiesChange>().ToList())
        {
            var properties = (RunProperties)change.Parent!;
            change.Remove();
            if (accept) continue;
            properties.RemoveAllChildren();
            foreach (var child in change.PreviousRunProperties?.ChildElements.ToList() ?? []) properties.AppendChild(child.CloneNode(true));
        }
        foreach (var change in root.Descendants<ParagraphPropertiesChange>().ToList())
        {
            var properties = (ParagraphProperties)change.Parent!;
            change.Remove();
            if (accept) continue;
            properties.ParagraphStyleId?.Remove();
            properties.NumberingProperties?.Remove();
            var former = change.ParagraphPropertiesExtended;
            if (former?.NumberingProperties is { } numbering) properties.PrependChild(numbering.CloneNode(true));
            if (former?.ParagraphStyleId is { } style) properties.PrependChild(style.CloneNode(true));
        }

        foreach (var paragraph in root.Descendants<Paragraph>().ToList())
        {
            var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
            if (mark is null) continue;
            var removed = accept
                ? mark.GetFirstChild<Deleted>() is not null || mark.GetFirstChild<MoveFrom>() is not null
                : mark.GetFirstChild<Inserted>() is not null || mark.GetFirstChild<MoveTo>() is not null;
            foreach (var revision in mark.ChildElements.Where(e => e is Inserted or Deleted or MoveFrom or MoveTo).ToList()) revision.Remove();
            if (!mark.HasChildren) mark.Remove();
            if (removed) JoinWithNext(paragraph);
        }
    }

    private static void Unwrap(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements.ToList())
        {
            child.Remove();
            element.InsertBeforeSelf(child);
        }
        element.Remove();
    }

    private static void JoinWithNext(Paragraph paragraph)
    {
        var content = paragraph.ChildElements.Where(e => e is not ParagraphProperties).ToList();
        if (paragraph.NextSibling() is Paragraph next)
        {
            var anchor = next.ParagraphProperties as OpenXmlElement;
            foreach (var element in content)
            {
                element.Remove();
                if (anchor is null) next.PrependChild(element);
                else anchor.InsertAfterSelf(element);
                anchor = element;
            }
            paragraph.Remove();
            return;
        }
        if (!paragraph.Descendants<Text>().Any()) paragraph.Remove();
    }
}
