using System.Globalization;
using Extractor.Model;
using Extractor.Records;
using Extractor.Text;
using Microsoft.Data.Sqlite;

namespace Extractor.Store;

/// <summary>
/// The report store in one SQLite file (schema in <see cref="StoreSchema"/>). WAL journal, so
/// searches read while an ingest writes; each report is saved in one transaction, so a killed
/// process leaves whole reports only.
/// </summary>
public sealed class SqliteReportStore : IReportStore
{
    /// <summary>
    /// How many candidates a search ranks at least. A common word matches a large share of all
    /// passages; ranking every match costs time in proportion to the archive, so a search ranks
    /// the newest matches only (the index yields them newest year first), as many as this or four
    /// times the hits asked for.
    /// </summary>
    private const int Window = 400;

    /// <summary>
    /// A place, province or period filter reads each kept report's range of the index, newest
    /// first, until the window is full, when the span of years holds more than this many reports
    /// for each kept one; otherwise one pass over the span skips the other reports. Measured at
    /// 10,000 reports: a report read alone costs 0.2-0.3 ms; the slowest searches for a province
    /// and a year (158-187 of 999 reports) took 42-49 ms one by one and 22-26 ms in one pass over
    /// the year, about 0.02 ms per report of the span. A place (about 25 reports) is read one by one.
    /// </summary>
    private const int SpanReportsPerReportReadAlone = 10;

    /// <summary>
    /// A prefix standing for up to this many indexed terms is searched as those terms (see
    /// <see cref="FtsMatch"/>); a shorter, broader one goes to FTS5 as a prefix.
    /// </summary>
    private const int PrefixTerms = 100;

    private static readonly string PassageText = $"""
        CASE {PassageId.KindSql("passage_index.rowid")}
            WHEN {(int)PassageKind.Body} THEN (SELECT text FROM paragraphs WHERE id = passage_index.rowid)
            WHEN {(int)PassageKind.Footnote} THEN (SELECT text FROM footnotes WHERE id = passage_index.rowid)
            ELSE (SELECT l.text FROM records rec JOIN labels l ON l.id = rec.label_id WHERE rec.id = passage_index.rowid) END
        """;

    private readonly SqliteConnection _connection;
    private readonly string _path;

