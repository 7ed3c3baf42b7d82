using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;

namespace Extractor.Pdf.Filters;

/// <summary>ASCII85Decode: groups of five base-85 digits up to '~>', 'z' for four zero bytes, a short last group.</summary>
internal sealed class Ascii85Filter : IStreamFilter
{
    public static readonly Ascii85Filter Instance = new();

    public void Decode(ReadOnlyMemory<byte> input, PdfDictionary parameters, OutputBuffer output, ReadContext context)
    {
        Span<byte> group = stackalloc byte[4];
        uint value = 0;
        var count = 0;
        foreach (var b in input.Span)
        {
            if (b == '~')
            {
                break;
            }

            if (b == 'z' && count == 0)
            {
                output.Write([0, 0, 0, 0]);
                continue;
            }

            if (b is < (byte)'!' or > (byte)'u')
            {
                if (!PdfLexer.IsWhitespace(b))
                {
                    context.Repair($"ASCII85 data holds a stray byte 0x{b:X2}; skipped");
                }

                continue;
            }

            value = unchecked((value * 85) + (uint)(b - '!'));
            if (++count == 5)
            {
                WriteGroup(value, group, 4, output);
                value = 0;
                count = 0;
            }
        }

        if (count > 1)
        {
            // A short group of n digits is padded with 'u' and yields n - 1 bytes.
            for (var i = count; i < 5; i++)
            {
                value = unchecked((value * 85) + 84);
            }

            WriteGroup(value, group, count - 1, output);
        }
    }

    private static void WriteGroup(uint value, Span<byte> group, int bytes, OutputBuffer output)
    {
        group[0] = (byte)(value >> 24);
        group[1] = (byte)(value >> 16);
        group[2] = (byte)(value >> 8);
        group[3] = (byte)value;
        output.Write(group[..bytes]);
    }
}
