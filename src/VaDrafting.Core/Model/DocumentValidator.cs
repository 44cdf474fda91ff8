using System.Text.RegularExpressions;

namespace VaDrafting.Core.Model;

/// <summary>
/// Checks that a <see cref="DraftDocument"/> can be stored: ids follow <see cref="BlockIds"/> and are unique
/// across blocks, table rows and footnotes; heading levels are 1–6 and list levels 0–8; tables are
/// rectangular; every footnote reference points at a footnote; links are allowed by <see cref="LinkPolicy"/>;
/// text holds no character that <c>document.md</c> cannot carry.
/// </summary>
public static partial class DocumentValidator
{
    public const int MinHeadingLevel = 1;
    public const int MaxHeadingLevel = 6;
    public const int MaxListLevel = 8;
    public const int MaxPlaceholderKindLength = 32;

    private const int MaxProblemsInMessage = 10;

    [GeneratedRegex("^[a-z]+$")]
    private static partial Regex PlaceholderKindPattern();

    /// <summary>True when <paramref name="kind"/> is a lowercase word usable as <see cref="PlaceholderBlock.Kind"/>.</summary>
    public static bool IsValidPlaceholderKind(string? kind) =>
        kind is { Length: > 0 and <= MaxPlaceholderKindLength } && PlaceholderKindPattern().IsMatch(kind);

    /// <summary>Every problem found, each naming the block, row or footnote concerned; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Validate(DraftDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var checker = new Checker(document);
        checker.CheckAll();
        return checker.Problems;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing the problems when the document is not valid.</summary>
    public static void EnsureValid(DraftDocument document)
    {
        var problems = Validate(document);
        if (problems.Count == 0) return;
        var shown = string.Join("; ", problems.Take(MaxProblemsInMessage));
        var more = problems.Count > MaxProblemsInMessage ? $" (and {problems.Count - MaxProblemsInMessage} more)" : "";
        throw new ArgumentException($"The document is not valid: {shown}{more}.", nameof(document));
    }

    private sealed class Checker(DraftDocument document)
    {
        private readonly Dictionary<string, string> _idOwners = new(StringComparer.Ordinal);
        private readonly HashSet<string> _footnoteIds = [];

        public List<string> Problems { get; } = [];

        public void CheckAll()
        {
            // Documents can arrive deserialised from JSON, where non-nullable members may still be null.
            IReadOnlyList<Block>? blocks = document.Blocks;
            IReadOnlyList<Footnote>? footnotes = document.Footnotes;
            if (blocks is null || footnotes is null)
            {
                Problems.Add("the document's blocks or footnotes are null");
                return;
            }
            foreach (var footnote in footnotes)
            {
                if (footnote is not null) _footnoteIds.Add(footnote.Id);
            }
            for (var i = 0; i < blocks.Count; i++) CheckBlock(blocks[i], i);
            for (var i = 0; i < footnotes.Count; i++) CheckFootnote(footnotes[i], i);
        }

        private void CheckBlock(Block? block, int index)
        {
            if (block is null)
            {
                Problems.Add($"Block {index + 1} is null");
                return;
            }
            var where = $"Block {index + 1} ({KindName(block)} '{block.Id}')";
            ClaimId(block.Id, where);
            switch (block)
            {
                case HeadingBlock heading:
                    if (heading.Level is < MinHeadingLevel or > MaxHeadingLevel)
                        Problems.Add($"{where}: heading level {heading.Level} is outside {MinHeadingLevel}–{MaxHeadingLevel}");
                    CheckInline(heading.Content, where, inFootnote: false);
                    break;
                case ParagraphBlock paragraph:
                    CheckInline(paragraph.Content, where, inFootnote: false);
                    break;
                case ListItemBlock item:
                    if (item.Level is < 0 or > MaxListLevel)
                        Problems.Add($"{where}: list level {item.Level} is outside 0–{MaxListLevel}");
                    if (!Enum.IsDefined(item.Kind))
                        Problems.Add($"{where}: list kind {(int)item.Kind} is not a ListKind");
                    CheckInline(item.Content, where, inFootnote: false);
                    break;
                case QuoteBlock quote:
                    CheckInline(quote.Content, where, inFootnote: false);
                    break;
                case TableBlock table:
                    CheckTable(table, where);
                    break;
                case PlaceholderBlock placeholder:
                    if (!IsValidPlaceholderKind(placeholder.Kind))
                        Problems.Add($"{where}: placeholder kind '{placeholder.Kind}' is not a lowercase word of at most {MaxPlaceholderKindLength} letters");
                    if (placeholder.Description is null)
                        Problems.Add($"{where}: placeholder description is null");
                    else if (TextRules.FindProblem(placeholder.Description) is { } problem)
                        Problems.Add($"{where}: placeholder description {problem}");
                    break;
                default:
                    Problems.Add($"{where}: block type {block.GetType().Name} is not supported");
                    break;
            }
        }

