using DocumentFormat.OpenXml.Wordprocessing;

namespace VaDrafting.Docx.Writing;

/// <summary>Document settings: tab stops, Word 2013+ compatibility mode, and the separator notes when there are footnotes.</summary>
internal static class WordSettings
{
    public static Settings Create(bool hasFootnotes)
    {
        var settings = new Settings(
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
        if (hasFootnotes)
        {
            settings.AppendChild(new FootnoteDocumentWideProperties(
                new FootnoteSpecialReference { Id = Writing.FootnotesWriter.SeparatorId },
                new FootnoteSpecialReference { Id = Writing.FootnotesWriter.ContinuationSeparatorId }));
        }
        settings.AppendChild(new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
        return settings;
    }
}
