namespace Extractor.Pdf.Objects;

/// <summary>An indirect reference (<c>12 0 R</c>); resolve it through the document.</summary>
public sealed class PdfReference : PdfObject
{
    public PdfReference(ObjectId id) => Id = id;

    public ObjectId Id { get; }

    public override string ToString() => Id.ToString();
}