        private void CheckTable(TableBlock table, string where)
        {
            if (table.Header is null || table.Rows is null)
            {
                Problems.Add($"{where}: header or rows are null");
                return;
            }
            if (table.Header.Id != table.Id)
                Problems.Add($"{where}: the header row id '{table.Header.Id}' differs from the table id");
            var columns = table.Header.Cells?.Count ?? 0;
            if (columns == 0) Problems.Add($"{where}: the header row has no cells");
            CheckCells(table.Header, columns, $"{where}, header row");
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                if (row is null)
                {
                    Problems.Add($"{where}: row {r + 1} is null");
                    continue;
                }
                var rowWhere = $"{where}, row {r + 1} ('{row.Id}')";
                ClaimId(row.Id, rowWhere);
                CheckCells(row, columns, rowWhere);
            }
        }

        private void CheckCells(TableRow row, int columns, string where)
        {
            if (row.Cells is null)
            {
                Problems.Add($"{where}: cells are null");
                return;
            }
            if (row.Cells.Count != columns)
                Problems.Add($"{where}: has {row.Cells.Count} cells but the header has {columns}");
            for (var c = 0; c < row.Cells.Count; c++) CheckInline(row.Cells[c], $"{where}, cell {c + 1}", inFootnote: false);
        }

        private void CheckFootnote(Footnote? footnote, int index)
        {
            if (footnote is null)
            {
                Problems.Add($"Footnote {index + 1} is null");
                return;
            }
            var where = $"Footnote {index + 1} ('{footnote.Id}')";
            ClaimId(footnote.Id, where);
            CheckInline(footnote.Content, where, inFootnote: true);
        }

        private void ClaimId(string? id, string where)
        {
            if (!BlockIds.IsValid(id))
            {
                Problems.Add($"{where}: id '{id}' must be {BlockIds.MinLength}–{BlockIds.MaxLength} characters of a–z and 0–9");
                return;
            }
            if (!_idOwners.TryAdd(id, where))
                Problems.Add($"{where}: id '{id}' is already used by {_idOwners[id]}");
        }

        private void CheckInline(InlineContent? content, string where, bool inFootnote)
        {
            if (content is null)
            {
                Problems.Add($"{where}: content is null");
                return;
            }
            foreach (var problem in InlineProblems(content, inFootnote ? FootnoteReferences.NotAllowed : FootnoteReferences.MustExist, _footnoteIds))
                Problems.Add($"{where}: {problem}");
        }

        private static string KindName(Block block) => block switch
        {
            HeadingBlock => "heading",
            ParagraphBlock => "paragraph",
            ListItemBlock => "list item",
            QuoteBlock => "quote",
            TableBlock => "table",
            PlaceholderBlock => "placeholder",
            _ => block.GetType().Name,
        };
    }

    internal enum FootnoteReferences
    {
        /// <summary>Any well-formed footnote id is accepted (inline text outside a document).</summary>
        AnyId,
        MustExist,
        NotAllowed,
    }

    /// <summary>Problems of one inline content; shared with the inline Markdown writer.</summary>
    internal static IEnumerable<string> InlineProblems(InlineContent content, FootnoteReferences references, IReadOnlySet<string> footnoteIds)
    {
        const TextMarks knownMarks = TextMarks.Bold | TextMarks.Italic | TextMarks.Underline;
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextInline text:
                    if (text.Text is null)
                    {
                        yield return "a text run is null";
                        break;
                    }
                    if (TextRules.FindProblem(text.Text) is { } problem) yield return $"text '{Shorten(text.Text)}' {problem}";
                    if ((text.Marks & ~knownMarks) != 0) yield return $"text '{Shorten(text.Text)}' has unknown marks {(int)text.Marks}";
                    if (text.Href is not null && !LinkPolicy.IsAllowed(text.Href))
                        yield return $"link target '{Shorten(text.Href)}' is not allowed (only http, https and mailto links without control characters)";
                    break;
                case FootnoteRefInline reference:
                    if (references == FootnoteReferences.NotAllowed)
                        yield return $"a footnote cannot reference footnote '{reference.FootnoteId}'";
                    else if (!BlockIds.IsValid(reference.FootnoteId))
                        yield return $"footnote reference '{reference.FootnoteId}' is not a valid id";
                    else if (references == FootnoteReferences.MustExist && !footnoteIds.Contains(reference.FootnoteId))
                        yield return $"footnote '{reference.FootnoteId}' is referenced but does not exist";
                    break;
                case LineBreakInline:
                    break;
                default:
                    yield return $"inline type {inline?.GetType().Name ?? "null"} is not supported";
                    break;
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
