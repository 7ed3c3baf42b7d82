namespace Extractor.Samples.Pdf;

/// <summary>The four Times faces of the standard 14 fonts, which every PDF reader has without embedding.</summary>
internal enum StandardFont
{
    Roman,
    Bold,
    Italic,
    BoldItalic,
}

/// <summary>
/// Advance widths of the Times faces (thousandths of the font size) for the WinAnsi codes 32 to 255,
/// from Adobe's AFM metrics as groff ships them (font/devps/TR, TB, TI, TBI); 0 where WinAnsi
/// has no character. Vietnamese letters outside WinAnsi take the width of their base letter,
/// as the fonts draw them.
/// </summary>
internal static class StandardFontMetrics
{
    private const int FirstCode = 32;

    private static readonly short[] RomanWidths =
    [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, 0,
        500, 0, 333, 500, 444, 1000, 500, 500, 333, 1000, 556, 333, 889, 0, 611, 0,
        0, 333, 333, 444, 444, 350, 500, 1000, 333, 980, 389, 333, 722, 0, 444, 722,
        250, 333, 500, 500, 500, 500, 200, 500, 333, 760, 276, 500, 564, 333, 760, 333,
        400, 564, 300, 300, 333, 510, 453, 250, 333, 300, 310, 500, 750, 750, 750, 444,
        722, 722, 722, 722, 722, 722, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333,
        722, 722, 722, 722, 722, 722, 722, 564, 722, 722, 722, 722, 722, 722, 556, 500,
        444, 444, 444, 444, 444, 444, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278,
        500, 500, 500, 500, 500, 500, 500, 564, 500, 500, 500, 500, 500, 500, 500, 500,
    ];

    private static readonly short[] BoldWidths =
    [
        250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
        930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
        611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
        333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
        556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520, 0,
        500, 0, 333, 500, 500, 1000, 500, 500, 333, 1000, 556, 333, 1000, 0, 667, 0,
        0, 333, 333, 500, 500, 350, 500, 1000, 333, 1000, 389, 333, 722, 0, 444, 722,
        250, 333, 500, 500, 500, 500, 220, 500, 333, 747, 300, 500, 570, 333, 747, 333,
        400, 570, 300, 300, 333, 601, 540, 250, 333, 300, 330, 500, 750, 750, 750, 500,
        722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 389, 389, 389, 389,
        722, 722, 778, 778, 778, 778, 778, 570, 778, 722, 722, 722, 722, 722, 611, 556,
        500, 500, 500, 500, 500, 500, 722, 444, 444, 444, 444, 444, 278, 278, 278, 278,
        500, 556, 500, 500, 500, 500, 500, 570, 500, 556, 556, 556, 556, 500, 556, 500,
    ];

    private static readonly short[] ItalicWidths =
    [
        250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 675, 675, 675, 500,
        920, 611, 611, 667, 722, 611, 611, 722, 722, 333, 444, 667, 556, 833, 667, 722,
        611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556, 389, 278, 389, 422, 500,
        333, 500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500,
        500, 500, 389, 389, 278, 500, 444, 667, 444, 444, 389, 400, 275, 400, 541, 0,
        500, 0, 333, 500, 556, 889, 500, 500, 333, 1000, 500, 333, 944, 0, 556, 0,
        0, 333, 333, 556, 556, 350, 500, 889, 333, 980, 389, 333, 667, 0, 389, 556,
        250, 389, 500, 500, 500, 500, 275, 500, 333, 760, 276, 500, 675, 333, 760, 333,
        400, 675, 300, 300, 333, 514, 523, 250, 333, 300, 310, 500, 750, 750, 750, 500,
        611, 611, 611, 611, 611, 611, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333,
        722, 667, 722, 722, 722, 722, 722, 675, 722, 722, 722, 722, 722, 556, 611, 500,
        500, 500, 500, 500, 500, 500, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278,
        500, 500, 500, 500, 500, 500, 500, 675, 500, 500, 500, 500, 500, 444, 500, 444,
    ];

    private static readonly short[] BoldItalicWidths =
    [
        250, 389, 555, 500, 500, 833, 778, 278, 333, 333, 500, 570, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
        832, 667, 667, 667, 722, 667, 667, 722, 778, 389, 500, 667, 611, 889, 722, 722,
        611, 722, 667, 556, 611, 722, 667, 889, 667, 611, 611, 333, 278, 333, 570, 500,
        333, 500, 500, 444, 500, 444, 333, 500, 556, 278, 278, 500, 278, 778, 556, 500,
        500, 500, 389, 389, 278, 556, 444, 667, 500, 444, 389, 348, 220, 348, 570, 0,
        500, 0, 333, 500, 500, 1000, 500, 500, 333, 1000, 556, 333, 944, 0, 611, 0,
        0, 333, 333, 500, 500, 350, 500, 1000, 333, 1000, 389, 333, 722, 0, 389, 611,
        250, 389, 500, 500, 500, 500, 220, 500, 333, 747, 266, 500, 606, 333, 747, 333,
        400, 570, 300, 300, 333, 532, 500, 250, 333, 300, 300, 500, 750, 750, 750, 500,
        667, 667, 667, 667, 667, 667, 944, 667, 667, 667, 667, 667, 389, 389, 389, 389,
        722, 722, 722, 722, 722, 722, 722, 570, 722, 722, 722, 722, 722, 611, 611, 500,
        500, 500, 500, 500, 500, 500, 722, 444, 444, 444, 444, 444, 278, 278, 278, 278,
        500, 556, 500, 500, 500, 500, 500, 570, 500, 556, 556, 556, 556, 444, 500, 444,
    ];

    public static string BaseFont(StandardFont font) => font switch
    {
        StandardFont.Roman => "Times-Roman",
        StandardFont.Bold => "Times-Bold",
        StandardFont.Italic => "Times-Italic",
        StandardFont.BoldItalic => "Times-BoldItalic",
        _ => throw new ArgumentOutOfRangeException(nameof(font)),
    };

    public static StandardFont Of(bool bold, bool italic) =>
        (bold, italic) switch
        {
            (false, false) => StandardFont.Roman,
            (true, false) => StandardFont.Bold,
            (false, true) => StandardFont.Italic,
            (true, true) => StandardFont.BoldItalic,
        };

    /// <summary>Width of <paramref name="c"/> in thousandths of the font size.</summary>
    public static int Width(StandardFont font, char c)
    {
        var code = WinAnsi.CodeOf(BaseLetter(c));
        var widths = font switch
        {
            StandardFont.Roman => RomanWidths,
            StandardFont.Bold => BoldWidths,
            StandardFont.Italic => ItalicWidths,
            StandardFont.BoldItalic => BoldItalicWidths,
            _ => throw new ArgumentOutOfRangeException(nameof(font)),
        };
        return code is { } known && known >= FirstCode && widths[known - FirstCode] > 0
            ? widths[known - FirstCode]
            : throw new InvalidOperationException($"no width for U+{(int)c:X4} '{c}' in {BaseFont(font)}");
    }

    /// <summary>The WinAnsi character whose width a letter takes: itself, or the letter under its marks.</summary>
    private static char BaseLetter(char c)
    {
        if (WinAnsi.CodeOf(c) is not null)
        {
            return c;
        }

        return c switch
        {
            // No decomposition: the stroke is drawn inside the letter's width.
            '\u0110' => 'D',
            '\u0111' => 'd',
            _ => c.ToString().Normalize(System.Text.NormalizationForm.FormD)[0],
        };
    }
}
