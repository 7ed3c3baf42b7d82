using Extractor.Records;

namespace Extractor.Store;

/// <summary>
/// A row of the planner's table as the series JSON contract and the terminal show it: only what
/// they print, so a series of tens of thousands of rows does not read and build whole records.
/// </summary>
public sealed record SeriesRow(string? Place, int? Year, string? Period, string Indicator, decimal Value, string Unit, string Report)
{
    /// <summary>The canonical indicator, in a series of one (<see cref="SeriesQuery.IndicatorCode"/>).</summary>
    public string? IndicatorCode { get; init; }

    /// <summary>The record's breakdowns, in a series of one canonical indicator.</summary>
    public RecordDimensions? Dimensions { get; init; }

    /// <summary>Actual, estimate, target or plan, in a series of one canonical indicator.</summary>
    public RecordKind? Kind { get; init; }

    /// <summary>Where in its report the value was read ("II > 1", body, footnote or table), in a series of one canonical indicator.</summary>
    public string? Section { get; init; }

    /// <inheritdoc cref="Section"/>
    public RecordSource? Source { get; init; }

    /// <summary>The row showing <paramref name="record"/>, when the whole records were read anyway.</summary>
    public static SeriesRow Of(IndicatorRecord record) =>
        new(record.Place, record.Year, record.Period, record.Indicator, record.Value, record.Unit, record.Report);

    /// <summary>The row with the record's indicator, breakdowns, kind and provenance.</summary>
    public static SeriesRow WithProvenance(IndicatorRecord record) => Of(record) with
    {
        IndicatorCode = record.IndicatorCode,
        Dimensions = record.Dimensions,
        Kind = record.Kind,
        Section = record.Section,
        Source = record.Source,
    };
}

/// <summary>A canonical indicator the stored records were linked to: how many records and reports state it.</summary>
public sealed record IndicatorCount(string Code, string Name, int Records, int Reports);
