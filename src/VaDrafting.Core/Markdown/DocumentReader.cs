using System.Text.RegularExpressions;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Markdown;

/// <summary>
/// Reads <c>document.md</c>. Each non-blank line is a block, a table delimiter line or a footnote; the kind
/// of a block line is recognised by its prefix and only its inline part goes to Markdig.
/// </summary>
internal sealed partial class DocumentReader
{
    [GeneratedRegex(@"^\[\^([^\]]*)\]:(.*)$")]
    private static partial Regex FootnoteLine();

    [GeneratedRegex(@"^\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$")]
    private static partial Regex DelimiterLine();

    [GeneratedRegex(@"^(#{1,6})(?: (.*))?$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^( *)-(?: (.*))?$")]
    private static partial Regex BulletItem();

    [GeneratedRegex(@"^( *)[0-9]{1,9}[.)](?: (.*))?$")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^!!! ([^:]*):(?: (.*))?$")]
    private static partial Regex Placeholder();

    private readonly string[] _lines;
    private readonly InlineReader _inline = new();
    private readonly List<Block> _blocks = [];
    private readonly List<Footnote> _footnotes = [];
    private readonly Dictionary<string, int> _idLines = new(StringComparer.Ordinal);
    private readonly List<(string FootnoteId, int LineNumber)> _references = [];
    private TableInProgress? _table;

    public DocumentReader(string text)
    {
        if (text.StartsWith('\uFEFF')) text = text[1..];
        _lines = text.Split('\n');
    }

    public DraftDocument Read()
    {
        for (var index = 0; index < _lines.Length; index++)
        {
            var line = LineAt(index);
            var lineNumber = index + 1;
            if (TextRules.FindProblem(line) is { } problem) throw new DocumentFormatException(lineNumber, $"the line {problem}");
            if (string.IsNullOrWhiteSpace(line)) continue;

            if (line.StartsWith("[^", StringComparison.Ordinal) && FootnoteLine().Match(line) is { Success: true } footnote)
                ReadFootnote(footnote, lineNumber);
            else if (_footnotes.Count > 0)
                throw new DocumentFormatException(lineNumber, "blocks must come before the footnotes, but this line follows a footnote");
            else if (DelimiterLine().IsMatch(line))
                ReadDelimiterLine(line, lineNumber);
            else
                ReadBlockLine(line, index);
        }
        CloseTable();

        var footnoteIds = _footnotes.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (footnoteId, lineNumber) in _references)
        {
            if (!footnoteIds.Contains(footnoteId))
                throw new DocumentFormatException(lineNumber, $"footnote '{footnoteId}' is referenced but no '[^{footnoteId}]:' line defines it");
        }
        return new DraftDocument(_blocks, _footnotes);
    }

    private string LineAt(int index)
    {
        var line = _lines[index];
        return line.EndsWith('\r') ? line[..^1] : line;
    }

    private void ReadBlockLine(string line, int index)
    {
        var lineNumber = index + 1;
        var (id, rest) = SplitId(line, lineNumber);
        ClaimId(id, lineNumber);
        if (rest.StartsWith('|'))
        {
            ReadTableRow(rest, id, index);
            return;
        }
        CloseTable();
        _blocks.Add(ReadBlock(rest, id, lineNumber));
    }

    private Block ReadBlock(string rest, string id, int lineNumber)
    {
        if (rest.StartsWith('#') && Heading().Match(rest) is { Success: true } heading)
            return new HeadingBlock(id, heading.Groups[1].Length, ReadInline(heading.Groups[2].Value, lineNumber));
        if (BulletItem().Match(rest) is { Success: true } bullet)
            return ReadListItem(ListKind.Bulleted, bullet, 2, id, lineNumber);
        if (NumberedItem().Match(rest) is { Success: true } numbered)
            return ReadListItem(ListKind.Numbered, numbered, 3, id, lineNumber);
        if (rest.StartsWith(' '))
            throw new DocumentFormatException(lineNumber, "only list items may be indented; a paragraph that starts with a space writes it as &#32;");
        if (rest.StartsWith('>'))
        {
            var content = rest[1..];
            return new QuoteBlock(id, ReadInline(content.StartsWith(' ') ? content[1..] : content, lineNumber));
        }
        if (rest.StartsWith("!!! ", StringComparison.Ordinal)) return ReadPlaceholder(rest, id, lineNumber);
        return new ParagraphBlock(id, ReadInline(rest, lineNumber));
    }

    private ListItemBlock ReadListItem(ListKind kind, Match match, int indentPerLevel, string id, int lineNumber)
    {
        var spaces = match.Groups[1].Length;
        var marker = kind == ListKind.Bulleted ? "'- '" : "'1. '";
        if (spaces % indentPerLevel != 0)
            throw new DocumentFormatException(lineNumber, $"a list item marked {marker} is indented by {spaces} spaces; use a multiple of {indentPerLevel}");
        var level = spaces / indentPerLevel;
        if (level > DocumentValidator.MaxListLevel)
            throw new DocumentFormatException(lineNumber, $"list level {level} is deeper than the maximum {DocumentValidator.MaxListLevel}");
        return new ListItemBlock(id, kind, level, ReadInline(match.Groups[2].Value, lineNumber));
    }

    private static PlaceholderBlock ReadPlaceholder(string rest, string id, int lineNumber)
    {
        var match = Placeholder().Match(rest);
        if (!match.Success)
            throw new DocumentFormatException(lineNumber, "a placeholder line reads '!!! kind: description'");
        var kind = match.Groups[1].Value;
        if (!DocumentValidator.IsValidPlaceholderKind(kind))
            throw new DocumentFormatException(lineNumber, $"placeholder kind '{kind}' must be a lowercase word such as image, textbox, field, object, chart or equation");
        return new PlaceholderBlock(id, kind, match.Groups[2].Value);
    }

