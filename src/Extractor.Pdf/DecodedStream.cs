using Extractor.Pdf.Objects;

namespace Extractor.Pdf;

/// <summary>
/// A stream's data after its general filters. Image data under DCT, JPX, CCITT or JBIG2 is left encoded:
/// <see cref="ImageFilter"/> names that filter and <see cref="ImageFilterParameters"/> holds its /DecodeParms.
/// </summary>
public sealed record DecodedStream(ReadOnlyMemory<byte> Data, string? ImageFilter, PdfDictionary ImageFilterParameters);
