using System.Globalization;

namespace Extractor.Reading.Docx;

/// <summary>
/// Characters inserted with Word's Insert Symbol (<c>w:sym</c>). Symbol fonts address their
/// glyphs in the private use area at U+F000 plus an 8-bit code that means nothing in Unicode,
/// so the common glyphs of Symbol and Wingdings are mapped by code; others are dropped.
/// </summary>
internal static class SymbolFonts
{
    private const int PrivateUseBase = 0xF000;

    private static readonly Dictionary<int, char> Symbol = new()
    {
        [0x2B] = '+', [0x2D] = '-', [0x3D] = '=', [0xA3] = '≤', [0xAC] = '←', [0xAE] = '→', [0xB0] = '°',
        [0xB1] = '±', [0xB3] = '≥', [0xB4] = '×', [0xB7] = '•', [0xB8] = '÷', [0xB9] = '≠', [0xBB] = '≈', [0xDE] = '⇒',
    };

    private static readonly Dictionary<int, char> Wingdings = new()
    {
        [0x6C] = '●', [0x6E] = '■', [0x71] = '❑', [0x76] = '❖', [0x9F] = '•', [0xA7] = '▪', [0xD8] = '➢', [0xE0] = '→', [0xFC] = '✓', [0xFE] = '☑',
    };

    public static string? Character(string? font, string? hexCode)
    {
        if (!int.TryParse(hexCode, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }

        var glyph = code is >= PrivateUseBase and <= PrivateUseBase + 0xFF ? code - PrivateUseBase : code;
        if (font is not null && font.StartsWith("Symbol", StringComparison.OrdinalIgnoreCase))
        {
            return Symbol.TryGetValue(glyph, out var c) ? c.ToString() : null;
        }

        if (font is not null && font.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase))
        {
            return Wingdings.TryGetValue(glyph, out var c) ? c.ToString() : null;
        }

        // Any other font holds Unicode; a surrogate or private-use code in it has no meaning to a reader.
        return code is < 0x20 or (>= 0xD800 and <= 0xF8FF) or > 0x10FFFF ? null : char.ConvertFromUtf32(code);
    }
}
