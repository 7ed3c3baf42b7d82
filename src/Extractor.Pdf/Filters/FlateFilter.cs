using System.IO.Compression;
using System.Runtime.InteropServices;
using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;

namespace Extractor.Pdf.Filters;

/// <summary>FlateDecode: zlib/deflate, then the predictor; a damaged stream keeps what decoded before the damage.</summary>
internal sealed class FlateFilter : IStreamFilter
{
    public static readonly FlateFilter Instance = new();

    public void Decode(ReadOnlyMemory<byte> input, PdfDictionary parameters, OutputBuffer output, ReadContext context)
    {
        // Inflate the raw deflate data behind the zlib header: writers often get the Adler-32 trailer wrong, and some omit the header.
        var skip = HasZlibHeader(input.Span) ? 2 : 0;
        using var source = AsStream(input[skip..]);
        using var inflater = new DeflateStream(source, CompressionMode.Decompress);
        try
        {
            int read;
            while ((read = inflater.Read(output.GetSpan(4096))) > 0)
            {
                output.Advance(read);
                context.CheckDeadline();
            }
        }
        catch (InvalidDataException)
        {
            context.Repair($"flate data damaged; kept the {output.Length} bytes decoded before the damage");
        }
    }

    private static bool HasZlibHeader(ReadOnlySpan<byte> data) =>
        data.Length >= 2 && (data[0] & 0x0F) == 8 && (data[0] >> 4) <= 7 && ((data[0] << 8) | data[1]) % 31 == 0;

    private static MemoryStream AsStream(ReadOnlyMemory<byte> data) =>
        MemoryMarshal.TryGetArray(data, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);
}
