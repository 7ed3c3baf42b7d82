namespace Extractor.Store;

/// <summary>
/// The row id of every searchable text: a body paragraph, footnote or record row has the id
/// of its passage in the full-text index, laid out as year (11 bits), report (30 bits), kind
/// (2 bits) and ordinal within the report (20 bits). The index then lists newest years first
/// when read backwards, a year filter is a range of ids it can seek to, and a hit names its
/// report and table without a lookup.
/// </summary>
internal static class PassageId
{
    private const int OrdinalBits = 20;
    private const int KindBits = 2;
    private const int ReportBits = 30;
    private const int YearShift = OrdinalBits + KindBits + ReportBits;

    /// <summary>The last year the ids can hold (one short of the 11 bits, so a range past it still fits); a report of another year, or none, files under 0.</summary>
    public const int LastYear = (1 << (63 - YearShift)) - 2;

    public static long Of(int? year, long reportId, PassageKind kind, int ordinal)
    {
        if (reportId >= 1L << ReportBits || ordinal >= 1 << OrdinalBits)
        {
            throw new StoreException($"report {reportId}: more than {(1 << OrdinalBits) - 1:N0} passages of one kind or {(1L << ReportBits) - 1:N0} reports in one database");
        }

        return (Filed(year) << YearShift) | (reportId << (KindBits + OrdinalBits)) | ((long)kind << OrdinalBits) | (long)ordinal;
    }

    /// <summary>
    /// The id of a report's end marker: the last id of its range, of a kind no table has, indexed
    /// as <see cref="EndToken"/> alone. A search reading one report bounds every word with it
    /// (<see cref="FtsMatch.Bounded"/>), so FTS5 stops at the report's end.
    /// </summary>
    public static long EndOf(int? year, long reportId) => OfReport(year, reportId).Last;

    /// <summary>The only word of every end marker: nothing the folding writes has this shape, and a search drops end markers anyway.</summary>
    public const string EndToken = "0reportend0";

    /// <summary>SQL that is true when the id in <paramref name="column"/> is a passage, not an end marker.</summary>
    public static string IsPassageSql(string column) => $"{KindSql(column)} <= {(int)PassageKind.Record}";

    /// <summary>Every id of one report.</summary>
    public static (long First, long Last) OfReport(int? year, long reportId) =>
        (Of(year, reportId, 0, 0), Of(year, reportId, 0, 0) + (1L << (KindBits + OrdinalBits)) - 1);

    /// <summary>Every id of reports from <paramref name="first"/> to <paramref name="last"/>; null when a year lies outside what ids hold.</summary>
    public static (long First, long Last)? OfYears(int first, int last) =>
        first < 1 || last > LastYear ? null : ((long)first << YearShift, (((long)last + 1) << YearShift) - 1);

    public static (long First, long Last) All { get; } = (0, long.MaxValue);

    /// <summary>SQL for the kind (<see cref="PassageKind"/> as a number) of the id in <paramref name="column"/>.</summary>
    public static string KindSql(string column) => $"(({column} >> {OrdinalBits}) & {(1 << KindBits) - 1})";

    /// <summary>SQL for the report row of the id in <paramref name="column"/>.</summary>
    public static string ReportSql(string column) => $"(({column} >> {KindBits + OrdinalBits}) & {(1L << ReportBits) - 1})";

    private static long Filed(int? year) => year is >= 1 and <= LastYear ? year.Value : 0;
}
