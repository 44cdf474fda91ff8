using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;

namespace VaDrafting.Docx.Writing;

/// <summary>
/// The numbering definitions of an export: one nine-level bullet list shared by all bulleted items, and one
/// nine-level decimal definition with a fresh instance (restarting at 1) for each run of consecutive list
/// items — numbering is computed when rendering, as in the stored format, so each list starts at 1.
/// </summary>
internal sealed class ListNumbering
{
    public const int Levels = 9;
    private const int BulletAbstractId = 0;
    private const int DecimalAbstractId = 1;
    private const int BulletNumId = 1;
    private const int IndentStep = 720;
    private const int Hanging = 360;

    private static readonly (string Text, string Font)[] Bullets = [("\uF0B7", "Symbol"), ("o", "Courier New"), ("\uF0A7", "Wingdings")];
    private static readonly string[] NumberFormats = ["decimal", "lowerLetter", "lowerRoman"];

    private int _numberedInstances;
    private int? _currentNumbered;

    public int NumIdFor(ListKind kind) =>
        kind == ListKind.Bulleted ? BulletNumId : _currentNumbered ??= BulletNumId + ++_numberedInstances;

    /// <summary>A block that is not a list item ends the current list; the next numbered item starts again at 1.</summary>
    public void EndList() => _currentNumbered = null;

    public Numbering ToNumbering()
    {
        var xml = new StringBuilder("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        xml.Append(Definition(BulletAbstractId, BulletLevel));
        xml.Append(Definition(DecimalAbstractId, NumberLevel));
        xml.Append($"<w:num w:numId=\"{BulletNumId}\"><w:abstractNumId w:val=\"{BulletAbstractId}\"/></w:num>");
        for (var i = 1; i <= _numberedInstances; i++)
        {
            xml.Append($"<w:num w:numId=\"{BulletNumId + i}\"><w:abstractNumId w:val=\"{DecimalAbstractId}\"/>");
            for (var level = 0; level < Levels; level++)
                xml.Append($"<w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
            xml.Append("</w:num>");
        }
        xml.Append("</w:numbering>");
        return new Numbering(xml.ToString());
    }

    private static string Definition(int abstractId, Func<int, string> level)
    {
        var xml = new StringBuilder($"<w:abstractNum w:abstractNumId=\"{abstractId}\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (var i = 0; i < Levels; i++) xml.Append(level(i));
        return xml.Append("</w:abstractNum>").ToString();
    }

    private static string BulletLevel(int level)
    {
        var (text, font) = Bullets[level % Bullets.Length];
        return $"<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/>"
            + Indent(level)
            + $"<w:rPr><w:rFonts w:ascii=\"{font}\" w:hAnsi=\"{font}\" w:hint=\"default\"/></w:rPr></w:lvl>";
    }

    private static string NumberLevel(int level)
    {
        var format = NumberFormats[level % NumberFormats.Length];
        var text = "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + ".";
        return $"<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/>"
            + Indent(level) + "</w:lvl>";
    }

    private static string Indent(int level) =>
        $"<w:pPr><w:ind w:left=\"{IndentStep * (level + 1)}\" w:hanging=\"{Hanging}\"/></w:pPr>";
}
