using System.Globalization;
using Extractor.Records;

namespace Extractor.Export;

/// <summary>A cell of the export: text, a number or a flag. Spreadsheet writers type cells by it.</summary>
public abstract record ExportCell;

public sealed record TextCell(string? Text) : ExportCell;

public sealed record NumberCell(decimal? Number) : ExportCell;

public sealed record FlagCell(bool Flag) : ExportCell;

/// <summary>The export contract's columns, in order, then the design's indicator columns, then the additions: one definition for CSV, XLSX and a stored report's JSON alike.</summary>
public static class IndicatorColumns
{
    public static IReadOnlyList<(string Name, Func<IndicatorRecord, ExportCell> Cell)> All { get; } =
    [
        ("report", r => new TextCell(r.Report)),
        ("place", r => new TextCell(r.Place)),
        ("province", r => new TextCell(r.Province)),
        ("year", r => new NumberCell(r.Year)),
        ("period", r => new TextCell(r.Period)),
        ("section", r => new TextCell(r.Section)),
        ("indicator", r => new TextCell(r.Indicator)),
        ("category", r => new TextCell(r.Category)),
        ("value", r => new NumberCell(r.Value)),
        ("unit", r => new TextCell(r.Unit)),
        ("plan_pct", r => new NumberCell(r.PlanPercent)),
        ("yoy_pct", r => new NumberCell(r.YearOnYearPercent)),
        ("estimate", r => new FlagCell(r.Estimate)),
        ("cumulative", r => new FlagCell(r.Cumulative)),
        ("approximate", r => new FlagCell(r.Approximate)),
        ("source", r => new TextCell(r.Source.ToString().ToLowerInvariant())),
        ("footnote", r => new NumberCell(r.Footnote)),
        ("raw", r => new TextCell(r.Raw)),
        ("evidence", r => new TextCell(r.Evidence)),

        // The design's columns of the indicator vocabulary, in its order.
        ("indicator_code", r => new TextCell(r.IndicatorCode)),
        ("indicator_name", r => new TextCell(r.IndicatorName)),
        ("dimensions", r => new TextCell(r.Dimensions.ToString())),
        ("indicator_confidence", r => new NumberCell((decimal?)r.IndicatorConfidence)),
        ("kind", r => new TextCell(r.Kind.ToString().ToLowerInvariant())),
        ("change_pct", r => new NumberCell(r.ChangePercent)),
        ("change", r => new NumberCell(r.Change)),

        // Additions after the design's columns.
        ("page", r => new NumberCell(r.Page)),
    ];

    /// <summary>Invariant decimal text without thousands separators, exponent or trailing zeros: "1448.29", "-2".</summary>
    public const string NumberFormat = "0.############################";

    public static string Format(decimal number) => number.ToString(NumberFormat, CultureInfo.InvariantCulture);
}
