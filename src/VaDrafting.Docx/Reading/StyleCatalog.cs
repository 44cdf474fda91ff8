using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;

namespace VaDrafting.Docx.Reading;

/// <summary>Bold/italic/underline as set (true/false) or left to an outer level (null).</summary>
internal readonly record struct RunToggles(bool? Bold, bool? Italic, bool? Underline)
{
    public static RunToggles Unset => default;

    public static RunToggles From(StyleRunProperties? properties) =>
        properties is null ? Unset : new(OnOff(properties.Bold), OnOff(properties.Italic), Underlined(properties.Underline));

    public static RunToggles From(RunProperties? properties) =>
        properties is null ? Unset : new(OnOff(properties.Bold), OnOff(properties.Italic), Underlined(properties.Underline));

    /// <summary>This level's settings where it has them, <paramref name="outer"/>'s otherwise.</summary>
    public RunToggles Over(RunToggles outer) => new(Bold ?? outer.Bold, Italic ?? outer.Italic, Underline ?? outer.Underline);

    public TextMarks ToMarks() =>
        (Bold == true ? TextMarks.Bold : TextMarks.None)
        | (Italic == true ? TextMarks.Italic : TextMarks.None)
        | (Underline == true ? TextMarks.Underline : TextMarks.None);

    private static bool? OnOff(DocumentFormat.OpenXml.OpenXmlLeafElement? element) => element switch
    {
        null => null,
        Bold b => b.Val is null || b.Val.Value,
        Italic i => i.Val is null || i.Val.Value,
        _ => null,
    };

    private static bool? Underlined(Underline? underline) =>
        underline is null ? null : underline.Val is null || underline.Val.Value != UnderlineValues.None;
}

/// <summary>What a paragraph style means for import, with its <c>basedOn</c> chain already resolved.</summary>
internal sealed record ParagraphStyleTraits(
    string? StyleId,
    int? HeadingLevel,
    bool IsTitle,
    bool IsQuote,
    bool IsPlaceholder,
    bool IsCover,
    int? NumberingId,
    int? NumberingLevel,
    ListKind? NamedListKind,
    int NamedListLevel)
{
    public static ParagraphStyleTraits None { get; } = new(null, null, false, false, false, false, null, null, null, 0);
}

/// <summary>
/// The styles part, read once. Styles are recognised by name and by id (Word localises ids, LibreOffice and
/// Google Docs use their own), and by outline level; <c>basedOn</c> chains are followed with a depth cap.
/// </summary>
internal sealed class StyleCatalog
{
    private const int MaxChainDepth = 16;

    private sealed record StyleEntry(
        string Id,
        string? NormalizedName,
        string? BasedOn,
        int? OutlineLevel,
        int? NumberingId,
        int? NumberingLevel,
        RunToggles Run);

    private enum Role { None, Heading, Title, Quote, Placeholder, Cover, ListBullet, ListNumber, NoMarks }

    private readonly Dictionary<string, StyleEntry> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParagraphStyleTraits> _paragraphCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunToggles> _characterCache = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;

