using System.Globalization;

namespace VaDrafting.Docx.Packaging;

/// <summary>The sentences a person sees when their upload is refused.</summary>
internal static class Rejections
{
    public const string NotWord = "The file is not a Word document (.docx).";
    public const string LegacyOrEncrypted =
        "The file is an old-format Word document (.doc) or is password-protected. Save it as .docx without a password and upload it again.";
    public const string Damaged = "The file is damaged or incomplete and cannot be read as a Word document.";
    public const string Macros = "Macro-enabled documents are not accepted.";
    public const string DocumentTypeDeclaration =
        "The file contains a document type declaration (DTD or entity definition), which is not accepted.";
    public const string Empty = "The file is empty.";

    public static string TooLarge(long maxBytes) => $"The file is larger than {Size(maxBytes)}.";

    public static string TooManyParts(int maxEntries) =>
        $"The file contains more than {maxEntries.ToString(CultureInfo.InvariantCulture)} parts.";

    public static string ExpandsTooMuch(long maxBytes) => $"The file expands to more than {Size(maxBytes)}.";

    public static string PartExpandsTooMuch(long maxBytes) => $"A part of the file expands to more than {Size(maxBytes)}.";

    public static string TooDeep(int maxDepth) =>
        $"The file nests its content more than {maxDepth.ToString(CultureInfo.InvariantCulture)} levels deep.";

    public static string SuspiciousCompression(int ratio) =>
        $"The file is compressed more than {ratio.ToString(CultureInfo.InvariantCulture)}:1 and was refused as a possible zip bomb.";

    /// <summary>"200 MB", "1.5 MB", "64 KB", "900 bytes".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= DocxLimits.Megabyte => (bytes / (double)DocxLimits.Megabyte).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
