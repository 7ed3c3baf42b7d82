namespace Extractor.Pdf.Content.Fonts;

/// <summary>A font as text showing needs it: how strings split into codes, each code's advance and its Unicode text.</summary>
internal abstract class PdfFont
{
    private readonly CMap? _toUnicode;
    private readonly Dictionary<int, string> _texts = [];

    protected PdfFont(FontStyle style, CMap? toUnicode)
    {
        Style = style;
        _toUnicode = toUnicode;
    }

    public FontStyle Style { get; }

    /// <summary>Reads the character code at <paramref name="at"/>; returns its length in bytes, at least one.</summary>
    public abstract int ReadCode(ReadOnlySpan<byte> bytes, int at, out int code);

    /// <summary>The code's horizontal advance in text space for a font size of one.</summary>
    public abstract double Width(int code);

    /// <summary>The code's text: NFC, repaired (see <see cref="UnicodeRepair"/>), U+FFFD when the font tells nothing.</summary>
    public string TextOf(int code)
    {
        if (!_texts.TryGetValue(code, out var text))
        {
            // ToUnicode wins; the font's own encoding covers codes it leaves out.
            text = UnicodeRepair.Clean(_toUnicode?.TextOf(code) ?? EncodedText(code));
            _texts[code] = text;
        }

        return text;
    }

    /// <summary>The text the font's encoding gives a code, without ToUnicode; null when it gives none.</summary>
    protected abstract string? EncodedText(int code);
}
