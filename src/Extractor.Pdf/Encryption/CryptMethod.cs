namespace Extractor.Pdf.Encryption;

/// <summary>How a crypt filter encrypts strings or streams (its /CFM).</summary>
internal enum CryptMethod
{
    None,
    Rc4,
    AesV2,
    AesV3,
}
