namespace Extractor.Reading.Pdf;

/// <summary>An affine matrix [a b c d e f] as PDF writes it; points are row vectors, so p' = p × M.</summary>
internal readonly record struct AffineMatrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly AffineMatrix Identity = new(1, 0, 0, 1, 0, 0);

    /// <summary>This transformation followed by <paramref name="then"/>.</summary>
    public AffineMatrix Multiply(AffineMatrix then) => new(
        (A * then.A) + (B * then.C),
        (A * then.B) + (B * then.D),
        (C * then.A) + (D * then.C),
        (C * then.B) + (D * then.D),
        (E * then.A) + (F * then.C) + then.E,
        (E * then.B) + (F * then.D) + then.F);

    /// <summary>The upright box around <paramref name="box"/> once transformed.</summary>
    public PageBox TransformBounds(PageBox box)
    {
        var (x1, y1) = Transform(box.Left, box.Bottom);
        var (x2, y2) = Transform(box.Right, box.Bottom);
        var (x3, y3) = Transform(box.Left, box.Top);
        var (x4, y4) = Transform(box.Right, box.Top);
        return new PageBox(Math.Min(Math.Min(x1, x2), Math.Min(x3, x4)), Math.Min(Math.Min(y1, y2), Math.Min(y3, y4)), Math.Max(Math.Max(x1, x2), Math.Max(x3, x4)), Math.Max(Math.Max(y1, y2), Math.Max(y3, y4)));
    }

    private (double X, double Y) Transform(double x, double y) => ((x * A) + (y * C) + E, (x * B) + (y * D) + F);
}
