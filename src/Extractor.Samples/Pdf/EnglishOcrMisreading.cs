using System.Text;

namespace Extractor.Samples.Pdf;

/// <summary>
/// What OCR that knows only English makes of Vietnamese print, as scanner software lays it under a
/// scan. A real provincial collection had "ceNG HoA xA ugr cuu xcuia vrET NAM" for "CỘNG HÒA XÃ
/// HỘI CHỦ NGHĨA VIỆT NAM": every diacritic is lost, a marked letter comes out bare, often in the
/// wrong case or as a lookalike (Ộ → e, Ư → U, Đ → D), now and then as a Latin-1 letter or symbol;
/// plain letters are mostly right but some are confused (H → u, I → r), and word spaces go missing.
/// Digits are read right. The choices come from a seeded generator, so the same text gives the same
/// misreading on every machine and runtime.
/// </summary>
internal sealed class EnglishOcrMisreading(ulong seed)
{
    private const double LostSpace = 0.06;
    private const double MarkedAsSymbol = 0.12;
    private const double MarkedAsLookalike = 0.3;
    private const double MarkedWrongCase = 0.45;
    private const double PlainAsLookalike = 0.06;
    private const double PlainWrongCase = 0.08;

    // Latin-1 letters and symbols no Vietnamese text has, as a misread accented glyph comes out.
    private const string Symbols = "äëïöüçñøæ°¡£§¿·";

    // Shapes English OCR takes for one another.
    private static readonly Dictionary<char, string> Lookalikes = new()
    {
        ['a'] = "eo", ['e'] = "co", ['o'] = "ea", ['u'] = "vn", ['i'] = "lr", ['y'] = "v", ['d'] = "cl",
        ['h'] = "bu", ['n'] = "rx", ['m'] = "n", ['c'] = "e", ['t'] = "f", ['l'] = "I", ['g'] = "q",
        ['H'] = "u", ['I'] = "rl", ['N'] = "x", ['C'] = "G", ['T'] = "I", ['O'] = "e", ['A'] = "R",
    };

    private ulong _state = seed;

    /// <summary>Every character a misreading can hold: printable ASCII and <see cref="Symbols"/>.</summary>
    public static IEnumerable<char> Characters => Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Concat(Symbols);

    public string Misread(string text)
    {
        var read = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            read.Append(Misread(c));
        }

        return read.ToString();
    }

    private string Misread(char c)
    {
        if (c == ' ')
        {
            return Next() < LostSpace ? "" : " ";
        }

        if (char.IsAsciiDigit(c) || !char.IsLetter(c))
        {
            return Plain(c);
        }

        var bare = Bare(c);
        var roll = Next();
        if (bare != c)
        {
            return roll switch
            {
                < MarkedAsSymbol => Pick(Symbols).ToString(),
                < MarkedAsSymbol + MarkedAsLookalike when Lookalikes.TryGetValue(char.ToLowerInvariant(bare), out var shapes) => Pick(shapes).ToString(),
                < MarkedAsSymbol + MarkedAsLookalike + MarkedWrongCase => SwapCase(bare).ToString(),
                _ => bare.ToString(),
            };
        }

        return roll switch
        {
            < PlainAsLookalike when Lookalikes.TryGetValue(c, out var shapes) => Pick(shapes).ToString(),
            < PlainAsLookalike + PlainWrongCase => SwapCase(c).ToString(),
            _ => Plain(c),
        };
    }

    /// <summary>Punctuation and digits as ASCII: dashes and quotes plain, anything else by its compatibility form or '~'.</summary>
    private static string Plain(char c) => c switch
    {
        < '\u007F' => c.ToString(),
        '–' or '—' => "-",
        '“' or '”' => "\"",
        '‘' or '’' => "'",
        '…' => "...",
        _ => c.ToString().Normalize(NormalizationForm.FormKD) is [< '\u007F' and var ascii, ..] ? ascii.ToString() : "~",
    };

    /// <summary>The letter without its diacritics: đ as d, ư as u.</summary>
    private static char Bare(char c) => c switch
    {
        'đ' => 'd',
        'Đ' => 'D',
        _ => c.ToString().Normalize(NormalizationForm.FormD)[0],
    };

    private static char SwapCase(char c) => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c);

    private char Pick(string choices) => choices[(int)(Next() * choices.Length)];

    /// <summary>SplitMix64, so the sequence does not depend on the runtime's <see cref="Random"/>.</summary>
    private double Next()
    {
        _state += 0x9E3779B97F4A7C15;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
