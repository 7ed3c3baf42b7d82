using System.Buffers.Binary;
using System.Text;
using Extractor.Reading.Pdf;

namespace Extractor.Reading.Ocr;

/// <summary>
/// A page image as a file Tesseract reads, made from the samples the PDF stores rather than a rendering of the page:
/// JPEG and JPEG 2000 as they are, fax images in a minimal TIFF, raw samples as PNM, JBIG2 through jbig2dec.
/// </summary>
internal sealed record PageImageFile(byte[] Bytes, string Extension)
{
    public static PageImageFile From(ImageSamples image) => image.Filter switch
    {
        "DCTDecode" => new(image.Data.ToArray(), ".jpg"),
        "JPXDecode" => new(image.Data.ToArray(), image.Data.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0x4F]) ? ".j2k" : ".jp2"),
        "CCITTFaxDecode" => new(FaxTiff(image), ".tif"),
        "JBIG2Decode" => new(Jbig2.Decode(image), ".pbm"),
        null => new(Pnm(image), image.BitsPerComponent == 1 && image.ColorSpace != "Indexed" ? ".pbm" : ".pnm"),
        _ => throw new OcrException($"{image.Filter} images are not supported"),
    };

    /// <summary>
    /// CCITT G3/G4 data in a one-strip TIFF, which leptonica decodes. TIFF's WhiteIsZero shows the coded black runs
    /// black; they are black on the page unless /BlackIs1 or an inverting /Decode (not both) swaps them.
    /// </summary>
    private static byte[] FaxTiff(ImageSamples image)
    {
        var (k, columns, rows, blackIs1, byteAlign) = image.Fax;
        var photometric = blackIs1 == image.Inverted ? 0 : 1;
        var entries = new List<(ushort Tag, ushort Type, uint Value)>
        {
            (256, 4, (uint)columns),
            (257, 4, (uint)rows),
            (258, 3, 1),
            (259, 3, k < 0 ? 4u : 3u),
            (262, 3, (uint)photometric),
            (273, 4, 0),
            (277, 3, 1),
            (278, 4, (uint)rows),
            (279, 4, (uint)image.Data.Length),
            (k < 0 ? (ushort)293 : (ushort)292, 4, (k > 0 ? 1u : 0u) | (byteAlign && k >= 0 ? 4u : 0u)),
        };
        var ifdSize = 2 + (12 * entries.Count) + 4;
        var dataOffset = 8 + ifdSize;
        var tiff = new byte[dataOffset + image.Data.Length];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), (ushort)entries.Count);
        var at = 10;
        foreach (var (tag, type, value) in entries)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), tag);
            BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 2), type);
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 4), 1);
            var field = tag == 273 ? (uint)dataOffset : value;
            if (type == 3)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 8), (ushort)field);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 8), field);
            }

            at += 12;
        }

        image.Data.Span.CopyTo(tiff.AsSpan(dataOffset));
        return tiff;
    }

    /// <summary>
    /// Raw samples as PNM: one-bit grey as a bitmap (PBM's 1 is black, so the bits are flipped unless /Decode already
    /// does), everything else unpacked to 8 bits, palettes and CMYK turned into grey or RGB.
    /// </summary>
    private static byte[] Pnm(ImageSamples image)
    {
        var (width, height, bits) = (image.Width, image.Height, image.BitsPerComponent);
        if (width <= 0 || height <= 0 || bits is not (1 or 2 or 4 or 8 or 16))
        {
            throw new OcrException($"an image of {width}x{height} pixels at {bits} bits per sample is not one OCR can read");
        }

        var rowBytes = ((width * image.Components * bits) + 7) / 8;
        var data = image.Data.Span;
        if (data.Length < rowBytes * height)
        {
            throw new OcrException($"the image holds {data.Length:N0} bytes of the {rowBytes * height:N0} its size needs");
        }

        if (bits == 1 && image.ColorSpace != "Indexed")
        {
            var bitmap = Header("P4", width, height, null, rowBytes * height, out var start);
            for (var i = 0; i < rowBytes * height; i++)
            {
                bitmap[start + i] = image.Inverted ? data[i] : (byte)~data[i];
            }

            return bitmap;
        }

        var colour = image.ColorSpace switch
        {
            "Indexed" => image.PaletteComponents >= 3,
            _ => image.Components >= 3,
        };
        var channels = colour ? 3 : 1;
        var pixels = Header(colour ? "P6" : "P5", width, height, 255, width * height * channels, out var at);
        var sample = new byte[image.Components];
        for (var row = 0; row < height; row++)
        {
            var line = data.Slice(row * rowBytes, rowBytes);
            for (var x = 0; x < width; x++)
            {
                for (var c = 0; c < image.Components; c++)
                {
                    sample[c] = Sample(line, (x * image.Components) + c, bits, image.ColorSpace != "Indexed");
                }

                at = WritePixel(pixels, at, sample, image, channels);
            }
        }

        return pixels;
    }

    private static int WritePixel(byte[] pixels, int at, byte[] sample, ImageSamples image, int channels)
    {
        if (image.ColorSpace == "Indexed")
        {
            var palette = image.Palette.Span;
            var entry = sample[0] * image.PaletteComponents;
            for (var c = 0; c < channels; c++)
            {
                pixels[at++] = entry + c < palette.Length ? palette[entry + c] : (byte)0;
            }

            return at;
        }

        if (image.Components == 4)
        {
            // CMYK without a colour profile: the naive conversion, enough to tell ink from paper.
            for (var c = 0; c < 3; c++)
            {
                pixels[at++] = (byte)((255 - sample[c]) * (255 - sample[3]) / 255);
            }

            return at;
        }

        for (var c = 0; c < channels; c++)
        {
            pixels[at++] = image.Inverted ? (byte)(255 - sample[c]) : sample[c];
        }

        return at;
    }

    /// <summary>Sample <paramref name="index"/> of a row, <paramref name="scale"/>d to 8 bits (not an index into a palette).</summary>
    private static byte Sample(ReadOnlySpan<byte> line, int index, int bits, bool scale)
    {
        switch (bits)
        {
            case 8:
                return line[index];
            case 16:
                return line[index * 2];
            default:
                var bit = index * bits;
                var max = (1 << bits) - 1;
                var value = (line[bit / 8] >> (8 - bits - (bit % 8))) & max;
                return (byte)(scale ? value * 255 / max : value);
        }
    }

    private static byte[] Header(string magic, int width, int height, int? maxValue, int length, out int start)
    {
        var header = Encoding.ASCII.GetBytes(maxValue is { } max ? $"{magic}\n{width} {height}\n{max}\n" : $"{magic}\n{width} {height}\n");
        var file = new byte[header.Length + length];
        header.CopyTo(file, 0);
        start = header.Length;
        return file;
    }
}
