namespace Extractor.Reading.Pdf;

/// <summary>
/// An image's samples as the file holds them once its general filters (Flate, LZW...) are undone: still encoded when
/// <see cref="Filter"/> names an image codec (DCT, JPX, CCITT, JBIG2), else raw rows of samples.
/// </summary>
/// <param name="Filter">The image codec ("DCTDecode", "CCITTFaxDecode", "JBIG2Decode", "JPXDecode"), null for raw samples.</param>
/// <param name="Fax">How CCITT data is coded; read only when <paramref name="Filter"/> is "CCITTFaxDecode".</param>
/// <param name="ColorSpace">Family of the colour space: "DeviceGray", "DeviceRGB", "DeviceCMYK", "Indexed"; ICC and calibrated spaces by their component count.</param>
/// <param name="Components">Samples per pixel (1 for Indexed and for masks).</param>
/// <param name="Palette">For Indexed: the lookup table, <paramref name="PaletteComponents"/> bytes per entry.</param>
/// <param name="Inverted">The /Decode array swaps dark and light ([1 0]): a 0 sample is then light (a mask then paints its 1 samples).</param>
/// <param name="Jbig2Globals">The decoded /JBIG2Globals segments, empty when there are none.</param>
internal sealed record ImageSamples(
    ReadOnlyMemory<byte> Data,
    string? Filter,
    FaxCoding Fax,
    int Width,
    int Height,
    string ColorSpace,
    int Components,
    int BitsPerComponent,
    ReadOnlyMemory<byte> Palette,
    int PaletteComponents,
    bool Inverted,
    ReadOnlyMemory<byte> Jbig2Globals);

/// <summary>The /DecodeParms of CCITT fax data, PDF's defaults where the file leaves one out.</summary>
/// <param name="K">Below 0 pure two-dimensional (G4), 0 one-dimensional (G3), above 0 mixed.</param>
/// <param name="BlackIs1">1 bits are black (by default 0 bits are).</param>
/// <param name="EncodedByteAlign">Each coded row starts on a byte boundary.</param>
internal sealed record FaxCoding(int K, int Columns, int Rows, bool BlackIs1, bool EncodedByteAlign);
