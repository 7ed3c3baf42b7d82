namespace Extractor.Pdf.Objects;

/// <summary>A stream: its dictionary and its still-encoded (but already decrypted) data. Decode it through the document.</summary>
public sealed class PdfStream : PdfObject
{
    public PdfStream(PdfDictionary dictionary, ReadOnlyMemory<byte> encodedData)
    {
        Dictionary = dictionary;
        EncodedData = encodedData;
    }

    public PdfDictionary Dictionary { get; }

    public ReadOnlyMemory<byte> EncodedData { get; }

    public override string ToString() => $"{Dictionary} stream({EncodedData.Length} bytes)";
}
