using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Content.Fonts;

/// <summary>A CID font's advances from /W (in text space for a size of one), /DW for CIDs it leaves out.</summary>
internal sealed class CidWidths
{
    private const double DefaultWidth = 1000;

    private readonly Dictionary<int, double> _single = [];
    private readonly List<(int First, int Last, double Width)> _ranges = [];
    private readonly double _default;

    private CidWidths(double defaultWidth) => _default = defaultWidth / 1000;

    /// <summary>Reads /W: "c [w1 w2 ...]" gives consecutive CIDs their own widths, "first last w" one width to a range.</summary>
    public static CidWidths From(PdfDocument document, PdfDictionary cidFont)
    {
        var widths = new CidWidths(document.Resolve<PdfNumber>(cidFont["DW"])?.AsDouble() ?? DefaultWidth);
        if (document.Resolve<PdfArray>(cidFont["W"]) is not { } entries)
        {
            return widths;
        }

        var items = entries.Select(document.Resolve).ToList();
        for (var i = 0; i + 1 < items.Count;)
        {
            if (items[i] is not PdfNumber first)
            {
                i++;
                continue;
            }

            var start = (int)first.AsDouble();
            if (items[i + 1] is PdfArray list)
            {
                var values = list.Select(document.Resolve).ToList();
                for (var k = 0; k < values.Count; k++)
                {
                    if (values[k] is PdfNumber width)
                    {
                        widths._single[start + k] = width.AsDouble() / 1000;
                    }
                }

                i += 2;
            }
            else if (i + 2 < items.Count && items[i + 1] is PdfNumber last && items[i + 2] is PdfNumber width)
            {
                widths._ranges.Add((start, (int)last.AsDouble(), width.AsDouble() / 1000));
                i += 3;
            }
            else
            {
                i++;
            }
        }

        return widths;
    }

    public double Of(int cid)
    {
        if (_single.TryGetValue(cid, out var width))
        {
            return width;
        }

        foreach (var (first, last, rangeWidth) in _ranges)
        {
            if (cid >= first && cid <= last)
            {
                return rangeWidth;
            }
        }

        return _default;
    }
}
