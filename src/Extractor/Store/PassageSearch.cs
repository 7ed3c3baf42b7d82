namespace Extractor.Store;

/// <summary>
/// Text search: the query on the Lucene index (<see cref="IndexQuery"/>), every match ranked by
/// BM25 over the whole archive (or, past <see cref="RankedMatches"/>, over its newest reports)
/// and gathered by report (<see cref="ReportCollector"/>); the filters applied to the reports'
/// blocks (<see cref="ReportBlocks"/>); the best reports scored again with the title and
/// proximity boosts, placed from SQLite, their passage cut into a snippet.
/// </summary>
internal sealed class PassageSearch(StoreConnection store, SearchIndex index)
{
    /// <summary>
    /// How many of the best reports by BM25 the title and proximity boosts re-rank (at least as
    /// far as the last hit asked for, offset included, so that a page reads in the order of one
    /// long page). The boosts read positions and titles; over every match they nearly doubled
    /// the query's own time at 10,000 reports (p50 7.1 -> 13.4 ms). 40 keeps the planners'
    /// questions of the quality test in their top 3, as 100 did.
    /// </summary>
    public const int RescoredReports = 40;

    /// <summary>
    /// A query the index estimates to match more passages than this is ranked among the newest
    /// reports that hold about this many of them (<see cref="NewestOnly"/>), and says so. Below
    /// it every match in the archive is ranked. The search then moves its postings to each kept
    /// report's block and reads nothing between, so its time follows the reports and matches it
    /// reads (a few microseconds each), not the size of the archive.
    /// </summary>
    public const int RankedMatches = 5_000;

    public SearchResults Search(SearchQuery query)
    {
        var parsed = QueryParser.Parse(query.Text, query.Exact);
        var folded = query.Exact ? QueryParser.Parse(query.Text) : parsed;
        var limit = Math.Clamp(query.Limit, 1, 1000);
        var searcher = index.Searcher();
        var passages = IndexQuery.Passages(parsed, folded, query.Exact, searcher.IndexReader);
        var blocks = index.Blocks(searcher.IndexReader);
        var kept = blocks.Kept(query.Filter, WithRecords(query.Filter));
        var weight = searcher.CreateNormalizedWeight(passages);
        // The index estimates the matches of the whole archive; a filter keeps about its share of them.
        var keptPassages = kept.Count == blocks.Reports ? blocks.Passages : kept.Sum(b => (long)b.Length);
        var matching = kept.Count == 0 ? 0 : ReportCollector.Estimate(searcher, weight) * keptPassages / Math.Max(1, blocks.Passages);
        var ranked = matching > RankedMatches ? ReportBlocks.Newest(kept, (double)RankedMatches / matching * keptPassages) : kept;
        var matches = kept.Count == 0
            ? new ReportCollector.Matches([], new Dictionary<string, Dictionary<string, int>>())
            : ReportCollector.Gather(searcher, weight, blocks, ranked.Count == blocks.Reports ? null : new ReportBlocks.Ranges(ranked), facets: true);
        var offset = Math.Clamp(query.Offset, 0, matches.Reports.Count);
        var (window, rest) = Top(matches.Reports, Math.Max(RescoredReports, offset + limit));
        var rescored = window.Count == 0 ? [] : ReportCollector.Gather(searcher, searcher.CreateNormalizedWeight(IndexQuery.Boosted(passages, folded)), blocks, new ReportBlocks.Ranges(blocks.Of(window.Select(r => r.Report))), facets: false).Reports;
        var snippets = new SnippetBuilder(new PassageMatcher(parsed), query.Exact);
        var placed = new List<(ReportCollector.Best Best, PassagePlace Place)>(limit);
        using (var statements = new PreparedStatements(store.Sqlite))
        {
            var skipped = 0;
            // A report deleted since the index saw it is left out, and not counted in the offset.
            foreach (var best in Ranked(rescored).Concat(rest))
            {
                if (Place(statements, best) is not { } place)
                {
                    continue;
                }

                if (skipped < offset)
                {
                    skipped++;
                    continue;
                }

                placed.Add((best, place));
                if (placed.Count == limit)
                {
                    break;
                }
            }
        }

        var files = Files(placed.Select(p => p.Best.Report));
        var hits = placed.ConvertAll(p => new SearchHit(p.Best.Report, p.Place.Report, p.Place.Place, p.Place.Year, p.Place.Period, p.Place.Section, p.Place.Kind,
            snippets.Build(p.Place.Text), p.Best.ReportScore, p.Best.Matches, files.GetValueOrDefault(p.Best.Report, [])));

        var facets = SearchResults.FacetNames.ToDictionary(
            name => name,
            IReadOnlyList<FacetCount> (name) => matches.Facets.TryGetValue(name, out var counts)
                ? FacetCount.MostFirst(counts.Select(c => new FacetCount(c.Key, c.Value)))
                : []);
        return new SearchResults(hits, facets, matches.Reports.Count)
        {
            Newest = ranked.Count < kept.Count ? new NewestOnly(matching, ranked.Count, kept.Count, ranked[^1].Year) : null,
        };
    }

    /// <summary>Best first; newer reports first among equals (then the one stored last: every report has its place).</summary>
    private static int BestFirst(ReportCollector.Best a, ReportCollector.Best b) =>
        b.ReportScore.CompareTo(a.ReportScore) is var score and not 0 ? score
        : b.Year.CompareTo(a.Year) is var year and not 0 ? year
        : b.Report.CompareTo(a.Report);

