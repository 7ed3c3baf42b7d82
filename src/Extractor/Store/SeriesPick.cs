namespace Extractor.Store;

/// <summary>
/// Picks one record per place, year (period) and unit out of the first records of each report
/// and unit: the report covering the most months wins, then the latest dated, then the one
/// stored last. Rows come out as the planner reads them: by place, year, first month, period, unit.
/// </summary>
internal sealed class SeriesPick
{
    private readonly IReadOnlyDictionary<long, SeriesReport> _reports;

    /// <summary>
    /// Each report's row slot (its place, year and period, or place and year) and its rank in row
    /// order, worked out once per report: tens of thousands of offers then neither hash nor compare names.
    /// </summary>
    private readonly Dictionary<long, (SeriesReport Report, int Slot, int Rank)> _places;

    private readonly Dictionary<(int Slot, string Unit), (SeriesReport Report, int Rank, string Unit, long RecordId)> _picks = [];

    public SeriesPick(IReadOnlyDictionary<long, SeriesReport> reports, bool byPeriod)
    {
        _reports = reports;
        _places = new Dictionary<long, (SeriesReport, int, int)>(reports.Count);
        var slots = new Dictionary<(string? PlaceKey, int? Year, string? PeriodKey), int>();
        var rank = -1;
        SeriesReport? previous = null;
        // Names compare as SQLite's binary collation does for folded keys (ordinal, missing first).
        foreach (var report in reports.Values
            .OrderBy(r => r.PlaceKey, StringComparer.Ordinal)
            .ThenBy(r => r.Names.Year)
            .ThenBy(r => r.FirstMonth)
            .ThenBy(r => r.PeriodKey, StringComparer.Ordinal))
        {
            rank += previous is not null && previous.SharesRowOrder(report) ? 0 : 1;
            var key = (report.PlaceKey, report.Names.Year, byPeriod ? report.PeriodKey : null);
            if (!slots.TryGetValue(key, out var slot))
            {
                slots[key] = slot = slots.Count;
            }

            _places[report.Id] = (report, slot, rank);
            previous = report;
        }
    }

    /// <summary>Offers the first record of a report in a unit; reports outside <c>reports</c> (filtered out) are passed over.</summary>
    public void Offer(long reportId, string unit, long recordId)
    {
        if (!_places.TryGetValue(reportId, out var place))
        {
            return;
        }

        var key = (place.Slot, unit);
        if (!_picks.TryGetValue(key, out var best) || place.Report.Outranks(best.Report))
        {
            _picks[key] = (place.Report, place.Rank, unit, recordId);
        }
    }

    public SeriesReport Report(long id) => _reports[id];

    /// <summary>The picked records' ids in row order: by place, year, first month, period (the reports' rank), then unit.</summary>
    public IReadOnlyList<long> RecordIds()
    {
        var picks = _picks.Values.ToArray();
        Array.Sort(picks, (a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : string.CompareOrdinal(a.Unit, b.Unit));
        return Array.ConvertAll(picks, p => p.RecordId);
    }
}

/// <summary>A report as a series sees it: its folded place and period keys, months covered and date, and its names for the rows.</summary>
internal sealed record SeriesReport(long Id, string? PlaceKey, string? PeriodKey, int? FirstMonth, int? Months, string? Date, ReportNames Names)
{
    /// <summary>Same place, year, first month and period: rows of the two come in the same place of the table.</summary>
    public bool SharesRowOrder(SeriesReport other) =>
        string.Equals(PlaceKey, other.PlaceKey, StringComparison.Ordinal) && Names.Year == other.Names.Year
        && FirstMonth == other.FirstMonth && string.Equals(PeriodKey, other.PeriodKey, StringComparison.Ordinal);

    /// <summary>Covers more months, or as many but is dated later, or as those but stored later.</summary>
    public bool Outranks(SeriesReport other)
    {
        var order = Nullable.Compare(Months, other.Months);
        order = order != 0 ? order : string.CompareOrdinal(Date, other.Date);
        return order != 0 ? order > 0 : Id > other.Id;
    }
}
