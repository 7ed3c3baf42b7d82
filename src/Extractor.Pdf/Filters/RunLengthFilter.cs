using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;

namespace Extractor.Pdf.Filters;

/// <summary>RunLengthDecode: a length byte below 128 copies that many plus one bytes, above 128 repeats the next byte 257 minus it times, 128 ends.</summary>
internal sealed class RunLengthFilter : IStreamFilter
{
    public static readonly RunLengthFilter Instance = new();

    public void Decode(ReadOnlyMemory<byte> input, PdfDictionary parameters, OutputBuffer output, ReadContext context)
    {
        var data = input.Span;
        var i = 0;
        while (i < data.Length)
        {
            var length = data[i++];
            if (length == 128)
            {
                return;
            }

            if (length < 128)
            {
                var count = Math.Min(length + 1, data.Length - i);
                output.Write(data.Slice(i, count));
                i += count;
            }
            else if (i < data.Length)
            {
                var value = data[i++];
                for (var k = 0; k < 257 - length; k++)
                {
                    output.Write(value);
                }
            }
        }
    }
}
