namespace Extractor.Pdf.Objects;

/// <summary>A literal or hex string as bytes (decrypted); their meaning depends on where they are used.</summary>
public sealed class PdfString : PdfObject
{
    public PdfString(byte[] bytes, bool isHex)
    {
        Bytes = bytes;
        IsHex = isHex;
    }

    public byte[] Bytes { get; }

    public bool IsHex { get; }

    public override string ToString() => IsHex ? "<" + Convert.ToHexString(Bytes) + ">" : "(" + System.Text.Encoding.Latin1.GetString(Bytes) + ")";
}
