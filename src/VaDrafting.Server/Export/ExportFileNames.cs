using System.Text;

namespace VaDrafting.Server.Export;

/// <summary>
/// Names of exported files: <c>{symbol or document id}-{kind}-{version}.{extension}</c>, where the version is the name of a
/// circulated version or the commit's first seven digits. Only letters, digits, '.', '-' and '_' stay (others become '-'),
/// so the name is safe on every desktop; the response still sends it in both Content-Disposition forms.
/// </summary>
public static class ExportFileNames
{
    private const int MaxPartLength = 60;

    public static string For(string? symbol, string documentId, string kind, string version, string extension) =>
        $"{Part(string.IsNullOrWhiteSpace(symbol) ? documentId : symbol)}-{kind}-{Part(version)}.{extension}";

    /// <summary>The label of a version in a file name: its circulated name, else its short commit id.</summary>
    public static string VersionLabel(string commitId, ILookup<string, string> tagsByCommit) =>
        tagsByCommit[commitId].LastOrDefault() ?? commitId[..Math.Min(7, commitId.Length)];

    private static string Part(string text)
    {
        var safe = new StringBuilder(Math.Min(text.Length, MaxPartLength));
        foreach (var c in text.Trim())
        {
            if (safe.Length == MaxPartLength) break;
            var keep = char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
            if (keep) safe.Append(c);
            else if (safe.Length > 0 && safe[^1] != '-') safe.Append('-');
        }
        var result = safe.ToString().Trim('-', '.');
        return result.Length == 0 ? "document" : result;
    }
}
