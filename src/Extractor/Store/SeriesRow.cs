namespace Extractor.Store;

/// <summary>
/// A row of the planner's table as the series JSON contract and the terminal show it: only what
/// they print, so a series of tens of thousands of rows does not read and build whole records.
/// </summary>
public sealed record SeriesRow(string? Place, int? Year, string? Period, string Indicator, decimal Value, string Unit, string Report)
{
    /// <summary>The row showing <paramref name="record"/>, when the whole records were read anyway.</summary>
    public static SeriesRow Of(Records.IndicatorRecord record) =>
        new(record.Place, record.Year, record.Period, record.Indicator, record.Value, record.Unit, record.Report);
}
