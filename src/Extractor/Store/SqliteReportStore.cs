using System.Globalization;
using Extractor.Model;
using Extractor.Records;
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

    /// <summary>Up to this many reports, a place, province or period filter reads each report's range of the index; beyond it, one pass skips the other reports.</summary>
    private const int ReportsReadOneByOne = 16;

    /// <summary>
    /// A prefix standing for up to this many indexed terms is searched as those terms (see
    /// <see cref="FtsMatch"/>); a shorter, broader one goes to FTS5 as a prefix.
    /// </summary>
    private const int PrefixTerms = 100;

    private static readonly string PassageText = $"""
        CASE {PassageId.KindSql("passage_index.rowid")}
            WHEN {(int)PassageKind.Body} THEN (SELECT text FROM paragraphs WHERE id = passage_index.rowid)
            WHEN {(int)PassageKind.Footnote} THEN (SELECT text FROM footnotes WHERE id = passage_index.rowid)
            ELSE (SELECT indicator FROM records WHERE id = passage_index.rowid) END
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
            Execute($"INSERT INTO store_info(key, value) VALUES ('schema', '{StoreSchema.Version}')");
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

        transaction.Commit();
        return sameContent is null && samePath is null ? SaveOutcome.Ingested : SaveOutcome.Replaced;
    }

    private void Delete(long reportId)
    {
        // The contentless index and the series heads cannot cascade: their rows go first, found through the passages' tables.
        Execute(
            """
            DELETE FROM passage_index WHERE rowid IN (
                SELECT id FROM paragraphs WHERE report_id = $p0 UNION ALL
                SELECT id FROM footnotes WHERE report_id = $p0 UNION ALL
                SELECT id FROM records WHERE report_id = $p0)
            """,
            reportId);
        Execute(
            """
            DELETE FROM series_heads WHERE (category, unit_key, report_id) IN (
                SELECT DISTINCT category, unit_key, report_id FROM records WHERE report_id = $p0)
            """,
            reportId);
        Execute("DELETE FROM reports WHERE id = $p0", reportId);
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var parsed = QueryParser.Parse(query.Text, query.Exact);
        var match = Match(query.Exact ? QueryParser.Parse(query.Text) : parsed, query.Exact);
        var matcher = new PassageMatcher(parsed, query.Exact);
        var limit = Math.Clamp(query.Limit, 1, 1000);
        var window = Math.Max(Window, 4 * limit);
        var candidates = new List<Candidate>();
        foreach (var (id, text) in Candidates(match.Expression, query.Filter))
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

    /// <summary>The query as an FTS5 expression, each prefix expanded to the indexed terms it stands for when they are few.</summary>
    private FtsMatch Match(QueryNode folded, bool exact)
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

        return FtsMatch.Render(folded, exact, expansions);
    }

    private sealed record Candidate(long Id, string Text, IReadOnlyList<string> Words);

    private sealed record PassagePlace(string Report, string? Place, int? Year, string? Period, string Section, int Kind);

    /// <summary>Passages the index matches, newest first, within the filters, with their text.</summary>
    private IEnumerable<(long Id, string Text)> Candidates(string match, ReportFilter filter)
    {
        using var command = _connection.CreateCommand();
        command.Parameters.AddWithValue("$match", match);
        var (ranges, reports) = Scope(filter, command);
        var records = filter.ConcernsRecords
            ? $"""
                AND {PassageId.KindSql("passage_index.rowid")} = {(int)PassageKind.Record}
                AND EXISTS (SELECT 1 FROM records rec WHERE rec.id = passage_index.rowid {FilterSql.RecordValues(filter, "rec", command)})
                """
            : "";
        command.CommandText = $"""
            SELECT passage_index.rowid, {PassageText}
            FROM passage_index
            WHERE passage_index MATCH $match AND passage_index.rowid BETWEEN $first AND $last {reports} {records}
            ORDER BY passage_index.rowid DESC
            """;
        var first = command.Parameters.Add("$first", SqliteType.Integer);
        var last = command.Parameters.Add("$last", SqliteType.Integer);
        foreach (var (from, to) in ranges)
        {
            (first.Value, last.Value) = (from, to);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                yield return (reader.GetInt64(0), reader.GetString(1));
            }
        }
    }

    /// <summary>
    /// The ranges of passage ids a search reads, newest first, and a condition keeping only the
    /// reports the filter names. Years are a range of ids; a few reports, rare among those of the
    /// years, are a range each; otherwise each passage's report is checked.
    /// </summary>
    private (List<(long First, long Last)> Ranges, string Reports) Scope(ReportFilter filter, SqliteCommand search)
    {
        var years = filter.Years is { } y ? PassageId.OfYears(y.First, y.Last) : PassageId.All;
        if (years is { } range && filter.Place is null && filter.Province is null && filter.Period is null)
        {
            return ([range], "");
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

        if (reports.Count <= ReportsReadOneByOne)
        {
            return ([.. reports.Select(r => PassageId.OfReport(r.Year, r.Id)).OrderByDescending(r => r.First)], "");
        }

        search.Parameters.AddWithValue("$reports", $"[{string.Join(',', reports.Select(r => r.Id))}]");
        return ([years ?? PassageId.All], $"AND {PassageId.ReportSql("passage_index.rowid")} IN (SELECT value FROM json_each($reports))");
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

    public IReadOnlyList<IndicatorRecord> Series(SeriesQuery query) =>
        Picked(query, RecordColumns, RecordColumnCount, (reader, names) => Record(reader, names, 0));

    public IReadOnlyList<SeriesRow> SeriesRows(SeriesQuery query) =>
        Picked(query, "rec.indicator, rec.value, rec.unit", 3,
            (reader, names) => new SeriesRow(names.Place, names.Year, names.Period, reader.GetString(0), reader.GetDecimal(1), reader.GetString(2), names.Name));

    /// <summary>
    /// The series' picked rows, each read as <paramref name="columns"/> (<paramref name="count"/> of
    /// them, from column 0) of its record and built with its report's names.
    /// </summary>
    private T[] Picked<T>(SeriesQuery query, string columns, int count, Func<SqliteDataReader, ReportNames, T> row)
    {
        if (query.Category is null && query.Indicator is null)
        {
            throw new ArgumentException("a series needs a category or an indicator", nameof(query));
        }

        var pick = new SeriesPick(SeriesReports(query.Filter), query.ByPeriod);
        foreach (var (reportId, unit, recordId) in SeriesHeads(query))
        {
            pick.Offer(reportId, unit, recordId);
        }

        // The rows are ordered already: each is read by its id and put in its place, with its
        // report's names as read for the pick. SQLite reads them in id order (IN sorts the ids),
        // which costs less than looking them up in row order.
        var ids = pick.RecordIds();
        var places = new Dictionary<long, int>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            places[ids[i]] = i;
        }

        using var command = _connection.CreateCommand();
        command.Parameters.AddWithValue("$ids", $"[{string.Join(',', ids)}]");
        command.CommandText = $"SELECT {columns}, rec.report_id, rec.id FROM records rec WHERE rec.id IN (SELECT value FROM json_each($ids))";
        var rows = new T[ids.Count];
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows[places[reader.GetInt64(count + 1)]] = row(reader, pick.Report(reader.GetInt64(count)).Names);
        }

        return rows;
    }

    /// <summary>The keys a series picks by, of the reports within the filter's place, province, years and period.</summary>
    private Dictionary<long, SeriesReport> SeriesReports(ReportFilter filter)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT r.id, r.place_key, r.period_key, r.first_month, r.last_month - r.first_month, r.date, {ReportColumns}
            FROM reports r WHERE 1 = 1 {FilterSql.Reports(filter, "r", command)}
            """;
        var reports = new Dictionary<long, SeriesReport>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            reports[id] = new SeriesReport(id, NullableString(reader, 1), NullableString(reader, 2),
                NullableInt(reader, 3), NullableInt(reader, 4), NullableString(reader, 5), Names(reader, 6));
        }

        return reports;
    }

    /// <summary>
    /// The first record of each report and unit that the series is about. A category is a range of
    /// the heads stored at ingest; an indicator text is found in the index of record labels; a value
    /// range changes which record comes first, so it reads the records themselves.
    /// </summary>
    private IEnumerable<(long ReportId, string Unit, long RecordId)> SeriesHeads(SeriesQuery query)
    {
        using var command = _connection.CreateCommand();
        if (query.Indicator is null && query.Filter.MinValue is null && query.Filter.MaxValue is null)
        {
            command.Parameters.AddWithValue("$category", query.Category);
            command.CommandText = $"""
                SELECT h.report_id, h.unit_key, h.record_id FROM series_heads h
                WHERE h.category = $category {FilterSql.RecordValues(query.Filter, "h", command)}
                """;
        }
        else
        {
            var which = new List<string>();
            if (query.Category is not null)
            {
                command.Parameters.AddWithValue("$category", query.Category);
                which.Add("rec.category = $category");
            }

            if (query.Indicator is not null)
            {
                var parsed = QueryParser.Parse(query.Indicator);
                var match = Match(parsed, exact: false);
                command.Parameters.AddWithValue("$match", match.Expression);
                which.Add($"""
                    rec.id IN (SELECT rowid FROM passage_index
                               WHERE passage_index MATCH $match AND {PassageId.KindSql("rowid")} = {(int)PassageKind.Record})
                    """);
                if (!match.Complete)
                {
                    // A phrase: the index found labels holding its words; keep those holding the phrase.
                    var matcher = new PassageMatcher(parsed, exact: false);
                    _connection.CreateFunction("indicator_matches", (string label) => matcher.Matches(matcher.Words(label)), isDeterministic: true);
                    which.Add("indicator_matches(rec.indicator)");
                }
            }

            // Within a report, record ids follow document order.
            command.CommandText = $"""
                SELECT rec.report_id, rec.unit_key, min(rec.id) FROM records rec
                WHERE {string.Join(" AND ", which)} {FilterSql.RecordValues(query.Filter, "rec", command)}
                GROUP BY rec.report_id, rec.unit_key
                """;
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2));
        }
    }

    public IEnumerable<IndicatorRecord> Records(ReportFilter filter)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT {ReportColumns}, {RecordColumns} FROM records rec JOIN reports r ON r.id = rec.report_id
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

    /// <summary>A record's own columns, <see cref="RecordColumnCount"/> of them.</summary>
    private const string RecordColumns = """
        rec.section, rec.indicator, rec.category,
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
        r.GetString(at), r.GetString(at + 1), r.GetString(at + 2), r.GetDecimal(at + 3), r.GetString(at + 4),
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

    private static decimal? NullableDecimal(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetDecimal(column);

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
