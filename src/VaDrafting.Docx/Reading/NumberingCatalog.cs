using DocumentFormat.OpenXml.Wordprocessing;
using VaDrafting.Core.Model;

namespace VaDrafting.Docx.Reading;

/// <summary>
/// The numbering part, read once: which list kind a (numId, ilvl) pair shows — bullets for the
/// <c>bullet</c> format, numbers for decimal, letters, roman numerals and the rest, nothing for <c>none</c>.
/// Follows <c>w:num → w:abstractNum</c>, level overrides and <c>numStyleLink</c> to numbering styles.
/// </summary>
internal sealed class NumberingCatalog
{
    private const int MaxLinkDepth = 4;

    private sealed record Definition(Dictionary<int, string> Formats, Dictionary<string, int> LevelByParagraphStyle, string? NumberingStyleLink);

    private sealed record Instance(int AbstractId, Dictionary<int, string> FormatOverrides);

    private readonly Dictionary<int, Definition> _definitions = [];
    private readonly Dictionary<int, Instance> _instances = [];
    private readonly Func<string, int?> _numberingIdOfStyle;

    public NumberingCatalog(Numbering? numbering, Func<string, int?> numberingIdOfStyle)
    {
        _numberingIdOfStyle = numberingIdOfStyle;
        if (numbering is null) return;

        foreach (var definition in numbering.Elements<AbstractNum>())
        {
            if (definition.AbstractNumberId?.Value is not { } abstractId) continue;
            var formats = new Dictionary<int, string>();
            var byStyle = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var level in definition.Elements<Level>())
            {
                if (level.LevelIndex?.Value is not { } index) continue;
                if (FormatOf(level) is { } format) formats[index] = format;
                if (level.ParagraphStyleIdInLevel?.Val?.Value is { } styleId) byStyle.TryAdd(styleId, index);
            }
            _definitions.TryAdd(abstractId, new Definition(formats, byStyle, definition.NumberingStyleLink?.Val?.Value));
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } numId || instance.AbstractNumId?.Val?.Value is not { } abstractId) continue;
            var overrides = new Dictionary<int, string>();
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is { } index && levelOverride.Level is { } level && FormatOf(level) is { } format)
                    overrides[index] = format;
            }
            _instances.TryAdd(numId, new Instance(abstractId, overrides));
        }
    }

    /// <summary>The kind of list item a paragraph numbered with (numId, level) is, or null when it shows no number or bullet.</summary>
    public ListKind? KindOf(int numId, int level)
    {
        if (!_instances.TryGetValue(numId, out var instance)) return null;
        var format = instance.FormatOverrides.GetValueOrDefault(level) ?? FormatIn(DefinitionOf(instance.AbstractId), level);
        return format switch
        {
            null => ListKind.Numbered,
            "none" => null,
            "bullet" => ListKind.Bulleted,
            _ => ListKind.Numbered,
        };
    }

    /// <summary>The level a list definition assigns to a paragraph style (<c>w:lvl/w:pStyle</c>), when it does.</summary>
    public int? LevelOfStyle(int numId, string? paragraphStyleId)
    {
        if (paragraphStyleId is null || !_instances.TryGetValue(numId, out var instance)) return null;
        return DefinitionOf(instance.AbstractId) is { } definition && definition.LevelByParagraphStyle.TryGetValue(paragraphStyleId, out var level)
            ? level
            : null;
    }

    private Definition? DefinitionOf(int abstractId)
    {
        var definition = _definitions.GetValueOrDefault(abstractId);
        for (var depth = 0; depth < MaxLinkDepth && definition is { NumberingStyleLink: { } link, Formats.Count: 0 }; depth++)
        {
            if (_numberingIdOfStyle(link) is not { } linkedNumId || !_instances.TryGetValue(linkedNumId, out var linked)) break;
            definition = _definitions.GetValueOrDefault(linked.AbstractId);
        }
        return definition;
    }

    /// <summary>The format of a level, falling back to the nearest lower defined level.</summary>
    private static string? FormatIn(Definition? definition, int level)
    {
        if (definition is null) return null;
        for (var candidate = level; candidate >= 0; candidate--)
        {
            if (definition.Formats.TryGetValue(candidate, out var format)) return format;
        }
        return null;
    }

    private static string? FormatOf(Level level) => level.NumberingFormat?.Val?.InnerText;
}
