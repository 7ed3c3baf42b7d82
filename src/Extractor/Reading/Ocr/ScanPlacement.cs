using Extractor.Reading.Pdf;

namespace Extractor.Reading.Ocr;

/// <summary>
/// The image that is a page's scan and where its pixels land on the page as a reader holds it (the image's
/// matrix and the page's /Rotate applied, y up from the bottom-left corner), so that words Tesseract finds in
/// the stored image become upright glyphs whatever way the scan was stored or drawn.
/// </summary>
internal sealed class ScanPlacement
{
    // A scan covers (nearly) the whole page; a logo or a stamp does not.
    private const double ScanCoverage = 0.5;

    // OCR line sizes wobble by a few pixels; lines within this share of the page's usual size are set in that size
    // (footnotes, 10-12 pt under 13-14 pt, stay apart).
    private const double SameSize = 0.1;

    // Digits standing this share of the line size above its baseline are a raised note reference, as a PDF draws it.
    private const double RaisedBy = 0.25;

    // A digit is about this share of its font size tall.
    private const double DigitHeight = 0.7;

    private readonly AffineMatrix _toPage;

    private ScanPlacement(DrawnImage image, ImagePixels pixels, DrawnPage page)
    {
        Pixels = pixels;
        var box = page.MediaBox;
        var rotate = ((page.Rotate % 360) + 360) % 360;
        (Width, Height) = rotate is 90 or 270 ? (box.Height, box.Width) : (box.Width, box.Height);

        // Pixels (y down) -> the image's unit square -> default user space -> the upright page (y up).
        var unitSquare = new AffineMatrix(1.0 / pixels.Width, 0, 0, -1.0 / pixels.Height, 0, 1);
        var upright = rotate switch
        {
            90 => new AffineMatrix(0, -1, 1, 0, -box.Bottom, box.Right),
            180 => new AffineMatrix(-1, 0, 0, -1, box.Right, box.Top),
            270 => new AffineMatrix(0, 1, -1, 0, box.Top, -box.Left),
            _ => new AffineMatrix(1, 0, 0, 1, -box.Left, -box.Bottom),
        };
        _toPage = unitSquare.Multiply(image.Placement).Multiply(upright);
    }

    public ImagePixels Pixels { get; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>Points per pixel on the page.</summary>
    public double Scale => Math.Sqrt(Math.Abs((_toPage.A * _toPage.D) - (_toPage.B * _toPage.C)));

    /// <summary>Pixels per inch of the scan as the page shows it, which Tesseract uses to judge sizes.</summary>
    public int Dpi => (int)Math.Round(72 / Scale);

    /// <summary>Whether the stored image's top is the page's top: otherwise Tesseract must find the orientation.</summary>
    public bool IsUpright => -_toPage.D > Math.Abs(_toPage.C);

    /// <summary>The page's scan: the largest image drawn over at least half the page; null when there is none.</summary>
    public static ScanPlacement? Find(DrawnPage page)
    {
        var area = Math.Abs(page.MediaBox.Width * page.MediaBox.Height);
        var scan = page.Images
            .Where(i => i.Pixels is { Width: > 0, Height: > 0 } && Math.Abs(i.Width * i.Height) >= ScanCoverage * area)
            .MaxBy(i => Math.Abs(i.Width * i.Height));
        return scan is null ? null : new ScanPlacement(scan, scan.Pixels!, page);
    }

    /// <summary>The page as the words read from its scan draw it: one glyph per word, upright, with no /Rotate.</summary>
    public DrawnPage Page(int number, IReadOnlyList<OcrLine> lines)
    {
        var sizes = lines.Select(l => l.Size).Order().ToList();
        var usual = sizes.Count == 0 ? 0 : sizes[sizes.Count / 2];
        var glyphs = new List<DrawnGlyph>();
        foreach (var line in lines)
        {
            var size = Math.Abs(line.Size - usual) <= SameSize * usual ? usual : line.Size;
            var baseline = Bounds(line.Box).Bottom + (line.Descenders * Scale);
            foreach (var word in line.Words)
            {
                var box = Bounds(word.Box);
                var raised = word.Text.All(char.IsAsciiDigit) && box.Bottom - baseline > RaisedBy * size * Scale;
                glyphs.Add(raised
                    ? new DrawnGlyph(word.Text, box.Left, box.Bottom, box.Width, box.Height / DigitHeight, "OCR", false, false) { Confidence = word.Confidence }
                    : new DrawnGlyph(word.Text, box.Left, baseline, box.Width, size * Scale, "OCR", false, false) { Confidence = word.Confidence });
            }
        }

        return new DrawnPage(number, new PageBox(0, 0, Width, Height), 0, glyphs, [], []);
    }

    private PageBox Bounds(PixelBox box) => _toPage.TransformBounds(new PageBox(box.Left, box.Top, box.Right, box.Bottom));
}