    public StyleCatalog(Styles? styles)
    {
        if (styles is null) return;
        foreach (var style in styles.Elements<Style>())
        {
            var id = style.StyleId?.Value;
            if (string.IsNullOrEmpty(id) || _styles.ContainsKey(id)) continue;
            var paragraph = style.StyleParagraphProperties;
            var numbering = paragraph?.NumberingProperties;
            _styles[id] = new StyleEntry(
                id,
                Normalize(style.StyleName?.Val?.Value),
                style.BasedOn?.Val?.Value,
                paragraph?.OutlineLevel?.Val?.Value,
                numbering?.NumberingId?.Val?.Value,
                numbering?.NumberingLevelReference?.Val?.Value,
                RunToggles.From(style.StyleRunProperties));
            if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true) _defaultParagraphStyle ??= id;
        }
        Language = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Languages?.Val?.Value;
    }

    /// <summary>The document's default language tag (e.g. "en-GB"), if it declares one.</summary>
    public string? Language { get; }

    public ParagraphStyleTraits Paragraph(string? styleId)
    {
        styleId ??= _defaultParagraphStyle;
        if (styleId is null) return ParagraphStyleTraits.None;
        if (!_paragraphCache.TryGetValue(styleId, out var traits))
        {
            traits = ResolveParagraph(styleId);
            _paragraphCache[styleId] = traits;
        }
        return traits;
    }

    /// <summary>The toggles a character style (<c>w:rStyle</c>) contributes; link and note-mark styles contribute none.</summary>
    public RunToggles Character(string? styleId)
    {
        if (styleId is null) return RunToggles.Unset;
        if (!_characterCache.TryGetValue(styleId, out var toggles))
        {
            toggles = ResolveCharacter(styleId);
            _characterCache[styleId] = toggles;
        }
        return toggles;
    }

    private ParagraphStyleTraits ResolveParagraph(string styleId)
    {
        int? headingLevel = null, outlineLevel = null, numberingId = null, numberingLevel = null;
        var role = Role.None;
        var roleLevel = 0;

        foreach (var (id, entry) in Chain(styleId))
        {
            if (role == Role.None)
            {
                (role, roleLevel) = RoleOf(entry?.NormalizedName);
                if (role == Role.None) (role, roleLevel) = RoleOf(Normalize(id));
            }
            if (entry is null) continue;
            outlineLevel ??= entry.OutlineLevel;
            // A derived list style often sets only the level and inherits the list (numId) from its base.
            numberingId ??= entry.NumberingId;
            numberingLevel ??= entry.NumberingLevel;
        }

        if (role == Role.Heading) headingLevel = Math.Min(roleLevel, 6);
        else if (role != Role.Title && outlineLevel is >= 0 and <= 8) headingLevel = Math.Min(outlineLevel.Value + 1, 6);

        return new ParagraphStyleTraits(
            styleId,
            headingLevel,
            IsTitle: role == Role.Title,
            IsQuote: role == Role.Quote,
            IsPlaceholder: role == Role.Placeholder,
            IsCover: role == Role.Cover,
            numberingId,
            numberingLevel,
            role switch { Role.ListBullet => ListKind.Bulleted, Role.ListNumber => ListKind.Numbered, _ => null },
            Math.Max(0, roleLevel - 1));
    }

    private RunToggles ResolveCharacter(string styleId)
    {
        var result = RunToggles.Unset;
        var role = Role.None;
        foreach (var (id, entry) in Chain(styleId))
        {
            if (role == Role.None) role = CharacterRoleOf(entry?.NormalizedName ?? Normalize(id));
            if (entry is not null) result = result.Over(entry.Run);
        }
        return role switch
        {
            Role.NoMarks => RunToggles.Unset,
            _ when result != RunToggles.Unset => result,
            _ => CharacterFallback(Normalize(styleId)),
        };
    }

    /// <summary>The style and its ancestors, most specific first; a missing style yields its id with no entry.</summary>
    private IEnumerable<(string Id, StyleEntry? Entry)> Chain(string styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? current = styleId;
        for (var depth = 0; current is not null && depth < MaxChainDepth && seen.Add(current); depth++)
        {
            var entry = _styles.GetValueOrDefault(current);
            yield return (current, entry);
            current = entry?.BasedOn;
        }
    }

    private static (Role Role, int Level) RoleOf(string? normalized)
    {
        switch (normalized)
        {
            case null: return (Role.None, 0);
            case "title": return (Role.Title, 0);
            case "quote" or "intensequote" or "blocktext" or "quotations": return (Role.Quote, 0);
            case WordStyleIds.PlaceholderNormalized: return (Role.Placeholder, 0);
            case WordStyleIds.CoverNormalized: return (Role.Cover, 0);
        }
        if (TrailingLevel(normalized, "heading") is { } heading and >= 1 and <= 9) return (Role.Heading, heading);
        if (TrailingLevel(normalized, "listbullet") is { } bullet and >= 1 and <= 9) return (Role.ListBullet, bullet);
        if (TrailingLevel(normalized, "listnumber") is { } number and >= 1 and <= 9) return (Role.ListNumber, number);
        return (Role.None, 0);
    }

    private static Role CharacterRoleOf(string? normalized) => normalized switch
    {
        "hyperlink" or "followedhyperlink" or "internetlink" or "footnotereference" or "endnotereference" => Role.NoMarks,
        _ => Role.None,
    };

    /// <summary>A referenced character style that the file does not define still means what its name says.</summary>
    private static RunToggles CharacterFallback(string? normalized) => normalized switch
    {
        "strong" => new RunToggles(true, null, null),
        "emphasis" => new RunToggles(null, true, null),
        _ => RunToggles.Unset,
    };

    /// <summary>"listbullet" → 1, "listbullet3" → 3, "heading2" → 2; "heading" alone is not a level (LibreOffice's base style).</summary>
    private static int? TrailingLevel(string normalized, string prefix)
    {
        if (!normalized.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var rest = normalized.AsSpan(prefix.Length);
        if (rest.IsEmpty) return prefix == "heading" ? null : 1;
        return int.TryParse(rest, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var level)
            ? level
            : null;
    }

    private static string? Normalize(string? name)
    {
        if (name is null) return null;
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (c is ' ' or '-' or '_') continue;
            buffer[length++] = char.ToLowerInvariant(c);
        }
        return new string(buffer[..length]);
    }
}
