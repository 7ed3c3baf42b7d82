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
    private const string FoldedColumn = "folded";
    private const string ExactColumn = "exact";

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
        Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;");
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

        if (int.Parse(version, CultureInfo.InvariantCulture) > StoreSchema.Version)
        {
            throw new StoreException($"{System.IO.Path.GetFileName(_path)}: written by a newer Extractor (schema {version}; this one reads {StoreSchema.Version})");
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
        // The contentless index cannot cascade: its rows go first, found through the passages.
        Execute("DELETE FROM passage_index WHERE rowid IN (SELECT id FROM passages WHERE report_id = $p0)", reportId);
        Execute("DELETE FROM reports WHERE id = $p0", reportId);
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var parsed = QueryParser.Parse(query.Text, query.Exact);
        var match = FtsMatch.Render(parsed, query.Exact ? ExactColumn : FoldedColumn);
        using var command = _connection.CreateCommand();
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, 1000));
        var filter = FilterSql.Reports(query.Filter, "r", command);
        var records = query.Filter.ConcernsRecords ? FilterSql.RecordValues(query.Filter, "rec", command) : null;

        // Rank and cut first, then fetch the texts of the few hits that remain. Without filters
        // FTS5 ranks on its own, with no join per match: the common case, and the costly one.
        var top = filter.Length == 0 && records is null
            ? "SELECT rowid AS id, rank AS score FROM passage_index WHERE passage_index MATCH $match ORDER BY rank LIMIT $limit"
            : $"""
                SELECT p.id, bm25(passage_index) AS score
                FROM passage_index
                JOIN passages p ON p.id = passage_index.rowid
                JOIN reports r ON r.id = p.report_id
                {(records is null ? "" : "JOIN records rec ON p.kind = 2 AND rec.id = p.item_id")}
                WHERE passage_index MATCH $match {filter} {records}
                ORDER BY score
                LIMIT $limit
                """;
        command.CommandText = $"""
            WITH top AS ({top})
            SELECT r.name, r.place, r.year, r.period, p.section, p.kind, top.score,
                   CASE p.kind
                       WHEN 0 THEN (SELECT text FROM paragraphs WHERE id = p.item_id)
                       WHEN 1 THEN (SELECT text FROM footnotes WHERE id = p.item_id)
                       ELSE (SELECT indicator FROM records WHERE id = p.item_id) END
            FROM top JOIN passages p ON p.id = top.id JOIN reports r ON r.id = p.report_id
            ORDER BY top.score, top.id
            """;
        var snippets = new SnippetBuilder(parsed, query.Exact);
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new SearchHit(
                reader.GetString(0),
                NullableString(reader, 1),
                reader.IsDBNull(2) ? null : reader.GetInt32(2),
                NullableString(reader, 3),
                reader.GetString(4),
                (PassageKind)reader.GetInt32(5),
                snippets.Build(reader.GetString(7)),
                // bm25() is lower for better matches; the contract's score is higher for better ones.
                -reader.GetDouble(6)));
        }

        return hits;
    }

    public IReadOnlyList<IndicatorRecord> Series(SeriesQuery query)
    {
        using var command = _connection.CreateCommand();
        var which = new List<string>();
        if (query.Category is not null)
        {
            command.Parameters.AddWithValue("$category", query.Category);
            which.Add("rec.category = $category");
        }

        if (query.Indicator is not null)
        {
            command.Parameters.AddWithValue("$match", FtsMatch.Render(QueryParser.Parse(query.Indicator), FoldedColumn));
            which.Add("""
                rec.id IN (SELECT p.item_id FROM passage_index JOIN passages p ON p.id = passage_index.rowid
                           WHERE passage_index MATCH $match AND p.kind = 2)
                """);
        }

        if (which.Count == 0)
        {
            throw new ArgumentException("a series needs a category or an indicator", nameof(query));
        }

        // The first record per report and unit comes off the (category, report, unit, ordinal) index;
        // only those few rows meet their reports to pick one per place, year (period) and unit.
        var values = FilterSql.RecordValues(query.Filter, "rec", command);
        var reports = FilterSql.Reports(query.Filter, "r", command);
        var partition = query.ByPeriod ? "r.place_key, r.year, r.period_key, f.unit_key" : "r.place_key, r.year, f.unit_key";
        command.CommandText = $"""
            WITH firsts AS (
                SELECT rec.report_id, rec.unit_key, min(rec.ordinal) AS ordinal
                FROM records rec
                WHERE {string.Join(" AND ", which)} {values}
                GROUP BY rec.report_id, rec.unit_key),
            picked AS (
                SELECT f.report_id, f.ordinal, f.unit_key, r.place_key, r.year, r.period_key, r.first_month,
                    row_number() OVER (
                        PARTITION BY {partition}
                        ORDER BY r.last_month - r.first_month DESC, r.date DESC, r.id DESC) AS pick
                FROM firsts f JOIN reports r ON r.id = f.report_id
                WHERE 1 = 1 {reports})
            SELECT {RecordColumns}
            FROM picked p JOIN records rec ON rec.report_id = p.report_id AND rec.ordinal = p.ordinal
            WHERE p.pick = 1
            ORDER BY p.place_key, p.year, p.first_month, p.period_key, p.unit_key
            """;
        return [.. ReadRecords(command)];
    }

    public IEnumerable<IndicatorRecord> Records(ReportFilter filter)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {RecordColumns} FROM records rec WHERE 1 = 1 {FilterSql.Records(filter, "rec", command)} ORDER BY rec.report_id, rec.ordinal";
        foreach (var record in ReadRecords(command))
        {
            yield return record;
        }
    }

    private const string RecordColumns = """
        rec.report, rec.place, rec.province, rec.year, rec.period, rec.section, rec.indicator, rec.category,
        rec.value, rec.unit, rec.plan_pct, rec.yoy_pct, rec.estimate, rec.cumulative, rec.approximate,
        rec.source, rec.footnote, rec.raw, rec.evidence, rec.doubt, rec.plan_value, rec.change_pct
        """;

    private static IEnumerable<IndicatorRecord> ReadRecords(SqliteCommand command)
    {
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            yield return new IndicatorRecord(
                r.GetString(0), NullableString(r, 1), NullableString(r, 2), r.IsDBNull(3) ? null : r.GetInt32(3), NullableString(r, 4),
                r.GetString(5), r.GetString(6), r.GetString(7), r.GetDecimal(8), r.GetString(9),
                NullableDecimal(r, 10), NullableDecimal(r, 11), r.GetBoolean(12), r.GetBoolean(13), r.GetBoolean(14),
                Enum.Parse<RecordSource>(r.GetString(15), ignoreCase: true), r.IsDBNull(16) ? null : r.GetInt32(16), r.GetString(17), r.GetString(18))
            {
                Doubt = NullableString(r, 19),
                PlanValue = NullableDecimal(r, 20),
                ChangePercent = NullableDecimal(r, 21),
            };
        }
    }

    private static string? NullableString(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

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
