using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace VaDrafting.Core.Model;

/// <summary>
/// Rules for the ids that name documents and circulated versions. Both end up as file-system and Git
/// ref names, so they are restricted to lowercase letters, digits and inner hyphens.
/// </summary>
public static partial class Slugs
{
    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")]
    private static partial Regex SlugPattern();

    /// <summary>True when <paramref name="value"/> is a safe document id or tag name (no dots, slashes or spaces).</summary>
    public static bool IsValid([NotNullWhen(true)] string? value) =>
        value is not null && SlugPattern().IsMatch(value) && !value.Contains("--", StringComparison.Ordinal);

    /// <summary>Makes a slug from free text: "V1 – First draft" becomes "v1-first-draft".</summary>
    public static string From(string text)
    {
        var normalized = text.Normalize(System.Text.NormalizationForm.FormD);
        var chars = new System.Text.StringBuilder();
        var lastWasHyphen = true;
        foreach (var c in normalized)
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' || c is >= 'A' and <= 'Z')
            {
                chars.Append(char.ToLowerInvariant(c));
                lastWasHyphen = false;
            }
            else if (!lastWasHyphen)
            {
                chars.Append('-');
                lastWasHyphen = true;
            }
            if (chars.Length >= 64) break;
        }
        return chars.ToString().Trim('-');
    }
}
