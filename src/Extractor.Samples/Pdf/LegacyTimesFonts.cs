using System.Globalization;
using Extractor.Reading.LegacyText;

namespace Extractor.Samples.Pdf;

/// <summary>
/// The legacy Vietnamese Times fonts as Word prints a document typed in them: non-embedded TrueType
/// fonts named after the family (".VnTime,Bold"), /Encoding /WinAnsiEncoding, no ToUnicode, so a PDF
/// reader sees the legacy codes as Latin-1 letters ("c¸c"). TCVN3 sets words in capitals in the H fonts
/// (".VnTimeH"); VNI draws a mark after its letter as a glyph of its own, of no width. Each code is as
/// wide as the Unicode letter it draws, so lines lay out as in the Unicode text.
/// </summary>
internal sealed class LegacyTimesFonts(LegacyEncoding encoding) : IFontSet
{
    private const int FirstCode = 32;

    // Font descriptor of a serif text face (Times New Roman's figures): not symbolic, so a reader applies the encoding.
    private const int SerifFlag = 1 << 1;
    private const int NonSymbolicFlag = 1 << 5;
    private const int ItalicFlag = 1 << 6;
    private const string Box = "/FontBBox [-568 -307 2000 1007] /Ascent 891 /Descent -216 /CapHeight 662";

    public IEnumerable<(string Font, byte[] Codes)> Show(StandardFont face, string text) => encoding == LegacyEncoding.Vni
        ? [(ResourceName(face, capitals: false), Codes(Vni.Encode(text)))]
        : Tcvn3Typing.Type(text).Select(s => (ResourceName(face, s.Capitals), Codes(s.Codes)));

    public string Write(PdfFileWriter file)
    {
        var fonts = Families().SelectMany(capitals => Enum.GetValues<StandardFont>().Select(face => (Face: face, Capitals: capitals, Id: file.Reserve()))).ToList();
        foreach (var (face, capitals, id) in fonts)
        {
            var name = BaseFont(face, capitals);
            var descriptor = file.Reserve();
            var bold = face is StandardFont.Bold or StandardFont.BoldItalic;
            var italic = face is StandardFont.Italic or StandardFont.BoldItalic;
            file.WriteObject(id,
                $"<< /Type /Font /Subtype /TrueType /BaseFont /{name} /FirstChar {FirstCode} /LastChar 255 " +
                $"/Widths [{string.Join(' ', Enumerable.Range(FirstCode, 256 - FirstCode).Select(code => Width(face, capitals, (char)code)))}] " +
                $"/Encoding /WinAnsiEncoding /FontDescriptor {descriptor} 0 R >>");
            file.WriteObject(descriptor,
                string.Create(CultureInfo.InvariantCulture,
                    $"<< /Type /FontDescriptor /FontName /{name} /Flags {SerifFlag | NonSymbolicFlag | (italic ? ItalicFlag : 0)} {Box} " +
                    $"/ItalicAngle {(italic ? -16.4 : 0)} /StemV {(bold ? 136 : 80)} /FontWeight {(bold ? 700 : 400)} >>"));
        }

        return string.Concat(fonts.Select(f => $" /{ResourceName(f.Face, f.Capitals)} {f.Id} 0 R"));
    }

    /// <summary>The encoding's families, each as whether it is the capitals (H) one: TCVN3 has both, VNI only the plain one.</summary>
    private IEnumerable<bool> Families() => encoding == LegacyEncoding.Vni ? [false] : [false, true];

    /// <summary>".VnTimeH,BoldItalic", as Word names a face of a TrueType family it does not embed.</summary>
    private string BaseFont(StandardFont face, bool capitals)
    {
        var family = encoding == LegacyEncoding.Vni ? LegacyDocxWriter.VniFont : capitals ? LegacyDocxWriter.Tcvn3CapitalsFont : LegacyDocxWriter.Tcvn3Font;
        return face == StandardFont.Roman ? family : $"{family},{face}";
    }

    private static string ResourceName(StandardFont face, bool capitals) =>
        (capitals ? "H" : "F") + ((int)face + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The width of the glyph <paramref name="code"/> draws in the face: its letter's (a capital's in an H font), none for a
    /// VNI mark or a code WinAnsi leaves undefined.
    /// </summary>
    private int Width(StandardFont face, bool capitals, char code)
    {
        if (WinAnsi.CharOf((byte)code) is not { } shown || (encoding == LegacyEncoding.Vni && IsVniMark(shown)))
        {
            return 0;
        }

        var drawn = encoding == LegacyEncoding.Vni ? Vni.Decode(shown.ToString())[0] : Tcvn3.Decode(shown);
        return StandardFontMetrics.Width(face, capitals && (shown < 0x80 || Tcvn3.IsCode(shown)) ? char.ToUpperInvariant(drawn) : drawn);
    }

    // A mark is a code that combines with a vowel before it ("a" takes every kind of mark).
    private static bool IsVniMark(char code) => Vni.Decode("a" + code).Any(c => c is >= '\u0300' and <= '\u036F');

    private static byte[] Codes(string text) =>
        text.Select(c => WinAnsi.CodeOf(c) ?? throw new InvalidOperationException($"U+{(int)c:X4} '{c}' has no WinAnsi code")).ToArray();
}
