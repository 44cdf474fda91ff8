using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;

namespace VaDrafting.Docx.Writing;

/// <summary>Core (title, language) and custom (VaDrafting.*) document properties.</summary>
internal static class DocumentProperties
{
    // The format id Word uses for user-defined custom properties.
    private const string UserDefinedFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    public static void Write(WordprocessingDocument word, string title, string language, IEnumerable<(string Name, string? Value)> custom)
    {
        if (!string.IsNullOrWhiteSpace(title)) word.PackageProperties.Title = title.Trim();
        word.PackageProperties.Language = language;

        var values = custom.Where(p => !string.IsNullOrEmpty(p.Value)).ToList();
        if (values.Count == 0) return;
        var properties = new Properties();
        properties.AddNamespaceDeclaration("vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
        var propertyId = 2;
        foreach (var (name, value) in values)
        {
            properties.AppendChild(new CustomDocumentProperty(new VTLPWSTR(value!))
            {
                FormatId = UserDefinedFormatId,
                PropertyId = propertyId++,
                Name = name,
            });
        }
        word.AddCustomFilePropertiesPart().Properties = properties;
    }
}
