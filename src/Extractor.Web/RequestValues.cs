using System.Globalization;
using Extractor.Store;
using Microsoft.AspNetCore.Http;

namespace Extractor.Web;

/// <summary>A request the page will not serve, with the one line that says why (answered 400).</summary>
internal sealed class RequestRefused(string message) : Exception(message);

/// <summary>
/// What a request asks, read from its query string with bounds: a query text no longer than a
/// search needs, pages and limits within what one page shows, filters as the CLI's options read them.
/// </summary>
internal sealed class RequestValues(IQueryCollection query)
{
    public const int MaxQueryLength = 500;
    public const int MaxFilterLength = 200;
    public const int MaxPage = 500;

    /// <summary>The filters a page keeps from one link to the next, in the order its forms show them.</summary>
    public static IReadOnlyList<string> FilterNames { get; } = ["province", "place", "year", "period", "category"];

    public string? Text(string name, int maxLength = MaxFilterLength)
    {
        var value = query[name].ToString().Trim();
        if (value.Length > maxLength)
        {
            throw new RequestRefused($"{name}: longer than {maxLength} characters");
        }

        return value.Length == 0 ? null : value;
    }

    public bool Flag(string name) => query[name].ToString() is "1" or "true" or "on";

    public int Number(string name, int fallback, int min, int max)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw new RequestRefused($"{name}: '{Shortened(text)}' is not a whole number from {min} to {max}");
        }

        return number;
    }

    public ReportFilter Filter()
    {
        var year = Text("year");
        return new ReportFilter
        {
            Province = Text("province"),
            Place = Text("place"),
            Years = year is null ? null : YearRange.Parse(year) ?? throw new RequestRefused($"year: '{Shortened(year)}' is not a year or a range like 2021-2024"),
            Period = Text("period"),
            Category = Text("category"),
            Unit = Text("unit"),
        };
    }

    /// <summary>The filters as they came, for links that keep them.</summary>
    public IReadOnlyList<(string Name, string Value)> Filters() =>
        [.. FilterNames.Select(name => (name, value: Text(name))).Where(f => f.value is not null).Select(f => (f.name, f.value!))];

    private static string Shortened(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
