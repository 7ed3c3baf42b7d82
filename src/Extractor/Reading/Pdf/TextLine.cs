using System.Text;

namespace Extractor.Reading.Pdf;

/// <summary>
/// Glyphs that sit on one baseline side by side, left to right: a line of a paragraph, or
/// one side of a row that a wide gap splits (two header columns, table-less columns).
/// Superscripts belong to the line they are raised from.
/// </summary>
internal sealed class TextLine
{
    // A gap wider than this share of the font size between two glyphs is a word space (Times' space is 0.25 em).
    private const double WordGap = 0.12;
    private const double CoveredSpace = 0.05;

    // A glyph this much smaller than the line and raised this far is a superscript (Word: 65% size, raised 33%).
    private const double SuperscriptSize = 0.85;
    private const double SuperscriptRaise = 0.15;

    public TextLine(IReadOnlyList<PlacedGlyph> glyphs, int row)
    {
        Glyphs = glyphs;
        Row = row;
        var visible = glyphs.Where(g => !g.IsSpace).ToList();
        Left = visible.Count == 0 ? 0 : visible.Min(g => g.Left);
        Right = visible.Count == 0 ? 0 : visible.Max(g => g.Right);
        Size = visible.GroupBy(g => Math.Round(g.Size, 1)).OrderByDescending(s => s.Sum(g => g.Text.Length)).ThenByDescending(s => s.Key).FirstOrDefault()?.Key ?? 0;
        var main = visible.Where(g => Math.Abs(g.Size - Size) < 0.05).Select(g => g.Baseline).Order().ToList();
        Baseline = main.Count == 0 ? 0 : main[main.Count / 2];
        AllBold = visible.Count > 0 && visible.All(g => g.Bold);
        NoneBold = !visible.Any(g => g.Bold);
        Text = BuildText();
    }

    public IReadOnlyList<PlacedGlyph> Glyphs { get; }

    /// <summary>Which row of the page the line is on; side-by-side lines share it.</summary>
    public int Row { get; }

    public double Left { get; }

    public double Right { get; }

    /// <summary>Baseline of the line's main text, superscripts aside.</summary>
    public double Baseline { get; }

    /// <summary>The font size most of the line's characters have.</summary>
    public double Size { get; }

    /// <summary>Every character of the line is bold (a heading line).</summary>
    public bool AllBold { get; }

    public bool NoneBold { get; }

    /// <summary>The plain text, superscripts included as written, words separated by one space.</summary>
    public string Text { get; }

    public double Center => (Left + Right) / 2;

    public bool IsRaised(PlacedGlyph glyph) =>
        glyph.Size < SuperscriptSize * Size && Baseline - glyph.Baseline > SuperscriptRaise * Size;

    /// <summary>The glyphs to write, each with whether a word space precedes it; a glyph drawn twice over itself (fake bold) counts once.</summary>
    public IEnumerable<(PlacedGlyph Glyph, bool SpaceBefore)> Visible()
    {
        PlacedGlyph? previous = null;
        var pendingSpace = false;
        foreach (var glyph in Glyphs)
        {
            if (glyph.IsSpace)
            {
                pendingSpace = previous is not null;
                continue;
            }

            if (previous is not null && glyph.Text == previous.Text && Math.Abs(glyph.Left - previous.Left) < 0.1 * glyph.Size)
            {
                continue;
            }

            // A space glyph counts only where it leaves a gap: a signing service writes the document number over the blanks left for it.
            var gap = previous is null ? 0 : (glyph.Left - previous.Right) / Math.Max(glyph.Size, previous.Size);
            var space = previous is not null && (gap > WordGap || (pendingSpace && gap > CoveredSpace));
            yield return (glyph, space);
            previous = glyph;
            pendingSpace = false;
        }
    }

    public override string ToString() => Text;

    private string BuildText()
    {
        var text = new StringBuilder();
        foreach (var (glyph, space) in Visible())
        {
            if (space)
            {
                text.Append(' ');
            }

            text.Append(glyph.Text);
        }

        return text.ToString();
    }
}
