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

    /// <summary>
    /// Appends the syllable in lower case NFC with its tone mark on the canonical vowel; as it is (lowered) when it is not a
    /// Vietnamese syllable with one tone. Folded text is built a syllable at a time, with no string made for each.
    /// </summary>
    public static void Append(ReadOnlySpan<char> syllable, StringBuilder output)
    {
        if (!IsComposed(syllable))
        {
            syllable = syllable.ToString().Normalize(NormalizationForm.FormC);
        }

        var text = syllable.Length <= 64 ? stackalloc char[syllable.Length] : new char[syllable.Length];
        syllable.ToLowerInvariant(text);
        PlaceTone(text);
        output.Append(text);
    }

    /// <summary>Moves the one tone of a lower-case NFC syllable onto its canonical vowel; leaves a syllable with none, two, or no such letter as it is.</summary>
    private static void PlaceTone(Span<char> text)
    {
        var tone = '\0';
        var tonedAt = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var split = Tones.Split(text[i]);
            if (split.Tone != '\0')
            {
                if (tone != '\0')
                {
                    return;
                }

                tone = split.Tone;
                tonedAt = i;
            }
        }

        if (tone == '\0')
        {
            return;
        }

        var written = text[tonedAt];
        text[tonedAt] = Tones.Split(written).Bare;
        var at = ToneVowel(text);
        if (at < 0 || Tones.Compose(text[at], tone) is not { } toned)
        {
            text[tonedAt] = written;
            return;
        }

        text[at] = toned;
    }

    /// <summary>
    /// Where the tone goes: a vowel with a quality mark; else the only vowel; else the last vowel
    /// before a final consonant; else the middle of three; else, for open oa/oe/uy, the second
    /// vowel ("hoà", "thuỷ", the newer rule); else the first ("của", "mía").
    /// </summary>
    private static int ToneVowel(ReadOnlySpan<char> bare)
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

        return bare.Slice(start, 2) is "oa" or "oe" or "uy" ? start + 1 : start;
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// Whether NFC would leave the syllable as it is without asking for it (an ICU call a syllable was most of the cost
    /// of indexing a passage's exact words): characters below the combining marks (U+0300) and the precomposed
    /// Vietnamese letters (U+1E00-U+1EFF) are each their own NFC, and with no mark after them nothing composes.
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
