using System.Text;
using Markdig.Helpers;
using VaDrafting.Core.Model;

namespace VaDrafting.Core.Markdown;

/// <summary>
/// Writes <see cref="InlineContent"/> as canonical inline Markdown that Markdig reads back to the same content.
/// <para>
/// Marks are written as <c>**bold**</c>, <c>*italic*</c> and <c>++underline++</c> wherever CommonMark's
/// flanking rules let a delimiter open or close at that spot. Some boundaries cannot be expressed with
/// delimiters at all — a mark that begins or ends with a space, a mark whose edge meets punctuation inside a
/// word, several marks closing together right before a letter. Such a mark span is written with the tags
/// <c>&lt;b&gt;</c>, <c>&lt;i&gt;</c> or <c>&lt;u&gt;</c> instead, which have no flanking rules. The
/// choice is deterministic, so the output is canonical.
/// </para>
/// <para>
/// When every delimiter run can only open or only close, the properly nested delimiters are matched exactly
/// as written. A run that could do both (inside a word, or between two punctuation characters) brings in
/// CommonMark's "multiple of 3" rule, so then the result is parsed back and compared, falling back to tags for
/// the whole content if Markdig reads anything differently.
/// </para>
/// Not thread-safe: create one per operation.
/// </summary>
internal sealed class InlineWriter
{
    private static readonly TextMarks[] MarkOrder = [TextMarks.Bold, TextMarks.Italic, TextMarks.Underline];

    private InlineReader? _reader;

    /// <summary>Writes content already checked by <see cref="DocumentValidator"/> (text, ids, allowed links).</summary>
    public string Write(InlineContent content, InlineSlot slot)
    {
        if (content.Count == 0) return "";
        var tokens = new TokenBuilder().Build(content);
        var layout = new Layout(tokens, slot);
        if (!layout.HasMarks) return layout.Render();

        layout.UseTagsWhereDelimitersCannotWork();
        var written = layout.Render();
        if (!layout.HasAmbiguousDelimiters) return written;

        _reader ??= new InlineReader();
        if (_reader.Read(written, strict: false).Equals(content)) return written;
        layout.UseTagsEverywhere();
        return layout.Render();
    }

    private enum TokenKind
    {
        Text,
        Open,
        Close,
        FootnoteReference,
        LineBreak,
        LinkOpen,
        LinkClose,
    }

    /// <summary>One piece of output: Value is the text, footnote id or link URL; Span pairs an Open with its Close.</summary>
    private readonly record struct Token(TokenKind Kind, string Value = "", TextMarks Mark = TextMarks.None, int Span = -1);

    private abstract record Unit;

    private sealed record TextUnit(string Text, TextMarks Marks) : Unit;

    private sealed record LinkUnit(string Url, List<TextUnit> Runs) : Unit
    {
        /// <summary>Marks shared by the whole link text, written around the link rather than inside it.</summary>
        public TextMarks SharedMarks => Runs.Aggregate(TextMarks.Bold | TextMarks.Italic | TextMarks.Underline, (all, run) => all & run.Marks);
    }

    private sealed record NeutralUnit(TokenKind Kind, string Value) : Unit;

    /// <summary>Turns content into tokens, opening and closing marks as a properly nested stack.</summary>
    private sealed class TokenBuilder
    {
        private readonly List<Token> _tokens = [];
        private int _nextSpan;

        public List<Token> Build(InlineContent content)
        {
            EmitSequence(ToUnits(content));
            return _tokens;
        }

        private static List<Unit> ToUnits(InlineContent content)
        {
            var units = new List<Unit>();
            foreach (var inline in content)
            {
                switch (inline)
                {
                    case TextInline { Href: null } text:
                        units.Add(new TextUnit(text.Text, text.Marks));
                        break;
                    case TextInline text when units.Count > 0 && units[^1] is LinkUnit link && link.Url == text.Href:
                        link.Runs.Add(new TextUnit(text.Text, text.Marks));
                        break;
                    case TextInline text:
                        units.Add(new LinkUnit(text.Href, [new TextUnit(text.Text, text.Marks)]));
                        break;
                    case FootnoteRefInline reference:
                        units.Add(new NeutralUnit(TokenKind.FootnoteReference, reference.FootnoteId));
                        break;
                    case LineBreakInline:
                        units.Add(new NeutralUnit(TokenKind.LineBreak, ""));
                        break;
                }
            }
            return units;
        }

