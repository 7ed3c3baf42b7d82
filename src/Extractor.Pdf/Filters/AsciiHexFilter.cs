using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;

namespace Extractor.Pdf.Filters;

/// <summary>ASCIIHexDecode: pairs of hex digits up to '>'; whitespace is skipped and an odd last digit is padded with 0.</summary>
internal sealed class AsciiHexFilter : IStreamFilter
{
    public static readonly AsciiHexFilter Instance = new();

    public void Decode(ReadOnlyMemory<byte> input, PdfDictionary parameters, OutputBuffer output, ReadContext context)
    {
        var high = -1;
        foreach (var b in input.Span)
        {
            if (b == '>')
            {
                break;
            }

            var value = PdfLexer.HexValue(b);
            if (value < 0)
            {
                if (!PdfLexer.IsWhitespace(b))
                {
                    context.Repair($"ASCIIHex data holds a stray byte 0x{b:X2}; skipped");
                }

                continue;
            }

            if (high < 0)
            {
                high = value;
            }
            else
            {
                output.Write((byte)((high << 4) | value));
                high = -1;
            }
        }

        if (high >= 0)
        {
            output.Write((byte)(high << 4));
        }
    }
}