    private static ReportCollector.Best[] Ranked(IEnumerable<ReportCollector.Best> reports)
    {
        var ranked = reports.ToArray();
        Array.Sort(ranked, BestFirst);
        return ranked;
    }

    /// <summary>
    /// The <paramref name="count"/> best of <paramref name="reports"/> in rank order, and the rest, ranked only when read
    /// (when a report of the page is no longer stored): a query matching thousands of reports shows a page of them, and
    /// ranking them all took 5% of such a search's time.
    /// </summary>
    private static (List<ReportCollector.Best> Top, IEnumerable<ReportCollector.Best> Others) Top(IReadOnlyList<ReportCollector.Best> reports, int count)
    {
        if (reports.Count <= count)
        {
            return ([.. Ranked(reports)], []);
        }

        // The worst of those kept on top of the heap: a report better than it takes its place.
        var kept = new PriorityQueue<ReportCollector.Best, ReportCollector.Best>(count, Comparer<ReportCollector.Best>.Create((a, b) => BestFirst(b, a)));
        foreach (var report in reports)
        {
            if (kept.Count < count)
            {
                kept.Enqueue(report, report);
            }
            else if (BestFirst(report, kept.Peek()) < 0)
            {
                kept.DequeueEnqueue(report, report);
            }
        }

        var top = Ranked(kept.UnorderedItems.Select(k => k.Element));
        return ([.. top], RankedRest(reports, [.. top.Select(r => r.Report)]));
    }

    private static IEnumerable<ReportCollector.Best> RankedRest(IReadOnlyList<ReportCollector.Best> reports, HashSet<long> top)
    {
        foreach (var report in Ranked(reports.Where(r => !top.Contains(r.Report))))
        {
            yield return report;
        }
    }

    /// <summary>The reports with a record a filter of units, categories or values keeps; null when it has none of these.</summary>
    private List<long>? WithRecords(ReportFilter filter)
    {
        if (!filter.ConcernsRecords)
        {
            return null;
        }

        using var command = store.CreateCommand();
        command.CommandText = $"SELECT id FROM reports r WHERE EXISTS (SELECT 1 FROM records rec WHERE rec.report_id = r.id {FilterSql.RecordValues(filter, "rec", command)})";
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>The names of the files of each of <paramref name="reports"/> (one query for a page of hits), the one it was read from first.</summary>
    private Dictionary<long, List<string>> Files(IEnumerable<long> reports)
    {
        var ids = reports.Cast<object>().ToArray();
        return ids.Length == 0 ? [] : store.Rows(
                $"SELECT report_id, path FROM report_files WHERE report_id IN ({StoreConnection.Placeholders(ids.Length)}) ORDER BY report_id, role = 'read' DESC, path",
                r => (Report: r.GetInt64(0), Name: System.IO.Path.GetFileName(r.GetString(1))), ids)
            .GroupBy(f => f.Report)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Name).ToList());
    }

    private sealed record PassagePlace(string Report, string? Place, int? Year, string? Period, PassageKind Kind, string Section, string Text);

    /// <summary>
    /// The report, kind, section and text of a hit's passage, found by its place in the report's block: paragraphs,
    /// footnotes, the report's title, sections, each by id (<see cref="PassageDocuments.Of"/>); null when the report is
    /// no longer stored.
    /// </summary>
    private static PassagePlace? Place(PreparedStatements statements, ReportCollector.Best best)
    {
        using var counts = statements.Prepared(
            "SELECT (SELECT count(*) FROM paragraphs WHERE report_id = $p0), (SELECT count(*) FROM footnotes WHERE report_id = $p0)", best.Report).ExecuteReader();
        counts.Read();
        var (paragraphs, footnotes) = (counts.GetInt32(0), counts.GetInt32(1));
        var at = best.Passage;
        // The row's id is counted off the report's index alone (its ids in order), then the one row is read.
        var (kind, passage, offset) =
            at < paragraphs ? (PassageKind.Body, "SELECT coalesce(s.path, ''), p.text FROM paragraphs p LEFT JOIN sections s ON s.id = p.section_id WHERE p.id = " + NthId("paragraphs"), at)
            : at < paragraphs + footnotes ? (PassageKind.Footnote, "SELECT f.section, f.text FROM footnotes f WHERE f.id = " + NthId("footnotes"), at - paragraphs)
            : at == paragraphs + footnotes ? (PassageKind.Title, "SELECT '', coalesce(t.title, '') FROM reports t WHERE t.id = $p1 AND $p0 = 0", 0)
            : (PassageKind.Title, "SELECT s.path, s.title FROM sections s WHERE s.id = " + NthId("sections"), at - paragraphs - footnotes - 1);
        using var reader = statements.Prepared($"SELECT r.name, r.place, r.year, r.period, x.* FROM reports r JOIN ({passage}) x WHERE r.id = $p1", offset, best.Report).ExecuteReader();
        return reader.Read()
            ? new PassagePlace(reader.GetString(0), RecordRows.NullableString(reader, 1), RecordRows.NullableInt(reader, 2),
                RecordRows.NullableString(reader, 3), kind, reader.GetString(4), reader.GetString(5))
            : null;
    }

    /// <summary>The id of report <c>$p1</c>'s row number <c>$p0</c> of <paramref name="table"/>, by id.</summary>
    private static string NthId(string table) => $"(SELECT id FROM {table} WHERE report_id = $p1 ORDER BY id LIMIT 1 OFFSET $p0)";
}