        /// <summary>
        /// Marks open right before the first unit that has them and close right after the last one, so
        /// footnote references and line breaks sit outside marks that end or begin next to them.
        /// </summary>
        private void EmitSequence(List<Unit> units)
        {
            var marked = units.Where(unit => unit is not NeutralUnit).ToList();
            var stack = new List<(TextMarks Mark, int Span)>();
            var ordinal = 0;
            foreach (var unit in units)
            {
                if (unit is NeutralUnit neutral)
                {
                    _tokens.Add(new Token(neutral.Kind, neutral.Value));
                    continue;
                }

                var marks = MarksOf(unit);
                var toOpen = MarkOrder
                    .Where(mark => marks.HasFlag(mark) && !stack.Exists(open => open.Mark == mark))
                    .OrderByDescending(mark => RunLength(marked, ordinal, mark));
                foreach (var mark in toOpen)
                {
                    var span = _nextSpan++;
                    stack.Add((mark, span));
                    _tokens.Add(new Token(TokenKind.Open, Mark: mark, Span: span));
                }

                EmitBody(unit);

                var next = ordinal + 1 < marked.Count ? MarksOf(marked[ordinal + 1]) : TextMarks.None;
                var firstToClose = stack.FindIndex(open => !next.HasFlag(open.Mark));
                if (firstToClose >= 0)
                {
                    for (var i = stack.Count - 1; i >= firstToClose; i--)
                    {
                        _tokens.Add(new Token(TokenKind.Close, Mark: stack[i].Mark, Span: stack[i].Span));
                        stack.RemoveAt(i);
                    }
                }
                ordinal++;
            }
        }

        private void EmitBody(Unit unit)
        {
            if (unit is TextUnit text)
            {
                _tokens.Add(new Token(TokenKind.Text, text.Text));
                return;
            }
            var link = (LinkUnit)unit;
            var shared = link.SharedMarks;
            _tokens.Add(new Token(TokenKind.LinkOpen));
            EmitSequence(link.Runs.Select(run => (Unit)(run with { Marks = run.Marks & ~shared })).ToList());
            _tokens.Add(new Token(TokenKind.LinkClose, link.Url));
        }

        private static TextMarks MarksOf(Unit unit) => unit switch
        {
            TextUnit text => text.Marks,
            LinkUnit link => link.SharedMarks,
            _ => TextMarks.None,
        };

        private static int RunLength(List<Unit> marked, int from, TextMarks mark)
        {
            var length = 0;
            while (from + length < marked.Count && MarksOf(marked[from + length]).HasFlag(mark)) length++;
            return length;
        }
    }

    /// <summary>The rendered pieces of the tokens, with a per-span choice between delimiters and tags.</summary>
    private sealed class Layout
    {
        private readonly List<Token> _tokens;
        private readonly Piece[] _fixedPieces;
        private readonly bool[] _spanUsesTags;

        private readonly record struct Piece(string Text, System.Text.Rune First, System.Text.Rune Last);

