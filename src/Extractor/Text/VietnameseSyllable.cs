using System.Text;

namespace Extractor.Text;

/// <summary>
/// Whether a word has the shape of one written Vietnamese syllable: an onset, a rhyme from the
/// language's closed set, at most one tone mark, the spelling rules (k/gh/ngh before e, ê, i;
/// c/g/ng elsewhere; q only as qu), a stop ending (c, ch, p, t) only with the acute or dot-below
/// tone, and one case shape (lower, Capitalised or UPPER). Text that scanner OCR made without
/// Vietnamese ("ceNG HoA xA ugr cuu xcuia vrET NAM") fails it word after word.
/// </summary>
internal static class VietnameseSyllable
{
    private const string Alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

    // Longest first, so "ngh" is taken before "ng" and "nh" before "n".
    private static readonly string[] Onsets =
        ["ngh", "ng", "nh", "gh", "kh", "ph", "th", "tr", "ch", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x"];

    private static readonly HashSet<string> Rhymes = new(
        ("a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âu ây âc âm ân âng âp ât " +
         "e eo ec em en eng ep et ê êu êch êm ên ênh êp êt i ia iu ich im in inh ip it " +
         "o oi oc om on ong op ot ooc oong ô ôi ôc ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt " +
         "u ua ui uc um un ung up ut ư ưa ưi ưu ưc ưm ưn ưng ưt y " +
         "iêu iêc iêm iên iêng iêp iêt yêu yêm yên yêng yêt uôi uôc uôm uôn uông uôt ươi ươu ươc ươm ươn ương ươp ươt " +
         "oa oai oao oay oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăt oe oeo oem oen oet " +
         "uâ uân uâng uât uây uê uêch uênh uơ uy uya uyu uych uyn uynh uyp uyt uyên uyêt").Split(' '),
        StringComparer.Ordinal);

    /// <summary>True for a well-formed syllable ("Nghĩa", "HOÀ", "thuỷ", "quốc", "gì"); false for "ceNG", "vrET", "cac", "tñnguyÇn".</summary>
    public static bool IsWellFormed(string word)
    {
        if (word.Length == 0 || !HasOneCaseShape(word))
        {
            return false;
        }

        var (letters, tone) = Split(word.ToLowerInvariant());
        if (letters is null || letters.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        var onset = Onsets.FirstOrDefault(o => letters.StartsWith(o, StringComparison.Ordinal)) ?? "";
        var rhyme = letters[onset.Length..];
        return IsRhymeOf(onset, rhyme) && (!EndsInStop(rhyme) || tone is Tones.Acute or Tones.DotBelow);
    }

    /// <summary>The word's letters (NFC) with the tone mark taken off, and the tone (or '\0'); null letters when it carries two tones or a character that is no letter.</summary>
    private static (string? Letters, char Tone) Split(string word)
    {
        var letters = new StringBuilder(word.Length);
        var tone = '\0';
        foreach (var c in word.Normalize(NormalizationForm.FormC))
        {
            // A tone mark NFC could not compose with the letter before it still counts as the tone.
            var (bare, mark) = Tones.IsMark(c) ? ('\0', c) : Tones.Split(c);
            if (mark != '\0' && tone != '\0')
            {
                return (null, tone);
            }

            tone = mark == '\0' ? tone : mark;
            if (bare == '\0')
            {
                continue;
            }

            if (!char.IsLetter(bare))
            {
                return (null, tone);
            }

            letters.Append(bare);
        }

        return (letters.ToString(), tone);
    }

    private static bool IsRhymeOf(string onset, string rhyme) => onset switch
    {
        // "gi" is an onset whose i also serves the rhyme: gì, gìn, giếng, giữa, giờ.
        "g" when rhyme.StartsWith('i') => Rhymes.Contains(rhyme) || Rhymes.Contains(rhyme[1..]),
        "q" => rhyme.Length > 1 && rhyme[0] == 'u' && Rhymes.Contains(rhyme),
        "c" or "g" or "ng" => Rhymes.Contains(rhyme) && !StartsFront(rhyme) && rhyme[0] != 'y',
        "k" => Rhymes.Contains(rhyme) && (StartsFront(rhyme) || rhyme[0] == 'y'),
        "gh" or "ngh" => Rhymes.Contains(rhyme) && StartsFront(rhyme),
        _ => Rhymes.Contains(rhyme),
    };

    // e, ê and i take k, gh and ngh in place of c, g and ng.
    private static bool StartsFront(string rhyme) => rhyme[0] is 'e' or 'ê' or 'i';

    private static bool EndsInStop(string rhyme) =>
        rhyme.EndsWith('c') || rhyme.EndsWith("ch", StringComparison.Ordinal) || rhyme.EndsWith('p') || rhyme.EndsWith('t');

    // "CỘNG", "Cộng" and "cộng" are words; "ceNG", "HoA" and "vrET" are OCR noise.
    private static bool HasOneCaseShape(string word) => !word.Skip(1).Any(char.IsUpper) || !word.Any(char.IsLower);
}
