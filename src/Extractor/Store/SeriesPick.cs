namespace Extractor.Store;

/// <summary>
/// Picks one record per place (within its province), year (period) and unit out of the first
/// records of each report and unit: the report covering the most months wins, then the latest
/// dated, then the one stored last. Rows come out as the planner reads them: by place, province,
/// year, first month, period, unit.
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

    /// <param name="reports">The reports whose heads will be offered, in any order.</param>
    public SeriesPick(List<SeriesReport> reports, bool byPeriod)
    {
        reports.Sort(SeriesReport.RowOrder);
        _places = new Dictionary<long, (SeriesReport, int, int)>(reports.Count);
        _picks = new Dictionary<(int, int), (SeriesReport, int, int, SeriesHead)>(reports.Count);
        // Places of one name in two provinces ("xã Bình Trung") are two places.
        var slots = new Dictionary<(string? PlaceKey, string? ProvinceKey, int? Year, string? PeriodKey), int>();
        var rank = -1;
        SeriesReport? previous = null;
        foreach (var report in reports)
        {
            rank += previous is not null && previous.SharesRowOrder(report) ? 0 : 1;
            var key = (report.PlaceKey, report.ProvinceKey, report.Names.Year, byPeriod ? report.PeriodKey : null);
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

