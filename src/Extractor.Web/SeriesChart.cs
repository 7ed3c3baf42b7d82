using System.Globalization;
using System.Text;

namespace Extractor.Web;

/// <summary>
/// One indicator's values as an SVG drawn on the server (no script library to ship): a line per place
/// over periods, or, for a single period, a bar per place. Each point carries its value as a tooltip;
/// the table beside it holds the same numbers for readers who do not see the chart.
/// </summary>
internal static class SeriesChart
{
    private const int Width = 720;
    private const int Height = 320;
    private const int Left = 72;
    private const int Right = 180;
    private const int Top = 16;
    private const int Bottom = 48;

    /// <summary>Colours told apart by most readers (Okabe and Ito's palette), darkened enough to read on white.</summary>
    private static readonly string[] Colours = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#8a6d00", "#56b4e9", "#000000", "#e69f00"];

    /// <param name="values">The value of a place in a period, or null where the table has none.</param>
    public static string Svg(string title, IReadOnlyList<string> places, IReadOnlyList<string> periods, Func<string, string, decimal?> values, string unit)
    {
        var all = places.SelectMany(place => periods.Select(period => values(place, period))).OfType<decimal>().ToList();
        var max = all.Count == 0 ? 1 : Math.Max(all.Max(), 0);
        var min = all.Count == 0 ? 0 : Math.Min(all.Min(), 0);
        var (low, high, step) = Scale(min, max);
        double Y(decimal v) => Top + (double)((high - v) / (high - low)) * (Height - Top - Bottom);
        var plotWidth = Width - Left - Right;

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Html.Encode(title)}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        for (var tick = low; tick <= high; tick += step)
        {
            var y = Y(tick);
            svg.Append(Invariant($"<line x1=\"{Left}\" x2=\"{Left + plotWidth}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" class=\"grid\"/>"));
            svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Html.Encode(Numbers.Vietnamese(tick))}</text>"));
        }

        svg.Append(Invariant($"<text x=\"{Left}\" y=\"{Top - 4}\" class=\"unit\">{Html.Encode(unit)}</text>"));
        if (periods.Count >= 2)
        {
            double X(int i) => Left + plotWidth * i / (double)(periods.Count - 1);
            for (var i = 0; i < periods.Count; i++)
            {
                svg.Append(Invariant($"<text x=\"{X(i):0.#}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{Html.Encode(periods[i])}</text>"));
            }

            for (var p = 0; p < places.Count; p++)
            {
                var colour = Colours[p % Colours.Length];
                var points = periods.Select((period, i) => (i, value: values(places[p], period))).Where(v => v.value is not null).ToList();
                if (points.Count > 1)
                {
                    svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', points.Select(v => Invariant($"{X(v.i):0.#},{Y(v.value!.Value):0.#}")))}\"/>"));
                }

                foreach (var (i, value) in points)
                {
                    svg.Append(Invariant($"<circle class=\"point\" cx=\"{X(i):0.#}\" cy=\"{Y(value!.Value):0.#}\" r=\"4\" fill=\"{colour}\"><title>{Html.Encode($"{places[p]}, {periods[i]}: {Numbers.Vietnamese(value.Value)} {unit}")}</title></circle>"));
                }

                Legend(svg, p, places[p], colour);
            }
        }
        else if (periods.Count == 1)
        {
            var band = plotWidth / (double)Math.Max(places.Count, 1);
            for (var p = 0; p < places.Count; p++)
            {
                if (values(places[p], periods[0]) is not { } value)
                {
                    continue;
                }

                var colour = Colours[p % Colours.Length];
                var (y0, y1) = (Y(Math.Max(value, 0)), Y(Math.Min(value, 0)));
                svg.Append(Invariant($"<rect class=\"point\" x=\"{Left + band * p + band * 0.15:0.#}\" y=\"{y0:0.#}\" width=\"{band * 0.7:0.#}\" height=\"{Math.Max(y1 - y0, 1):0.#}\" fill=\"{colour}\"><title>{Html.Encode($"{places[p]}, {periods[0]}: {Numbers.Vietnamese(value)} {unit}")}</title></rect>"));
                Legend(svg, p, places[p], colour);
            }

            svg.Append(Invariant($"<text x=\"{Left + plotWidth / 2}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{Html.Encode(periods[0])}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Legend(StringBuilder svg, int index, string place, string colour)
    {
        var y = Top + 16 + index * 20;
        svg.Append(Invariant($"<rect x=\"{Width - Right + 16}\" y=\"{y - 10}\" width=\"12\" height=\"12\" fill=\"{colour}\"/>"));
        svg.Append(Invariant($"<text x=\"{Width - Right + 34}\" y=\"{y}\">{Html.Encode(place)}</text>"));
    }

    /// <summary>An axis from a round number below <paramref name="min"/> to one above <paramref name="max"/>, in steps of 1, 2 or 5 times a power of ten.</summary>
    private static (decimal Low, decimal High, decimal Step) Scale(decimal min, decimal max)
    {
        var span = max - min;
        if (span <= 0)
        {
            span = Math.Max(Math.Abs(max), 1);
        }

        var raw = (double)span / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = (decimal)(new[] { 1, 2, 5, 10 }.Select(m => m * power).First(s => s >= raw));
        var low = Math.Floor(min / step) * step;
        var high = Math.Ceiling(max / step) * step;
        return (low, high == low ? low + step : high, step);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
