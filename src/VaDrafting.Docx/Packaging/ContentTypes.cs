using System.Xml;

namespace VaDrafting.Docx.Packaging;

/// <summary>The <c>[Content_Types].xml</c> of a package: default types by extension and overrides by part name.</summary>
internal sealed class ContentTypes
{
    public const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string WordTemplateMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

    private static readonly HashSet<string> MacroTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
        "application/vnd.ms-office.vbaProject",
        "application/vnd.ms-word.vbaData+xml",
        "application/vnd.ms-office.vbaProjectSignature",
    };

    private readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _overrides = new(StringComparer.OrdinalIgnoreCase);

    public bool DeclaresMacros =>
        _defaults.Values.Concat(_overrides.Values).Any(MacroTypes.Contains);

    /// <summary>The content type of a zip entry such as <c>word/document.xml</c>, or null when none applies.</summary>
    public string? Of(string entryName)
    {
        if (_overrides.TryGetValue("/" + entryName.TrimStart('/'), out var type)) return type;
        var extension = Path.GetExtension(entryName).TrimStart('.');
        return _defaults.GetValueOrDefault(extension);
    }

    /// <summary>Parses the part; XML problems (including a DTD, which is prohibited) surface as <see cref="XmlException"/>.</summary>
    public static ContentTypes Parse(byte[] xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        var result = new ContentTypes();
        using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            var type = reader.GetAttribute("ContentType");
            if (type is null) continue;
            switch (reader.LocalName)
            {
                case "Default" when reader.GetAttribute("Extension") is { } extension:
                    result._defaults[extension] = type;
                    break;
                case "Override" when reader.GetAttribute("PartName") is { } partName:
                    result._overrides[partName] = type;
                    break;
            }
        }
        return result;
    }
}
