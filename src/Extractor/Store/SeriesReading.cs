using Extractor.Records;
using Extractor.Text;
using Microsoft.Data.Sqlite;

namespace Extractor.Store;

/// <summary>
/// Series: the first record of each report and unit (<see cref="SeriesHead"/>) within the query,
/// one picked per row (<see cref="SeriesPick"/>), read as whole records or as the planner's rows,
/// from the whole-archive table the end of a batch stored when it is current.
/// </summary>
internal sealed class SeriesReading(StoreConnection store, SearchIndex index)
{
    public IReadOnlyList<IndicatorRecord> Series(SeriesQuery query)
    {
        // The picks are in row order: each record is read by its id and put in its place. SQLite
        // reads them in id order (IN sorts the ids), which costs less than looking them up in row order.
        var picks = Picked(query);
        var places = new Dictionary<long, int>(picks.Count);
        for (var i = 0; i < picks.Count; i++)
        {
            places[picks[i].Head.RecordId] = i;
        }

        using var command = store.CreateCommand();
        command.Parameters.AddWithValue("$ids", $"[{string.Join(',', places.Keys)}]");
        command.CommandText = $"""
            SELECT {RecordRows.RecordColumns}, rec.id FROM records rec JOIN labels l ON l.id = rec.label_id
            WHERE rec.id IN (SELECT value FROM json_each($ids))
            """;
        var rows = new IndicatorRecord[picks.Count];
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var at = places[reader.GetInt64(RecordRows.RecordColumnCount)];
            rows[at] = RecordRows.Record(reader, picks[at].Report.Names, 0);
        }

