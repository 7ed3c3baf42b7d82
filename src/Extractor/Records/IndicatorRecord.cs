namespace Extractor.Records;

/// <summary>Where in a report a record was found.</summary>
public enum RecordSource
{
    Body,
    Footnote,
    Table,
}

/// <summary>
/// One indicator a report states: what is measured, its value in the canonical unit,
/// the qualifiers written with it and where it came from. One row of the export contract.
/// </summary>
/// <param name="Report">Source file name.</param>
/// <param name="Place">"huyện Bắc Sơn", "xã Bình Trung", ...</param>
/// <param name="Section">Section labels from the root: "II > 1 > 1.1".</param>
/// <param name="Indicator">What is measured, as written: "diện tích gieo trồng vụ đông xuân: cây lúa".</param>
/// <param name="Category">Category code from the taxonomy in models/categories.tsv.</param>
/// <param name="Value">The number in the canonical unit (for "% KH"/"% CK" records, the percentage).</param>
/// <param name="Unit">"ha", "tấn", "triệu đồng", "% KH", "% CK", or the unit as written, normalised.</param>
/// <param name="PlanPercent">Percent of plan or budget estimate stated with the value.</param>
/// <param name="YearOnYearPercent">Percent of the same period last year stated with the value.</param>
/// <param name="Footnote">Footnote number when the source is a footnote.</param>
/// <param name="Raw">The quantity as written: "1.448,29 ha".</param>
/// <param name="Evidence">The clause it came from.</param>
public sealed record IndicatorRecord(
    string Report,
    string? Place,
    string? Province,
    int? Year,
    string? Period,
    string Section,
    string Indicator,
    string Category,
    decimal Value,
    string Unit,
    decimal? PlanPercent,
    decimal? YearOnYearPercent,
    bool Estimate,
    bool Cumulative,
    bool Approximate,
    RecordSource Source,
    int? Footnote,
    string Raw,
    string Evidence)
{
    /// <summary>Why the number or what it is attached to is uncertain ("malformed digit grouping", "ratio does not match its percentage"); null when nothing is.</summary>
    public string? Doubt { get; init; }

    /// <summary>The planned side of an actual/plan ratio ("340/285 con": 285), in the same unit.</summary>
    public decimal? PlanValue { get; init; }

    /// <summary>A change in percent against the period compared ("tăng 1,1% cùng kỳ": 1.1, "giảm 2%": -2), not a ratio.</summary>
    public decimal? ChangePercent { get; init; }

    /// <summary>A change in the record's unit against the period compared ("giảm 629 ha": -629), signed.</summary>
    public decimal? Change { get; init; }

    /// <summary>
    /// A result, an estimate, a target or a plan. Whether a result is an estimate is read from <see cref="Estimate"/>
    /// (the contract's flag), so the two never disagree; only a target or a plan is kept from what was set here.
    /// </summary>
    public RecordKind Kind
    {
        get => KindOf(_kind, Estimate);
        init => _kind = value is RecordKind.Target or RecordKind.Plan ? value : RecordKind.Actual;
    }

    private readonly RecordKind _kind;

    /// <summary>What a figure the rules read as <paramref name="stated"/> (a target or plan, else nothing) is, with the estimate flag.</summary>
    internal static RecordKind KindOf(RecordKind stated, bool estimate) =>
        stated is RecordKind.Target or RecordKind.Plan ? stated : estimate ? RecordKind.Estimate : RecordKind.Actual;

    /// <summary>The breakdowns of what is measured (crop, season, livestock, budget_level, scope).</summary>
    public RecordDimensions Dimensions { get; init; } = RecordDimensions.None;

    /// <summary>The canonical indicator's code in the vocabulary; null when none is linked.</summary>
    public string? IndicatorCode { get; init; }

    /// <summary>The vocabulary's Vietnamese name of <see cref="IndicatorCode"/>.</summary>
    public string? IndicatorName { get; init; }

    /// <summary>How sure the linking was of <see cref="IndicatorCode"/> (0..1); null when nothing was linked.</summary>
    public double? IndicatorConfidence { get; init; }

    /// <summary>How sure OCR was of the text the record was read from (0..1), for reports read off scans; null otherwise.</summary>
    public double? OcrConfidence { get; init; }

    /// <summary>The page of the source the record was read from (PDF and scans); null where the format has no pages.</summary>
    public int? Page { get; init; }
}
