using System.Globalization;
using Extractor.Annotations;
using Extractor.Records;

namespace Extractor.Evaluation;

/// <summary>One measured truth from the gold files (see tests/Extractor.Tests/Extraction/Gold/README.md).</summary>
public sealed record GoldRecord(
    RecordSource Source,
    int? Footnote,
    string Evidence,
    string Raw,
    decimal Value,
    string Unit,
    decimal? PlanPercent,
    decimal? YearOnYearPercent,
    decimal? ChangePercent,
    decimal? PlanValue,
    bool Estimate,
    bool Cumulative,
    bool Approximate,
    IReadOnlyList<string> Head,
    string Category)
{
    /// <summary>The units the gold covers: the design card's.</summary>
    public static readonly IReadOnlySet<string> Units = new HashSet<string> { "ha", "tấn", "triệu đồng", "% KH", "% CK" };

    public static IReadOnlyList<GoldRecord> Load(string path) => AnnotationTable.Read(path).Select(row =>
    {
        var (source, footnote) = AnnotationTable.Where(row["where"]);
        return new GoldRecord(source, footnote, row["evidence"], row["raw"], Number(row["value"])!.Value, row["unit"],
            Number(row["plan_pct"]), Number(row["yoy_pct"]), Number(row["change_pct"]), Number(row["plan_value"]),
            row["estimate"] == "y", row["cumulative"] == "y", row["approximate"] == "y",
            row["head"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), row["category"]);
    }).ToList();

    private static decimal? Number(string text) =>
        text.Length == 0 ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
