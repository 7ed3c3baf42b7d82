using System.Text;
using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Content.Fonts;

/// <summary>The Unicode text of each single-byte code of a simple font: a base encoding with /Differences applied.</summary>
internal sealed class FontEncoding
{
    /// <summary>Standard encoding's codes that differ from ASCII or lie above it, as glyph names.</summary>
    private const string StandardHighNames = """
        27 quoteright 60 quoteleft A1 exclamdown A2 cent A3 sterling A4 fraction A5 yen A6 florin A7 section A8 currency
        A9 quotesingle AA quotedblleft AB guillemotleft AC guilsinglleft AD guilsinglright AE fi AF fl B1 endash B2 dagger
        B3 daggerdbl B4 periodcentered B6 paragraph B7 bullet B8 quotesinglbase B9 quotedblbase BA quotedblright
        BB guillemotright BC ellipsis BD perthousand BF questiondown C1 grave C2 acute C3 circumflex C4 tilde C5 macron
        C6 breve C7 dotaccent C8 dieresis CA ring CB cedilla CD hungarumlaut CE ogonek CF caron D0 emdash E1 AE
        E3 ordfeminine E8 Lslash E9 Oslash EA OE EB ordmasculine F1 ae F5 dotlessi F8 lslash F9 oslash FA oe FB germandbls
        """;

    private static readonly string?[] WinAnsi = CreateWinAnsi();
    private static readonly string?[] MacRoman = FromCodePage(10000);
    private static readonly string?[] Standard = CreateStandard();

    private readonly string?[] _texts;

    private FontEncoding(string?[] texts) => _texts = texts;

    /// <summary>A font whose glyphs are symbols: code c reads as U+F000 + c, the private-use convention of Symbol and Wingdings.</summary>
    public static FontEncoding SymbolPrivateUse { get; } = new(Enumerable.Range(0, 256).Select(code => (string?)((char)(0xF000 + code)).ToString()).ToArray());

    public static FontEncoding WinAnsiEncoding { get; } = new(WinAnsi);

    public static FontEncoding StandardEncoding { get; } = new(Standard);

    /// <summary>The text of <paramref name="code"/>, or null when the encoding gives it none.</summary>
    public string? this[int code] => code is >= 0 and < 256 ? _texts[code] : null;

    /// <summary>
    /// The encoding a font's /Encoding entry describes (a name, or a dictionary with /BaseEncoding and /Differences);
    /// <paramref name="fallback"/> stands in for a missing or unknown base encoding.
    /// </summary>
    public static FontEncoding From(PdfDocument document, PdfObject? entry, FontEncoding fallback)
    {
        var value = document.Resolve(entry);
        var dictionary = value as PdfDictionary;
        var baseName = dictionary is null ? (value as PdfName)?.Value : dictionary.GetName("BaseEncoding");
        var texts = baseName switch
        {
            "WinAnsiEncoding" => WinAnsi,
            "MacRomanEncoding" => MacRoman,
            "StandardEncoding" => Standard,
            _ => fallback._texts,
        };

        if (document.Resolve(dictionary?["Differences"]) is not PdfArray differences)
        {
            return ReferenceEquals(texts, fallback._texts) ? fallback : new FontEncoding(texts);
        }

        var patched = (string?[])texts.Clone();
        var code = 0;
        foreach (var item in differences.Select(document.Resolve))
        {
            if (item is PdfInteger start)
            {
                code = (int)Math.Clamp(start.Value, 0, 256);
            }
            else if (item is PdfName name && code < 256)
            {
                patched[code++] = GlyphList.ToUnicode(name.Value);
            }
        }

        return new FontEncoding(patched);
    }

    private static string?[] CreateWinAnsi()
    {
        var texts = FromCodePage(1252);
        // PDF's WinAnsiEncoding names these two "space" and "hyphen", where Windows-1252 has their special variants.
        texts[0xA0] = " ";
        texts[0xAD] = "-";
        return texts;
    }

    private static string?[] FromCodePage(int codePage)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.Latin1;
        var texts = new string?[256];
        for (var code = 32; code < 256; code++)
        {
            texts[code] = encoding.GetString([(byte)code]);
        }

        return texts;
    }

    private static string?[] CreateStandard()
    {
        var texts = new string?[256];
        for (var code = 32; code < 127; code++)
        {
            texts[code] = ((char)code).ToString();
        }

        var words = StandardHighNames.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i += 2)
        {
            texts[Convert.ToInt32(words[i], 16)] = GlyphList.ToUnicode(words[i + 1]);
        }

        return texts;
    }
}
