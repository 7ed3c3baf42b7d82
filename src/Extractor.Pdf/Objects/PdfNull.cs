namespace Extractor.Pdf.Objects;

/// <summary>The null object; also what a reference to a missing object resolves to.</summary>
public sealed class PdfNull : PdfObject
{
    public static readonly PdfNull Instance = new();

    private PdfNull()
    {
    }

    public override string ToString() => "null";
}
