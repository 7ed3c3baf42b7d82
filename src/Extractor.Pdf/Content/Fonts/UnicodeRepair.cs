using System.Text;

namespace Extractor.Pdf.Content.Fonts;

/// <summary>Repairs of glyph text that real producers get wrong, applied to each code's text once per font.</summary>
internal static class UnicodeRepair
{
    private const string Unknown = "\uFFFD";

    /// <summary>
    /// NFC text with known faults fixed: Word's ToUnicode maps ư/Ư to ƣ/Ƣ (U+01A3/U+01A2, "oi" letters that no
    /// Vietnamese text uses); Symbol and Wingdings bullets arrive as private-use codes; ligatures are spelled out.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Unknown;
        }

        StringBuilder? repaired = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (Replacement(text[i]) is { } replacement)
            {
                repaired ??= new StringBuilder(text, 0, i, text.Length + 2);
                repaired.Append(replacement);
            }
            else
            {
                repaired?.Append(text[i]);
            }
        }

        var result = repaired?.ToString() ?? text;
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    private static string? Replacement(char c) => c switch
    {
        '\u01A2' => "\u01AF",
        '\u01A3' => "\u01B0",
        >= '\uFB00' and <= '\uFB06' => c.ToString().Normalize(NormalizationForm.FormKC),
        '\uF020' => " ",
        '\uF02D' or '\uF0BE' => "-",
        '\uF06C' or '\uF06E' or '\uF071' or '\uF075' or '\uF076' or '\uF09F' or '\uF0A7' or '\uF0A8' or '\uF0B7'
            or '\uF0D8' or '\uF0E0' or '\uF0E8' or '\uF0F0' or '\uF0FC' => "\u2022",
        _ => null,
    };
}
