using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Content;

/// <summary>
/// An image XObject's samples as the file holds them once its general filters (Flate, LZW...) are undone: still
/// encoded when <see cref="Filter"/> names an image codec (DCT, JPX, CCITT, JBIG2), else raw rows of samples.
/// </summary>
/// <param name="Filter">The image codec ("DCTDecode", "CCITTFaxDecode", "JBIG2Decode", "JPXDecode"), null for raw samples.</param>
/// <param name="FilterParameters">The codec's /DecodeParms (CCITT's /K, /Columns, /BlackIs1...), values resolved.</param>
/// <param name="ColorSpace">Family of the colour space: "DeviceGray", "DeviceRGB", "DeviceCMYK", "Indexed"; ICC and calibrated spaces by their component count.</param>
/// <param name="Components">Samples per pixel (1 for Indexed and for masks).</param>
/// <param name="Palette">For Indexed: the lookup table, <paramref name="PaletteComponents"/> bytes per entry.</param>
/// <param name="Inverted">The /Decode array swaps dark and light ([1 0]): a 0 sample is then light (a mask then paints its 1 samples).</param>
/// <param name="Jbig2Globals">The decoded /JBIG2Globals segments, empty when there are none.</param>
public sealed record PdfImage(
    ReadOnlyMemory<byte> Data,
    string? Filter,
    PdfDictionary FilterParameters,
    int Width,
    int Height,
    string ColorSpace,
    int Components,
    int BitsPerComponent,
    ReadOnlyMemory<byte> Palette,
    int PaletteComponents,
    bool Inverted,
    ReadOnlyMemory<byte> Jbig2Globals);
