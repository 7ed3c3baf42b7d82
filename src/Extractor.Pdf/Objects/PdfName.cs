namespace Extractor.Pdf.Objects;

/// <summary>A name, with #xx escapes already decoded; bytes map one to one onto Latin-1 characters.</summary>
public sealed class PdfName : PdfObject, IEquatable<PdfName>
{
    public PdfName(string value) => Value = value;

    public string Value { get; }

    public bool Equals(PdfName? other) => other is not null && other.Value == Value;

    public override bool Equals(object? obj) => obj is PdfName other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => "/" + Value;
}
