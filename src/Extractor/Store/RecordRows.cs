using Extractor.Records;
using Microsoft.Data.Sqlite;

namespace Extractor.Store;

/// <summary>Records as rows: the columns read of a record and its report, and the record built from them; the records of a filter, for export, or of one report.</summary>
internal sealed class RecordRows(StoreConnection store)
{
    public IEnumerable<IndicatorRecord> Records(ReportFilter filter) => Records(filter, null);

    /// <summary>The records of one report, in document order, as <see cref="Records(ReportFilter)"/> gives them.</summary>
    public IEnumerable<IndicatorRecord> OfReport(long reportId) => Records(ReportFilter.None, reportId);

    private IEnumerable<IndicatorRecord> Records(ReportFilter filter, long? reportId)
    {
        using var command = store.CreateCommand();
        var report = "";
        if (reportId is { } id)
        {
            command.Parameters.AddWithValue("$report", id);
            report = "AND rec.report_id = $report";
        }

        command.CommandText = $"""
            SELECT {ReportColumns}, {RecordColumns} FROM records rec JOIN reports r ON r.id = rec.report_id JOIN labels l ON l.id = rec.label_id
            WHERE 1 = 1 {report} {FilterSql.Reports(filter, "r", command)} {FilterSql.RecordValues(filter, "rec", command)}
            ORDER BY rec.report_id, rec.ordinal
            """;
        foreach (var record in ReadRecords(command))
        {
            yield return record;
        }
    }

    /// <summary>What a record takes from its report (<see cref="ReportNames"/>).</summary>
    private const string ReportColumns = "r.name, r.place, r.province, r.year, r.period";

    /// <summary>A record's own columns, <see cref="RecordColumnCount"/> of them, its label joined as <c>l</c>.</summary>
    public const string RecordColumns = """
        rec.section, l.text, rec.category,
        rec.value, rec.unit, rec.plan_pct, rec.yoy_pct, rec.estimate, rec.cumulative, rec.approximate,
        rec.source, rec.footnote, rec.raw, rec.evidence, rec.doubt, rec.plan_value, rec.change_pct, rec.ocr_confidence, rec.page,
        rec.change, rec.kind, rec.dimensions, rec.indicator_code, rec.indicator_name, rec.indicator_confidence
        """;

    public const int RecordColumnCount = 25;

    /// <summary>Reads rows of <see cref="ReportColumns"/> then <see cref="RecordColumns"/>.</summary>
    private static IEnumerable<IndicatorRecord> ReadRecords(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return Record(reader, Names(reader, 0), 5);
        }
    }

    private static ReportNames Names(SqliteDataReader r, int at) =>
        new(r.GetString(at), NullableString(r, at + 1), NullableString(r, at + 2), NullableInt(r, at + 3), NullableString(r, at + 4));

    /// <summary>The record whose <see cref="RecordColumns"/> start at column <paramref name="at"/>.</summary>
    public static IndicatorRecord Record(SqliteDataReader r, ReportNames report, int at) => new(
        report.Name, report.Place, report.Province, report.Year, report.Period,
        r.GetString(at), r.GetString(at + 1), r.GetString(at + 2), Number(r, at + 3), r.GetString(at + 4),
        NullableDecimal(r, at + 5), NullableDecimal(r, at + 6), r.GetBoolean(at + 7), r.GetBoolean(at + 8), r.GetBoolean(at + 9),
        Enum.Parse<RecordSource>(r.GetString(at + 10), ignoreCase: true), NullableInt(r, at + 11), r.GetString(at + 12), r.GetString(at + 13))
    {
        Doubt = NullableString(r, at + 14),
        PlanValue = NullableDecimal(r, at + 15),
        ChangePercent = NullableDecimal(r, at + 16),
        OcrConfidence = r.IsDBNull(at + 17) ? null : r.GetDouble(at + 17),
        Page = NullableInt(r, at + 18),
        Change = NullableDecimal(r, at + 19),
        Kind = Enum.Parse<RecordKind>(r.GetString(at + 20), ignoreCase: true),
        Dimensions = r.IsDBNull(at + 21) ? RecordDimensions.None : RecordDimensions.Parse(r.GetString(at + 21)),
        IndicatorCode = NullableString(r, at + 22),
        IndicatorName = NullableString(r, at + 23),
        IndicatorConfidence = r.IsDBNull(at + 24) ? null : r.GetDouble(at + 24),
    };

    public static string? NullableString(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    public static int? NullableInt(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetInt32(column);

    private static decimal? NullableDecimal(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : Number(reader, column);

    /// <summary>A number stored as decimal text (<see cref="StoredNumber"/>).</summary>
    public static decimal Number(SqliteDataReader reader, int column) => StoredNumber.Parse(reader.GetString(column));
}
