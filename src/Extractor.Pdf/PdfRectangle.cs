namespace Extractor.Pdf;

/// <summary>A page box in default user space, normalised so that Left ≤ Right and Bottom ≤ Top.</summary>
public readonly record struct PdfRectangle(double Left, double Bottom, double Right, double Top)
{
    /// <summary>US Letter, what a page without a readable /MediaBox is taken to be.</summary>
    public static readonly PdfRectangle Letter = new(0, 0, 612, 792);

    public double Width => Right - Left;

    public double Height => Top - Bottom;

    public static PdfRectangle FromCorners(double x1, double y1, double x2, double y2) =>
        new(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
}
