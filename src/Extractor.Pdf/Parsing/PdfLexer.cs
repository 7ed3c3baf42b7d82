using System.Globalization;
using System.Text;
using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Parsing;

/// <summary>Reads the tokens of PDF syntax (whitespace, comments, numbers, names, strings, keywords) from a byte buffer.</summary>
internal sealed class PdfLexer
{
    private static readonly bool[] Whitespace = Table(0, 9, 10, 12, 13, 32);
    private static readonly bool[] Delimiter = Table('(', ')', '<', '>', '[', ']', '{', '}', '/', '%');

    public PdfLexer(ReadOnlyMemory<byte> data, int position = 0)
    {
        Memory = data;
        Position = position;
    }

    public ReadOnlyMemory<byte> Memory { get; }

    public int Position { get; set; }

    public static bool IsWhitespace(byte b) => Whitespace[b];

    /// <summary>Bytes that may be part of a keyword or number token: neither whitespace nor delimiters.</summary>
    public static bool IsRegular(byte b) => !Whitespace[b] && !Delimiter[b];

    public int PeekByte(int ahead = 0)
    {
        var at = Position + ahead;
        return at < Memory.Length ? Memory.Span[at] : -1;
    }

    /// <summary>Skips whitespace and comments.</summary>
    public void SkipWhitespace()
    {
        var span = Memory.Span;
        var pos = Position;
        while (pos < span.Length)
        {
            var b = span[pos];
            if (Whitespace[b])
            {
                pos++;
            }
            else if (b == '%')
            {
                while (pos < span.Length && span[pos] != '\n' && span[pos] != '\r')
                {
                    pos++;
                }
            }
            else
            {
                break;
            }
        }

        Position = pos;
    }

    /// <summary>Reads a run of regular bytes (a keyword or number); empty when a delimiter or the end comes first.</summary>
    public ReadOnlySpan<byte> ReadRegularToken()
    {
        var span = Memory.Span;
        var start = Position;
        var pos = start;
        while (pos < span.Length && IsRegular(span[pos]))
        {
            pos++;
        }

        Position = pos;
        return span[start..pos];
    }

    /// <summary>Consumes <paramref name="keyword"/> when it comes next (after whitespace) as a whole token.</summary>
    public bool TryReadKeyword(ReadOnlySpan<byte> keyword)
    {
        SkipWhitespace();
        var span = Memory.Span;
        var end = Position + keyword.Length;
        if (end > span.Length || !span.Slice(Position, keyword.Length).SequenceEqual(keyword) || (end < span.Length && IsRegular(span[end])))
        {
            return false;
        }

        Position = end;
        return true;
    }

    /// <summary>Reads a non-negative integer token, restoring the position when the next token is not one.</summary>
    public bool TryReadUnsignedInteger(out long value)
    {
        var start = Position;
        SkipWhitespace();
        var token = ReadRegularToken();
        if (TryParseUnsigned(token, out value))
        {
            return true;
        }

        Position = start;
        return false;
    }

    public static bool TryParseUnsigned(ReadOnlySpan<byte> token, out long value)
    {
        value = 0;
        if (token.IsEmpty || token.Length > 18)
        {
            return false;
        }

        foreach (var b in token)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>Parses a number token leniently (repeated signs, a trailing dot); null when the token is no number.</summary>
    public static PdfNumber? ParseNumber(ReadOnlySpan<byte> token)
    {
        var signs = 0;
        var negative = false;
        while (signs < token.Length && token[signs] is (byte)'+' or (byte)'-')
        {
            negative ^= token[signs] == '-';
            signs++;
        }

        var digits = token[signs..];
        var dots = 0;
        foreach (var b in digits)
        {
            if (b == '.')
            {
                dots++;
            }
            else if (b is < (byte)'0' or > (byte)'9')
            {
                return null;
            }
        }

        if (dots > 1 || digits.Length == dots)
        {
            return dots == 1 && digits.Length == 1 ? new PdfReal(0) : null;
        }

        if (dots == 0 && TryParseUnsigned(digits, out var integer))
        {
            return new PdfInteger(negative ? -integer : integer);
        }

        // Reals (and integers too long for a long) go through the runtime's correctly rounded parser.
        var real = double.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new PdfReal(negative ? -real : real);
    }

    /// <summary>Reads a name at a '/', decoding #xx escapes.</summary>
    public PdfName ReadName()
    {
        Position++;
        var token = ReadRegularToken();
        if (token.IndexOf((byte)'#') < 0)
        {
            return new PdfName(Encoding.Latin1.GetString(token));
        }

        var bytes = new byte[token.Length];
        var n = 0;
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '#' && i + 2 < token.Length && HexValue(token[i + 1]) >= 0 && HexValue(token[i + 2]) >= 0)
            {
                bytes[n++] = (byte)((HexValue(token[i + 1]) << 4) | HexValue(token[i + 2]));
                i += 2;
            }
            else
            {
                bytes[n++] = token[i];
            }
        }

