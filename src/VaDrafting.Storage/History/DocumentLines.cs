using System.Text;

namespace VaDrafting.Storage.History;

/// <summary>
/// The blocks and footnotes of a <c>document.md</c> found from its lines alone, without parsing the Markdown: each
/// block line ends with its <c>{#id}</c>, a table is its header line (which carries the table's id), its delimiter
/// line and its row lines, and a footnote line starts with <c>[^id]:</c>. Each key maps to the bytes of its line(s).
/// </summary>
internal sealed class DocumentLines
{
    private readonly byte[] text;
    private readonly Dictionary<string, Range> spans = new(StringComparer.Ordinal);
    private readonly List<string> blockOrder = [];

    private DocumentLines(byte[] text) => this.text = text;

    /// <summary>Block ids in document order (footnotes not included).</summary>
    public IReadOnlyList<string> BlockOrder => blockOrder;

    public IEnumerable<string> Keys => spans.Keys;

    public bool Contains(string key) => spans.ContainsKey(key);

    public string? Line(string key) => spans.TryGetValue(key, out var span) ? Encoding.UTF8.GetString(text.AsSpan()[span]).Replace("\r\n", "\n", StringComparison.Ordinal) : null;

    public ulong Hash(string key) => Fnv1a(text.AsSpan()[spans[key]]);

    public static DocumentLines Parse(byte[] text)
    {
        var lines = new DocumentLines(text);
        var found = SplitLines(text);
        string? openTable = null;
        for (var i = 0; i < found.Count; i++)
        {
            var line = text.AsSpan()[found[i]];
            if (line.Length > 0 && line[0] == (byte)'|')
            {
                if (IsDelimiterRow(line) && openTable is not null)
                {
                    lines.Extend(openTable, found[i]);
                }
                else if (i + 1 < found.Count && IsDelimiterRow(text.AsSpan()[found[i + 1]]) && TrailingId(line) is { } tableId)
                {
                    openTable = tableId;
                    lines.Add(tableId, found[i], isBlock: true);
                }
                else if (openTable is not null)
                {
                    lines.Extend(openTable, found[i]);
                }
                continue;
            }
            openTable = null;
            if (FootnoteId(line) is { } footnoteId)
            {
                lines.Add(BlockHistoryKeys.Footnote(footnoteId), found[i], isBlock: false);
            }
            else if (TrailingId(line) is { } blockId)
            {
                lines.Add(blockId, found[i], isBlock: true);
            }
        }
        return lines;
    }

    private void Add(string key, Range span, bool isBlock)
    {
        if (!spans.TryAdd(key, span)) return;
        if (isBlock) blockOrder.Add(key);
    }

    private void Extend(string key, Range span) => spans[key] = new Range(spans[key].Start, span.End);

    /// <summary>The non-blank lines, without their line end.</summary>
    private static List<Range> SplitLines(byte[] text)
    {
        var lines = new List<Range>();
        var start = 0;
        while (start < text.Length)
        {
            var length = text.AsSpan(start).IndexOf((byte)'\n');
            var end = length < 0 ? text.Length : start + length;
            var contentEnd = end > start && text[end - 1] == (byte)'\r' ? end - 1 : end;
            if (!text.AsSpan(start, contentEnd - start).Trim(" \t"u8).IsEmpty) lines.Add(new Range(start, contentEnd));
            start = end + 1;
        }
        return lines;
    }

    private static bool IsDelimiterRow(ReadOnlySpan<byte> line) =>
        line.Length > 1 && line[0] == (byte)'|' && line.Contains((byte)'-') && line.IndexOfAnyExcept("|-: \t"u8) < 0;

    private static string? TrailingId(ReadOnlySpan<byte> line)
    {
        line = line.TrimEnd(" \t"u8);
        if (line.Length < 4 || line[^1] != (byte)'}') return null;
        var open = line.LastIndexOf("{#"u8);
        if (open < 0) return null;
        var id = line[(open + 2)..^1];
        return IsId(id) ? Encoding.ASCII.GetString(id) : null;
    }

    private static string? FootnoteId(ReadOnlySpan<byte> line)
    {
        if (!line.StartsWith("[^"u8)) return null;
        var close = line.IndexOf("]:"u8);
        if (close < 3) return null;
        var id = line[2..close];
        return IsId(id) ? Encoding.ASCII.GetString(id) : null;
    }

    private static bool IsId(ReadOnlySpan<byte> id) =>
        id.Length is >= 1 and <= 64 && id.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789"u8) < 0;

    private static ulong Fnv1a(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
