namespace Extractor.Pdf.Content.Fonts;

/// <summary>A Type0 font over one CID font: an encoding CMap splits strings into codes and gives their CIDs, /W their widths.</summary>
internal sealed class CidFont : PdfFont
{
    private readonly CMap _encoding;
    private readonly CidWidths _widths;
    private readonly bool _codesAreUnicode;

    /// <param name="codesAreUnicode">The encoding is a predefined UCS-2 or UTF-16 CMap, so a code without ToUnicode is its own text.</param>
    public CidFont(FontStyle style, CMap? toUnicode, CMap encoding, CidWidths widths, bool codesAreUnicode)
        : base(style, toUnicode)
    {
        _encoding = encoding;
        _widths = widths;
        _codesAreUnicode = codesAreUnicode;
    }

    public override int ReadCode(ReadOnlySpan<byte> bytes, int at, out int code) => _encoding.ReadCode(bytes, at, out code);

    public override double Width(int code) => _widths.Of(_encoding.CidOf(code) ?? 0);

    protected override string? EncodedText(int code) =>
        _codesAreUnicode && code is (> 0 and < 0xD800) or (> 0xDFFF and <= 0xFFFF) ? ((char)code).ToString() : null;
}
