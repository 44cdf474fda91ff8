using VaDrafting.Core.Markdown;
using VaDrafting.Core.Model;
using Xunit;
using static VaDrafting.Core.Tests.Markdown.Doc;

namespace VaDrafting.Core.Tests.Markdown;

public class InlineMarkdownTests
{
    public static TheoryData<InlineContent, string> CanonicalForms => new()
    {
        { C("plain text"), "plain text" },
        { InlineContent.Empty, "" },
        { C(T("The "), T("Convention", B), T(" requires")), "The **Convention** requires" },
        { C(T("an "), T("italic", I), T(" word")), "an *italic* word" },
        { C(T("an "), T("underlined", U), T(" word")), "an ++underlined++ word" },
        { C(T("all three", B | I | U)), "***++all three++***" },
        { C(T("bold ", B), T("and italic", B | I)), "**bold *and italic***" },
        { C(T("a", I), T("b", B | I), T("c", I)), "*a**b**c*" },
        { C(T("un"), T("believ", I), T("able")), "un*believ*able" },
        { C(T("(", TextMarks.None), T("note", B), T(")")), "(**note**)" },
        { C(T("line one"), Br(), T("line two")), "line one<br>line two" },
        { C(T("see the plan"), Ref("fn4k2m"), T(".")), "see the plan[^fn4k2m]." },
        { C(T("bold", B), Ref("fn4k2m"), T(" after")), "**bold**[^fn4k2m] after" },
        { C(T("the guidance", href: "https://example.org/g")), "[the guidance](https://example.org/g)" },
        { C(T("see "), T("the guidance", B, "https://example.org/g"), T(" here")), "see **[the guidance](https://example.org/g)** here" },
        { C(T("the ", href: "https://example.org/g"), T("guidance", B, "https://example.org/g")), "[the **guidance**](https://example.org/g)" },
        { C(T("write", href: "mailto:isu@example.org")), "[write](mailto:isu@example.org)" },
    };

    [Theory]
    [MemberData(nameof(CanonicalForms))]
    public void Write_UsesTheCanonicalForm_AndParseReadsItBack(InlineContent content, string markdown)
    {
        Assert.Equal(markdown, InlineMarkdown.Write(content));
        Assert.Equal(content, InlineMarkdown.Parse(markdown));
    }

    public static TheoryData<InlineContent, string> TagFallbacks => new()
    {
        { C(T("Article 5 ", B), T("of the Convention")), "<b>Article 5 </b>of the Convention" },
        { C(T("before"), T(" after", I)), "before<i> after</i>" },
        { C(T("  spaces  ", U)), "<u>  spaces  </u>" },
        { C(T("word"), T("(x)", B), T("s")), "word<b>(x)</b>s" },
    };

    [Theory]
    [MemberData(nameof(TagFallbacks))]
    public void Write_MarkThatDelimitersCannotExpress_UsesTags(InlineContent content, string markdown)
    {
        Assert.Equal(markdown, InlineMarkdown.Write(content));
        Assert.Equal(content, InlineMarkdown.Parse(markdown));
    }

    [Theory]
    [InlineData("**bold**", "bold", B)]
    [InlineData("__bold__", "bold", B)]
    [InlineData("*italic*", "italic", I)]
    [InlineData("_italic_", "italic", I)]
    [InlineData("++underline++", "underline", U)]
    [InlineData("***both***", "both", B | I)]
    [InlineData("<b>bold</b>", "bold", B)]
    [InlineData("<strong>bold</strong>", "bold", B)]
    [InlineData("<i>italic</i>", "italic", I)]
    [InlineData("<EM>italic</EM>", "italic", I)]
    [InlineData("<u>underline</u>", "underline", U)]
    [InlineData("<ins>underline</ins>", "underline", U)]
    [InlineData("<b><i><u>all</u></i></b>", "all", B | I | U)]
    public void Parse_ReadsEveryMarkSyntax(string markdown, string text, TextMarks marks)
    {
        Assert.Equal(C(T(text, marks)), InlineMarkdown.Parse(markdown));
    }

