namespace Extractor.Store;

/// <summary>
/// What a search, series or export is narrowed to. Place, province and period match a part of
/// the name, with or without diacritics ("Van Quan" matches "huyện Văn Quan"). Unit, category
/// and the value range concern indicator records: a search with any of them keeps the reports holding such records.
/// </summary>
public sealed record ReportFilter
{
    public static ReportFilter None { get; } = new();

    public string? Place { get; init; }

    public string? Province { get; init; }

    public YearRange? Years { get; init; }

    public string? Period { get; init; }

    /// <summary>Unit as stored ("ha", "triệu đồng", "% KH"), compared without diacritics or case.</summary>
    public string? Unit { get; init; }

    /// <summary>Category code from models/categories.tsv ("crop_area").</summary>
    public string? Category { get; init; }

    public decimal? MinValue { get; init; }

    public decimal? MaxValue { get; init; }

    /// <summary>The filter names places, provinces or periods: which reports it keeps must be looked up by name.</summary>
    internal bool NamesReports => Place is not null || Province is not null || Period is not null;

    internal bool ConcernsRecords => Unit is not null || Category is not null || MinValue is not null || MaxValue is not null;
}

/// <summary>Years from <paramref name="First"/> to <paramref name="Last"/>, both included.</summary>
public sealed record YearRange(int First, int Last)
{
    /// <summary>"2023" or "2021-2024"; null when the text is neither.</summary>
    public static YearRange? Parse(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        var years = parts.Select(p => int.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : (int?)null).ToList();
        return years switch
        {
            [{ } year] => new YearRange(year, year),
            [{ } first, { } last] when first <= last => new YearRange(first, last),
            _ => null,
        };
    }

    public override string ToString() => First == Last ? $"{First}" : $"{First}-{Last}";
}
