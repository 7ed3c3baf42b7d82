namespace Extractor.Reading.Pdf;

/// <summary>
/// Groups glyphs into rows by baseline, then splits each row into lines where a gap wider
/// than a few spaces separates its parts. Gaps and tolerances are relative to the font
/// size, so footnotes, headings and body text group alike.
/// </summary>
internal static class LineBuilder
{
    // Two parts of a row further apart than this (in font sizes) are separate lines: columns of a header or closing block.
    private const double ColumnGap = 2.0;

    // Same-size glyphs whose baselines differ by less than this share of the size are on one row (a table's cells are off by a point or two).
    private const double BaselineTolerance = 0.25;

    // A smaller glyph up to this far above the baseline is a superscript of the row, not a row of its own.
    private const double MaxRaise = 0.6;

    private const double SimilarSize = 0.85;

    public static List<TextLine> Build(IEnumerable<PlacedGlyph> glyphs)
    {
        var lines = new List<TextLine>();
        var row = 0;
        foreach (var band in Rows(glyphs))
        {
            band.Sort((a, b) => a.Left.CompareTo(b.Left));
            var start = 0;
            var right = double.NegativeInfinity;
            var size = 0.0;
            for (var i = 0; i < band.Count; i++)
            {
                var glyph = band[i];
                if (glyph.IsSpace)
                {
                    continue;
                }

                if (right > double.NegativeInfinity && glyph.Left - right > ColumnGap * Math.Max(size, glyph.Size))
                {
                    lines.Add(new TextLine(band[start..i], row));
                    start = i;
                    size = 0;
                }

                right = Math.Max(right, glyph.Right);
                size = Math.Max(size, glyph.Size);
            }

            if (band.Skip(start).Any(g => !g.IsSpace))
            {
                lines.Add(new TextLine(band[start..], row));
            }

            row++;
        }

        return lines;
    }

    /// <summary>Glyphs by baseline from the top, cut into rows; a row's reference is its largest glyph.</summary>
    private static IEnumerable<List<PlacedGlyph>> Rows(IEnumerable<PlacedGlyph> glyphs)
    {
        List<PlacedGlyph>? band = null;
        PlacedGlyph? main = null;
        foreach (var glyph in glyphs.OrderBy(g => g.Baseline))
        {
            if (band is not null && OnRow(main!, glyph))
            {
                band.Add(glyph);
                if (glyph.Size > main!.Size && !glyph.IsSpace)
                {
                    main = glyph;
                }

                continue;
            }

            if (band is not null)
            {
                yield return band;
            }

            band = [glyph];
            main = glyph;
        }

        if (band is not null)
        {
            yield return band;
        }
    }

    private static bool OnRow(PlacedGlyph main, PlacedGlyph glyph)
    {
        var (small, big) = glyph.Size < main.Size ? (glyph, main) : (main, glyph);
        var raise = big.Baseline - small.Baseline;
        return small.Size >= SimilarSize * big.Size || small.IsSpace
            ? Math.Abs(raise) <= BaselineTolerance * big.Size
            : raise >= -BaselineTolerance * big.Size && raise <= MaxRaise * big.Size;
    }
}
