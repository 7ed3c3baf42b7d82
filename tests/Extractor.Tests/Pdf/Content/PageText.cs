using System.Text;
using Extractor.Pdf.Content;

namespace Extractor.Tests.Pdf.Content;

/// <summary>
/// A page's text as tests compare it: visible glyphs sorted into lines by baseline and then by X, with a space wherever
/// the gap between neighbours is wider than a fraction of the font size (space glyphs are left out: where text overlaps,
/// as a stamped number over blanks does, they would split words). A stand-in for layout, good enough to count words.
/// </summary>
internal static class PageText
{
    /// <summary>Baselines closer than this share of the font size are one line (superscripts included).</summary>
    private const double LineTolerance = 0.5;

    /// <summary>A gap wider than this share of the font size separates words.</summary>
    private const double WordGap = 0.15;

    public static string Of(PageContent page)
    {
        var text = new StringBuilder();
        foreach (var line in Lines(page.Glyphs))
        {
            Glyph? previous = null;
            foreach (var glyph in line.OrderBy(g => g.X))
            {
                if (previous is not null && glyph.X - (previous.X + previous.Width) > WordGap * Math.Min(glyph.FontSize, previous.FontSize))
                {
                    text.Append(' ');
                }

                text.Append(glyph.Text);
                previous = glyph;
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    public static string[] Words(string text) => text.Normalize(NormalizationForm.FormC).Split((char[])[' ', '\n', '\t', '\r', '\f', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Share of words the two texts have in common, counted with multiplicity, over the larger word count.</summary>
    public static double Agreement(string[] ours, string[] theirs) =>
        Math.Max(ours.Length, theirs.Length) == 0 ? 1 : (double)Common(ours, theirs) / Math.Max(ours.Length, theirs.Length);

    /// <summary>Share of <paramref name="expected"/>'s words found in <paramref name="actual"/>, counted with multiplicity.</summary>
    public static double Found(string[] expected, string[] actual) =>
        expected.Length == 0 ? 1 : (double)Common(expected, actual) / expected.Length;

    private static int Common(string[] first, string[] second)
    {
        var counts = second.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = 0;
        foreach (var word in first)
        {
            if (counts.TryGetValue(word, out var left) && left > 0)
            {
                counts[word] = left - 1;
                common++;
            }
        }

        return common;
    }

    private static IEnumerable<List<Glyph>> Lines(IReadOnlyList<Glyph> glyphs)
    {
        var line = new List<Glyph>();
        foreach (var glyph in glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Text)).OrderByDescending(g => g.Baseline))
        {
            if (line.Count > 0 && line[0].Baseline - glyph.Baseline > LineTolerance * line[0].FontSize)
            {
                yield return line;
                line = [];
            }

            line.Add(glyph);
        }

        if (line.Count > 0)
        {
            yield return line;
        }
    }
}
