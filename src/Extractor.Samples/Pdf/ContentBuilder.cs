using System.Globalization;
using System.Text;

namespace Extractor.Samples.Pdf;

/// <summary>
/// Writes one page's content stream: text in BT/ET objects with relative Td moves from line to
/// line, setting Tf, Ts and Tw only when they change (as producers do, so a reader must carry
/// text state along), and filled or stroked rules. <paramref name="recognised"/> gives the text a
/// line's glyphs are drawn with: the text itself, or what an OCR layer made of it.
/// </summary>
internal sealed class ContentBuilder(IFontSet fonts, Func<string, string> recognised)
{
    private readonly StringBuilder _content = new();
    private (double X, double Y)? _lineStart;
    private (string Font, double Size)? _font;
    private double _rise;
    private double _wordSpacing;

    public bool IsEmpty => _content.Length == 0;

    /// <summary>Draws <paramref name="line"/> with its first glyph's origin at (<paramref name="x"/>, <paramref name="baseline"/>).</summary>
    public void Line(TextLine line, double x, double baseline)
    {
        // Moves are written rounded; keeping the position they really reach keeps rounding from adding up down the page.
        if (_lineStart is not { } start)
        {
            _content.Append("BT\n");
            Operator("Td", x, baseline);
            _lineStart = (Round(x), Round(baseline));
        }
        else
        {
            var (dx, dy) = (Round(x - start.X), Round(baseline - start.Y));
            Operator("Td", dx, dy);
            _lineStart = (start.X + dx, start.Y + dy);
        }

        if (line.WordSpacing != _wordSpacing)
        {
            _wordSpacing = line.WordSpacing;
            Operator("Tw", _wordSpacing);
        }

        foreach (var segment in line.Segments)
        {
            var style = segment.Style;
            foreach (var (font, codes) in fonts.Show(style.Font, recognised(segment.Text)))
            {
                if (_font != (font, style.Size))
                {
                    _font = (font, style.Size);
                    _content.Append('/').Append(font).Append(' ');
                    Operator("Tf", style.Size);
                }

                if (style.Rise != _rise)
                {
                    _rise = style.Rise;
                    Operator("Ts", _rise);
                }

                _content.Append(Literal(codes)).Append(" Tj\n");
            }
        }
    }

    /// <summary>Ends the text object, so that the next line starts a new one at an absolute position.</summary>
    public void EndText()
    {
        if (_lineStart is not null)
        {
            _content.Append("ET\n");
            _lineStart = null;
        }
    }

    /// <summary>A horizontal rule of <paramref name="thickness"/> from (x, y) to the right, drawn as Word does: a filled rectangle.</summary>
    public void Rule(double x, double y, double length, double thickness)
    {
        EndText();
        Operator("re", x, y, length, thickness);
        _content.Append("f\n");
    }

    public byte[] ToBytes()
    {
        EndText();
        return Encoding.ASCII.GetBytes(_content.ToString());
    }

    /// <summary>A number as content streams write it: invariant, at most two decimals, no trailing zeros.</summary>
    public static string Number(double value) =>
        Round(value).ToString("0.##", CultureInfo.InvariantCulture) is var text && text == "-0" ? "0" : text;

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private void Operator(string name, params double[] operands)
    {
        foreach (var operand in operands)
        {
            _content.Append(Number(operand)).Append(' ');
        }

        _content.Append(name).Append('\n');
    }

    /// <summary>A literal string; bytes outside printable ASCII as octal escapes, so the stream stays ASCII.</summary>
    private static string Literal(byte[] bytes)
    {
        var literal = new StringBuilder("(");
        foreach (var b in bytes)
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\')
            {
                literal.Append('\\').Append((char)b);
            }
            else if (b is < 32 or > 126)
            {
                literal.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
            }
            else
            {
                literal.Append((char)b);
            }
        }

        return literal.Append(')').ToString();
    }
}
