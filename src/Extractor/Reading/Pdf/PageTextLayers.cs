namespace Extractor.Reading.Pdf;

/// <summary>
/// A page's visible text and its invisible text (render mode 3, what scanner software lays over a page image),
/// judged apart: a signing stamp in good Vietnamese must not vouch for a junk OCR layer under it, and a stamp or a
/// page number over a scan must not pass for the page's text.
/// </summary>
internal sealed record PageTextLayers(TextLayerVerdict Visible, TextLayerVerdict Invisible)
{
    // An OCR word kept beside visible text only where it overlaps none of it by more than this share of its width:
    // a stamp drawn over the scan is read from the text layer, not twice.
    private const double Overlap = 0.3;

    public static PageTextLayers Judge(PageFrame frame) =>
        new(TextLayerQuality.Judge(frame.Glyphs.Where(g => !g.Invisible)), TextLayerQuality.Judge(frame.Glyphs.Where(g => g.Invisible)));

    /// <summary>Why the page is to be read by OCR, as a reader reports it; null when its text layer stands.</summary>
    public string? OcrReason(PageFrame frame)
    {
        if (frame.IsImageOnly)
        {
            return $"page {frame.Number}: no text layer";
        }

        if (!Visible.Usable)
        {
            return Visible.Describe(frame.Number);
        }

        if (!Invisible.Usable)
        {
            return Invisible.Describe(frame.Number, "invisible text layer");
        }

        // A scan with too little text over it to be the page's text (a stamp, a page number): the rest is in the image.
        return frame.CoveredByImage && !Visible.Judged && !Invisible.Judged ? $"page {frame.Number}: scan with only a short text layer" : null;
    }

    /// <summary>
    /// The page as OCR read it, with the visible text kept where that text is good (a signing stamp drawn over the scan)
    /// and the OCR words it stands on dropped.
    /// </summary>
    public PageFrame Beside(PageFrame page, PageFrame recognised)
    {
        if (!Visible.Usable)
        {
            return recognised;
        }

        var kept = page.Glyphs.Where(g => !g.Invisible && !g.IsSpace).ToList();
        var words = recognised.Glyphs.Where(word => !kept.Any(glyph => Covers(glyph, word)));
        return recognised with { Glyphs = [.. words, .. kept], Rules = [.. recognised.Rules, .. page.Rules] };
    }

    /// <summary>The page with its unusable invisible layer left out, when no OCR can replace it.</summary>
    public PageFrame WithoutUnusableLayer(PageFrame page) =>
        Invisible.Usable ? page : page with { Glyphs = [.. page.Glyphs.Where(g => !g.Invisible)] };

    private static bool Covers(PlacedGlyph glyph, PlacedGlyph word)
    {
        var across = Math.Min(glyph.Right, word.Right) - Math.Max(glyph.Left, word.Left);
        var lineHeight = Math.Max(glyph.Size, word.Size);
        return across > Overlap * Math.Max(1e-6, Math.Min(word.Right - word.Left, glyph.Right - glyph.Left))
            && Math.Abs(glyph.Baseline - word.Baseline) < 0.7 * lineHeight;
    }
}
