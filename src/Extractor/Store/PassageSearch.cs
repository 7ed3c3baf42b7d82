using Extractor.Model;
using Microsoft.Data.Sqlite;

namespace Extractor.Store;

/// <summary>
/// Search planning and ranking: which ranges of the index a query reads (<see cref="SearchScope"/>),
/// the candidates the index yields newest first, checked by <see cref="PassageMatcher"/>, ranked
/// by <see cref="Relevance"/>, placed in their reports and cut into snippets.
/// </summary>
internal sealed class PassageSearch(StoreConnection store, IndexTerms terms)
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

    private static readonly string PassageText = $"""
        CASE {PassageId.KindSql("passage_index.rowid")}
            WHEN {(int)PassageKind.Body} THEN (SELECT text FROM paragraphs WHERE id = passage_index.rowid)
            WHEN {(int)PassageKind.Footnote} THEN (SELECT text FROM footnotes WHERE id = passage_index.rowid)
            ELSE (SELECT l.text FROM records rec JOIN labels l ON l.id = rec.label_id WHERE rec.id = passage_index.rowid) END
        """;

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var parsed = QueryParser.Parse(query.Text, query.Exact);
        var folded = query.Exact ? QueryParser.Parse(query.Text) : parsed;
        var prefixes = terms.Expansions(folded);
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
        using var command = store.CreateCommand();
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

        using var command = store.CreateCommand();
        command.CommandText = $"SELECT id, year FROM reports r WHERE 1 = 1 {FilterSql.Reports(filter, "r", command)}";
        var reports = new List<(long Id, int? Year)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                reports.Add((reader.GetInt64(0), RecordRows.NullableInt(reader, 1)));
            }
        }

        var span = filter.Years is { } kept
            ? store.Scalar<long>("SELECT count(*) FROM reports WHERE year BETWEEN $p0 AND $p1", kept.First, kept.Last)
            : store.Scalar<long>("SELECT count(*) FROM reports");
        return (long)reports.Count * SpanReportsPerReportReadAlone <= span
            ? new SearchScope([.. reports.Select(r => PassageId.OfReport(r.Year, r.Id)).OrderByDescending(r => r.First)], OneByOne: true, Reports: null)
            : new SearchScope([years ?? PassageId.All], OneByOne: false, [.. reports.Select(r => r.Id)]);
    }

    /// <summary>Report, place and section of each passage.</summary>
    private Dictionary<long, PassagePlace> Places(IReadOnlyList<long> ids)
    {
        using var command = store.CreateCommand();
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
            places[reader.GetInt64(0)] = new PassagePlace(reader.GetString(1), RecordRows.NullableString(reader, 2),
                RecordRows.NullableInt(reader, 3), RecordRows.NullableString(reader, 4), reader.GetString(6), reader.GetInt32(5));
        }

        return places;
    }
}
