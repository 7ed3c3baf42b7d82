using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;

namespace Extractor.Pdf.Filters;

/// <summary>Undoes the /Predictor of Flate and LZW data: TIFF predictor 2 (8-bit samples) and the PNG row filters (10–15).</summary>
internal static class Predictor
{
    public static ReadOnlyMemory<byte> Apply(ReadOnlyMemory<byte> data, PdfDictionary parameters, ReadContext context)
    {
        var predictor = IntegerOf(parameters, "Predictor", 1);
        if (predictor <= 1)
        {
            return data;
        }

        var colors = Math.Clamp(IntegerOf(parameters, "Colors", 1), 1, 32);
        var bitsPerComponent = IntegerOf(parameters, "BitsPerComponent", 8);
        var columns = Math.Clamp(IntegerOf(parameters, "Columns", 1), 1, 1 << 24);
        if (bitsPerComponent is not (1 or 2 or 4 or 8 or 16))
        {
            context.Repair($"predictor with /BitsPerComponent {bitsPerComponent} left undone");
            return data;
        }

        var bytesPerPixel = Math.Max(1, ((colors * bitsPerComponent) + 7) / 8);
        var rowLength = (int)((((long)colors * bitsPerComponent * columns) + 7) / 8);
        if (predictor >= 10)
        {
            return UndoPng(data.Span, rowLength, bytesPerPixel, context);
        }

        if (predictor == 2 && bitsPerComponent == 8)
        {
            return UndoTiff(data.Span, rowLength, bytesPerPixel);
        }

        context.Repair($"predictor {predictor} with {bitsPerComponent}-bit samples left undone");
        return data;
    }

    private static byte[] UndoPng(ReadOnlySpan<byte> data, int rowLength, int bytesPerPixel, ReadContext context)
    {
        var rows = (data.Length + rowLength) / (rowLength + 1);
        var output = new byte[Math.Max(0, data.Length - rows)];
        var previous = new byte[rowLength];
        var outAt = 0;
        for (var inAt = 0; inAt < data.Length && outAt < output.Length; inAt += rowLength + 1)
        {
            var type = data[inAt];
            var count = Math.Min(rowLength, data.Length - inAt - 1);
            var row = output.AsSpan(outAt, count);
            data.Slice(inAt + 1, count).CopyTo(row);
            for (var i = 0; i < count; i++)
            {
                int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
                int up = previous[i];
                int upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                row[i] += type switch
                {
                    1 => (byte)left,
                    2 => (byte)up,
                    3 => (byte)((left + up) >> 1),
                    4 => (byte)Paeth(left, up, upLeft),
                    _ => 0,
                };
            }

            if (type > 4)
            {
                context.Repair($"PNG row filter {type} unknown; row left as is");
            }

            row.CopyTo(previous);
            outAt += count;
        }

        return output;
    }

    private static byte[] UndoTiff(ReadOnlySpan<byte> data, int rowLength, int bytesPerPixel)
    {
        var output = data.ToArray();
        for (var rowStart = 0; rowStart < output.Length; rowStart += rowLength)
        {
            var end = Math.Min(rowStart + rowLength, output.Length);
            for (var i = rowStart + bytesPerPixel; i < end; i++)
            {
                output[i] += output[i - bytesPerPixel];
            }
        }

        return output;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }

    private static int IntegerOf(PdfDictionary parameters, string key, int fallback) =>
        parameters[key] is PdfInteger { Value: >= int.MinValue and <= int.MaxValue } value ? (int)value.Value : fallback;
}
