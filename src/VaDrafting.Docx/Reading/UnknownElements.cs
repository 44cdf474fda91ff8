using DocumentFormat.OpenXml;

namespace VaDrafting.Docx.Reading;

/// <summary>
/// OpenXml SDK 3 no longer knows some WordprocessingML wrappers (notably <c>w:smartTag</c>): it loads them,
/// and everything inside them, as unknown elements. Re-parsing their inner XML under a known parent gives
/// typed runs and paragraphs back, so their content is read like any other.
/// </summary>
internal static class UnknownElements
{
    public static OpenXmlElement ContentOf<TParent>(OpenXmlUnknownElement unknown)
        where TParent : OpenXmlCompositeElement, new()
    {
        if (!unknown.HasChildren) return unknown;
        var parent = new TParent { InnerXml = unknown.InnerXml };
        return parent;
    }
}
