using System.Text;
using System.Text.RegularExpressions;

namespace VaDrafting.Docx.Reading;

/// <summary>
/// Follows Word's complex fields (<c>fldChar begin → instrText … → separate → result → end</c>), which may
/// nest and span paragraphs, to decide whether a run's text is displayed: only result text is, except
/// inside a table of contents, which is replaced by one placeholder. A HYPERLINK field makes its result a link;
/// a NOTEREF field to a <c>_va_ref_</c> bookmark (a repeated reference to a footnote) becomes that note's reference.
/// </summary>
internal sealed partial class FieldTracker(ImportLog log, Func<string, string?>? footnoteById = null)
{
    private sealed class Frame
    {
        public StringBuilder Instruction { get; } = new();
        public bool ShowingResult { get; set; }
        public bool Suppressed { get; set; }
        public string? Href { get; set; }
    }

    private readonly Stack<Frame> _frames = new();

    /// <summary>The footnote a NOTEREF field that just reached its result refers to; read once by <see cref="TakeNoteReference"/>.</summary>
    private string? _noteReference;

    public string? TakeNoteReference()
    {
        var id = _noteReference;
        _noteReference = null;
        return id;
    }

    /// <summary>True while a table of contents started and its placeholder has not been emitted yet.</summary>
    public bool TableOfContentsPending { get; private set; }

    public bool ShowsText
    {
        get
        {
            foreach (var frame in _frames)
            {
                if (!frame.ShowingResult || frame.Suppressed) return false;
            }
            return true;
        }
    }

    /// <summary>The link target of the innermost HYPERLINK field being displayed, if any.</summary>
    public string? Href
    {
        get
        {
            foreach (var frame in _frames)
            {
                if (frame.Href is not null) return frame.Href;
            }
            return null;
        }
    }

    public void Begin() => _frames.Push(new Frame());

    public void Instruction(string text)
    {
        if (_frames.TryPeek(out var frame) && !frame.ShowingResult) frame.Instruction.Append(text);
    }

    public void Separate()
    {
        if (!_frames.TryPeek(out var frame) || frame.ShowingResult) return;
        frame.ShowingResult = true;
        var instruction = frame.Instruction.ToString();
        switch (KindOf(instruction))
        {
            case "HYPERLINK":
                frame.Href = HyperlinkTarget(instruction);
                break;
            case "NOTEREF" when NoteReferenceTarget(instruction) is { } footnoteId:
                frame.Suppressed = true;
                _noteReference = footnoteId;
                break;
            case "TOC":
                frame.Suppressed = true;
                TableOfContentsPending = true;
                log.TableOfContentsReplaced();
                break;
            case { Length: > 0 } kind:
                log.FieldResultImported(kind);
                break;
        }
    }

    public void End() => _frames.TryPop(out _);

    /// <summary>A simple field (<c>w:fldSimple</c>) around its result runs: returns its link target when it is a hyperlink.</summary>
    public string? SimpleField(string? instruction)
    {
        instruction ??= "";
        var kind = KindOf(instruction);
        if (kind == "HYPERLINK") return HyperlinkTarget(instruction);
        if (kind.Length > 0) log.FieldResultImported(kind);
        return null;
    }

    public void TableOfContentsEmitted() => TableOfContentsPending = false;

    private static string KindOf(string instruction)
    {
        var trimmed = instruction.AsSpan().TrimStart();
        var end = trimmed.IndexOfAny(' ', '\t', '\\');
        var word = end < 0 ? trimmed : trimmed[..end];
        return word.ToString().ToUpperInvariant();
    }

    /// <summary>The footnote of <c>NOTEREF _va_ref_{id} …</c> when that footnote was imported; otherwise the field shows its result.</summary>
    private string? NoteReferenceTarget(string instruction)
    {
        var parts = instruction.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || footnoteById is null) return null;
        return IdBookmarks.FromNoteReferenceBookmarkName(parts[1].Trim('"')) is { } id ? footnoteById(id) : null;
    }

    /// <summary><c>HYPERLINK "https://…"</c> → the URL; <c>HYPERLINK \l "anchor"</c> (a place in the document) → null.</summary>
    private static string? HyperlinkTarget(string instruction)
    {
        var match = HyperlinkPattern().Match(instruction);
        return match.Success ? match.Groups["target"].Value : null;
    }

    [GeneratedRegex("""^\s*HYPERLINK\s+(?:\\[^l\s]\s+(?:"[^"]*"\s+)?)*"?(?<target>[^"\s\\][^"\s]*)"?""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HyperlinkPattern();
}
