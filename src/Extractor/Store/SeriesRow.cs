namespace Extractor.Store;

/// <summary>
/// A row of the planner's table as the series JSON contract and the terminal show it: only what
/// they print, so a series of tens of thousands of rows does not read and build whole records.
/// </summary>
public sealed record SeriesRow(string? Place, int? Year, string? Period, string Indicator, decimal Value, string Unit, string Report);
