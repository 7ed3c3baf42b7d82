using System.Text;
using Extractor.Text;

namespace Extractor.Reading.LegacyText;

/// <summary>
/// VNI Windows (fonts "VNI-Times", "VNI-Helve" ...): a letter is its base letter followed by a mark
/// character that the font draws as the diacritics ("aù" = "á", "aâ" = "â", "aá" = "ấ", "AÙ" = "Á"),
/// except ơ, ư, đ, ỵ and i with its tones, which are one character each ("ô" = "ơ", "ó" = "ĩ").
/// Capitals take the capital marks. Decoding yields the marks as combining characters after their
/// base, which the paragraph builder composes (NFC), also where a run boundary splits the pair.
/// </summary>
internal static class Vni
{
    // Tables as two public references give them (Dao Hai Lam's xvnkb vni.h and VBKey's VNI Windows
    // table, which agree): per row the six tones in this order: none, acute, grave, hook, tilde, dot below.
    private static readonly string[] ToneCombining =
        ["", .. new[] { Tones.Acute, Tones.Grave, Tones.HookAbove, Tones.Tilde, Tones.DotBelow }.Select(t => t.ToString())];
    private const string ToneMarks = "\0ùøûõï";
    private const string CircumflexMarks = "âáàåãä";
    private const string BreveMarks = "êéèúüë";
    private const string IWithTones = "iíìæóò";

    private static readonly Dictionary<char, char> SingleLetters = new()
    {
        ['ô'] = 'ơ', ['ö'] = 'ư', ['ñ'] = 'đ', ['î'] = 'ỵ', ['í'] = 'í', ['ì'] = 'ì', ['æ'] = 'ỉ', ['ó'] = 'ĩ', ['ò'] = 'ị',
    };

    private static readonly Dictionary<char, string> Codes = BuildCodes();

    /// <summary>True for a character that VNI uses for a mark or a letter of its own.</summary>
    public static bool IsCode(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return lower is >= '\u00C0' and <= '\u00FF'
            && (SingleLetters.ContainsKey(lower) || ToneMarks.Contains(lower) || CircumflexMarks.Contains(lower) || BreveMarks.Contains(lower));
    }

    /// <summary>Decodes <paramref name="text"/>; <paramref name="before"/> is the VNI character just before it, when a run boundary split a letter.</summary>
    public static string Decode(string text, char before = '\0')
    {
        var output = new StringBuilder(text.Length + 4);
        var previous = Letter(before);
        foreach (var c in text)
        {
            if (MarkAfter(previous, c) is { } mark)
            {
                output.Append(mark);
                previous = '\0';
                continue;
            }

            previous = Letter(c);
            output.Append(previous);
        }

        return output.ToString();
    }

    /// <summary><paramref name="text"/> (NFC) in VNI characters; throws for a character VNI cannot say unchanged.</summary>
    public static string Encode(string text)
    {
        var output = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            output.Append(Codes.TryGetValue(c, out var code) ? code
                : c < 0x80 || (!char.IsLetter(c) && !IsCode(c)) ? c.ToString()
                : throw new ArgumentException($"'{c}' (U+{(int)c:X4}) has no VNI code", nameof(text)));
        }

        return output.ToString();
    }

    private static char Letter(char c) =>
        SingleLetters.TryGetValue(char.ToLowerInvariant(c), out var letter) ? (char.IsUpper(c) ? char.ToUpperInvariant(letter) : letter) : c;

    /// <summary>The combining marks <paramref name="c"/> stands for after the letter <paramref name="previous"/>, or null when it is no mark there.</summary>
    private static string? MarkAfter(char previous, char c)
    {
        var mark = char.ToLowerInvariant(c);
        var baseLetter = char.ToLowerInvariant(previous);
        if (mark == '\0' || baseLetter is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ơ' or 'ư'))
        {
            return null;
        }

        if (ToneMarks.IndexOf(mark) is var tone and > 0)
        {
            return ToneCombining[tone];
        }

        if (baseLetter is 'a' or 'e' or 'o' && CircumflexMarks.IndexOf(mark) is var circumflexTone and >= 0)
        {
            return "\u0302" + ToneCombining[circumflexTone];
        }

        return baseLetter == 'a' && BreveMarks.IndexOf(mark) is var breveTone and >= 0 ? "\u0306" + ToneCombining[breveTone] : null;
    }

    private static Dictionary<char, string> BuildCodes()
    {
        var rows = new (string Letter, string Base, string Marks)[]
        {
            ("a", "a", ToneMarks), ("â", "a", CircumflexMarks), ("ă", "a", BreveMarks), ("e", "e", ToneMarks), ("ê", "e", CircumflexMarks),
            ("o", "o", ToneMarks), ("ô", "o", CircumflexMarks), ("ơ", "ô", ToneMarks), ("u", "u", ToneMarks), ("ư", "ö", ToneMarks), ("y", "y", ToneMarks),
        };
        var codes = new Dictionary<char, string> { ['đ'] = "ñ" };
        foreach (var (letter, baseCode, marks) in rows)
        {
            for (var tone = 0; tone < ToneCombining.Length; tone++)
            {
                var mark = marks[tone] == '\0' ? "" : marks[tone].ToString();
                codes[(letter + ToneCombining[tone]).Normalize(NormalizationForm.FormC)[0]] = baseCode + mark;
            }
        }

        for (var tone = 0; tone < IWithTones.Length; tone++)
        {
            codes[("i" + ToneCombining[tone]).Normalize(NormalizationForm.FormC)[0]] = IWithTones[tone].ToString();
        }

        codes['ỵ'] = "î";
        foreach (var (letter, code) in codes.ToList())
        {
            codes[char.ToUpperInvariant(letter)] = code.ToUpperInvariant();
        }

        return codes;
    }
}
