using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;

namespace Extractor.Pdf.Filters;

/// <summary>LZWDecode with 9–12-bit codes and the /EarlyChange parameter (default 1).</summary>
internal sealed class LzwFilter : IStreamFilter
{
    public static readonly LzwFilter Instance = new();

    private const int ClearTable = 256;
    private const int EndOfData = 257;

    public void Decode(ReadOnlyMemory<byte> input, PdfDictionary parameters, OutputBuffer output, ReadContext context)
    {
        var earlyChange = parameters["EarlyChange"] is PdfInteger { Value: 0 } ? 0 : 1;
        var data = input.Span;
        // Each table entry is a run of the output: an entry is the previous string plus one byte, and those bytes sit side by side in the output.
        Span<int> entryStart = new int[4096];
        Span<int> entryLength = new int[4096];
        var bits = 9;
        var next = 258;
        var previousStart = -1;
        var previousLength = 0;
        long bitBuffer = 0;
        var bitCount = 0;
        var position = 0;
        while (true)
        {
            while (bitCount < bits && position < data.Length)
            {
                bitBuffer = (bitBuffer << 8) | data[position++];
                bitCount += 8;
            }

            if (bitCount < bits)
            {
                return;
            }

            var code = (int)((bitBuffer >> (bitCount - bits)) & ((1 << bits) - 1));
            bitCount -= bits;
            if (code == ClearTable)
            {
                bits = 9;
                next = 258;
                previousStart = -1;
                continue;
            }

            if (code == EndOfData)
            {
                return;
            }

            var start = output.Length;
            if (code < 256)
            {
                output.Write((byte)code);
            }
            else if (code < next && previousStart >= 0)
            {
                output.WriteFromSelf(entryStart[code], entryLength[code]);
            }
            else if (code == next && previousStart >= 0)
            {
                output.WriteFromSelf(previousStart, previousLength);
                output.Write(output.Written[previousStart]);
            }
            else
            {
                context.Repair($"LZW code {code} is not in the table; kept the {output.Length} bytes decoded before it");
                return;
            }

            if (previousStart >= 0 && next < 4096)
            {
                entryStart[next] = previousStart;
                entryLength[next] = previousLength + 1;
                next++;
                if (next + earlyChange >= (1 << bits) && bits < 12)
                {
                    bits++;
                }
            }

            previousStart = start;
            previousLength = output.Length - start;
            if ((position & 0xFFFF) == 0)
            {
                context.CheckDeadline();
            }
        }
    }
}
