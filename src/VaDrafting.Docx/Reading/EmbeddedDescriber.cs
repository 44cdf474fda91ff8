using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Dml = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using OMath = DocumentFormat.OpenXml.Math;

namespace VaDrafting.Docx.Reading;

/// <summary>
/// Says what an embedded object is (image, text box, chart, object, equation) and describes it with what the
/// file offers: alt text, title, the text of a text box, the text of an equation.
/// </summary>
internal static class EmbeddedDescriber
{
    public const int MaxDescriptionLength = 200;

    private const string PictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string ChartExUri = "http://schemas.microsoft.com/office/drawing/2014/chartex";
    private const string DiagramUri = "http://schemas.openxmlformats.org/drawingml/2006/diagram";

    public static EmbeddedContent Drawing(Drawing drawing)
    {
        var properties = drawing.Descendants<Dw.DocProperties>().FirstOrDefault();
        var alt = FirstText(properties?.Description?.Value, properties?.Title?.Value);
        var uri = drawing.Descendants<Dml.GraphicData>().FirstOrDefault()?.Uri?.Value;

        switch (uri)
        {
            case ChartUri or ChartExUri:
                return new("chart", Describe(alt, "chart"));
            case DiagramUri:
                return new("object", Describe(alt, "diagram"));
            case PictureUri:
                return new("image", Describe(alt, "no description"));
        }
        if (TextBoxText(drawing) is { Length: > 0 } boxText) return new("textbox", Describe(alt ?? boxText, "text box"));
        return new("image", Describe(alt, "drawing"));
    }

    /// <summary>A legacy VML picture (<c>w:pict</c>): an image, a text box or a shape.</summary>
    public static EmbeddedContent VmlPicture(OpenXmlElement picture)
    {
        var alt = FirstText(Attribute(picture, "alt"), Attribute(picture, "title"));
        if (picture.Descendants().Any(e => e.LocalName == "textbox"))
            return new("textbox", Describe(alt ?? TextBoxText(picture), "text box"));
        return new("image", Describe(alt, picture.Descendants().Any(e => e.LocalName == "imagedata") ? "no description" : "drawing"));
    }

    public static EmbeddedContent EmbeddedObject(OpenXmlElement embedded)
    {
        var alt = FirstText(Attribute(embedded, "alt"), Attribute(embedded, "title"));
        var program = Attribute(embedded, "ProgID");
        return new("object", Describe(alt, program is null ? "embedded object" : $"embedded {program} object"));
    }

    public static EmbeddedContent Equation(OpenXmlElement math)
    {
        var text = new StringBuilder();
        foreach (var run in math.Descendants<OMath.Text>()) text.Append(run.Text);
        return new("equation", Describe(text.ToString(), "equation"));
    }

    /// <summary>One line, no longer than <see cref="MaxDescriptionLength"/>, never empty.</summary>
    public static string Describe(string? text, string fallback)
    {
        var collapsed = Collapse(text);
        if (collapsed.Length == 0) return fallback;
        return collapsed.Length <= MaxDescriptionLength ? collapsed : collapsed[..(MaxDescriptionLength - 1)].TrimEnd() + "…";
    }

    private static string Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            if (pendingSpace) result.Append(' ');
            pendingSpace = false;
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>The text of the paragraphs inside a text box (DrawingML or VML), one space between paragraphs.</summary>
    private static string TextBoxText(OpenXmlElement container)
    {
        var content = container.Descendants<TextBoxContent>().FirstOrDefault();
        if (content is null) return "";
        return string.Join(" ", content.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
    }

    private static string? FirstText(params string?[] candidates) =>
        candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));

    /// <summary>An attribute by local name on the element or any descendant (VML keeps alt text on the shape, ProgID on the OLE object).</summary>
    private static string? Attribute(OpenXmlElement element, string localName)
    {
        foreach (var candidate in element.Descendants().Prepend(element))
        {
            foreach (var attribute in candidate.GetAttributes())
            {
                if (attribute.LocalName == localName && !string.IsNullOrWhiteSpace(attribute.Value)) return attribute.Value;
            }
        }
        return null;
    }
}