    private SqliteReportStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        _path = path;
    }

    /// <summary>Opens the database, creating it when <paramref name="create"/> is set.</summary>
    /// <exception cref="StoreException">Missing (and not to be created), not an Extractor database, or from a newer version.</exception>
    public static SqliteReportStore Open(string path, bool create = false)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!create && !File.Exists(full))
        {
            throw new StoreException($"{System.IO.Path.GetFileName(full)}: database not found (run 'extractor ingest' first)");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            var store = new SqliteReportStore(connection, full);
            store.Prepare();
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{System.IO.Path.GetFileName(full)}: cannot be used as a database: {e.Message.ReplaceLineEndings(" ")}", e);
        }
        catch (StoreException)
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The database file.</summary>
    public string Path => _path;

    private void Prepare()
    {
        // Reads through a memory map: a series or search touches rows all over a large file, and
        // copying each page into SQLite's own small cache costs more than the lookup itself.
        Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA mmap_size = 2147418112;");
        var tables = Scalar<long>("SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
        if (tables == 0)
        {
            using var transaction = _connection.BeginTransaction();
            Execute(StoreSchema.Create);
            Execute($"INSERT INTO store_info(key, value) VALUES ('schema', '{StoreSchema.Version}'), ('generation', '0')");
            transaction.Commit();
            return;
        }

        var version = Scalar<string?>("SELECT value FROM store_info WHERE key = 'schema'", allowMissingTable: true);
        if (version is null)
        {
            throw new StoreException($"{System.IO.Path.GetFileName(_path)}: a database, but not one written by Extractor");
        }

        var number = int.Parse(version, CultureInfo.InvariantCulture);
        if (number > StoreSchema.Version)
        {
            throw new StoreException($"{System.IO.Path.GetFileName(_path)}: written by a newer Extractor (schema {version}; this one reads {StoreSchema.Version})");
        }

        if (number < StoreSchema.Version)
        {
            throw new StoreException($"{System.IO.Path.GetFileName(_path)}: written by an older Extractor (schema {version}; this one reads {StoreSchema.Version}): ingest the reports again into a new database");
        }
    }

    public IReadOnlySet<string> StoredHashes()
    {
        using var command = Command("SELECT sha256 FROM reports");
        using var reader = command.ExecuteReader();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }

    public SaveOutcome Save(StoredReport report, bool replace)
    {
        using var transaction = _connection.BeginTransaction();
        var sameContent = Scalar<long?>("SELECT id FROM reports WHERE sha256 = $p0", report.Sha256);
        if (sameContent is not null && !replace)
        {
            return SaveOutcome.Unchanged;
        }

        // A file whose content changed since it was stored replaces its older version.
        var samePath = Scalar<long?>("SELECT id FROM reports WHERE path = $p0", report.Path);
        foreach (var id in new[] { sameContent, samePath }.OfType<long>().Distinct())
        {
            Delete(id);
        }

        using (var writer = new ReportWriter(_connection))
        {
            writer.Write(report);
        }

        Execute("UPDATE store_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");

        transaction.Commit();
        return sameContent is null && samePath is null ? SaveOutcome.Ingested : SaveOutcome.Replaced;
    }

    private void Delete(long reportId)
    {
        // The contentless index and the series heads do not cascade: their rows go first, found
        // through the passages' tables, with the report's end marker.
        var year = Scalar<int?>("SELECT year FROM reports WHERE id = $p0", reportId);
        Execute(
            """
            DELETE FROM passage_index WHERE rowid IN (
                SELECT id FROM paragraphs WHERE report_id = $p0 UNION ALL
                SELECT id FROM footnotes WHERE report_id = $p0 UNION ALL
                SELECT id FROM records WHERE report_id = $p0 UNION ALL
                SELECT $p1)
            """,
            reportId, PassageId.EndOf(year, reportId));
        Execute(
            """
            DELETE FROM series_heads WHERE (category, report_id) IN (
                SELECT DISTINCT category, report_id FROM records WHERE report_id = $p0)
            """,
            reportId);
        Execute("DELETE FROM reports WHERE id = $p0", reportId);
    }

    public void FinishBatch()
    {
        // FTS5's optimize merges every segment into one; on an index of one segment it does nothing.
        using var transaction = _connection.BeginTransaction();
        Execute("INSERT INTO passage_index(passage_index) VALUES ('optimize'); INSERT INTO label_index(label_index) VALUES ('optimize');");
        var generation = Generation();
        // The tables are stored together, under one generation: all are current or none.
        if (Scalar<long>("SELECT count(*) FROM series_tables WHERE generation = $p0", generation) == 0)
        {
            Execute("DELETE FROM series_tables");
            var categories = new List<string>();
            using (var command = Command("SELECT DISTINCT category FROM series_heads"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    categories.Add(reader.GetString(0));
                }
            }

            foreach (var category in categories)
            {
                foreach (var byPeriod in new[] { true, false })
                {
                    Execute("INSERT INTO series_tables(category, by_period, generation, rows) VALUES ($p0, $p1, $p2, $p3)",
                        category, byPeriod, generation, SeriesTable.Pack(BuiltSeriesRows(new SeriesQuery(category, null, ReportFilter.None, byPeriod))));
                }
            }
        }

        transaction.Commit();
    }

    /// <summary>Counted up by every report stored: a series table of an older generation is out of date.</summary>
    private long Generation() => long.Parse(Scalar<string>("SELECT value FROM store_info WHERE key = 'generation'"), CultureInfo.InvariantCulture);

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var parsed = QueryParser.Parse(query.Text, query.Exact);
        var folded = query.Exact ? QueryParser.Parse(query.Text) : parsed;
        var prefixes = Expansions(folded);
        var match = FtsMatch.Render(folded, query.Exact, prefixes);
        var matcher = new PassageMatcher(parsed, query.Exact);
        var limit = Math.Clamp(query.Limit, 1, 1000);
        var window = Math.Max(Window, 4 * limit);
        var scope = Scope(query.Filter);
        if (scope.OneByOne)
        {
            match = FtsMatch.Bounded(folded, query.Exact, prefixes);
        }

        var candidates = new List<Candidate>();
        foreach (var (id, text) in Candidates(match.Expression, query.Filter, scope))
        {
            var words = matcher.Words(text);
            if (match.Complete || matcher.Matches(words))
            {
                candidates.Add(new Candidate(id, text, words));
                if (candidates.Count == window)
                {
                    break;
                }
            }
        }

        var scores = Relevance.Scores([.. candidates.Select(c => c.Words)], matcher.Terms);
        var top = candidates.Select((c, i) => (Candidate: c, Score: scores[i]))
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.Candidate.Id)
            .Take(limit)
            .ToList();
        var places = Places([.. top.Select(t => t.Candidate.Id)]);
        var snippets = new SnippetBuilder(matcher, query.Exact);
        return [.. top.Select(t =>
        {
            var place = places[t.Candidate.Id];
            return new SearchHit(place.Report, place.Place, place.Year, place.Period, place.Section,
                (PassageKind)place.Kind, snippets.Build(t.Candidate.Text), t.Score);
        })];
    }

    /// <summary>The indexed terms each prefix of the query stands for, where they are few.</summary>
    private Dictionary<string, IReadOnlyList<string>> Expansions(QueryNode folded)
    {
        using var command = Command("SELECT term FROM index_terms WHERE term >= $prefix AND term < $prefix || char(1114111) ORDER BY term LIMIT $limit");
        var prefix = command.Parameters.Add("$prefix", SqliteType.Text);
        command.Parameters.AddWithValue("$limit", PrefixTerms + 1);
        var expansions = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var word in FtsMatch.Prefixes(folded).Distinct())
        {
            prefix.Value = word;
            var terms = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    terms.Add(reader.GetString(0));
                }
            }

            if (terms.Count <= PrefixTerms)
            {
                expansions[word] = terms;
            }
        }

        return expansions;
    }

    private sealed record Candidate(long Id, string Text, IReadOnlyList<string> Words);

    private sealed record PassagePlace(string Report, string? Place, int? Year, string? Period, string Section, int Kind);

    /// <summary>
    /// The ranges of passage ids a search reads, newest first. <see cref="OneByOne"/>: each is one
    /// report's; otherwise one span of years, and <see cref="Reports"/>, when set, the reports
    /// within it that the filter keeps.
    /// </summary>
    private sealed record SearchScope(IReadOnlyList<(long First, long Last)> Ranges, bool OneByOne, IReadOnlyList<long>? Reports);

    /// <summary>Passages the index matches, newest report first, within the filters, with their text.</summary>
    private IEnumerable<(long Id, string Text)> Candidates(string match, ReportFilter filter, SearchScope scope)
    {
        using var command = _connection.CreateCommand();
        command.Parameters.AddWithValue("$match", match);
        var reports = "";
        if (scope.Reports is { } ids)
        {
            command.Parameters.AddWithValue("$reports", $"[{string.Join(',', ids)}]");
            reports = $"AND {PassageId.ReportSql("passage_index.rowid")} IN (SELECT value FROM json_each($reports))";
        }

        var records = filter.ConcernsRecords
            ? $"""
                AND {PassageId.KindSql("passage_index.rowid")} = {(int)PassageKind.Record}
                AND EXISTS (SELECT 1 FROM records rec WHERE rec.id = passage_index.rowid {FilterSql.RecordValues(filter, "rec", command)})
                """
            : "";

        // One report's range is read forwards and handed out backwards: FTS5 seeks through a
        // doclist backwards four times as slowly (measured on one report's range of 10,000).
        command.CommandText = $"""
            SELECT passage_index.rowid, {PassageText}
            FROM passage_index
            WHERE passage_index MATCH $match AND passage_index.rowid BETWEEN $first AND $last
                AND {PassageId.IsPassageSql("passage_index.rowid")} {reports} {records}
            ORDER BY passage_index.rowid {(scope.OneByOne ? "ASC" : "DESC")}
            """;
        var first = command.Parameters.Add("$first", SqliteType.Integer);
        var last = command.Parameters.Add("$last", SqliteType.Integer);
        var report = new List<(long, string)>();
        foreach (var (from, to) in scope.Ranges)
        {
            (first.Value, last.Value) = (from, to);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var passage = (reader.GetInt64(0), reader.GetString(1));
                if (scope.OneByOne)
                {
                    report.Add(passage);
                }
                else
                {
                    yield return passage;
                }
            }

            for (var i = report.Count - 1; i >= 0; i--)
            {
                yield return report[i];
            }

            report.Clear();
        }
    }

    /// <summary>
    /// What a search reads for the filter. Years are a range of ids. A few reports are read one by
    /// one, each a short range; more, spread over the years, are read in one pass that skips the others.
    /// </summary>
    private SearchScope Scope(ReportFilter filter)
    {
        var years = filter.Years is { } y ? PassageId.OfYears(y.First, y.Last) : PassageId.All;
        if (years is { } range && !filter.NamesReports)
        {
            return new SearchScope([range], OneByOne: false, Reports: null);
        }

        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT id, year FROM reports r WHERE 1 = 1 {FilterSql.Reports(filter, "r", command)}";
        var reports = new List<(long Id, int? Year)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                reports.Add((reader.GetInt64(0), NullableInt(reader, 1)));
            }
        }

        var span = filter.Years is { } kept
            ? Scalar<long>("SELECT count(*) FROM reports WHERE year BETWEEN $p0 AND $p1", kept.First, kept.Last)
            : Scalar<long>("SELECT count(*) FROM reports");
        return (long)reports.Count * SpanReportsPerReportReadAlone <= span
            ? new SearchScope([.. reports.Select(r => PassageId.OfReport(r.Year, r.Id)).OrderByDescending(r => r.First)], OneByOne: true, Reports: null)
            : new SearchScope([years ?? PassageId.All], OneByOne: false, [.. reports.Select(r => r.Id)]);
    }

    /// <summary>Report, place and section of each passage.</summary>
    private Dictionary<long, PassagePlace> Places(IReadOnlyList<long> ids)
    {
        using var command = _connection.CreateCommand();
        command.Parameters.AddWithValue("$ids", $"[{string.Join(',', ids)}]");
        var kind = PassageId.KindSql("j.value");
        command.CommandText = $"""
            SELECT j.value, r.name, r.place, r.year, r.period, {kind},
                CASE {kind}
                    WHEN {(int)PassageKind.Body} THEN (SELECT coalesce(s.path, '') FROM paragraphs p LEFT JOIN sections s ON s.id = p.section_id WHERE p.id = j.value)
                    WHEN {(int)PassageKind.Footnote} THEN (SELECT section FROM footnotes WHERE id = j.value)
                    ELSE (SELECT section FROM records WHERE id = j.value) END
            FROM json_each($ids) j JOIN reports r ON r.id = {PassageId.ReportSql("j.value")}
            """;
        var places = new Dictionary<long, PassagePlace>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            places[reader.GetInt64(0)] = new PassagePlace(reader.GetString(1), NullableString(reader, 2),
                NullableInt(reader, 3), NullableString(reader, 4), reader.GetString(6), reader.GetInt32(5));
        }

        return places;
    }

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

        using var command = _connection.CreateCommand();
        command.Parameters.AddWithValue("$ids", $"[{string.Join(',', places.Keys)}]");
        command.CommandText = $"""
            SELECT {RecordColumns}, rec.id FROM records rec JOIN labels l ON l.id = rec.label_id
            WHERE rec.id IN (SELECT value FROM json_each($ids))
            """;
        var rows = new IndicatorRecord[picks.Count];
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var at = places[reader.GetInt64(RecordColumnCount)];
            rows[at] = Record(reader, picks[at].Report.Names, 0);
        }

        return rows;
    }

    public IReadOnlyList<SeriesRow> SeriesRows(SeriesQuery query)
    {
        if (query is { Category: { } category, Indicator: null } && query.Filter == ReportFilter.None)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                SELECT rows FROM series_tables
                WHERE category = $category AND by_period = $by_period
                    AND generation = $generation
                """;
            command.Parameters.AddWithValue("$generation", Generation());
            command.Parameters.AddWithValue("$category", category);
            command.Parameters.AddWithValue("$by_period", query.ByPeriod);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                return SeriesTable.Unpack(reader.GetFieldValue<byte[]>(0));
            }
        }

        return BuiltSeriesRows(query);
    }

    /// <summary>The series' rows built from the heads, not from a stored table.</summary>
    private SeriesRow[] BuiltSeriesRows(SeriesQuery query)
    {
        var picks = Picked(query);
        var labels = LabelTexts(picks.Select(p => p.Head.LabelId));
        return [.. picks.Select(p => new SeriesRow(
            p.Report.Names.Place, p.Report.Names.Year, p.Report.Names.Period, labels[p.Head.LabelId], p.Head.Value, p.Head.Unit, p.Report.Names.Name))];
    }

    /// <summary>The series' rows: the head picked for each place, year (period) and unit, in row order.</summary>
    private IReadOnlyList<(SeriesReport Report, SeriesHead Head)> Picked(SeriesQuery query)
    {
        if (query.Category is null && query.Indicator is null)
        {
            throw new ArgumentException("a series needs a category or an indicator", nameof(query));
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
        using var command = _connection.CreateCommand();
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
        using var command = _connection.CreateCommand();
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
        using var command = _connection.CreateCommand();
        var reports = query.Filter.NamesReports || query.Filter.Years is not null
            ? $"SELECT r.id FROM reports r WHERE 1 = 1 {FilterSql.Reports(query.Filter, "r", command)}"
            : null;
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
                heads.Add(new SeriesHead(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), Number(reader, 4), reader.GetString(5)));
            }
        }

        return heads;
    }

    /// <summary>The labels matching <paramref name="indicator"/> (the search syntax, diacritics folded).</summary>
    /// <exception cref="QuerySyntaxException">The text cannot be read.</exception>
    private List<long> Labels(string indicator)
    {
        var parsed = QueryParser.Parse(indicator);
        var match = FtsMatch.Render(parsed, exact: false, Expansions(parsed));
        var matcher = new PassageMatcher(parsed, exact: false);
        using var command = _connection.CreateCommand();
        command.Parameters.AddWithValue("$match", match.Expression);
        command.CommandText = "SELECT l.id, l.text FROM label_index JOIN labels l ON l.id = label_index.rowid WHERE label_index MATCH $match";
        var labels = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // A phrase: the index found labels holding its words; keep those holding the phrase.
            if (match.Complete || matcher.Matches(matcher.Words(reader.GetString(1))))
            {
                labels.Add(reader.GetInt64(0));
            }
        }

        return labels;
    }

    public IEnumerable<IndicatorRecord> Records(ReportFilter filter)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT {ReportColumns}, {RecordColumns} FROM records rec JOIN reports r ON r.id = rec.report_id JOIN labels l ON l.id = rec.label_id
            WHERE 1 = 1 {FilterSql.Reports(filter, "r", command)} {FilterSql.RecordValues(filter, "rec", command)}
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
    private const string RecordColumns = """
        rec.section, l.text, rec.category,
        rec.value, rec.unit, rec.plan_pct, rec.yoy_pct, rec.estimate, rec.cumulative, rec.approximate,
        rec.source, rec.footnote, rec.raw, rec.evidence, rec.doubt, rec.plan_value, rec.change_pct, rec.ocr_confidence
        """;

    private const int RecordColumnCount = 18;

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
    private static IndicatorRecord Record(SqliteDataReader r, ReportNames report, int at) => new(
        report.Name, report.Place, report.Province, report.Year, report.Period,
        r.GetString(at), r.GetString(at + 1), r.GetString(at + 2), Number(r, at + 3), r.GetString(at + 4),
        NullableDecimal(r, at + 5), NullableDecimal(r, at + 6), r.GetBoolean(at + 7), r.GetBoolean(at + 8), r.GetBoolean(at + 9),
        Enum.Parse<RecordSource>(r.GetString(at + 10), ignoreCase: true), NullableInt(r, at + 11), r.GetString(at + 12), r.GetString(at + 13))
    {
        Doubt = NullableString(r, at + 14),
        PlanValue = NullableDecimal(r, at + 15),
        ChangePercent = NullableDecimal(r, at + 16),
        OcrConfidence = r.IsDBNull(at + 17) ? null : r.GetDouble(at + 17),
    };

    private static string? NullableString(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static int? NullableInt(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetInt32(column);

    private static decimal? NullableDecimal(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : Number(reader, column);

    /// <summary>
    /// A number stored as REAL, as the decimal it was: through the double, which drops the
    /// trailing zeros the provider's text would keep (1500, not 1500.0).
    /// </summary>
    private static decimal Number(SqliteDataReader reader, int column) => (decimal)reader.GetDouble(column);

    private SqliteCommand Command(string sql, params object[] values)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"$p{i}", values[i]);
        }

        return command;
    }

    private void Execute(string sql, params object[] values)
    {
        using var command = Command(sql, values);
        command.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql, params object[] values) => Scalar<T>(sql, allowMissingTable: false, values);

    private T Scalar<T>(string sql, bool allowMissingTable, params object[] values)
    {
        using var command = Command(sql, values);
        try
        {
            var value = command.ExecuteScalar();
            return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
        }
        catch (SqliteException e) when (allowMissingTable && e.Message.Contains("no such table", StringComparison.Ordinal))
        {
            return default!;
        }
    }

    public void Dispose() => _connection.Dispose();
}
