using System.Globalization;
using System.Text;

namespace Extractor.Pdf.Content.Fonts;

/// <summary>
/// Glyph names to Unicode after the Adobe Glyph List conventions: uniXXXX and uXXXX[XX] names, ligature names joined
/// with '_', suffixes after '.' ignored, accented Latin letters by composition ("Acircumflexacute" is A + circumflex +
/// acute), and a table of the remaining names in use for Latin text, punctuation and symbols.
/// </summary>
internal static class GlyphList
{
    /// <summary>Names that do not compose: "name hex" pairs, whitespace separated.</summary>
    private const string Names = """
        space 20 exclam 21 quotedbl 22 numbersign 23 dollar 24 percent 25 ampersand 26 quotesingle 27 parenleft 28
        parenright 29 asterisk 2A plus 2B comma 2C hyphen 2D period 2E slash 2F zero 30 one 31 two 32 three 33 four 34
        five 35 six 36 seven 37 eight 38 nine 39 colon 3A semicolon 3B less 3C equal 3D greater 3E question 3F at 40
        bracketleft 5B backslash 5C bracketright 5D asciicircum 5E underscore 5F grave 60 braceleft 7B bar 7C braceright 7D
        asciitilde 7E nbspace A0 nonbreakingspace A0 exclamdown A1 cent A2 sterling A3 currency A4 yen A5 brokenbar A6
        section A7 dieresis A8 copyright A9 ordfeminine AA guillemotleft AB logicalnot AC sfthyphen AD softhyphen AD
        registered AE macron AF degree B0 plusminus B1 twosuperior B2 threesuperior B3 acute B4 mu B5 paragraph B6
        periodcentered B7 middot B7 cedilla B8 onesuperior B9 ordmasculine BA guillemotright BB onequarter BC onehalf BD
        threequarters BE questiondown BF AE C6 Eth D0 multiply D7 Oslash D8 Thorn DE germandbls DF ae E6 eth F0 divide F7
        oslash F8 thorn FE Dcroat 110 dcroat 111 Dslash 110 dmacron 111 dotlessi 131 IJ 132 ij 133 Lslash 141 lslash 142
        OE 152 oe 153 florin 192 circumflex 2C6 caron 2C7 breve 2D8 dotaccent 2D9 ring 2DA ogonek 2DB tilde 2DC
        hungarumlaut 2DD gravecomb 300 acutecomb 301 tildecomb 303 hookabovecomb 309 dotbelowcomb 323 Delta 2206
        Omega 2126 pi 3C0 endash 2013 emdash 2014 quoteleft 2018 quoteright 2019 quotesinglbase 201A quotedblleft 201C
        quotedblright 201D quotedblbase 201E dagger 2020 daggerdbl 2021 bullet 2022 ellipsis 2026 perthousand 2030
        minute 2032 second 2033 guilsinglleft 2039 guilsinglright 203A fraction 2044 Euro 20AC trademark 2122
        arrowleft 2190 arrowup 2191 arrowright 2192 arrowdown 2193 minus 2212 radical 221A infinity 221E notequal 2260
        lessequal 2264 greaterequal 2265 summation 2211 product 220F partialdiff 2202 integral 222B approxequal 2248
        lozenge 25CA checkmark 2713 fi FB01 fl FB02 ff FB00 ffi FB03 ffl FB04
        """;

    /// <summary>Accent words of AGL letter names and the combining marks they stand for.</summary>
    private static readonly (string Word, char Mark)[] Accents =
    [
        ("acute", '\u0301'), ("grave", '\u0300'), ("hookabove", '\u0309'), ("tilde", '\u0303'), ("dotbelow", '\u0323'),
        ("circumflex", '\u0302'), ("breve", '\u0306'), ("horn", '\u031B'), ("dieresis", '\u0308'), ("ring", '\u030A'),
        ("cedilla", '\u0327'), ("caron", '\u030C'), ("macron", '\u0304'), ("ogonek", '\u0328'), ("dotaccent", '\u0307'),
        ("hungarumlaut", '\u030B'), ("commaaccent", '\u0326'),
    ];

    private static readonly Dictionary<string, string> Table = ParseTable();

    /// <summary>The Unicode text of a glyph name, or null when the name carries none (e.g. "g123").</summary>
    public static string? ToUnicode(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            name = name[..dot];
        }

        if (name.Length == 0)
        {
            return null;
        }

        if (Table.TryGetValue(name, out var known))
        {
            return known;
        }

        if (name.Contains('_', StringComparison.Ordinal))
        {
            var parts = name.Split('_').Select(ToUnicode).ToList();
            return parts.Any(part => part is null) ? null : string.Concat(parts);
        }

        return FromCodeName(name) ?? Compose(name);
    }

    /// <summary>"uni" followed by groups of four hex digits, or "u" followed by four to six.</summary>
    private static string? FromCodeName(string name)
    {
        if (name.StartsWith("uni", StringComparison.Ordinal) && name.Length >= 7 && (name.Length - 3) % 4 == 0)
        {
            var text = new StringBuilder();
            for (var at = 3; at < name.Length; at += 4)
            {
                if (!TryScalar(name.AsSpan(at, 4), out var scalar))
                {
                    return null;
                }

                text.Append(char.ConvertFromUtf32(scalar));
            }

            return text.ToString();
        }

        return name.Length is >= 5 and <= 7 && name[0] == 'u' && TryScalar(name.AsSpan(1), out var single)
            ? char.ConvertFromUtf32(single)
            : null;
    }

    private static bool TryScalar(ReadOnlySpan<char> hex, out int scalar) =>
        int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out scalar)
        && hex.IndexOfAnyExcept("0123456789ABCDEFabcdef") < 0
        && scalar is (>= 0 and < 0xD800) or (> 0xDFFF and <= 0x10FFFF);

    /// <summary>A single ASCII letter, or a base letter followed by accent words that compose to one character.</summary>
    private static string? Compose(string name)
    {
        if (!char.IsAsciiLetter(name[0]))
        {
            return null;
        }

        var text = new StringBuilder().Append(name[0]);
        var rest = name.AsSpan(1);
        while (!rest.IsEmpty)
        {
            var found = false;
            foreach (var (word, mark) in Accents)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    text.Append(mark);
                    rest = rest[word.Length..];
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        var composed = text.ToString().Normalize(NormalizationForm.FormC);
        return composed.Length == 1 ? composed : null;
    }

    private static Dictionary<string, string> ParseTable()
    {
        var words = Names.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var table = new Dictionary<string, string>(words.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Length; i += 2)
        {
            table[words[i]] = char.ConvertFromUtf32(int.Parse(words[i + 1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        }

        return table;
    }
}
