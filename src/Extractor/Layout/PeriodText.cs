using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Layout;

/// <summary>
/// Reads the period a report covers from its subject line: "6 tháng đầu năm 2024",
/// "quý I/2024", "tháng 7 năm 2023", "9 tháng", "năm 2023".
/// </summary>
internal static partial class PeriodText
{
    public static ReportPeriod? Find(string text, int? fallbackYear)
    {

        var months = MonthsOfYear().Match(text);
        if (months.Success && Year(months, text, fallbackYear) is { } y1)
        {
            var count = int.Parse(months.Groups["count"].Value, CultureInfo.InvariantCulture);
            var first = months.Groups["side"].Value == "cuối" ? 13 - count : 1;
            return new ReportPeriod($"{count} tháng {months.Groups["side"].Value} năm {y1}", y1, first, first + count - 1);
        }

        var quarter = Quarter().Match(text);
        if (quarter.Success && Year(quarter, text, fallbackYear) is { } y2)
        {
            var q = QuarterNumber(quarter.Groups["q"].Value);
            return new ReportPeriod($"quý {quarter.Groups["q"].Value.ToUpperInvariant()}/{y2}", y2, (3 * q) - 2, 3 * q);
        }

        var month = Month().Match(text);
        if (month.Success && Year(month, text, fallbackYear) is { } y3)
        {
            var m = int.Parse(month.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (m is >= 1 and <= 12)
            {
                return new ReportPeriod($"tháng {m}/{y3}", y3, m, m);
            }
        }

        var wholeYear = WholeYear().Match(text);
        if (wholeYear.Success)
        {
            var y4 = int.Parse(wholeYear.Groups["y"].Value, CultureInfo.InvariantCulture);
            return new ReportPeriod($"năm {y4}", y4, 1, 12);
        }

        return null;
    }

    /// <summary>
    /// The match's own year, else the next year written after it ("6 tháng đầu năm; ... 6 tháng
    /// cuối năm 2024"), else the fallback (the issue date's year).
    /// </summary>
    private static int? Year(Match m, string text, int? fallback)
    {
        if (m.Groups["y"].Success)
        {
            return int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        }

        var next = AnyYear().Match(text, m.Index + m.Length);
        return next.Success ? int.Parse(next.Value, CultureInfo.InvariantCulture) : fallback;
    }

    private static int QuarterNumber(string q) => q.ToUpperInvariant() switch
    {
        "I" or "1" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        _ => 4,
    };

    [GeneratedRegex(@"\b0?(?<count>[1-9]|1[01])\s+tháng\s+(?<side>đầu|cuối)\s+năm(?:\s+(?<y>(?:19|20)\d\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthsOfYear();

    [GeneratedRegex(@"\bquý\s+(?<q>IV|I{1,3}|[1-4])(?:\s*/\s*|\s+năm\s+)?(?<y>(?:19|20)\d\d)?", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(?<!\d\s)\btháng\s+0?(?<m>1[0-2]|[1-9])\b(?:\s*/\s*(?<y>(?:19|20)\d\d)|[^/\d]{0,40}?\bnăm\s+(?<y>(?:19|20)\d\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"\bnăm\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WholeYear();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex AnyYear();
}