    private void ReadTableRow(string rest, string id, int index)
    {
        var lineNumber = index + 1;
        var cells = SplitCells(rest, lineNumber).Select(cell => ReadInline(cell, lineNumber)).ToList();
        if (NextNonBlankLineIsDelimiter(index))
        {
            CloseTable();
            _table = new TableInProgress(new TableRow(id, cells), lineNumber);
            return;
        }
        if (_table is null || _table.AwaitingDelimiter)
            throw new DocumentFormatException(lineNumber, "a table row must follow a header row and its delimiter line ('| --- |'), which are missing");
        if (cells.Count != _table.Columns)
            throw new DocumentFormatException(lineNumber, $"the table row has {cells.Count} cells but the header on line {_table.HeaderLine} has {_table.Columns}");
        _table.Rows.Add(new TableRow(id, cells));
    }

    private void ReadDelimiterLine(string line, int lineNumber)
    {
        if (_table is not { AwaitingDelimiter: true })
            throw new DocumentFormatException(lineNumber, "a table delimiter line must directly follow a table header row");
        var columns = line.TrimEnd().Count(c => c == '|') - 1;
        if (columns != _table.Columns)
            throw new DocumentFormatException(lineNumber, $"the delimiter line has {columns} columns but the header has {_table.Columns}");
        _table.AwaitingDelimiter = false;
    }

    private bool NextNonBlankLineIsDelimiter(int index)
    {
        for (var next = index + 1; next < _lines.Length; next++)
        {
            var line = LineAt(next);
            if (!string.IsNullOrWhiteSpace(line)) return DelimiterLine().IsMatch(line);
        }
        return false;
    }

    private void CloseTable()
    {
        if (_table is null) return;
        _blocks.Add(new TableBlock(_table.Header.Id, _table.Header, _table.Rows));
        _table = null;
    }

    private void ReadFootnote(Match match, int lineNumber)
    {
        CloseTable();
        var id = match.Groups[1].Value;
        if (!BlockIds.IsValid(id))
            throw new DocumentFormatException(lineNumber, $"footnote id '{id}' must be {BlockIds.MinLength}–{BlockIds.MaxLength} characters of a–z and 0–9");
        ClaimId(id, lineNumber);
        var content = match.Groups[2].Value;
        if (content.StartsWith(' ')) content = content[1..];
        var references = new List<string>();
        var inline = ReadInline(content, lineNumber, references);
        if (references.Count > 0)
            throw new DocumentFormatException(lineNumber, $"footnote '{id}' references footnote '{references[0]}'; footnotes cannot contain footnote references");
        _footnotes.Add(new Footnote(id, inline));
    }

    /// <summary>Reads the inline text of a block and remembers its footnote references for the final check.</summary>
    private InlineContent ReadInline(string markdown, int lineNumber)
    {
        var references = new List<string>();
        var content = ReadInline(markdown, lineNumber, references);
        foreach (var footnoteId in references) _references.Add((footnoteId, lineNumber));
        return content;
    }

    private InlineContent ReadInline(string markdown, int lineNumber, List<string> references)
    {
        try
        {
            return _inline.Read(markdown, strict: true, references);
        }
        catch (InlineSyntaxException e)
        {
            throw new DocumentFormatException(lineNumber, e.Message);
        }
    }

    private void ClaimId(string id, int lineNumber)
    {
        if (!_idLines.TryAdd(id, lineNumber))
            throw new DocumentFormatException(lineNumber, $"id '{id}' is already used on line {_idLines[id]}");
    }

    /// <summary>Splits off the trailing <c>{#id}</c>; returns the id and the line before it without the separating space.</summary>
    private static (string Id, string Remainder) SplitId(string line, int lineNumber)
    {
        var start = line.LastIndexOf("{#", StringComparison.Ordinal);
        if (!line.EndsWith('}') || start < 0 || (start > 0 && line[start - 1] == '\\'))
            throw new DocumentFormatException(lineNumber, "the block has no id; every block line ends with ' {#id}'");
        var id = line[(start + 2)..^1];
        if (!BlockIds.IsValid(id))
            throw new DocumentFormatException(lineNumber, $"block id '{id}' must be {BlockIds.MinLength}–{BlockIds.MaxLength} characters of a–z and 0–9");
        if (start == 0) return (id, "");
        if (line[start - 1] != ' ')
            throw new DocumentFormatException(lineNumber, "the block id must be separated from the content by a space");
        return (id, line[..(start - 1)]);
    }

    /// <summary>Splits <c>| a | b |</c> on unescaped pipes and removes the one space of padding on each side of a cell.</summary>
    private static List<string> SplitCells(string row, int lineNumber)
    {
        var cells = new List<string>();
        var cellStart = 1;
        for (var i = 1; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
                continue;
            }
            if (row[i] != '|') continue;
            cells.Add(Unpad(row[cellStart..i]));
            cellStart = i + 1;
        }
        if (cellStart != row.Length || cells.Count == 0)
            throw new DocumentFormatException(lineNumber, "a table row reads '| cell | cell |' and must end with '|' before its id");
        return cells;
    }

    private static string Unpad(string cell)
    {
        if (cell.StartsWith(' ')) cell = cell[1..];
        if (cell.EndsWith(' ')) cell = cell[..^1];
        return cell;
    }

    private sealed class TableInProgress(TableRow header, int headerLine)
    {
        public TableRow Header { get; } = header;
        public int HeaderLine { get; } = headerLine;
        public int Columns => Header.Cells.Count;
        public bool AwaitingDelimiter { get; set; } = true;
        public List<TableRow> Rows { get; } = [];
    }
}
