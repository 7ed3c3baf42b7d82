using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Content;

/// <summary>An affine matrix [a b c d e f] as PDF writes it; points are row vectors, so p' = p × M.</summary>
public readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly Matrix Identity = new(1, 0, 0, 1, 0, 0);

    /// <summary>The six numbers of an array such as a form's /Matrix; null when it is not six numbers.</summary>
    public static Matrix? FromArray(PdfArray? array) =>
        array is { Count: 6 } && array.All(item => item is PdfNumber)
            ? new Matrix(Number(array[0]), Number(array[1]), Number(array[2]), Number(array[3]), Number(array[4]), Number(array[5]))
            : null;

    /// <summary>This transformation followed by <paramref name="then"/>.</summary>
    public Matrix Multiply(Matrix then) => new(
        (A * then.A) + (B * then.C),
        (A * then.B) + (B * then.D),
        (C * then.A) + (D * then.C),
        (C * then.B) + (D * then.D),
        (E * then.A) + (F * then.C) + then.E,
        (E * then.B) + (F * then.D) + then.F);

    /// <summary>A translation by (tx, ty) followed by this matrix, as Td and glyph advances move the text matrix.</summary>
    public Matrix Translate(double tx, double ty) => this with { E = (tx * A) + (ty * C) + E, F = (tx * B) + (ty * D) + F };

    public (double X, double Y) Transform(double x, double y) => ((x * A) + (y * C) + E, (x * B) + (y * D) + F);

    /// <summary>The upright box around <paramref name="box"/> once transformed.</summary>
    public PdfRectangle TransformBounds(PdfRectangle box)
    {
        var (x1, y1) = Transform(box.Left, box.Bottom);
        var (x2, y2) = Transform(box.Right, box.Bottom);
        var (x3, y3) = Transform(box.Left, box.Top);
        var (x4, y4) = Transform(box.Right, box.Top);
        return new PdfRectangle(Math.Min(Math.Min(x1, x2), Math.Min(x3, x4)), Math.Min(Math.Min(y1, y2), Math.Min(y3, y4)), Math.Max(Math.Max(x1, x2), Math.Max(x3, x4)), Math.Max(Math.Max(y1, y2), Math.Max(y3, y4)));
    }

    /// <summary>How much this matrix stretches a vertical unit vector: the user-space size of one unit of text height.</summary>
    public double VerticalScale => Math.Sqrt((C * C) + (D * D));

    /// <summary>How much this matrix stretches a horizontal unit vector.</summary>
    public double HorizontalScale => Math.Sqrt((A * A) + (B * B));

    private static double Number(PdfObject value) => ((PdfNumber)value).AsDouble();
}
