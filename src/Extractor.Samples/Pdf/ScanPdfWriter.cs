using System.Buffers.Binary;
using System.Globalization;

namespace Extractor.Samples.Pdf;

/// <summary>
/// Writes what a scanner makes: one JPEG image (DCTDecode) filling each page, with no text at all, so a reader
/// must OCR the pages to get the text; or, as scanner software with English-only OCR does, with a text layer of garbage.
/// </summary>
public static class ScanPdfWriter
{
    public static void Write(IReadOnlyList<byte[]> pages, Stream output) => Write(pages, textLayer: null, output);

    /// <summary>One scanned page with what English-only OCR reads of page 1 of <paramref name="report"/> laid invisibly over it.</summary>
    public static void WriteWithEnglishOcr(byte[] jpeg, Extractor.Reading.RawDocument report, Stream output) =>
        Write([jpeg], OcrTextLayer.EnglishOcrOfFirstPage(report), output);

    private static void Write(IReadOnlyList<byte[]> pages, OcrTextLayer? textLayer, Stream output)
    {
        if (pages.Count == 0)
        {
            throw new InvalidDataException("a scan needs at least one page image");
        }

        using var file = new PdfFileWriter(output);
        var catalog = file.Reserve();
        var pageTree = file.Reserve();
        var pageIds = pages.Select(_ => (Page: file.Reserve(), Content: file.Reserve(), Image: file.Reserve())).ToList();
        var info = file.Reserve();
        var fonts = textLayer is null ? "" : $" /Font <<{textLayer.Fonts.Write(file)} >>";
        var size = $"{ContentBuilder.Number(PageGeometry.Width)} {ContentBuilder.Number(PageGeometry.Height)}";
        file.WriteObject(catalog, $"<< /Type /Catalog /Pages {pageTree} 0 R >>");
        file.WriteObject(pageTree, $"<< /Type /Pages /Count {pages.Count} /Kids [{string.Join(' ', pageIds.Select(p => $"{p.Page} 0 R"))}] >>");
        for (var i = 0; i < pages.Count; i++)
        {
            var (page, content, image) = pageIds[i];
            var (width, height, components) = JpegFrame(pages[i]);
            var colorSpace = components switch
            {
                1 => "/DeviceGray",
                3 => "/DeviceRGB",
                _ => throw new InvalidDataException($"a JPEG with {components} components is not a scan this writer knows"),
            };
            var text = i == 0 ? textLayer : null;
            file.WriteObject(page,
                $"<< /Type /Page /Parent {pageTree} 0 R /MediaBox [0 0 {size}] /Contents {content} 0 R " +
                $"/Resources << /XObject << /Im1 {image} 0 R >>{(text is null ? "" : fonts)} /ProcSet [/PDF /ImageB /ImageC{(text is null ? "" : " /Text")}] >> >>");
            file.WriteStream(content, "",
                [.. System.Text.Encoding.ASCII.GetBytes($"q {ContentBuilder.Number(PageGeometry.Width)} 0 0 {ContentBuilder.Number(PageGeometry.Height)} 0 0 cm /Im1 Do Q\n"), .. text?.Content ?? []],
                compress: true);
            file.WriteStream(image,
                string.Create(CultureInfo.InvariantCulture, $"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace {colorSpace} /BitsPerComponent 8 /Filter /DCTDecode"),
                pages[i], compress: false);
        }

        file.WriteObject(info, "<< /Producer (extractor-samples scan writer) >>");
        file.Finish(catalog, info);
    }

    /// <summary>Size and component count from the JPEG's start-of-frame marker.</summary>
    private static (int Width, int Height, int Components) JpegFrame(byte[] jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            throw new InvalidDataException("not a JPEG: no start-of-image marker");
        }

        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF)
        {
            var marker = jpeg[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            // SOF0 to SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC && at + 10 <= jpeg.Length)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 7)), BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 5)), jpeg[at + 9]);
            }

            at += 2 + length;
        }

        throw new InvalidDataException("not a JPEG this writer can read: no start-of-frame marker before the image data");
    }
}
