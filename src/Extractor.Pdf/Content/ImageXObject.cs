using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Content;

/// <summary>
/// An image a page draws, kept as a reference into its document so that a page's content costs nothing more until
/// someone asks for the samples (OCR of a scan). Reading it uses the document, which is not thread-safe.
/// </summary>
public sealed class ImageXObject
{
    private readonly PdfDocument _document;
    private readonly PdfStream _stream;

    internal ImageXObject(PdfDocument document, PdfStream stream)
    {
        _document = document;
        _stream = stream;
        Width = IntegerOf(stream.Dictionary["Width"]);
        Height = IntegerOf(stream.Dictionary["Height"]);
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The samples and what it takes to decode them; damage to the file raises a <see cref="PdfException"/>.</summary>
    public PdfImage Read()
    {
        var dictionary = _stream.Dictionary;
        var decoded = _document.Decode(_stream);
        var mask = _document.Resolve(dictionary["ImageMask"]) is PdfBoolean { Value: true };
        var (family, components, palette, paletteComponents) = mask ? ("DeviceGray", 1, ReadOnlyMemory<byte>.Empty, 0) : ColorSpaceOf(_document.Resolve(dictionary["ColorSpace"]));
        var bits = mask ? 1 : IntegerOf(dictionary["BitsPerComponent"], 8);
        var decode = _document.Resolve<PdfArray>(dictionary["Decode"]);
        var inverted = decode is { Count: >= 2 } && decode[0] is PdfNumber low && decode[1] is PdfNumber high && low.AsDouble() > high.AsDouble();
        var globals = _document.Resolve<PdfStream>(decoded.ImageFilterParameters["JBIG2Globals"]) is { } stream ? _document.Decode(stream).Data : ReadOnlyMemory<byte>.Empty;
        return new PdfImage(decoded.Data, decoded.ImageFilter, decoded.ImageFilterParameters, Width, Height, family, components, bits, palette, paletteComponents, inverted, globals);
    }

    private (string Family, int Components, ReadOnlyMemory<byte> Palette, int PaletteComponents) ColorSpaceOf(PdfObject space)
    {
        switch (space)
        {
            case PdfName name:
                return (name.Value, ComponentsOf(name.Value), ReadOnlyMemory<byte>.Empty, 0);
            case PdfArray { Count: > 0 } array when _document.Resolve<PdfName>(array[0]) is { } family:
                switch (family.Value)
                {
                    case "Indexed" or "I" when array.Count >= 4:
                        var (baseFamily, baseComponents, _, _) = ColorSpaceOf(_document.Resolve(array[1]));
                        var lookup = _document.Resolve(array[3]) switch
                        {
                            PdfString text => text.Bytes,
                            PdfStream stream => _document.Decode(stream).Data,
                            _ => ReadOnlyMemory<byte>.Empty,
                        };
                        return ("Indexed", 1, lookup, baseFamily == "Indexed" ? 0 : baseComponents);
                    case "ICCBased" when array.Count >= 2 && _document.Resolve<PdfStream>(array[1]) is { } profile:
                        var n = IntegerOf(profile.Dictionary["N"], 3);
                        return (n switch { 1 => "DeviceGray", 4 => "DeviceCMYK", _ => "DeviceRGB" }, n, ReadOnlyMemory<byte>.Empty, 0);
                    case "CalRGB" or "Lab":
                        return ("DeviceRGB", 3, ReadOnlyMemory<byte>.Empty, 0);
                    case "CalGray":
                        return ("DeviceGray", 1, ReadOnlyMemory<byte>.Empty, 0);
                    default:
                        return (family.Value, ComponentsOf(family.Value), ReadOnlyMemory<byte>.Empty, 0);
                }

            default:
                return ("DeviceGray", 1, ReadOnlyMemory<byte>.Empty, 0);
        }
    }

    private static int ComponentsOf(string family) => family switch
    {
        "DeviceRGB" or "RGB" => 3,
        "DeviceCMYK" or "CMYK" => 4,
        _ => 1,
    };

    private int IntegerOf(PdfObject? value, int fallback = 0) => _document.Resolve(value) is PdfNumber number ? (int)number.AsDouble() : fallback;
}
