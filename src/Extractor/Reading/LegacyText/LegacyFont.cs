using System.Text;
using Extractor.Text;

namespace Extractor.Reading.LegacyText;

/// <summary>The two legacy 8-bit Vietnamese encodings office documents still carry.</summary>
public enum LegacyEncoding
{
    Tcvn3,
    Vni,
}

/// <summary>
/// A font whose name says which legacy encoding its text would be in. The name only chooses the
/// table: many modern documents keep ".VnTime" over Unicode text, so whether a text really is
/// legacy-encoded is decided from its characters (<see cref="Encodes"/>).
/// </summary>
/// <param name="Capitals">A TCVN3 "H" font (".VnTimeH"), which draws capitals from the lower-case codes.</param>
internal sealed record LegacyFont(string Name, LegacyEncoding Encoding, bool Capitals)
{
    /// <summary>The legacy font <paramref name="fontName"/> names, or null for any other font.</summary>
    public static LegacyFont? Of(string? fontName)
    {
        if (string.IsNullOrEmpty(fontName))
        {
            return null;
        }

        if (fontName.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || fontName.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase))
        {
            return new LegacyFont(fontName, LegacyEncoding.Vni, false);
        }

        if (!fontName.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new LegacyFont(fontName, LegacyEncoding.Tcvn3, FamilyOf(fontName, LegacyEncoding.Tcvn3).EndsWith('H'));
    }

    /// <summary>The name without a style suffix: ".VnTimeH" of ".VnTimeH,Bold", "VNI-Times" of "VNI-Times,Bold", as PDF names the faces.</summary>
    public string Family => FamilyOf(Name, Encoding);

    /// <summary>"TCVN3 (.VnTime)", as diagnostics name it.</summary>
    public string Description => $"{(Encoding == LegacyEncoding.Tcvn3 ? "TCVN3" : "VNI")} ({Family})";

    // The family ends before a style suffix: ".VnTimeH,Bold", ".VnArialH-Italic", ".VnTime Bold"; for VNI after its own "VNI-".
    private static string FamilyOf(string fontName, LegacyEncoding encoding)
    {
        var familyEnd = fontName.IndexOfAny([',', '-', ' '], encoding == LegacyEncoding.Vni ? Math.Min("VNI-".Length, fontName.Length) : 0);
        return familyEnd < 0 ? fontName : fontName[..familyEnd];
    }

    public bool IsCode(char c) => Encoding == LegacyEncoding.Tcvn3 ? Tcvn3.IsCode(c) : Vni.IsCode(c);

    /// <summary>
    /// Decodes <paramref name="text"/> as this font draws it (VNI marks come out as combining characters;
    /// compose to NFC); <paramref name="before"/> is the font's character just before, where a run was split.
    /// </summary>
    public string Decode(string text, char before = '\0')
    {
        if (Encoding == LegacyEncoding.Vni)
        {
            return Vni.Decode(text, before);
        }

        var decoded = string.Create(text.Length, text, static (target, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = Tcvn3.Decode(source[i]);
            }
        });
        return Capitals ? decoded.ToUpperInvariant() : decoded;
    }

    /// <summary>
    /// Whether <paramref name="text"/> really is in this font's encoding: it has no Unicode-only
    /// Vietnamese letter or combining mark, and among its words that hold legacy codes, more are
    /// Vietnamese syllables decoded than as they stand ("c¸c"), and at least half are once decoded.
    /// Once this encoding was decoded earlier in the document (<paramref name="seenDecoded"/>), a tie
    /// decodes too: "Sè" / "Số", the abbreviation "h®nd", text without codes in an H font.
    /// </summary>
    public bool Encodes(string text, bool seenDecoded = false)
    {
        if (text.Any(c => c is >= '\u0300' and <= '\u036F' || (c > '\u00FF' && char.IsLetter(c))))
        {
            return false;
        }

        int words = 0, asWritten = 0, decoded = 0;
        foreach (var word in WordsWithCodes(text))
        {
            words++;
            asWritten += word.All(IsVietnameseLetter) && VietnameseSyllable.IsWellFormed(word) ? 1 : 0;
            decoded += VietnameseSyllable.IsWellFormed(Decode(word).Normalize(NormalizationForm.FormC)) ? 1 : 0;
        }

        return seenDecoded ? decoded >= asWritten : decoded > asWritten && decoded * 2 >= words;
    }

    // Of Latin-1, Vietnamese uses only these accented letters; "ñ" or "ö" in a word is a legacy code.
    private static bool IsVietnameseLetter(char c) =>
        c < 0x80 ? char.IsLetter(c) : "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".Contains(c, StringComparison.Ordinal);

    /// <summary>Words (runs of letters and codes) that hold at least one legacy code.</summary>
    private IEnumerable<string> WordsWithCodes(string text)
    {
        var start = -1;
        var hasCode = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var code = IsCode(c);
            if (code || char.IsLetter(c))
            {
                start = start < 0 ? i : start;
                hasCode |= code;
                continue;
            }

            if (start >= 0 && hasCode)
            {
                yield return text[start..i];
            }

            start = -1;
            hasCode = false;
        }
    }
}
