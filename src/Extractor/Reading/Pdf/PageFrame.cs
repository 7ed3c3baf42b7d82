namespace Extractor.Reading.Pdf;

/// <summary>A glyph in upright page space: x from the left edge and baseline from the top edge, as a reader sees the page.</summary>
/// <param name="Confidence">How sure OCR was of it (0..1); null for a text layer's glyph.</param>
internal sealed record PlacedGlyph(string Text, double Left, double Right, double Baseline, double Size, bool Bold, bool Italic, double? Confidence = null)
{
    public bool IsSpace => string.IsNullOrWhiteSpace(Text);

    public double Center => (Left + Right) / 2;

    /// <summary>Drawn so that it paints nothing: the searchable layer scanner software lays over a page image.</summary>
    public bool Invisible { get; init; }
}

/// <summary>A rule in upright page space; a border drawn as a thin rectangle counts as a line.</summary>
internal sealed record PlacedRule(double Left, double Top, double Right, double Bottom)
{
    // Word draws cell borders as filled rectangles of a fraction of a point; two points is already a bar, not a border.
    private const double Thickness = 2;

    public bool IsHorizontal => Bottom - Top <= Thickness && Right - Left > Thickness;

    public bool IsVertical => Right - Left <= Thickness && Bottom - Top > Thickness;
}

/// <summary>
/// One page turned upright (its /Rotate applied) with the origin at the top left, so that
/// reading order is top to bottom, left to right whatever way the file stores the page.
/// </summary>
/// <param name="CoveredByImage">One image (or several) covers at least half the page: a scan, whatever text is laid over it.</param>
internal sealed record PageFrame(int Number, double Width, double Height, IReadOnlyList<PlacedGlyph> Glyphs, IReadOnlyList<PlacedRule> Rules, bool CoveredByImage)
{
    // A scan is one image over (nearly) the whole page; a logo or a chart picture is not.
    private const double ScanCoverage = 0.5;

    public static PageFrame From(DrawnPage page)
    {
        var box = page.MediaBox;
        var rotate = ((page.Rotate % 360) + 360) % 360;
        var (width, height) = rotate is 90 or 270 ? (box.Height, box.Width) : (box.Width, box.Height);

        // Where a point of default user space lands on the upright page (y from the top).
        (double X, double Y) Upright(double x, double y) => rotate switch
        {
            90 => (y - box.Bottom, x - box.Left),
            180 => (box.Right - x, y - box.Bottom),
            270 => (box.Top - y, box.Right - x),
            _ => (x - box.Left, box.Top - y),
        };

        var glyphs = new List<PlacedGlyph>(page.Glyphs.Count);
        foreach (var glyph in page.Glyphs)
        {
            var (x, y) = Upright(glyph.X, glyph.Baseline);
            glyphs.Add(new PlacedGlyph(glyph.Text, x, x + Math.Abs(glyph.Width), y, glyph.FontSize, glyph.Bold, glyph.Italic, glyph.Confidence) { Invisible = glyph.Invisible });
        }

        var rules = page.Rules.Select(rule =>
        {
            var (x1, y1) = Upright(rule.X1, rule.Y1);
            var (x2, y2) = Upright(rule.X2, rule.Y2);
            return new PlacedRule(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
        }).ToList();

        var imageArea = page.Images.Sum(image => Math.Abs(image.Width * image.Height));
        return new PageFrame(page.Number, width, height, glyphs, rules, imageArea >= ScanCoverage * width * height);
    }

    public bool HasText => Glyphs.Any(g => !g.IsSpace);

    /// <summary>A scan with no text at all over it.</summary>
    public bool IsImageOnly => CoveredByImage && !HasText;
}
