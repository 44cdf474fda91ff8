using System.Text;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Markdown;

/// <summary>Writes a validated document as <c>document.md</c>: one line per block, footnotes last.</summary>
internal sealed class DocumentWriter
{
    private readonly InlineWriter _inline = new();
    private readonly StringBuilder _sb = new();

    public string Write(DraftDocument document)
    {
        Block? previous = null;
        foreach (var block in document.Blocks)
        {
            if (previous is not null) _sb.Append(previous is ListItemBlock && block is ListItemBlock ? "\n" : "\n\n");
            WriteBlock(block);
            previous = block;
        }
        for (var i = 0; i < document.Footnotes.Count; i++)
        {
            if (i > 0) _sb.Append('\n');
            else if (previous is not null) _sb.Append("\n\n");
            WriteFootnote(document.Footnotes[i]);
        }
        if (_sb.Length > 0) _sb.Append('\n');
        return _sb.ToString();
    }

    /// <summary>The line of one validated block (the lines of a table) as <see cref="Write"/> puts it in a document.</summary>
    public string WriteOneBlock(Block block)
    {
        WriteBlock(block);
        return _sb.ToString();
    }

    private void WriteBlock(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                WriteLine(new string('#', heading.Level) + " ", Inline(heading.Content, InlineSlot.Free), heading.Id);
                break;
            case ParagraphBlock paragraph:
                WriteLine("", Inline(paragraph.Content, InlineSlot.ParagraphLine), paragraph.Id);
                break;
            case ListItemBlock { Kind: ListKind.Bulleted } item:
                WriteLine(new string(' ', 2 * item.Level) + "- ", Inline(item.Content, InlineSlot.Free), item.Id);
                break;
            case ListItemBlock item:
                WriteLine(new string(' ', 3 * item.Level) + "1. ", Inline(item.Content, InlineSlot.Free), item.Id);
                break;
            case QuoteBlock quote:
                WriteLine("> ", Inline(quote.Content, InlineSlot.Free), quote.Id);
                break;
            case PlaceholderBlock placeholder:
                WriteLine($"!!! {placeholder.Kind}: ", placeholder.Description, placeholder.Id);
                break;
            case TableBlock table:
                WriteTable(table);
                break;
            default:
                throw new InvalidOperationException($"Block type {block.GetType().Name} passed validation but has no Markdown form.");
        }
    }

    /// <summary>Prefix, content and the id; the space before the id is left out only when there is nothing before it or the prefix ends with one.</summary>
    private void WriteLine(string prefix, string content, string id)
    {
        _sb.Append(prefix).Append(content);
        if (content.Length > 0) _sb.Append(' ');
        _sb.Append("{#").Append(id).Append('}');
    }

    private void WriteTable(TableBlock table)
    {
        WriteRow(table.Header);
        _sb.Append("\n|");
        for (var i = 0; i < table.Header.Cells.Count; i++) _sb.Append(" --- |");
        foreach (var row in table.Rows)
        {
            _sb.Append('\n');
            WriteRow(row);
        }
    }

    private void WriteRow(TableRow row)
    {
        _sb.Append('|');
        foreach (var cell in row.Cells) _sb.Append(' ').Append(Inline(cell, InlineSlot.TableCell)).Append(" |");
        _sb.Append(" {#").Append(row.Id).Append('}');
    }

    private void WriteFootnote(Footnote footnote)
    {
        _sb.Append("[^").Append(footnote.Id).Append("]:");
        var content = Inline(footnote.Content, InlineSlot.FootnoteLine);
        if (content.Length > 0) _sb.Append(' ').Append(content);
    }

    private string Inline(InlineContent content, InlineSlot slot) => _inline.Write(content, slot);
}
