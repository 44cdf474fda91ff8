using System.Text.RegularExpressions;
using VaDrafting.Core.Model;
using Md = Markdig.Syntax.Inlines;

namespace VaDrafting.Core.Markdown;

/// <summary>Raised by a strict <see cref="InlineReader"/> for inline syntax a stored document must not contain.</summary>
internal sealed class InlineSyntaxException(string message) : Exception(message);

/// <summary>
/// Turns inline Markdown into <see cref="InlineContent"/> by walking Markdig's inline tree. Not thread-safe:
/// create one per operation and reuse it for all the inline texts of that operation.
/// </summary>
internal sealed partial class InlineReader
{
    private readonly MarkdigInlines.Session _session = new();

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"^<(/?)(b|strong|i|em|u|ins)\s*>$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkTag();

    /// <summary>
    /// Reads <paramref name="text"/>. When <paramref name="strict"/>, a footnote reference whose label is not a
    /// valid id throws <see cref="InlineSyntaxException"/>; otherwise it stays literal text. Every footnote id
    /// referenced is added to <paramref name="footnoteReferences"/> when given.
    /// </summary>
    public InlineContent Read(string text, bool strict, ICollection<string>? footnoteReferences = null)
    {
        if (text.Length == 0) return InlineContent.Empty;
        var root = _session.Parse(text);
        var walk = new Walk(text, strict, footnoteReferences);
        walk.Container(root, TextMarks.None, href: null);
        return walk.Result;
    }

    private sealed class Walk(string source, bool strict, ICollection<string>? footnoteReferences)
    {
        private readonly List<Inline> _items = [];
        private int _tagBold;
        private int _tagItalic;
        private int _tagUnderline;

        public InlineContent Result => InlineContent.Of(_items);

        public void Container(Md.ContainerInline container, TextMarks marks, string? href)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling) Visit(child, marks, href);
        }

        private void Visit(Md.Inline inline, TextMarks marks, string? href)
        {
            switch (inline)
            {
                case Md.LiteralInline literal:
                    AddText(literal.Content.ToString(), marks, href);
                    break;
                case Md.EmphasisInline emphasis:
                    Container(emphasis, marks | MarkOf(emphasis), href);
                    break;
                case Md.LinkInline { IsImage: true } image:
                    Container(image, marks, href);
                    break;
                case Md.LinkInline link:
                    Container(link, marks, LinkPolicy.IsAllowed(link.Url) ? link.Url : null);
                    break;
                case Md.AutolinkInline autolink:
                    var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    AddText(autolink.Url, marks, LinkPolicy.IsAllowed(url) ? url : null);
                    break;
                case Md.HtmlInline html:
                    VisitHtml(html, marks, href);
                    break;
                case Md.HtmlEntityInline entity:
                    AddText(entity.Transcoded.ToString(), marks, href);
                    break;
                case Md.LineBreakInline:
                    _items.Add(new LineBreakInline());
                    break;
                case FootnoteReferenceInline reference:
                    VisitFootnoteReference(reference, marks, href);
                    break;
                case Md.DelimiterInline delimiter:
                    // An unmatched '[' or emphasis run is left as a container of what followed it.
                    AddText(delimiter.ToLiteral(), marks, href);
                    Container(delimiter, marks, href);
                    break;
                case Md.ContainerInline container:
                    Container(container, marks, href);
                    break;
                default:
                    // Code spans and anything else stay as the characters the author typed.
                    AddText(SourceOf(inline), marks, href);
                    break;
            }
        }

        private void VisitHtml(Md.HtmlInline html, TextMarks marks, string? href)
        {
            var tag = html.Tag ?? "";
            if (LineBreakTag().IsMatch(tag))
            {
                _items.Add(new LineBreakInline());
                return;
            }
            var match = MarkTag().Match(tag);
            if (!match.Success)
            {
                AddText(tag, marks, href);
                return;
            }
            var closing = match.Groups[1].Length > 0;
            var delta = closing ? -1 : 1;
            switch (match.Groups[2].Value.ToLowerInvariant())
            {
                case "b" or "strong": _tagBold = Math.Max(0, _tagBold + delta); break;
                case "i" or "em": _tagItalic = Math.Max(0, _tagItalic + delta); break;
                default: _tagUnderline = Math.Max(0, _tagUnderline + delta); break;
            }
        }

        private void VisitFootnoteReference(FootnoteReferenceInline reference, TextMarks marks, string? href)
        {
            if (BlockIds.IsValid(reference.Label))
            {
                footnoteReferences?.Add(reference.Label);
                _items.Add(new FootnoteRefInline(reference.Label));
                return;
            }
            if (strict) throw new InlineSyntaxException($"footnote reference '[^{reference.Label}]' does not name a valid footnote id");
            AddText(SourceOf(reference), marks, href);
        }

        /// <summary>Adds text; a line end inside literal source (a code span or tag typed over two lines) becomes a line break.</summary>
        private void AddText(string text, TextMarks marks, string? href)
        {
            if (_tagBold > 0) marks |= TextMarks.Bold;
            if (_tagItalic > 0) marks |= TextMarks.Italic;
            if (_tagUnderline > 0) marks |= TextMarks.Underline;
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) _items.Add(new LineBreakInline());
                _items.Add(new TextInline(lines[i], marks, href));
            }
        }

        private string SourceOf(Md.Inline inline)
        {
            var span = inline.Span;
            if (span.Start < 0 || span.End >= source.Length || span.End < span.Start) return "";
            return source.Substring(span.Start, span.Length);
        }

        private static TextMarks MarkOf(Md.EmphasisInline emphasis) => emphasis.DelimiterChar switch
        {
            '*' or '_' => emphasis.DelimiterCount >= 2 ? TextMarks.Bold : TextMarks.Italic,
            '+' => TextMarks.Underline,
            _ => TextMarks.None,
        };
    }
}
