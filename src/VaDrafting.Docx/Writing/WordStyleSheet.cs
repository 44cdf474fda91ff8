using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace VaDrafting.Docx.Writing;

/// <summary>The styles every exported document carries: real Word styles, so that the file looks and behaves like one made in Word.</summary>
internal static class WordStyleSheet
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // Half-points per heading level 1–6.
    private static readonly int[] HeadingSizes = [32, 28, 26, 24, 22, 22];

    // The header row of tables is shaded rather than bold: LibreOffice turns table-style formatting into
    // direct formatting on save, and a baked-in bold would come back as bold marks on every header cell.
    public static Styles Create(string language)
    {
        var xml = new StringBuilder($"<w:styles xmlns:w=\"{W}\">");
        xml.Append(DocumentDefaults(language));
        xml.Append("""<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>""");
        xml.Append("""<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>""");
        xml.Append("""<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>""");
        xml.Append("""<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>""");
        xml.Append("""<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>""");
        for (var level = 1; level <= 6; level++) xml.Append(Heading(level));
        xml.Append("""<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>""");
        xml.Append("""<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/><w:pPr><w:spacing w:before="200"/><w:ind w:left="864" w:right="864"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="404040"/></w:rPr></w:style>""");
        xml.Append("""<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr><w:tblStylePr w:type="firstRow"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr></w:style>""");
        xml.Append("""<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>""");
        xml.Append("""<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>""");
        xml.Append("""<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>""");
        xml.Append($"""<w:style w:type="paragraph" w:customStyle="1" w:styleId="{WordStyleIds.Placeholder}"><w:name w:val="{WordStyleIds.PlaceholderName}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="99"/><w:rPr><w:i/><w:iCs/><w:color w:val="595959"/></w:rPr></w:style>""");
        xml.Append($"""<w:style w:type="paragraph" w:customStyle="1" w:styleId="{WordStyleIds.Cover}"><w:name w:val="{WordStyleIds.CoverName}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="99"/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:color w:val="404040"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>""");
        xml.Append($"""<w:style w:type="paragraph" w:styleId="{WordStyleIds.ContentsHeading}"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="480" w:after="120"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>""");
        for (var level = 1; level <= 3; level++)
        {
            var indent = ((level - 1) * 220).ToString(CultureInfo.InvariantCulture);
            xml.Append($"""<w:style w:type="paragraph" w:styleId="{WordStyleIds.ContentsEntry(level)}"><w:name w:val="toc {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="{indent}"/></w:pPr></w:style>""");
        }
        xml.Append($"""<w:style w:type="paragraph" w:styleId="{WordStyleIds.Footer}"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>""");
        xml.Append("</w:styles>");
        return new Styles(xml.ToString());
    }

    private static string DocumentDefaults(string language) =>
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:eastAsia=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/>"
        + $"<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"{SecurityElement.Escape(language)}\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>";

    private static string Heading(int level)
    {
        var size = HeadingSizes[level - 1].ToString(CultureInfo.InvariantCulture);
        var outline = (level - 1).ToString(CultureInfo.InvariantCulture);
        var italic = level >= 4 ? "<w:i/><w:iCs/>" : "";
        return $"<w:style w:type=\"paragraph\" w:styleId=\"{WordStyleIds.Heading(level)}\"><w:name w:val=\"heading {level}\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
            + $"<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"{(level == 1 ? 360 : 240)}\" w:after=\"120\"/><w:outlineLvl w:val=\"{outline}\"/></w:pPr>"
            + $"<w:rPr><w:b/><w:bCs/>{italic}<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr></w:style>";
    }
}
