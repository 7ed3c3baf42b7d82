using Extractor.Records;

namespace Extractor.Store;

/// <summary>
/// The planner's table: one record per place and year (and period) for a category, or for
/// indicators whose label matches <see cref="Indicator"/> (in <see cref="QueryParser"/>'s syntax),
/// or for one canonical indicator (<see cref="IndicatorCode"/>), and per unit, so that hectares
/// and percentages never share a row.
/// </summary>
/// <param name="ByPeriod">One row per period too (the default); without it, one row per place and year, taken from the report covering the most months.</param>
public sealed record SeriesQuery(string? Category, string? Indicator, ReportFilter Filter, bool ByPeriod = true)
{
    /// <summary>
    /// A canonical indicator's code: each report's record of exactly that indicator with at least <see cref="Dimensions"/>,
    /// its total before its breakdowns (the fewest other dimensions), the body before a footnote, a result before a target
    /// or plan, then the first in document order.
    /// </summary>
    public string? IndicatorCode { get; init; }

    /// <summary>The breakdowns a code's record must have (crop=lúa, season=đông xuân).</summary>
    public RecordDimensions Dimensions { get; init; } = RecordDimensions.None;
}