        public Layout(List<Token> tokens, InlineSlot slot)
        {
            _tokens = tokens;
            _fixedPieces = new Piece[tokens.Count];
            var spans = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind is TokenKind.Open) spans++;
                else if (tokens[i].Kind is not TokenKind.Close) _fixedPieces[i] = RenderFixed(i, slot);
            }
            _spanUsesTags = new bool[spans];
        }

        public bool HasMarks => _spanUsesTags.Length > 0;

        /// <summary>True when some delimiter run, as last checked, could both open and close.</summary>
        public bool HasAmbiguousDelimiters { get; private set; }

        public void UseTagsEverywhere() => Array.Fill(_spanUsesTags, true);

        /// <summary>
        /// Switches to tags every span whose delimiter could not open or close where it stands, or would merge
        /// with a delimiter of the other direction; repeats because each switch changes its neighbours.
        /// </summary>
        public void UseTagsWhereDelimitersCannotWork()
        {
            bool changed;
            do
            {
                changed = false;
                HasAmbiguousDelimiters = false;
                var i = 0;
                while (i < _tokens.Count)
                {
                    if (!IsDelimiter(i))
                    {
                        i++;
                        continue;
                    }
                    var end = i;
                    while (end + 1 < _tokens.Count && IsDelimiter(end + 1) && DelimiterChar(end + 1) == DelimiterChar(i)) end++;
                    changed |= CheckDelimiterRun(i, end);
                    i = end + 1;
                }
            }
            while (changed);
        }

        public string Render()
        {
            var sb = new StringBuilder();
            for (var i = 0; i < _tokens.Count; i++) sb.Append(PieceAt(i).Text);
            return sb.ToString();
        }

        private bool CheckDelimiterRun(int start, int end)
        {
            var opens = false;
            var closes = false;
            for (var k = start; k <= end; k++)
            {
                if (_tokens[k].Kind == TokenKind.Open) opens = true;
                else closes = true;
            }
            if (opens && closes)
            {
                for (var k = start; k <= end; k++)
                {
                    if (_tokens[k].Kind == TokenKind.Open) _spanUsesTags[_tokens[k].Span] = true;
                }
                return true;
            }

            var before = start > 0 ? PieceAt(start - 1).Last : default;
            var after = end + 1 < _tokens.Count ? PieceAt(end + 1).First : default;
            CharHelper.CheckOpenCloseDelimiter(before, after, enableWithinWord: true, out var canOpen, out var canClose);
            if ((opens && canOpen) || (closes && canClose))
            {
                HasAmbiguousDelimiters |= canOpen && canClose;
                return false;
            }
            for (var k = start; k <= end; k++) _spanUsesTags[_tokens[k].Span] = true;
            return true;
        }

        private bool IsDelimiter(int i) =>
            _tokens[i].Kind is TokenKind.Open or TokenKind.Close && !_spanUsesTags[_tokens[i].Span];

        private char DelimiterChar(int i) => _tokens[i].Mark == TextMarks.Underline ? '+' : '*';

        private Piece PieceAt(int i)
        {
            var token = _tokens[i];
            if (token.Kind is not (TokenKind.Open or TokenKind.Close)) return _fixedPieces[i];
            var text = _spanUsesTags[token.Span] ? Tag(token) : Delimiter(token.Mark);
            return new Piece(text, new System.Text.Rune(text[0]), new System.Text.Rune(text[^1]));
        }

        private static string Delimiter(TextMarks mark) => mark switch
        {
            TextMarks.Bold => "**",
            TextMarks.Italic => "*",
            _ => "++",
        };

        private static string Tag(Token token)
        {
            var name = token.Mark switch
            {
                TextMarks.Bold => "b",
                TextMarks.Italic => "i",
                _ => "u",
            };
            return token.Kind == TokenKind.Open ? $"<{name}>" : $"</{name}>";
        }

        private Piece RenderFixed(int i, InlineSlot slot)
        {
            var token = _tokens[i];
            switch (token.Kind)
            {
                case TokenKind.FootnoteReference:
                    return new Piece($"[^{token.Value}]", new('['), new(']'));
                case TokenKind.LineBreak:
                    return new Piece("<br>", new('<'), new('>'));
                case TokenKind.LinkOpen:
                    return new Piece("[", new('['), new('['));
                case TokenKind.LinkClose:
                    return new Piece($"]({TextEscaper.EscapeUrl(token.Value, slot)})", new(']'), new(')'));
                default:
                    var surroundings = new TextSurroundings(
                        slot,
                        AtStart: i == 0,
                        AtEnd: i == _tokens.Count - 1,
                        AfterLinkOpen: i > 0 && _tokens[i - 1].Kind == TokenKind.LinkOpen,
                        AfterLeadingFootnoteReference: i == 1 && _tokens[0].Kind == TokenKind.FootnoteReference,
                        BeforeBracket: i + 1 < _tokens.Count && _tokens[i + 1].Kind is TokenKind.LinkOpen or TokenKind.FootnoteReference);
                    var escaped = TextEscaper.Escape(token.Value, surroundings, out var firstIsReference);
                    // Markdig judges flanking by the decoded character of a numeric reference.
                    var first = System.Text.Rune.GetRuneAt(firstIsReference ? token.Value : escaped, 0);
                    System.Text.Rune.DecodeLastFromUtf16(token.Value, out var last, out _);
                    return new Piece(escaped, first, last);
            }
        }
    }
}
