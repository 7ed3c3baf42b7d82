using System.Globalization;
using System.Text;

namespace Extractor.Pdf.Content;

/// <summary>
/// Gathers glyphs in drawing order, folding a combining mark drawn as a glyph of its own (y, then U+0309) into the
/// glyph it sits on, so that the text comes out composed.
/// </summary>
internal sealed class GlyphCollector
{
    /// <summary>How far, in font sizes, a mark may sit from its base glyph's box and baseline and still belong to it.</summary>
    private const double MarkReach = 0.3;

    private readonly List<Glyph> _glyphs = [];

    public IReadOnlyList<Glyph> Glyphs => _glyphs;

    public void Add(Glyph glyph)
    {
        if (_glyphs.Count > 0 && IsMark(glyph.Text) && _glyphs[^1] is var previous && Carries(previous, glyph))
        {
            _glyphs[^1] = previous with
            {
                Text = (previous.Text + glyph.Text).Normalize(NormalizationForm.FormC),
                Width = Math.Max(previous.X + previous.Width, glyph.X + glyph.Width) - previous.X,
            };
            return;
        }

        _glyphs.Add(glyph);
    }

    private static bool IsMark(string text) => CharUnicodeInfo.GetUnicodeCategory(text, 0) == UnicodeCategory.NonSpacingMark;

    private static bool Carries(Glyph previous, Glyph mark)
    {
        var reach = MarkReach * Math.Max(previous.FontSize, mark.FontSize);
        return Math.Abs(previous.Baseline - mark.Baseline) <= reach
            && mark.X >= previous.X - reach
            && mark.X <= previous.X + previous.Width + reach;
    }
}
