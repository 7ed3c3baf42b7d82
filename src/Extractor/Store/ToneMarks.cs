using System.Text;

namespace Extractor.Store;

/// <summary>
/// One spelling per Vietnamese syllable for exact-diacritics search: lower case NFC with the
/// tone mark on the vowel chosen by one rule, so "hòa" and "hoà", "thủy" and "thuỷ",
/// "khỏe" and "khoẻ" are the same word. Vowel-quality marks (ă â ê ô ơ ư) and đ stay.
/// </summary>
internal static class ToneMarks
{
    // Grave, acute, tilde, hook above, dot below: the five tone marks.
    private static readonly char[] Tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    private const string Vowels = "aăâeêioôơuưy";
    private const string MarkedVowels = "ăâêôơư";

    private static readonly Dictionary<char, (char Bare, int Tone)> Split = [];
    private static readonly Dictionary<(char Bare, int Tone), char> Compose = [];

    // Both tables come from one scan of the Latin letters that carry a tone mark.
    static ToneMarks()
    {
        for (var code = 0x00C0; code <= 0x1EFF; code++)
        {
            var decomposed = ((char)code).ToString().Normalize(NormalizationForm.FormD);
            var tone = Array.FindIndex(Tones, t => decomposed.Contains(t, StringComparison.Ordinal));
            if (tone < 0 || !char.IsLower((char)code))
            {
                continue;
            }

            var bare = decomposed.Replace(Tones[tone].ToString(), "", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
            if (bare.Length == 1)
            {
                Split[(char)code] = (bare[0], tone + 1);
                Compose[(bare[0], tone + 1)] = (char)code;
            }
        }
    }

    /// <summary>The syllable in lower case NFC with its tone mark on the canonical vowel; unchanged when it is not a Vietnamese syllable with one tone.</summary>
    public static string Canonical(string syllable)
    {
        var text = syllable.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var bare = text.ToCharArray();
        var tone = 0;
        for (var i = 0; i < bare.Length; i++)
        {
            if (Split.TryGetValue(bare[i], out var split))
            {
                if (tone != 0)
                {
                    return text;
                }

                tone = split.Tone;
                bare[i] = split.Bare;
            }
        }

        if (tone == 0)
        {
            return text;
        }

        var at = ToneVowel(bare);
        if (at < 0 || !Compose.TryGetValue((bare[at], tone), out var toned))
        {
            return text;
        }

        bare[at] = toned;
        return new string(bare);
    }

    /// <summary>
    /// Where the tone goes: a vowel with a quality mark; else the only vowel; else the last vowel
    /// before a final consonant; else the middle of three; else, for open oa/oe/uy, the second
    /// vowel ("hoà", "thuỷ", the newer rule); else the first ("của", "mía").
    /// </summary>
    private static int ToneVowel(char[] bare)
    {
        var start = 0;
        while (start < bare.Length && !IsVowel(bare[start]))
        {
            start++;
        }

        if (start == bare.Length)
        {
            return -1;
        }

        // The u of "qu" and the i of "gi" belong to the consonant when a vowel follows.
        if (start > 0 && start + 1 < bare.Length && IsVowel(bare[start + 1])
            && (bare[start - 1] == 'q' && bare[start] == 'u' || bare[start - 1] == 'g' && bare[start] == 'i'))
        {
            start++;
        }

        var end = start;
        while (end < bare.Length && IsVowel(bare[end]))
        {
            end++;
        }

        for (var k = end - 1; k >= start; k--)
        {
            if (MarkedVowels.Contains(bare[k], StringComparison.Ordinal))
            {
                return k;
            }
        }

        var length = end - start;
        var open = end == bare.Length;
        if (length == 1)
        {
            return start;
        }

        if (!open)
        {
            return end - 1;
        }

        if (length == 3)
        {
            return start + 1;
        }

        var pair = new string(bare, start, 2);
        return pair is "oa" or "oe" or "uy" ? start + 1 : start;
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);
}
