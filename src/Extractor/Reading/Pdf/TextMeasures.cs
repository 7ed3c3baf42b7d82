namespace Extractor.Reading.Pdf;

/// <summary>
/// The document's body text geometry, learnt page by page: the body font size, the left
/// and right margins of body lines and the line pitch inside a paragraph. Counts are kept
/// per rounded value, so the memory is bounded whatever the page count.
/// </summary>
internal sealed class TextMeasures
{
    private readonly Dictionary<double, int> _sizes = [];
    private readonly Dictionary<double, int> _lefts = [];
    private readonly Dictionary<double, int> _rights = [];
    private readonly Dictionary<double, int> _pitches = [];

    // A size with at least this share of the commonest size's characters may be the body size.
    private const double BodyShare = 0.5;

    // Lines of the body size differ by less than this (points).
    private const double SizeTolerance = 0.6;

    /// <summary>
    /// The size of most text; when a smaller size comes close (pages heavy with footnotes),
    /// the larger one, as notes are never set larger than the body.
    /// </summary>
    public double BodySize => _sizes.Count == 0 ? 0 : _sizes.Where(s => s.Value >= BodyShare * _sizes.Values.Max()).Max(s => s.Key);

    public double BodyLeft => Mode(_lefts);

    public double BodyRight => Mode(_rights);

    public double BodyCenter => (BodyLeft + BodyRight) / 2;

    /// <summary>Baseline distance between two lines of one paragraph at <paramref name="size"/>.</summary>
    public double Pitch(double size)
    {
        var pitch = Mode(_pitches);
        return pitch > 0 && BodySize > 0 ? pitch * size / BodySize : 1.2 * size;
    }

    public bool IsBodySize(TextLine line) => Math.Abs(line.Size - BodySize) < SizeTolerance;

    /// <summary>Adds a page's running-text lines (top-down); call before asking about that page.</summary>
    public void Learn(IReadOnlyList<TextLine> lines, double pageWidth)
    {
        foreach (var line in lines)
        {
            Count(_sizes, Math.Round(line.Size * 2) / 2, line.Text.Length);
        }

        TextLine? previous = null;
        foreach (var line in lines.Where(IsBodySize))
        {
            // Only lines that fill most of the width tell where the margins are.
            if (line.Right - line.Left > pageWidth / 2)
            {
                Count(_lefts, Math.Round(line.Left), 1);
                Count(_rights, Math.Round(line.Right), 1);
            }

            var distance = previous is null ? 0 : line.Baseline - previous.Baseline;
            if (distance > line.Size && distance < 2 * line.Size)
            {
                Count(_pitches, Math.Round(distance * 2) / 2, 1);
            }

            previous = line;
        }
    }

    private static void Count(Dictionary<double, int> counts, double key, int weight) =>
        counts[key] = counts.GetValueOrDefault(key) + weight;

    private static double Mode(Dictionary<double, int> counts) =>
        counts.Count == 0 ? 0 : counts.MaxBy(c => (c.Value, c.Key)).Key;
}
