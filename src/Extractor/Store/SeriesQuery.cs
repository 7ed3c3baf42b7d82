namespace Extractor.Store;

/// <summary>
/// The planner's table: one record per place and year (and period) for a category, or for
/// indicators whose label matches <see cref="Indicator"/> (in <see cref="QueryParser"/>'s syntax),
/// and per unit, so that hectares and percentages never share a row.
/// </summary>
/// <param name="ByPeriod">One row per period too (the default); without it, one row per place and year, taken from the report covering the most months.</param>
public sealed record SeriesQuery(string? Category, string? Indicator, ReportFilter Filter, bool ByPeriod = true);
