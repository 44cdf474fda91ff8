using System.Diagnostics.CodeAnalysis;

namespace VaDrafting.Core.Model;

/// <summary>
/// Which link targets a document may carry. Only web and mail links are kept: any other scheme
/// (<c>javascript:</c>, <c>data:</c>, <c>file:</c>, relative paths …) could run code or leak data
/// when the text is rendered, so such links are reduced to their text.
/// </summary>
public static class LinkPolicy
{
    private static readonly string[] AllowedPrefixes = ["http://", "https://", "mailto:"];

    /// <summary>True for an http, https or mailto URL without control characters.</summary>
    public static bool IsAllowed([NotNullWhen(true)] string? href)
    {
        if (href is null) return false;
        if (!AllowedPrefixes.Any(prefix => href.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))) return false;
        foreach (var c in href)
        {
            if (char.IsControl(c)) return false;
        }
        return true;
    }
}
