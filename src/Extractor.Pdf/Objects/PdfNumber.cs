using System.Globalization;

namespace Extractor.Pdf.Objects;

/// <summary>An integer or real number; readers of boxes and widths rarely care which.</summary>
public abstract class PdfNumber : PdfObject
{
    private protected PdfNumber()
    {
    }

    public abstract double AsDouble();
}

public sealed class PdfInteger : PdfNumber
{
    public PdfInteger(long value) => Value = value;

    public long Value { get; }

    public override double AsDouble() => Value;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

public sealed class PdfReal : PdfNumber
{
    public PdfReal(double value) => Value = value;

    public double Value { get; }

    public override double AsDouble() => Value;

    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}
