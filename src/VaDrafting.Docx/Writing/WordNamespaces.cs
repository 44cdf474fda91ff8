using DocumentFormat.OpenXml;

namespace VaDrafting.Docx.Writing;

/// <summary>Declares the namespaces of Word 2010+ attributes (w14:paraId) as ignorable, as Word itself does.</summary>
internal static class WordNamespaces
{
    public const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public const string Word2010 = "http://schemas.microsoft.com/office/word/2010/wordml";

    public static void Declare(OpenXmlPartRootElement root)
    {
        root.AddNamespaceDeclaration("mc", MarkupCompatibility);
        root.AddNamespaceDeclaration("w14", Word2010);
        root.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        root.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = "w14" };
    }
}
