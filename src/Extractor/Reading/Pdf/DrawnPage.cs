namespace Extractor.Reading.Pdf;

/// <summary>
/// What one page draws, as a PDF engine gives it to the reader (see <see cref="IPageSource"/>): in the page's
/// default user space (points, origin bottom-left), before its /Rotate is applied. <see cref="PageFrame"/> turns it upright.
/// </summary>
/// <param name="Number">The page's number, from 1.</param>
/// <param name="MediaBox">The page's box in user space.</param>
/// <param name="Rotate">The page's /Rotate in degrees, as the file states it (any multiple of 90, negative too).</param>
/// <param name="Glyphs">Glyphs in drawing order.</param>
internal sealed record DrawnPage(
    int Number,
    PageBox MediaBox,
    int Rotate,
    IReadOnlyList<DrawnGlyph> Glyphs,
    IReadOnlyList<DrawnRule> Rules,
    IReadOnlyList<DrawnImage> Images);

/// <summary>A page box in user space, Left ≤ Right and Bottom ≤ Top.</summary>
internal readonly record struct PageBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;
}

/// <summary>One glyph: its Unicode text (NFC; several characters for a ligature, a whole word from OCR) and where it sits.</summary>
/// <param name="X">Left edge of its advance box.</param>
/// <param name="Baseline">Y of the baseline it sits on; a raised note reference sits higher than its line.</param>
/// <param name="Width">Advance width.</param>
/// <param name="FontSize">Size it is drawn at, in user space.</param>
/// <param name="FontName">Base font name without a subset prefix ("TimesNewRomanPS-BoldMT", ".VnTime"); legacy encodings are told by it.</param>
internal sealed record DrawnGlyph(string Text, double X, double Baseline, double Width, double FontSize, string FontName, bool Bold, bool Italic)
{
    /// <summary>How sure a text recogniser was of it (0..1); null for text a file states.</summary>
    public double? Confidence { get; init; }

    /// <summary>Drawn so that it paints nothing (render mode 3): the searchable layer scanner software lays over a page image, judged apart from the visible text.</summary>
    public bool Invisible { get; init; }
}

/// <summary>A straight line or thin filled rectangle: table borders, the short rule above footnotes.</summary>
internal sealed record DrawnRule(double X1, double Y1, double X2, double Y2);

/// <summary>An image and the box it fills; a scan is one image covering the page.</summary>
internal sealed record DrawnImage(double X, double Y, double Width, double Height)
{
    /// <summary>Where the image's unit square goes in user space (the matrix it is drawn with): rotation and mirroring included.</summary>
    public AffineMatrix Placement { get; init; } = AffineMatrix.Identity;

    /// <summary>The image's pixels on demand; null where the page source gives none.</summary>
    public ImagePixels? Pixels { get; init; }
}

/// <summary>
/// An image's size in pixels and its samples, read only when asked (OCR of a scan), so a page costs nothing more
/// until then. <paramref name="Read"/> raises <see cref="InvalidDataException"/> when the file's image is damaged.
/// </summary>
internal sealed record ImagePixels(int Width, int Height, Func<ImageSamples> Read);
