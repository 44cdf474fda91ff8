using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace VaDrafting.Core.Markdown;

/// <summary>
/// The Markdig configuration for inline text: CommonMark inlines plus <c>++inserted++</c> (our underline)
/// and footnote references <c>[^id]</c>. Block syntax never applies: the block structure of
/// <c>document.md</c> is one block per line and is recognised by its prefix, so only the inline part
/// of a line is handed to Markdig, as the content of a single paragraph.
/// </summary>
internal static class MarkdigInlines
{
    private static readonly InlineParserList Parsers = BuildParsers();

    private static InlineParserList BuildParsers()
    {
        var builder = new MarkdownPipelineBuilder().UseEmphasisExtras(EmphasisExtraOptions.Inserted);
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new FootnoteReferenceParser());
        // Building the pipeline lets the extensions configure the builder's inline parsers, which are then
        // used directly: the pipeline itself would also run the block parsers.
        builder.Build();
        return new InlineParserList(builder.InlineParsers);
    }

    /// <summary>A parser for many inline texts in turn; not thread-safe, create one per operation.</summary>
    public sealed class Session
    {
        private readonly InlineProcessor _processor = new(new MarkdownDocument(), Parsers, preciseSourcelocation: true, context: null);

        /// <summary>Parses <paramref name="text"/>; source spans of the result index into it.</summary>
        public ContainerInline Parse(string text)
        {
            var paragraph = new ParagraphBlock();
            var slice = new StringSlice(text);
            paragraph.AppendLine(ref slice, column: 0, line: 0, sourceLinePosition: 0, trackTrivia: false);
            _processor.ProcessInlineLeaf(paragraph);
            return paragraph.Inline ?? new ContainerInline();
        }
    }
}

/// <summary>A footnote reference <c>[^label]</c>; the label is checked against the id rule by the reader.</summary>
internal sealed class FootnoteReferenceInline(string label) : LeafInline
{
    public string Label { get; } = label;
}

/// <summary>Recognises <c>[^label]</c> before the link parser sees the bracket, whether or not a definition exists.</summary>
internal sealed class FootnoteReferenceParser : InlineParser
{
    private const int MaxLabelLength = 64;

    public FootnoteReferenceParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '^') return false;
        var text = slice.Text;
        var labelStart = slice.Start + 2;
        var end = labelStart;
        while (end <= slice.End && end - labelStart <= MaxLabelLength && IsLabelChar(text[end])) end++;
        if (end > slice.End || text[end] != ']' || end == labelStart) return false;

        var start = slice.Start;
        processor.Inline = new FootnoteReferenceInline(text[labelStart..end])
        {
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end)),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }

    private static bool IsLabelChar(char c) => c is not (']' or '[' or '\\') && !char.IsWhiteSpace(c) && !char.IsControl(c);
}