        return rows;
    }

    public IReadOnlyList<SeriesRow> SeriesRows(SeriesQuery query)
    {
        // A canonical indicator's table shows each row's kind and where it was read: few rows, read whole.
        if (query.IndicatorCode is not null)
        {
            return [.. Series(query).Select(SeriesRow.WithProvenance)];
        }

        if (query is { Category: { } category, Indicator: null } && query.Filter == ReportFilter.None)
        {
            using var command = store.CreateCommand();
            command.CommandText = """
                SELECT rows FROM series_tables
                WHERE category = $category AND by_period = $by_period
                    AND generation = $generation
                """;
            command.Parameters.AddWithValue("$generation", store.Generation());
            command.Parameters.AddWithValue("$category", category);
            command.Parameters.AddWithValue("$by_period", query.ByPeriod);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                return SeriesTable.Unpack(reader.GetFieldValue<byte[]>(0));
            }
        }

        return BuiltRows(query);
    }

    /// <summary>The canonical indicators the records within the filter were linked to, the most stated first.</summary>
    public IReadOnlyList<IndicatorCount> Indicators(ReportFilter filter)
    {
        using var command = store.CreateCommand();
        var reports = ReportIds(filter, command) is { } ids ? $"AND rec.report_id IN ({ids})" : "";
        command.CommandText = $"""
            SELECT rec.indicator_code, min(rec.indicator_name), count(*), count(DISTINCT rec.report_id) FROM records rec
            WHERE rec.indicator_code IS NOT NULL {reports} {FilterSql.RecordValues(filter, "rec", command)}
            GROUP BY rec.indicator_code ORDER BY count(*) DESC, rec.indicator_code
            """;
        var counts = new List<IndicatorCount>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts.Add(new IndicatorCount(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
        }

        return counts;
    }

    /// <summary>The series' rows built from the heads, not from a stored table.</summary>
    public SeriesRow[] BuiltRows(SeriesQuery query)
    {
        var picks = Picked(query);
        var labels = LabelTexts(picks.Select(p => p.Head.LabelId));
        return [.. picks.Select(p => new SeriesRow(
            p.Report.Names.Place, p.Report.Names.Year, p.Report.Names.Period, labels[p.Head.LabelId], p.Head.Value, p.Head.Unit, p.Report.Names.Name))];
    }

    /// <summary>The series' rows: the head picked for each place, year (period) and unit, in row order.</summary>
    private IReadOnlyList<(SeriesReport Report, SeriesHead Head)> Picked(SeriesQuery query)
    {
        if (query.Category is null && query.Indicator is null && query.IndicatorCode is null)
        {
            throw new ArgumentException("a series needs a category, an indicator text or an indicator code", nameof(query));
        }

        var texts = new SharedTexts();
        var heads = SeriesHeads(query, texts);
        var pick = new SeriesPick(SeriesReports(heads.Select(h => h.ReportId).Distinct(), texts), query.ByPeriod);
        foreach (var head in heads)
        {
            pick.Offer(head);
        }

        return pick.Picked();
    }

    /// <summary>The text of each label.</summary>
    private Dictionary<long, string> LabelTexts(IEnumerable<long> ids)
    {
        using var command = store.CreateCommand();
        command.Parameters.AddWithValue("$ids", $"[{string.Join(',', ids.Distinct())}]");
        command.CommandText = "SELECT id, text FROM labels WHERE id IN (SELECT value FROM json_each($ids))";
        var texts = new Dictionary<long, string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            texts[reader.GetInt64(0)] = reader.GetString(1);
        }

        return texts;
    }

    /// <summary>What a series needs of each of the reports.</summary>
    private List<SeriesReport> SeriesReports(IEnumerable<long> ids, SharedTexts texts)
    {
        using var command = store.CreateCommand();
        command.Parameters.AddWithValue("$ids", $"[{string.Join(',', ids)}]");
        command.CommandText = "SELECT report_id, keys FROM series_reports WHERE report_id IN (SELECT value FROM json_each($ids))";
        var reports = new List<SeriesReport>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            reports.Add(SeriesReport.Unpack(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1), texts));
        }

        return reports;
    }

    /// <summary>
    /// The first record of each report and unit that the series is about, within the filter, with
    /// what its row shows. A category is a range of the heads stored at ingest. An indicator text
    /// is looked up among the distinct labels, whose records one covering index then lists; a
    /// value range changes which record comes first, so with one a category is read from its
    /// covering index too.
    /// </summary>
    private List<SeriesHead> SeriesHeads(SeriesQuery query, SharedTexts texts)
    {
        using var command = store.CreateCommand();
        var reports = ReportIds(query.Filter, command);
        if (query.IndicatorCode is { } code)
        {
            return CodeHeads(code, query, reports, command);
        }

        var heads = new List<SeriesHead>();
        if (query.Indicator is null && query.Filter.MinValue is null && query.Filter.MaxValue is null)
        {
            command.Parameters.AddWithValue("$category", query.Category);
            command.CommandText = $"""
                SELECT h.report_id, h.heads FROM series_heads h
                WHERE h.category = $category {FilterSql.Category(query.Filter, "h", command)} {(reports is null ? "" : $"AND h.report_id IN ({reports})")}
                """;
                using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    SeriesHead.Unpack(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1), texts, heads);
                }
            }

            if (query.Filter.Unit is { } unit)
            {
                var key = VietnameseFold.Key(unit);
                heads.RemoveAll(h => h.UnitKey != key);
            }

            return heads;
        }

        var which = new List<string>();
        if (query.Category is not null)
        {
            command.Parameters.AddWithValue("$category", query.Category);
            which.Add("rec.category = $category");
        }

        if (query.Indicator is not null)
        {
            command.Parameters.AddWithValue("$labels", $"[{string.Join(',', Labels(query.Indicator))}]");
            which.Add("rec.label_id IN (SELECT value FROM json_each($labels))");
        }

        // The unary + keeps SQLite on the covering index by label or category: looked up by report
        // instead, a province's 1,600 reports took 106 ms where the labels' 3,300 records take 2 ms.
        if (reports is not null)
        {
            which.Add($"+rec.report_id IN ({reports})");
        }

        // Within a report, record ids follow document order; the other columns are the first record's (SQLite's rule for min()).
        command.CommandText = $"""
            SELECT rec.report_id, rec.unit_key, min(rec.id), rec.label_id, rec.value, rec.unit FROM records rec
            WHERE {string.Join(" AND ", which)} {FilterSql.RecordValues(query.Filter, "rec", command)}
            GROUP BY rec.report_id, rec.unit_key
            """;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                heads.Add(new SeriesHead(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), RecordRows.Number(reader, 4), reader.GetString(5)));
            }
        }

        return heads;
    }

    /// <summary>
    /// Of each report and unit, the record of the code that states its total with the dimensions asked (see
    /// <see cref="SeriesQuery.IndicatorCode"/>); a partial index lists the coded records.
    /// </summary>
    private static List<SeriesHead> CodeHeads(string code, SeriesQuery query, string? reports, SqliteCommand command)
    {
        command.Parameters.AddWithValue("$code", code);
        command.CommandText = $"""
            SELECT rec.report_id, rec.unit_key, rec.id, rec.label_id, rec.value, rec.unit, rec.dimensions, rec.source, rec.kind FROM records rec
            WHERE rec.indicator_code = $code {(reports is null ? "" : $"AND rec.report_id IN ({reports})")} {FilterSql.RecordValues(query.Filter, "rec", command)}
            ORDER BY rec.id
            """;
        var best = new Dictionary<(long Report, string Unit), (SeriesHead Head, (int, int, int) Rank)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var dimensions = RecordDimensions.Parse(reader.IsDBNull(6) ? "" : reader.GetString(6));
            if (!query.Dimensions.All(asked => dimensions[asked.Key] == asked.Value))
            {
                continue;
            }

            var head = new SeriesHead(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), RecordRows.Number(reader, 4), reader.GetString(5));
            var rank = (dimensions.Count - query.Dimensions.Count, reader.GetString(7) == "footnote" ? 1 : 0, reader.GetString(8) is "target" or "plan" ? 1 : 0);
            var key = (head.ReportId, head.UnitKey);
            if (!best.TryGetValue(key, out var kept) || rank.CompareTo(kept.Rank) < 0)
            {
                best[key] = (head, rank);
            }
        }

        return [.. best.Values.Select(b => b.Head)];
    }

    /// <summary>A query of the ids of the reports the filter names by place, province, period or years; null when it names none.</summary>
    private static string? ReportIds(ReportFilter filter, SqliteCommand command) =>
        filter.NamesReports || filter.Years is not null ? $"SELECT r.id FROM reports r WHERE 1 = 1 {FilterSql.Reports(filter, "r", command)}" : null;

    /// <summary>The labels matching <paramref name="indicator"/> (the search syntax, diacritics folded).</summary>
    /// <exception cref="QuerySyntaxException">The text cannot be read.</exception>
    private List<long> Labels(string indicator)
    {
        var searcher = index.Searcher();
        var labels = new LabelCollector();
        searcher.Search(IndexQuery.Labels(QueryParser.Parse(indicator), searcher.IndexReader), labels);
        return labels.Ids;
    }

    /// <summary>The label ids of every match; no scores, as a series keeps all of them.</summary>
    private sealed class LabelCollector : Lucene.Net.Search.ICollector
    {
        private Lucene.Net.Index.NumericDocValues _ids = Lucene.Net.Index.DocValues.EMPTY_NUMERIC;

        public List<long> Ids { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Lucene.Net.Search.Scorer scorer)
        {
        }

        public void SetNextReader(Lucene.Net.Index.AtomicReaderContext context) =>
            _ids = context.AtomicReader.GetNumericDocValues(IndexFields.LabelValue) ?? Lucene.Net.Index.DocValues.EMPTY_NUMERIC;

        public void Collect(int doc) => Ids.Add(_ids.Get(doc));
    }
}
