using System.Text;

namespace Extractor.Text;

/// <summary>
/// Which vowel carries the tone, and so one spelling per Vietnamese syllable: lower case NFC with the
/// tone mark on the vowel chosen by one rule, so "hòa" and "hoà", "thủy" and "thuỷ",
/// "khỏe" and "khoẻ" are the same word. Vowel-quality marks (ă â ê ô ơ ư) and đ stay.
/// </summary>
internal static class TonePlacement
{
    private const string Vowels = "aăâeêioôơuưy";
    private const string MarkedVowels = "ăâêôơư";

    /// <summary>The syllable in lower case NFC with its tone mark on the canonical vowel; unchanged when it is not a Vietnamese syllable with one tone.</summary>
    public static string Canonical(string syllable)
    {
        var text = (IsComposed(syllable) ? syllable : syllable.Normalize(NormalizationForm.FormC)).ToLowerInvariant();
        // Most syllables have no tone or have it where it belongs: they are returned as lowered, with no copy.
        var tone = '\0';
        var tonedAt = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var split = Tones.Split(text[i]);
            if (split.Tone != '\0')
            {
                if (tone != '\0')
                {
                    return text;
                }

                tone = split.Tone;
                tonedAt = i;
            }
        }

        if (tone == '\0')
        {
            return text;
        }

        var bare = text.ToCharArray();
        bare[tonedAt] = Tones.Split(text[tonedAt]).Bare;
        var at = ToneVowel(bare);
        if (at < 0 || Tones.Compose(bare[at], tone) is not { } toned || at == tonedAt && toned == text[at])
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

    /// <summary>
    /// Whether NFC would leave the syllable as it is without asking for it (an ICU call a syllable was most of the cost
    /// of indexing a passage's exact words): Latin letters below the combining marks and the precomposed Vietnamese
    /// letters are each their own NFC, and with no mark after them nothing composes.
    /// </summary>
    internal static bool IsComposed(ReadOnlySpan<char> syllable)
    {
        foreach (var c in syllable)
        {
            if (c >= FirstMark && c < FirstLatinAdditional || c > LastLatinAdditional)
            {
                return false;
            }
        }

        return true;
    }

    private const char FirstMark = '\u0300';
    private const char FirstLatinAdditional = '\u1E00';
    private const char LastLatinAdditional = '\u1EFF';
}