    [Fact]
    public void Parse_NestedMarks_CombineOnTheInnerText()
    {
        Assert.Equal(
            C(T("bold "), T("and italic", I), T(" and "), T("under", U)).Select(i => ((TextInline)i) with { Marks = ((TextInline)i).Marks | B }),
            InlineMarkdown.Parse("**bold *and italic* and ++under++**"));
    }

    [Theory]
    [InlineData("a<br>b")]
    [InlineData("a<br/>b")]
    [InlineData("a<BR />b")]
    [InlineData("a\nb")]
    [InlineData("a\r\nb")]
    [InlineData("a\rb")]
    public void Parse_LineBreaks_BecomeLineBreakInlines(string markdown)
    {
        Assert.Equal(C(T("a"), Br(), T("b")), InlineMarkdown.Parse(markdown));
    }

    [Fact]
    public void Parse_Links_KeepTheirTargetAndMarks()
    {
        Assert.Equal(
            C(T("bold", B, "https://example.org/x"), T(" link", href: "https://example.org/x")),
            InlineMarkdown.Parse("[**bold** link](https://example.org/x)"));
    }

    [Fact]
    public void Parse_Autolinks_BecomeLinksWithTheirAddressAsText()
    {
        Assert.Equal(
            C(T("https://example.org", href: "https://example.org"), T(" and "), T("isu@example.org", href: "mailto:isu@example.org")),
            InlineMarkdown.Parse("<https://example.org> and <isu@example.org>"));
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "click")]
    [InlineData("[click](JavaScript:alert(1))", "click")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)", "click")]
    [InlineData("[click](file:///etc/passwd)", "click")]
    [InlineData("[click](vbscript:msgbox)", "click")]
    [InlineData("[click](/relative/path)", "click")]
    [InlineData("[click]( javascript:alert(1))", "click")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("![photo](https://example.org/p.png)", "photo")]
    public void Parse_LinkWithDisallowedTarget_BecomesPlainText(string markdown, string text)
    {
        Assert.Equal(C(text), InlineMarkdown.Parse(markdown));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://example.org/file")]
    [InlineData("")]
    [InlineData("https://example.org/\u0007bell")]
    public void Write_LinkWithDisallowedTarget_WritesPlainText(string href)
    {
        var markdown = InlineMarkdown.Write(C(T("before "), T("click", B, href), T(" after")));
        Assert.Equal("before **click** after", markdown);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"https://example.org\">x</a>")]
    [InlineData("<!-- comment -->")]
    [InlineData("`code *not* emphasis`")]
    [InlineData("[reference][label]")]
    [InlineData("[^Not An Id]")]
    public void Parse_OtherSyntax_StaysAsTheCharactersTyped(string markdown)
    {
        Assert.Equal(C(markdown), InlineMarkdown.Parse(markdown));
    }

    [Fact]
    public void Parse_FootnoteReference_NeedsNoDefinition()
    {
        Assert.Equal(C(T("text"), Ref("fn4k2m"), T(" more")), InlineMarkdown.Parse("text[^fn4k2m] more"));
    }

    [Fact]
    public void Parse_NulAndUnpairedSurrogates_BecomeReplacementCharacters()
    {
        Assert.Equal(C("a\uFFFDb\uFFFDc"), InlineMarkdown.Parse("a\0b" + '\uDC00' + "c"));
    }

    [Theory]
    [InlineData("5 * 3 = 15", "5 \\* 3 = 15")]
    [InlineData("snake_case_name", "snake_case_name")]
    [InlineData("_leading and trailing_", "\\_leading and trailing\\_")]
    [InlineData("a__b", "a\\_\\_b")]
    [InlineData("C++ and 1 + 1", "C\\+\\+ and 1 + 1")]
    [InlineData("x|y", "x|y")]
    [InlineData("{#abcd}", "\\{#abcd\\}")]
    [InlineData("[^fn01]", "\\[^fn01\\]")]
    [InlineData("<br>", "\\<br>")]
    [InlineData("C:\\path\\file", "C:\\\\path\\\\file")]
    [InlineData("~approx~", "\\~approx\\~")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("&amp; and & and AT&T and &#32;", "\\&amp; and & and AT&T and \\&#32;")]
    [InlineData("(parenthesised) # hash - dash > gt ! bang", "(parenthesised) # hash - dash > gt ! bang")]
    [InlineData("https://example.org/a_(b)", "https://example.org/a\\_(b)")]
    [InlineData("[link](https://example.org)", "\\[link\\](https://example.org)")]
    public void Write_EscapesOnlyWhatWouldBeSyntax(string text, string markdown)
    {
        Assert.Equal(markdown, InlineMarkdown.Write(C(text)));
        Assert.Equal(C(text), InlineMarkdown.Parse(markdown));
    }

    [Fact]
    public void Write_BangBeforeALink_IsEscapedSoItIsNotAnImage()
    {
        var content = C(T("Wow!"), T("link", href: "https://example.org"), T("!"), Ref("fn0001"));
        Assert.Equal("Wow\\![link](https://example.org)\\![^fn0001]", InlineMarkdown.Write(content));
        Assert.Equal(content, InlineMarkdown.Parse(InlineMarkdown.Write(content)));
    }

    [Fact]
    public void Write_LinkTextStartingWithCaret_IsNotReadAsAFootnote()
    {
        var content = C(T("^note", href: "https://example.org"));
        Assert.Equal("[\\^note](https://example.org)", InlineMarkdown.Write(content));
        Assert.Equal(content, InlineMarkdown.Parse(InlineMarkdown.Write(content)));
    }

    [Theory]
    [InlineData("https://en.wikipedia.org/wiki/Convention_(treaty)", "https://en.wikipedia.org/wiki/Convention_\\(treaty\\)")]
    [InlineData("https://example.org/a b", "<https://example.org/a b>")]
    [InlineData("https://example.org/a b(c)", "<https://example.org/a b(c)>")]
    [InlineData("https://example.org/?q=1&amp;r=2", "https://example.org/?q=1&amp;amp;r=2")]
    [InlineData("https://example.org/?q=1&r=2", "https://example.org/?q=1&r=2")]
    [InlineData("https://example.org/<x>\\y", "https://example.org/\\<x\\>\\\\y")]
    [InlineData("mailto:isu@example.org?subject=Round 2", "<mailto:isu@example.org?subject=Round 2>")]
    public void Write_LinkTargets_RoundTripExactly(string href, string destination)
    {
        var content = C(T("text", href: href));
        var markdown = InlineMarkdown.Write(content);
        Assert.Equal($"[text]({destination})", markdown);
        Assert.Equal(content, InlineMarkdown.Parse(markdown));
    }

    [Theory]
    [InlineData(" leading", TextMarks.Bold)]
    [InlineData("trailing ", TextMarks.Italic)]
    [InlineData(" both ", TextMarks.Underline)]
    [InlineData("\u00A0nbsp\u00A0", TextMarks.Bold | TextMarks.Italic)]
    [InlineData("\tTab\t", TextMarks.Bold | TextMarks.Underline)]
    [InlineData(" ", TextMarks.Bold)]
    public void SpacesAtMarkEdges_RoundTrip(string text, TextMarks marks)
    {
        foreach (var content in new[] { C(T(text, marks)), C(T("x"), T(text, marks), T("y")), C(T("x "), T(text, marks), T(" y")), C(T("x."), T(text, marks), T(".y")) })
        {
            var markdown = InlineMarkdown.Write(content);
            Assert.Equal(content, InlineMarkdown.Parse(markdown));
        }
    }

    [Fact]
    public void Write_TextWithLineFeed_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => InlineMarkdown.Write(C("two\nlines")));
        Assert.Contains("line feed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_InvalidFootnoteId_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => InlineMarkdown.Write(C(Ref("Not Valid"))));
        Assert.Contains("'Not Valid' is not a valid id", error.Message, StringComparison.Ordinal);
    }
}
