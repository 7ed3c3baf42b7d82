using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Content.Fonts;

/// <summary>Loads each font dictionary once while a page is read; a font that cannot be read gives way to a stand-in.</summary>
internal sealed class FontCache
{
    private const double GlyphSpaceScale = 0.001;

    private static readonly string[] SymbolFontMarkers = ["Symbol", "Wingdings", "Webdings", "Dingbats"];

    private readonly PdfDocument _document;
    private readonly Dictionary<PdfDictionary, PdfFont> _fonts = [];

    public FontCache(PdfDocument document) => _document = document;

    /// <summary>What text shown without a usable font is read with: WinAnsi codes, approximate widths.</summary>
    public static PdfFont Fallback { get; } = new SimpleFont(new FontStyle("", false, false), null, FontEncoding.WinAnsiEncoding, null, 0, 0, GlyphSpaceScale);

    public PdfFont Get(PdfDictionary font)
    {
        if (!_fonts.TryGetValue(font, out var loaded))
        {
            try
            {
                loaded = Load(font);
            }
            catch (PdfCorruptException)
            {
                // A font whose objects are damaged must not cost the page its other text.
                loaded = Fallback;
            }

            _fonts[font] = loaded;
        }

        return loaded;
    }

    private PdfFont Load(PdfDictionary font)
    {
        var toUnicode = ReadCMap(font["ToUnicode"]);
        return font.GetName("Subtype") switch
        {
            "Type0" => LoadComposite(font, toUnicode),
            "Type3" => LoadSimple(font, toUnicode, Matrix.FromArray(_document.Resolve<PdfArray>(font["FontMatrix"]))?.A ?? GlyphSpaceScale),
            _ => LoadSimple(font, toUnicode, GlyphSpaceScale),
        };
    }

    private CidFont LoadComposite(PdfDictionary font, CMap? toUnicode)
    {
        var descendants = _document.Resolve(font["DescendantFonts"]);
        var cidFont = (descendants is PdfArray { Count: > 0 } array ? _document.Resolve(array[0]) : descendants) as PdfDictionary ?? PdfDictionary.Empty;
        var descriptor = _document.Resolve<PdfDictionary>(cidFont["FontDescriptor"]);
        var style = FontStyle.From(_document, cidFont.GetName("BaseFont") ?? font.GetName("BaseFont"), descriptor);

        var encoding = _document.Resolve(font["Encoding"]);
        var cmap = encoding is PdfStream stream ? ReadCMap(stream) : null;
        // Predefined CMaps other than Identity are not bundled; the UCS-2 and UTF-16 ones at least read as two-byte Unicode.
        var encodingName = (encoding as PdfName)?.Value ?? "";
        var codesAreUnicode = encodingName.Contains("UCS2", StringComparison.Ordinal) || encodingName.Contains("UTF16", StringComparison.Ordinal);
        return new CidFont(style, toUnicode, cmap ?? CMap.Identity, CidWidths.From(_document, cidFont), codesAreUnicode);
    }

    private SimpleFont LoadSimple(PdfDictionary font, CMap? toUnicode, double glyphToText)
    {
        var descriptor = _document.Resolve<PdfDictionary>(font["FontDescriptor"]);
        var style = FontStyle.From(_document, font.GetName("BaseFont") ?? font.GetName("Name"), descriptor);
        var fallback = SymbolFontMarkers.Any(marker => style.Name.Contains(marker, StringComparison.OrdinalIgnoreCase)) ? FontEncoding.SymbolPrivateUse
            : font.GetName("Subtype") == "TrueType" ? FontEncoding.WinAnsiEncoding
            : FontEncoding.StandardEncoding;
        var encoding = FontEncoding.From(_document, font["Encoding"], fallback);

        var widths = _document.Resolve<PdfArray>(font["Widths"])?.Select(w => _document.Resolve<PdfNumber>(w)?.AsDouble() ?? 0).ToArray();
        var firstChar = (int)(_document.Resolve<PdfNumber>(font["FirstChar"])?.AsDouble() ?? 0);
        var missingWidth = _document.Resolve<PdfNumber>(descriptor?["MissingWidth"])?.AsDouble() ?? 0;
        return new SimpleFont(style, toUnicode, encoding, widths, firstChar, missingWidth, glyphToText);
    }

    private CMap? ReadCMap(PdfObject? entry)
    {
        if (_document.Resolve(entry) is not PdfStream stream)
        {
            return null;
        }

        try
        {
            return CMap.Parse(_document.Decode(stream).Data);
        }
        catch (PdfCorruptException)
        {
            // An unreadable CMap stream leaves the font's encoding to give the text.
            return null;
        }
    }
}
