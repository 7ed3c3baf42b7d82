namespace Extractor.Pdf.Content;

/// <summary>
/// One glyph as the page draws it: its Unicode text (NFC, possibly several characters for a
/// ligature) and where it sits in the page's default user space (points, origin bottom-left,
/// before the page's /Rotate is applied).
/// </summary>
/// <param name="X">Left edge of the glyph's advance box.</param>
/// <param name="Baseline">Y of the baseline the glyph sits on, text rise included.</param>
/// <param name="Width">Advance width in user space.</param>
/// <param name="FontSize">Effective size in user space (Tf size scaled by the text and current matrices).</param>
/// <param name="FontName">Base font name without a subset prefix ("TimesNewRomanPS-BoldMT", not "ABCDEF+...").</param>
/// <param name="Rise">Text rise (Ts) in user space; positive for a superscript drawn with Ts.</param>
public sealed record Glyph(
    string Text,
    double X,
    double Baseline,
    double Width,
    double FontSize,
    string FontName,
    bool Bold,
    bool Italic,
    double Rise)
{
    /// <summary>Drawn in a text rendering mode that paints nothing (Tr 3 or 7): text scanner software lays invisibly over a page image.</summary>
    public bool Invisible { get; init; }
}

/// <summary>A straight line or thin filled rectangle drawn on the page: table borders, the short rule above footnotes.</summary>
public sealed record Rule(double X1, double Y1, double X2, double Y2);

/// <summary>An image drawn on the page and the box it fills; scans are one image covering the page.</summary>
/// <param name="Filter">The image's encoding filter ("DCTDecode", "JBIG2Decode", ...) or null for raw samples.</param>
public sealed record PlacedImage(double X, double Y, double Width, double Height, string? Filter)
{
    /// <summary>Where the image's unit square goes in default user space (the CTM it is drawn with): rotation and mirroring included.</summary>
    public Matrix Placement { get; init; } = Matrix.Identity;

    /// <summary>The image's samples on demand; null for an image not read from a file.</summary>
    public ImageXObject? Source { get; init; }
}

/// <summary>What one page draws: glyphs in content-stream order, rules and images.</summary>
public sealed record PageContent(
    int Number,
    PdfRectangle MediaBox,
    int Rotate,
    IReadOnlyList<Glyph> Glyphs,
    IReadOnlyList<Rule> Rules,
    IReadOnlyList<PlacedImage> Images);
