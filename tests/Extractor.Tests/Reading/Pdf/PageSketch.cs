using Extractor.Reading.Pdf;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>
/// Draws a report page as Word lays one out, for layout tests without a PDF: A4, text from
/// x = 85 to 538 pt, Times-like glyphs half a font size wide, positions given from the top
/// of the page. In text, "**" toggles bold, "_" italic and "^" a superscript (65% size, raised 33%).
/// </summary>
internal sealed class PageSketch(int number)
{
    public const double PageWidth = 595;
    public const double PageHeight = 842;
    public const double Left = 85;
    public const double Right = 538;
    public const double Body = 14;
    public const double Note = 10;

    // Word's single spacing for Times is about 1.15 em; paragraphs get 6 pt after.
    public const double Pitch = 16.1;

    private readonly List<DrawnGlyph> _glyphs = [];
    private readonly List<DrawnRule> _rules = [];
    private readonly List<DrawnImage> _images = [];

    public int Rotate { get; init; }

    /// <summary>One line of text starting at <paramref name="x"/>, baseline <paramref name="top"/> pt from the top; extra word spacing stretches it.</summary>
    public PageSketch Line(double x, double top, string text, double size = Body, bool bold = false, double wordSpacing = 0)
    {
        var (italic, raised) = (false, false);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                bold = !bold;
                i++;
                continue;
            }

            if (text[i] is '_' or '^')
            {
                (italic, raised) = text[i] == '_' ? (!italic, raised) : (italic, !raised);
                continue;
            }

            var glyphSize = raised ? size * 0.65 : size;
            var width = glyphSize * 0.5;
            var rise = raised ? size * 0.33 : 0;
            _glyphs.Add(new DrawnGlyph(text[i].ToString(), x, PageHeight - top + rise, width, glyphSize, bold ? "Times-Bold" : "Times", bold, italic));
            x += width + (text[i] == ' ' ? wordSpacing : 0);
        }

        return this;
    }

    /// <summary>
    /// A paragraph wrapped to the text width and justified, its first line indented 1 cm;
    /// returns where the next paragraph's first baseline goes.
    /// </summary>
    public double Paragraph(double top, string text, double size = Body, bool indent = true, bool bold = false, bool lastLineFull = false)
    {
        var lines = Wrap(text, size, indent);
        for (var i = 0; i < lines.Count; i++)
        {
            var x = Left + (i == 0 && indent ? 28 : 0);
            var last = i == lines.Count - 1 && !lastLineFull;
            var visible = Visible(lines[i]);
            var spaces = visible.Count(c => c == ' ');
            var stretch = last || spaces == 0 ? 0 : (Right - x - (visible.Length * size * 0.5)) / spaces;
            Line(x, top, lines[i], size, bold, stretch);
            top += size * Pitch / Body;
        }

        return top + 6;
    }

    public PageSketch Rule(double x1, double top1, double x2, double top2)
    {
        _rules.Add(new DrawnRule(x1, PageHeight - top1, x2, PageHeight - top2));
        return this;
    }

    public PageSketch Image(double x, double top, double width, double height)
    {
        _images.Add(new DrawnImage(x, PageHeight - top - height, width, height));
        return this;
    }

    /// <summary>The page as the glyph layer would give it; a rotated page stores its content turned back.</summary>
    public DrawnPage ToContent()
    {
        if (Rotate == 0)
        {
            return new DrawnPage(number, new PageBox(0, 0, PageWidth, PageHeight), 0, _glyphs, _rules, _images);
        }

        // /Rotate 90 shows the stored page turned clockwise: what shows at (x, y from the bottom) is stored at (H - y, x).
        var glyphs = _glyphs.Select(g => g with { X = PageHeight - g.Baseline, Baseline = g.X }).ToList();
        return new DrawnPage(number, new PageBox(0, 0, PageHeight, PageWidth), 90, glyphs, [], _images);
    }

    private static string Visible(string line) => line.Replace("**", "").Replace("_", "").Replace("^", "");

    private static List<string> Wrap(string text, double size, bool indent)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' '))
        {
            var width = (Right - Left - (lines.Count == 0 && indent ? 28 : 0)) / (size * 0.5);
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Visible(candidate).Length > width && current.Length > 0)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        lines.Add(current);
        return lines;
    }
}
