namespace Extractor.Pdf.Content.Fonts;

/// <summary>A single-byte font (Type1, TrueType, Type3): widths from /Widths and /FirstChar, text from its encoding.</summary>
internal sealed class SimpleFont : PdfFont
{
    /// <summary>Advance of a standard-14 font written without /Widths; layout needs only approximate advances.</summary>
    private const double DefaultWidth = 0.5;
    private const double DefaultSpaceWidth = 0.25;

    private readonly FontEncoding _encoding;
    private readonly double[]? _widths;
    private readonly int _firstChar;
    private readonly double _missingWidth;
    private readonly double _glyphToText;

    /// <param name="widths">/Widths in glyph space, or null when the font has none.</param>
    /// <param name="glyphToText">Glyph space to text space: 1/1000, or a Type3 font's /FontMatrix scale.</param>
    public SimpleFont(FontStyle style, CMap? toUnicode, FontEncoding encoding, double[]? widths, int firstChar, double missingWidth, double glyphToText)
        : base(style, toUnicode)
    {
        _encoding = encoding;
        _widths = widths;
        _firstChar = firstChar;
        _missingWidth = missingWidth;
        _glyphToText = glyphToText;
    }

    public override int ReadCode(ReadOnlySpan<byte> bytes, int at, out int code)
    {
        code = bytes[at];
        return 1;
    }

    public override double Width(int code)
    {
        if (_widths is null)
        {
            return code == ' ' ? DefaultSpaceWidth : DefaultWidth;
        }

        var index = code - _firstChar;
        return (index >= 0 && index < _widths.Length ? _widths[index] : _missingWidth) * _glyphToText;
    }

    protected override string? EncodedText(int code) => _encoding[code];
}
