using System.Globalization;

namespace VaDrafting.Docx.Reading;

/// <summary>
/// Turns a <c>w:sym</c> (a character picked from a font's code table) into Unicode text. Symbol fonts put
/// their glyphs in the private-use range F000–F0FF; the Symbol and Wingdings tables are mapped for the
/// characters documents commonly use; other fonts already use Unicode code points.
/// </summary>
internal static class WordSymbols
{
    public const string Unknown = "\uFFFD";

    // Adobe Symbol encoding, 0x20–0x7E.
    private const string SymbolLow =
        " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼";

    private static readonly Dictionary<int, string> SymbolHigh = new()
    {
        [0xA2] = "′", [0xA3] = "≤", [0xA5] = "∞", [0xA7] = "♣", [0xA8] = "♦", [0xA9] = "♥", [0xAA] = "♠",
        [0xAB] = "↔", [0xAC] = "←", [0xAD] = "↑", [0xAE] = "→", [0xAF] = "↓", [0xB0] = "°", [0xB1] = "±",
        [0xB2] = "″", [0xB3] = "≥", [0xB4] = "×", [0xB5] = "∝", [0xB6] = "∂", [0xB7] = "•", [0xB8] = "÷",
        [0xB9] = "≠", [0xBA] = "≡", [0xBB] = "≈", [0xBC] = "…", [0xC6] = "∅", [0xC7] = "∩", [0xC8] = "∪",
        [0xCE] = "∈", [0xCF] = "∉", [0xD0] = "∠", [0xD1] = "∇", [0xD2] = "®", [0xD3] = "©", [0xD4] = "™",
        [0xD5] = "∏", [0xD6] = "√", [0xD7] = "⋅", [0xD8] = "¬", [0xD9] = "∧", [0xDA] = "∨", [0xDB] = "⇔",
        [0xDC] = "⇐", [0xDD] = "⇑", [0xDE] = "⇒", [0xDF] = "⇓", [0xE0] = "◊", [0xE2] = "®", [0xE3] = "©",
        [0xE4] = "™", [0xE5] = "∑", [0xF2] = "∫",
    };

    private static readonly Dictionary<int, string> Wingdings = new()
    {
        [0x21] = "✏", [0x22] = "✂", [0x28] = "☎", [0x2A] = "✉", [0x36] = "⌛", [0x3F] = "✍", [0x4A] = "☺",
        [0x4B] = "😐", [0x4C] = "☹", [0x6C] = "●", [0x6E] = "■", [0x6F] = "□", [0x71] = "❑", [0x74] = "⧫",
        [0x75] = "◆", [0x76] = "❖", [0x77] = "⬥", [0x9F] = "•", [0xA1] = "○", [0xA7] = "▪", [0xA8] = "◻",
        [0xD8] = "➢", [0xDF] = "←", [0xE0] = "→", [0xE8] = "➔", [0xEF] = "⇦", [0xF0] = "⇨", [0xFB] = "✗",
        [0xFC] = "✓", [0xFD] = "☒", [0xFE] = "☑",
    };

    /// <summary>The text for a symbol, or <see cref="Unknown"/> when the font's table does not cover it.</summary>
    public static string ToText(string? font, string? hexCode)
    {
        if (hexCode is null || !int.TryParse(hexCode, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            return Unknown;

        var symbolCode = code is >= 0xF000 and <= 0xF0FF ? code - 0xF000 : code;
        var family = (font ?? "").Trim();
        if (family.Equals("Symbol", StringComparison.OrdinalIgnoreCase))
        {
            if (symbolCode is >= 0x20 and <= 0x7E) return SymbolLow[symbolCode - 0x20].ToString();
            return SymbolHigh.GetValueOrDefault(symbolCode, Unknown);
        }
        if (family.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase) || family.StartsWith("Webdings", StringComparison.OrdinalIgnoreCase))
            return family.Equals("Wingdings", StringComparison.OrdinalIgnoreCase) ? Wingdings.GetValueOrDefault(symbolCode, Unknown) : Unknown;

        if (code is >= 0xF000 and <= 0xF0FF || !IsText(code)) return Unknown;
        return char.ConvertFromUtf32(code);
    }

    private static bool IsText(int code) =>
        code is >= 0x20 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) && CharUnicodeInfo.GetUnicodeCategory(code) is not UnicodeCategory.Control;
}
