using DocumentFormat.OpenXml.Packaging;

namespace VaDrafting.Docx.Reading;

/// <summary>
/// The hyperlink relationships of one part, by id. Targets are only read as strings, never fetched; only
/// http, https and mailto targets are kept as links (a security rule of the stored format).
/// </summary>
internal sealed class HyperlinkTargets(OpenXmlPart? part)
{
    // Relationship id → the safe link target, or null when the target is not one we keep as a link.
    private Dictionary<string, string?>? _targets;

    public string? Resolve(string? relationshipId, string? anchor)
    {
        if (relationshipId is null || part is null) return null;
        _targets ??= part.HyperlinkRelationships.ToDictionary(r => r.Id, r => Safe(r.Uri.OriginalString), StringComparer.Ordinal);
        if (_targets.GetValueOrDefault(relationshipId) is not { } target) return null;
        return string.IsNullOrEmpty(anchor) || target.Contains('#') ? target : Safe(target + "#" + anchor);
    }

    /// <summary>The URL when it is an absolute http, https or mailto URL; null otherwise (javascript:, file:, relative, …).</summary>
    public static string? Safe(string? href)
    {
        var trimmed = href?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)) return null;
        return uri.Scheme is "http" or "https" or "mailto" ? trimmed : null;
    }
}
