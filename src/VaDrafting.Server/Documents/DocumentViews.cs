using VaDrafting.Core.Access;
using VaDrafting.Core.Collaboration;
using VaDrafting.Core.Model;
using VaDrafting.Docx;
using VaDrafting.Storage;

namespace VaDrafting.Server.Documents;

public sealed record VersionView(
    string CommitId, string? ParentId, DateTimeOffset When, string AuthorId, string AuthorName,
    string? Organisation, string Message, IReadOnlyList<string> Tags);

public sealed record DocumentSummaryView(string Id, string Title, string? Symbol, DocumentRole Role, VersionView Head);

public sealed record InlineView(
    string Type,
    string? Text = null,
    bool? Bold = null,
    bool? Italic = null,
    bool? Underline = null,
    string? Href = null,
    string? FootnoteId = null,
    int? Number = null);

public sealed record RowView(string Id, IReadOnlyList<IReadOnlyList<InlineView>> Cells);

public sealed record BlockView(
    string Id,
    string Type,
    int? Level = null,
    string? ListKind = null,
    IReadOnlyList<InlineView>? Content = null,
    RowView? Header = null,
    IReadOnlyList<RowView>? Rows = null,
    string? Kind = null,
    string? Description = null,
    string? Revision = null);

public sealed record FootnoteView(string Id, int Number, IReadOnlyList<InlineView> Content);

public sealed record DocumentView(
    string Id, string Title, string? Symbol, IReadOnlyList<string> Languages, DocumentRole Role,
    VersionView Version, bool IsHead, IReadOnlyList<BlockView> Blocks, IReadOnlyList<FootnoteView> Footnotes, bool FocalPoint);

public sealed record HistoryView(IReadOnlyList<VersionView> Items, int Page, int PageSize, bool HasMore);

public sealed record ImportIssueView(string Kind, string Description, string? BlockId);

public sealed record ImportReportView(int BlockCount, int FootnoteCount, IReadOnlyList<ImportIssueView> Unsupported, IReadOnlyList<string> Warnings);

public sealed record CreatedDocumentView(string Id, VersionView Version, ImportReportView Report);

public sealed record NewVersionView(VersionView Version, ImportReportView Report);

public sealed record CirculateRequest(string? Label, string? Note, string? Version);

/// <summary>Turns the domain model into the JSON shapes of the API.</summary>
public static class DocumentViewMapper
{
    private static readonly IReadOnlyList<string> NoTags = [];

    public static VersionView ToView(VersionInfo version, ILookup<string, string>? tagsByCommit = null) =>
        new(version.CommitId, version.ParentId, version.When, version.AuthorId, version.AuthorName, version.Organisation,
            version.Message, tagsByCommit is null ? NoTags : [.. tagsByCommit[version.CommitId]]);

    public static ImportReportView ToView(ImportReport report) =>
        new(report.BlockCount, report.FootnoteCount,
            [.. report.Unsupported.Select(i => new ImportIssueView(i.Kind, i.Description, i.BlockId))], report.Warnings);

    public static DocumentView ToView(DocumentSnapshot snapshot, ILookup<string, string> tagsByCommit)
    {
        var footnotes = FootnoteOrder.Of(snapshot.Content);
        var footnoteNumbers = footnotes.Numbers;
        return new DocumentView(
            snapshot.Id, snapshot.Meta.Title, snapshot.Meta.Symbol, snapshot.Meta.Languages, snapshot.Role,
            ToView(snapshot.Version, tagsByCommit), snapshot.IsHead,
            [.. snapshot.Content.Blocks.Select(b => ToView(b, footnoteNumbers))],
            [.. footnotes.Notes.Select(f => new FootnoteView(f.Id, footnoteNumbers[f.Id], ToView(f.Content, footnoteNumbers)))],
            snapshot.FocalPoint);
    }

    /// <summary>One block of <paramref name="document"/> as <see cref="DocumentView.Blocks"/> shows it, footnote numbers included.</summary>
    public static BlockView ToView(Block block, DraftDocument document) => ToView(block, FootnoteOrder.Of(document).Numbers);

    /// <summary>A block's kind as the API names it ("paragraph", "listItem", …).</summary>
    public static string KindName(Block block) => block switch
    {
        HeadingBlock => "heading",
        ParagraphBlock => "paragraph",
        ListItemBlock => "listItem",
        QuoteBlock => "quote",
        TableBlock => "table",
        PlaceholderBlock => "placeholder",
        _ => throw new InvalidOperationException($"Unknown block type {block.GetType().Name}."),
    };

    /// <summary>The level of a heading or list item; null for other blocks.</summary>
    public static int? LevelOf(Block block) => block switch
    {
        HeadingBlock heading => heading.Level,
        ListItemBlock item => item.Level,
        _ => null,
    };

    /// <summary>"numbered" or "bulleted" for a list item; null for other blocks.</summary>
    public static string? ListKindOf(Block block) =>
        block is ListItemBlock item ? item.Kind == ListKind.Numbered ? "numbered" : "bulleted" : null;

    /// <summary>The block with its revision (<see cref="BlockRevision"/>), which a structure change names as the one its editor saw.</summary>
    private static BlockView ToView(Block block, IReadOnlyDictionary<string, int> footnotes) =>
        Shape(block, footnotes) with { Revision = BlockRevision.Of(block) };

    private static BlockView Shape(Block block, IReadOnlyDictionary<string, int> footnotes) => block switch
    {
        HeadingBlock h => new BlockView(h.Id, "heading", Level: h.Level, Content: ToView(h.Content, footnotes)),
        ParagraphBlock p => new BlockView(p.Id, "paragraph", Content: ToView(p.Content, footnotes)),
        ListItemBlock l => new BlockView(l.Id, "listItem", Level: l.Level,
            ListKind: l.Kind == ListKind.Numbered ? "numbered" : "bulleted", Content: ToView(l.Content, footnotes)),
        QuoteBlock q => new BlockView(q.Id, "quote", Content: ToView(q.Content, footnotes)),
        TableBlock t => new BlockView(t.Id, "table", Header: ToView(t.Header, footnotes), Rows: [.. t.Rows.Select(r => ToView(r, footnotes))]),
        PlaceholderBlock x => new BlockView(x.Id, "placeholder", Kind: x.Kind, Description: x.Description),
        _ => throw new InvalidOperationException($"Unknown block type {block.GetType().Name}."),
    };

    private static RowView ToView(TableRow row, IReadOnlyDictionary<string, int> footnotes) =>
        new(row.Id, [.. row.Cells.Select(c => ToView(c, footnotes))]);

    private static IReadOnlyList<InlineView> ToView(InlineContent content, IReadOnlyDictionary<string, int> footnotes) =>
        [.. content.Select(inline => inline switch
        {
            TextInline t => new InlineView("text", Text: t.Text,
                Bold: t.Marks.HasFlag(TextMarks.Bold) ? true : null,
                Italic: t.Marks.HasFlag(TextMarks.Italic) ? true : null,
                Underline: t.Marks.HasFlag(TextMarks.Underline) ? true : null,
                Href: t.Href),
            FootnoteRefInline f => new InlineView("footnoteRef", FootnoteId: f.FootnoteId, Number: footnotes.GetValueOrDefault(f.FootnoteId)),
            LineBreakInline => new InlineView("lineBreak"),
            _ => throw new InvalidOperationException($"Unknown inline type {inline.GetType().Name}."),
        })];
}
