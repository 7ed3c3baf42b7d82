namespace Extractor.Pdf.Objects;

/// <summary>A PDF object as the file spells it; references stay unresolved until the document resolves them.</summary>
public abstract class PdfObject
{
    private protected PdfObject()
    {
    }
}
