namespace Extractor.Store;

/// <summary>
/// Picks one record per place, year (period) and unit out of the first records of each report
/// and unit: the report covering the most months wins, then the latest dated, then the one
/// stored last. Rows come out as the planner reads them: by place, year, first month, period, unit.
/// </summary>
internal sealed class SeriesPick(IReadOnlyDictionary<long, SeriesReport> reports, bool byPeriod)
{
    private readonly Dictionary<(string? PlaceKey, int? Year, string? PeriodKey, string Unit), (SeriesReport Report, string Unit, long RecordId)> _picks = [];

    /// <summary>Offers the first record of a report in a unit; reports outside <c>reports</c> (filtered out) are passed over.</summary>
    public void Offer(long reportId, string unit, long recordId)
    {
        if (!reports.TryGetValue(reportId, out var report))
        {
            return;
        }

        var key = (report.PlaceKey, report.Names.Year, byPeriod ? report.PeriodKey : null, unit);
        if (!_picks.TryGetValue(key, out var best) || report.Outranks(best.Report))
        {
            _picks[key] = (report, unit, recordId);
        }
    }

    public SeriesReport Report(long id) => reports[id];

    /// <summary>The picked records' ids in row order; names compare as SQLite's binary collation does for folded keys (ordinal, missing first).</summary>
    public IReadOnlyList<long> RecordIds() =>
    [
        .. _picks.Values
            .OrderBy(p => p.Report.PlaceKey, StringComparer.Ordinal)
            .ThenBy(p => p.Report.Names.Year)
            .ThenBy(p => p.Report.FirstMonth)
            .ThenBy(p => p.Report.PeriodKey, StringComparer.Ordinal)
            .ThenBy(p => p.Unit, StringComparer.Ordinal)
            .Select(p => p.RecordId),
    ];
}

/// <summary>A report as a series sees it: its folded place and period keys, months covered and date, and its names for the rows.</summary>
internal sealed record SeriesReport(long Id, string? PlaceKey, string? PeriodKey, int? FirstMonth, int? Months, string? Date, ReportNames Names)
{
    /// <summary>Covers more months, or as many but is dated later, or as those but stored later.</summary>
    public bool Outranks(SeriesReport other)
    {
        var order = Nullable.Compare(Months, other.Months);
        order = order != 0 ? order : string.CompareOrdinal(Date, other.Date);
        return order != 0 ? order > 0 : Id > other.Id;
    }
}