        return new PdfName(Encoding.Latin1.GetString(bytes, 0, n));
    }

    /// <summary>Reads a literal string at a '(' with its escapes and balanced parentheses; an unterminated one ends at the end of data.</summary>
    public byte[] ReadLiteralString()
    {
        var span = Memory.Span;
        var pos = Position + 1;
        var output = new List<byte>();
        var depth = 1;
        while (pos < span.Length)
        {
            var b = span[pos++];
            switch (b)
            {
                case (byte)'(':
                    depth++;
                    output.Add(b);
                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        Position = pos;
                        return [.. output];
                    }

                    output.Add(b);
                    break;
                case (byte)'\r':
                    // An unescaped end of line of any kind reads as a single newline.
                    if (pos < span.Length && span[pos] == '\n')
                    {
                        pos++;
                    }

                    output.Add((byte)'\n');
                    break;
                case (byte)'\\':
                    pos = ReadEscape(span, pos, output);
                    break;
                default:
                    output.Add(b);
                    break;
            }
        }

        Position = pos;
        return [.. output];
    }

    private static int ReadEscape(ReadOnlySpan<byte> span, int pos, List<byte> output)
    {
        if (pos >= span.Length)
        {
            return pos;
        }

        var b = span[pos++];
        switch (b)
        {
            case (byte)'n': output.Add((byte)'\n'); break;
            case (byte)'r': output.Add((byte)'\r'); break;
            case (byte)'t': output.Add((byte)'\t'); break;
            case (byte)'b': output.Add((byte)'\b'); break;
            case (byte)'f': output.Add((byte)'\f'); break;
            case (byte)'\r':
                // A backslash before an end of line continues the string on the next line.
                if (pos < span.Length && span[pos] == '\n')
                {
                    pos++;
                }

                break;
            case (byte)'\n':
                break;
            case >= (byte)'0' and <= (byte)'7':
                var value = b - '0';
                for (var k = 0; k < 2 && pos < span.Length && span[pos] is >= (byte)'0' and <= (byte)'7'; k++)
                {
                    value = (value * 8) + (span[pos++] - '0');
                }

                output.Add((byte)value);
                break;
            default:
                // \( \) \\ and, leniently, any other escaped byte stand for themselves.
                output.Add(b);
                break;
        }

        return pos;
    }

    /// <summary>Reads a hex string at a '&lt;'; whitespace and stray bytes are skipped, an odd last digit is padded with 0.</summary>
    public byte[] ReadHexString()
    {
        var span = Memory.Span;
        var pos = Position + 1;
        var output = new List<byte>();
        var high = -1;
        while (pos < span.Length && span[pos] != '>')
        {
            var value = HexValue(span[pos++]);
            if (value < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = value;
            }
            else
            {
                output.Add((byte)((high << 4) | value));
                high = -1;
            }
        }

        if (high >= 0)
        {
            output.Add((byte)(high << 4));
        }

        Position = Math.Min(pos + 1, span.Length);
        return [.. output];
    }

    public static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static bool[] Table(params int[] bytes)
    {
        var table = new bool[256];
        foreach (var b in bytes)
        {
            table[b] = true;
        }

        return table;
    }
}
