namespace Extractor.Store;

/// <summary>
/// Picks one record per place, year (period) and unit out of the first records of each report
/// and unit: the report covering the most months wins, then the latest dated, then the one
/// stored last. Rows come out as the planner reads them: by place, year, first month, period, unit.
/// </summary>
internal sealed class SeriesPick
{
    /// <summary>
    /// Each report's row slot (its place, year and period, or place and year) and its rank in row
    /// order, worked out once per report: tens of thousands of offers then neither hash nor compare names.
    /// </summary>
    private readonly Dictionary<long, (SeriesReport Report, int Slot, int Rank)> _places;

    /// <summary>Each unit key met, numbered in order of meeting.</summary>
    private readonly Dictionary<string, int> _units = new(StringComparer.Ordinal);

    private readonly Dictionary<(int Slot, int Unit), (SeriesReport Report, int Rank, int Unit, SeriesHead Head)> _picks;

    /// <param name="reports">The reports in row order: by place key, year, first month and period key (missing first).</param>
    public SeriesPick(IReadOnlyList<SeriesReport> reports, bool byPeriod)
    {
        _places = new Dictionary<long, (SeriesReport, int, int)>(reports.Count);
        _picks = new Dictionary<(int, int), (SeriesReport, int, int, SeriesHead)>(reports.Count);
        var slots = new Dictionary<(string? PlaceKey, int? Year, string? PeriodKey), int>();
        var rank = -1;
        SeriesReport? previous = null;
        foreach (var report in reports)
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
    public void Offer(SeriesHead head)
    {
        if (!_places.TryGetValue(head.ReportId, out var place))
        {
            return;
        }

        if (!_units.TryGetValue(head.UnitKey, out var unit))
        {
            _units[head.UnitKey] = unit = _units.Count;
        }

        var key = (place.Slot, unit);
        if (!_picks.TryGetValue(key, out var best) || place.Report.Outranks(best.Report))
        {
            _picks[key] = (place.Report, place.Rank, unit, head);
        }
    }

    /// <summary>The picked heads with their reports in row order: by place, year, first month, period (the reports' rank), then unit.</summary>
    public IReadOnlyList<(SeriesReport Report, SeriesHead Head)> Picked()
    {
        // Sorting by one number per row: rank, then the unit's place among the units in ordinal order.
        var unitOrder = new int[_units.Count];
        foreach (var (unit, i) in _units.Keys.Order(StringComparer.Ordinal).Select((u, i) => (u, i)))
        {
            unitOrder[_units[unit]] = i;
        }

        var picks = _picks.Values.ToArray();
        var keys = Array.ConvertAll(picks, p => ((long)p.Rank << 32) | (uint)unitOrder[p.Unit]);
        Array.Sort(keys, picks);
        return Array.ConvertAll(picks, p => (p.Report, p.Head));
    }
}

/// <summary>The first record of a report in a unit (folded), with what a series row shows of it.</summary>
internal readonly record struct SeriesHead(long ReportId, string UnitKey, long RecordId, long LabelId, decimal Value, string Unit);

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
