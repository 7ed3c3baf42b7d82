using System.Globalization;
using System.Text;

namespace Extractor.Samples.Pdf;

/// <summary>
/// A single-byte encoding for a simple (non-embedded Type1) font: WinAnsi for the characters it
/// has, and a /Differences array giving every other character the text needs (the Vietnamese
/// letters) a code WinAnsi leaves free or the text does not use, named by its Adobe Glyph List name
/// so that a reader maps code to glyph name to Unicode, as old office PDFs make it do.
/// </summary>
internal sealed class SimpleFontEncoding
{
    // Names from the Adobe Glyph List for the letters that have short ones; the rest go by the
    // list's "uniXXXX" rule, so a reader needs both kinds.
    private static readonly Dictionary<char, string> ListNames = new()
    {
        ['Ă'] = "Abreve", ['ă'] = "abreve", ['Đ'] = "Dcroat", ['đ'] = "dcroat",
        ['Ĩ'] = "Itilde", ['ĩ'] = "itilde", ['Ũ'] = "Utilde", ['ũ'] = "utilde",
        ['Ơ'] = "Ohorn", ['ơ'] = "ohorn", ['Ư'] = "Uhorn", ['ư'] = "uhorn",
    };

    private const byte Space = 0x20;
    private const byte Tilde = 0x7E;

    private readonly Dictionary<char, byte> _codes;
    private readonly SortedDictionary<byte, (char Character, string Name)> _differences;

    private SimpleFontEncoding(Dictionary<char, byte> codes, SortedDictionary<byte, (char, string)> differences)
    {
        _codes = codes;
        _differences = differences;
    }

    /// <summary>The lowest code any character is drawn with; the font's /FirstChar.</summary>
    public byte FirstCode => Math.Min(_differences.Count > 0 ? _differences.Keys.First() : Space, Space);

    /// <summary>
    /// An encoding for text made of <paramref name="characters"/>. Free codes are used first: those
    /// WinAnsi gives no character (control codes and its five gaps), then codes above ASCII whose character the text lacks.
    /// </summary>
    public static SimpleFontEncoding For(IEnumerable<char> characters)
    {
        var used = characters.Where(c => c is not '\n').ToHashSet();
        if (used.FirstOrDefault(char.IsSurrogate) is var surrogate && surrogate != default)
        {
            throw new InvalidOperationException($"U+{(int)surrogate:X4}: characters outside the Basic Multilingual Plane have no single-byte code");
        }

        var codes = new Dictionary<char, byte>();
        var missing = new List<char>();
        foreach (var c in used.Order())
        {
            if (WinAnsi.CodeOf(c) is { } code)
            {
                codes[c] = code;
            }
            else
            {
                missing.Add(c);
            }
        }

        // Printable ASCII keeps its meaning even where the text lacks the character, as in the office files this imitates.
        var free = Enumerable.Range(1, 255).Select(code => (byte)code)
            .Where(code => code is < Space or > Tilde && (WinAnsi.CharOf(code) is not { } c || !used.Contains(c)))
            .OrderBy(code => WinAnsi.CharOf(code) is null ? 0 : 1)
            .ThenBy(code => code)
            .ToList();
        if (missing.Count > free.Count)
        {
            throw new InvalidOperationException($"{missing.Count} characters outside WinAnsi but only {free.Count} free codes");
        }

        var differences = new SortedDictionary<byte, (char, string)>();
        for (var i = 0; i < missing.Count; i++)
        {
            codes[missing[i]] = free[i];
            differences[free[i]] = (missing[i], GlyphName(missing[i]));
        }

        return new SimpleFontEncoding(codes, differences);
    }

    /// <summary>The font's /Encoding dictionary.</summary>
    public string Dictionary()
    {
        var array = new StringBuilder("[");
        var next = -1;
        foreach (var (code, (_, name)) in _differences)
        {
            // A number starts each run of consecutive codes.
            if (code != next)
            {
                array.Append(CultureInfo.InvariantCulture, $" {code}");
            }

            array.Append(CultureInfo.InvariantCulture, $" /{name}");
            next = code + 1;
        }

        return $"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences {array} ] >>";
    }

    /// <summary>The /Widths array of <paramref name="font"/> from <see cref="FirstCode"/> to 255.</summary>
    public string Widths(StandardFont font)
    {
        var widths = Enumerable.Range(FirstCode, 256 - FirstCode).Select(code => CharacterOf((byte)code) is { } c ? StandardFontMetrics.Width(font, c) : 0);
        return "[" + string.Join(' ', widths) + "]";
    }

    public byte[] Encode(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = _codes.TryGetValue(text[i], out var code)
                ? code
                : throw new InvalidOperationException($"U+{(int)text[i]:X4} '{text[i]}' was not in the text the encoding was made for");
        }

        return bytes;
    }

    private char? CharacterOf(byte code) => _differences.TryGetValue(code, out var entry) ? entry.Character : WinAnsi.CharOf(code);

    private static string GlyphName(char c) =>
        ListNames.TryGetValue(c, out var name) ? name : string.Create(CultureInfo.InvariantCulture, $"uni{(int)c:X4}");
}
