using System.Text.RegularExpressions;

namespace Extractor.Reading.Pdf;

/// <summary>
/// Removes page headers, footers and page numbers: a row alone in the top or bottom margin
/// (set apart from the text by a gap) that is a bare page number, or that the previous page
/// had at the same height with the same text (numbers aside). Only the previous page's
/// margin rows are kept, so memory does not grow with the page count.
/// </summary>
internal sealed partial class RunningHeaders
{
    // Margins: the top and bottom eighth of the page; Word puts headers and footers 1.25 cm from the edge.
    private const double MarginBand = 0.125;

    // A margin row stands this many font sizes away from the nearest text row.
    private const double Separation = 1.6;

    // Same height on two pages, in points.
    private const double SameHeight = 3;

    private List<(string Key, double Baseline)> _previous = [];

    /// <summary>Removes the margin rows of <paramref name="lines"/> (ordered top-down) and returns them.</summary>
    public List<TextLine> Remove(List<TextLine> lines, double pageHeight)
    {
        var removed = new List<TextLine>();
        var current = new List<(string Key, double Baseline)>();
        var rows = lines.GroupBy(l => l.Row).Select(g => g.ToList()).ToList();
        while (rows.Count > 0 && TryRemove(rows, 0, rows[0][0].Baseline < MarginBand * pageHeight, current, removed))
        {
        }

        while (rows.Count > 0 && TryRemove(rows, rows.Count - 1, rows[^1][0].Baseline > (1 - MarginBand) * pageHeight, current, removed))
        {
        }

        _previous = current;
        lines.RemoveAll(removed.Contains);
        return removed;
    }

    private bool TryRemove(List<List<TextLine>> rows, int index, bool inMargin, List<(string Key, double Baseline)> current, List<TextLine> removed)
    {
        var row = rows[index];
        var neighbour = index == 0 ? (rows.Count > 1 ? rows[1] : null) : rows[index - 1];
        var baseline = row[0].Baseline;
        var size = row.Max(l => l.Size);
        if (!inMargin || (neighbour is not null && Math.Abs(neighbour[0].Baseline - baseline) < Separation * size))
        {
            return false;
        }

        var text = string.Join(' ', row.Select(l => l.Text));
        var key = Digits().Replace(text, "#");
        current.Add((key, baseline));
        if (!PageNumber().IsMatch(text) && !_previous.Any(p => p.Key == key && Math.Abs(p.Baseline - baseline) < SameHeight))
        {
            return false;
        }

        removed.AddRange(row);
        rows.RemoveAt(index);
        return true;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    // "3", "- 3 -", "(3)", "Trang 3", "Trang 3/16", "3/16"
    [GeneratedRegex(@"^\s*(?:Trang\s+)?[-–(]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–)]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
