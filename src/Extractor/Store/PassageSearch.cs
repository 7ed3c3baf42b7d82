using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace Extractor.Store;

/// <summary>
/// Text search: the query on the Lucene index (<see cref="IndexQuery"/>), every match ranked by
/// BM25 over the whole archive and gathered by report (<see cref="ReportCollector"/>); the best
/// reports scored again with the title and proximity boosts, placed from SQLite, their passage
/// cut into a snippet.
/// </summary>
internal sealed class PassageSearch(StoreConnection store, SearchIndex index)
{
    /// <summary>
    /// How many of the best reports by BM25 the title and proximity boosts re-rank (at least as
    /// far as the last hit asked for, offset included, so that a page reads in the order of one
    /// long page). The boosts read positions and titles; over every match they nearly doubled
    /// the query's own time at 10,000 reports (p50 7.1 -> 13.4 ms).
    /// </summary>
    public const int RescoredReports = 100;

    public SearchResults Search(SearchQuery query)
    {
        var parsed = QueryParser.Parse(query.Text, query.Exact);
        var folded = query.Exact ? QueryParser.Parse(query.Text) : parsed;
        var limit = Math.Clamp(query.Limit, 1, 1000);
        var searcher = index.Searcher();
        var passages = IndexQuery.Passages(parsed, folded, query.Exact, searcher.IndexReader);
        var kept = KeptReports(query.Filter);
        var matches = kept is { Count: 0 } ? new ReportCollector.Matches([], new Dictionary<string, Dictionary<string, int>>()) : ReportCollector.Gather(searcher, passages, Filter(query.Filter, kept));
        var found = Ranked(matches.Reports).ToList();
        var offset = Math.Clamp(query.Offset, 0, found.Count);
        var window = found.Take(Math.Max(RescoredReports, offset + limit)).ToList();
        var rescored = window.Count == 0 ? [] : ReportCollector.Gather(searcher, IndexQuery.Boosted(passages, folded), ReportsFilter(window.Select(r => r.Report))).Reports;
        var snippets = new SnippetBuilder(new PassageMatcher(parsed, query.Exact), query.Exact);
        var hits = new List<SearchHit>(limit);
        var skipped = 0;
        // A report deleted since the index saw it is left out, and not counted in the offset.
        foreach (var best in Ranked(rescored).Concat(found.Skip(window.Count)))
        {
            if (Place(best) is not { } place)
            {
                continue;
            }

            if (skipped < offset)
            {
                skipped++;
                continue;
            }

            hits.Add(new SearchHit(best.Report, place.Report, place.Place, place.Year, place.Period, place.Section, best.Kind,
                snippets.Build(place.Text), best.ReportScore, best.Matches, Files(best.Report)));
            if (hits.Count == limit)
            {
                break;
            }
        }

        var facets = SearchResults.FacetNames.ToDictionary(
            name => name,
            IReadOnlyList<FacetCount> (name) => matches.Facets.TryGetValue(name, out var counts)
                ? FacetCount.MostFirst(counts.Select(c => new FacetCount(c.Key, c.Value)))
                : []);
        return new SearchResults(hits, facets, matches.Reports.Count);
    }

    /// <summary>Best first; newer reports first among equals.</summary>
    private static IOrderedEnumerable<ReportCollector.Best> Ranked(IEnumerable<ReportCollector.Best> reports) =>
        reports.OrderByDescending(r => r.ReportScore).ThenByDescending(r => r.Year).ThenByDescending(r => r.Report);

    private static Filter ReportsFilter(IEnumerable<long> reports) =>
        new TermsFilter([.. reports.Select(id => new Term(IndexFields.Report, PassageDocuments.Key(id)))]);

    /// <summary>
    /// The filter as Lucene sees it: years as a numeric range; places, provinces and periods (a
    /// part of the name, with or without diacritics) and categories, units and values of records
    /// looked up in SQLite as the reports they keep.
    /// </summary>
    private static Filter? Filter(ReportFilter filter, IReadOnlyList<long>? kept)
    {
        var clauses = new BooleanQuery();
        if (filter.Years is { } years)
        {
            clauses.Add(NumericRangeQuery.NewInt32Range(IndexFields.Year, years.First, years.Last, minInclusive: true, maxInclusive: true), Occur.MUST);
        }

        if (kept is not null)
        {
            clauses.Add(new ConstantScoreQuery(ReportsFilter(kept)), Occur.MUST);
        }

        return clauses.Clauses.Count == 0 ? null : new QueryWrapperFilter(clauses);
    }

    /// <summary>The reports a filter of names or records keeps; null when it has neither.</summary>
    private List<long>? KeptReports(ReportFilter filter)
    {
        if (!filter.NamesReports && !filter.ConcernsRecords)
        {
            return null;
        }

        using var command = store.CreateCommand();
        var records = filter.ConcernsRecords
            ? $"AND EXISTS (SELECT 1 FROM records rec WHERE rec.report_id = r.id {FilterSql.RecordValues(filter, "rec", command)})"
            : "";
        command.CommandText = $"SELECT id FROM reports r WHERE 1 = 1 {FilterSql.Reports(filter, "r", command)} {records}";
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>The names of a report's files, the one it was read from first.</summary>
    private List<string> Files(long report)
    {
        using var command = store.Command("SELECT path FROM report_files WHERE report_id = $p0 ORDER BY role = 'read' DESC, path", report);
        using var reader = command.ExecuteReader();
        var files = new List<string>();
        while (reader.Read())
        {
            files.Add(System.IO.Path.GetFileName(reader.GetString(0)));
        }

        return files;
    }

    private sealed record PassagePlace(string Report, string? Place, int? Year, string? Period, string Section, string Text);

    /// <summary>The report, section and text of a hit's passage; null when the report is no longer stored.</summary>
    private PassagePlace? Place(ReportCollector.Best best)
    {
        var passage = best.Kind switch
        {
            PassageKind.Footnote => "SELECT f.section, f.text FROM footnotes f WHERE f.id = $p0 AND f.report_id = $p1",
            PassageKind.Title when best.Row == 0 => "SELECT '', coalesce(t.title, '') FROM reports t WHERE t.id = $p1 AND $p0 = 0",
            PassageKind.Title => "SELECT s.path, s.title FROM sections s WHERE s.id = $p0 AND s.report_id = $p1",
            _ => "SELECT coalesce(s.path, ''), p.text FROM paragraphs p LEFT JOIN sections s ON s.id = p.section_id WHERE p.id = $p0 AND p.report_id = $p1",
        };
        using var command = store.Command(
            $"SELECT r.name, r.place, r.year, r.period, x.* FROM reports r JOIN ({passage}) x WHERE r.id = $p1", best.Row, best.Report);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new PassagePlace(reader.GetString(0), RecordRows.NullableString(reader, 1), RecordRows.NullableInt(reader, 2),
                RecordRows.NullableString(reader, 3), reader.GetString(4), reader.GetString(5))
            : null;
    }
}
