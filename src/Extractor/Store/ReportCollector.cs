using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Extractor.Store;

/// <summary>
/// Gathers a search's matches by report: the best passage of each (its score, row and kind),
/// the next two scores, how many passages matched, and the facet counts, each report counted
/// once per value. Every match is seen, so the ranking is over the whole archive; a common
/// word matches hundreds of thousands of passages, so the work per match is a few array reads.
/// </summary>
internal sealed class ReportCollector : ICollector
{
    /// <summary>What a search found of one report.</summary>
    /// <param name="Score">The best passage's score.</param>
    /// <param name="Second">The second best passage's score (0 when none), then the third.</param>
    public sealed record Best(long Report, int Year, float Score, long Row, PassageKind Kind, int Matches, float Second, float Third)
    {
        /// <summary>
        /// The report's score: its best passage, then the next two at a half and a quarter, so a
        /// report that states the words in several passages ranks above one that states them
        /// once, and a long report gains no more than from its three best passages.
        /// </summary>
        public double ReportScore => Score + Second / 2.0 + Third / 4.0;
    }

    /// <summary>A report's matches so far, changed in place.</summary>
    private sealed class Matched(int year)
    {
        private long[] _categories = [];

        public int Year { get; } = year;
        public float Score { get; private set; } = float.NegativeInfinity;
        public float Second { get; private set; }
        public float Third { get; private set; }
        public long Row { get; private set; }
        public long Kind { get; private set; }
        public int Count { get; private set; }

        /// <summary>
        /// Whether a passage of <paramref name="score"/> would be the best: among equal scores (a
        /// prefix scores every match alike) the first passage of the report wins, body before
        /// footnotes, whatever order the segments come in; so row and kind are read only then.
        /// </summary>
        public bool Contends(float score) => score >= Score;

        public void AddBest(float score, long row, long kind)
        {
            Count++;
            if (score > Score || (kind, row).CompareTo((Kind, Row)) < 0)
            {
                (Third, Second, Score, Row, Kind) = (Second, Score == float.NegativeInfinity ? 0 : Score, score, row, kind);
            }
            else
            {
                Third = Second;
                Second = score;
            }
        }

        public void AddRunnerUp(float score)
        {
            Count++;
            if (score > Second)
            {
                (Third, Second) = (Second, score);
            }
            else if (score > Third)
            {
                Third = score;
            }
        }

        /// <summary>Marks the category numbered <paramref name="index"/>; false when the report already had it.</summary>
        public bool MarkCategory(int index)
        {
            var word = index >> 6;
            if (word >= _categories.Length)
            {
                Array.Resize(ref _categories, word + 1);
            }

            var bit = 1L << (index & 63);
            if ((_categories[word] & bit) != 0)
            {
                return false;
            }

            _categories[word] |= bit;
            return true;
        }
    }

    private readonly Dictionary<long, Matched> _reports = [];
    private readonly Dictionary<string, Dictionary<string, int>> _facets = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _years = [];
    private readonly BytesRef _bytes = new();
    private Scorer _scorer = null!;
    private NumericDocValues _report = null!, _rest = null!, _row = null!, _kind = null!, _year = null!;
    private SortedSetDocValues? _category;

    /// <summary>Place, province and period of the segment being read, with its reports counted by ordinal (named once, when the segment ends).</summary>
    private readonly NameFacet _place = new("place"), _province = new("province"), _period = new("period");

    /// <summary>Categories numbered in the order first met, with the reports counted for each.</summary>
    private readonly Dictionary<string, int> _categoryIndex = new(StringComparer.Ordinal);
    private readonly List<(string Name, int Reports)> _categoryCounts = [];

    /// <summary>The segment's category ordinals as numbers of <see cref="_categoryIndex"/>, -1 until first met (names are read once a segment).</summary>
    private int[] _segmentCategories = [];

    /// <summary>
    /// The report of the last match and where its block of documents ends: a report's passages
    /// are added as one block, so its matches come one after another and its id is read once.
    /// </summary>
    private int _blockEnd;
    private Matched? _last;

    /// <summary>What a search matched: every report with its best passages, and the facet counts.</summary>
    public sealed record Matches(IReadOnlyList<Best> Reports, IReadOnlyDictionary<string, Dictionary<string, int>> Facets);

    /// <summary>
    /// Runs <paramref name="query"/> over every segment, the segments side by side on the
    /// machine's cores: a report's passages are all in one segment (added as a block, deleted
    /// together), so a report is gathered whole by one segment's collector and the facet counts add up.
    /// </summary>
    public static Matches Gather(IndexSearcher searcher, Query query, Filter? filter)
    {
        var weight = searcher.CreateNormalizedWeight(filter is null ? query : new FilteredQuery(query, filter));
        var segments = searcher.IndexReader.Leaves;
        var collectors = new ReportCollector[segments.Count];
        Parallel.For(0, segments.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var collector = collectors[i] = new ReportCollector();
            collector.SetNextReader(segments[i]);
            weight.GetBulkScorer(segments[i], scoreDocsInOrder: true, segments[i].AtomicReader.LiveDocs)?.Score(collector);
        });

        var facets = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (facet, counts) in collectors.SelectMany(c => c.Facets))
        {
            if (!facets.TryGetValue(facet, out var sum))
            {
                facets[facet] = sum = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            foreach (var (value, count) in counts)
            {
                sum[value] = sum.GetValueOrDefault(value) + count;
            }
        }

        return new Matches([.. collectors.SelectMany(c => c.Reports())], facets);
    }

    private IEnumerable<Best> Reports() =>
        _reports.Select(r => new Best(r.Key, r.Value.Year, r.Value.Score, r.Value.Row, (PassageKind)r.Value.Kind, r.Value.Count, r.Value.Second, r.Value.Third));

    /// <summary>Counts of reports by facet ("province", "place", "year", "period", "category") and value.</summary>
    private Dictionary<string, Dictionary<string, int>> Facets
    {
        get
        {
            foreach (var facet in new[] { _place, _province, _period })
            {
                facet.Flush(_facets, _bytes);
            }

            if (_years.Count > 0)
            {
                _facets["year"] = _years.ToDictionary(y => y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y => y.Value, StringComparer.Ordinal);
            }

            if (_categoryCounts.Count > 0)
            {
                _facets["category"] = _categoryCounts.ToDictionary(c => c.Name, c => c.Reports, StringComparer.Ordinal);
            }

            return _facets;
        }
    }

    /// <summary>In order, so that a report's matches arrive together (<see cref="_blockEnd"/>).</summary>
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _report = reader.GetNumericDocValues(IndexFields.ReportValue) ?? DocValues.EMPTY_NUMERIC;
        _rest = reader.GetNumericDocValues(IndexFields.BlockRest) ?? DocValues.EMPTY_NUMERIC;
        _row = reader.GetNumericDocValues(IndexFields.Row) ?? DocValues.EMPTY_NUMERIC;
        _kind = reader.GetNumericDocValues(IndexFields.Kind) ?? DocValues.EMPTY_NUMERIC;
        _year = reader.GetNumericDocValues(IndexFields.YearValue) ?? DocValues.EMPTY_NUMERIC;
        _place.Read(reader.GetSortedDocValues(IndexFields.Place), _facets, _bytes);
        _province.Read(reader.GetSortedDocValues(IndexFields.Province), _facets, _bytes);
        _period.Read(reader.GetSortedDocValues(IndexFields.Period), _facets, _bytes);
        _category = reader.GetSortedSetDocValues(IndexFields.CategoryValues);
        _segmentCategories = new int[_category?.ValueCount ?? 0];
        Array.Fill(_segmentCategories, -1);
        _blockEnd = 0;
    }

    public void Collect(int doc)
    {
        if (doc >= _blockEnd)
        {
            _blockEnd = doc + 1 + (int)_rest.Get(doc);
            var report = _report.Get(doc);
            if (!_reports.TryGetValue(report, out _last))
            {
                _reports[report] = _last = First(doc);
            }
        }

        var score = _scorer.GetScore();
        var matched = _last!;
        if (matched.Contends(score))
        {
            matched.AddBest(score, _row.Get(doc), _kind.Get(doc));
        }
        else
        {
            matched.AddRunnerUp(score);
        }

        if (_category is null)
        {
            return;
        }

        _category.SetDocument(doc);
        for (var ord = _category.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _category.NextOrd())
        {
            var index = _segmentCategories[ord];
            if (index < 0)
            {
                _segmentCategories[ord] = index = CategoryIndex(ord);
            }

            if (matched.MarkCategory(index))
            {
                _categoryCounts[index] = (_categoryCounts[index].Name, _categoryCounts[index].Reports + 1);
            }
        }
    }

    /// <summary>A report met for the first time, counted in the year, province, place and period facets.</summary>
    private Matched First(int doc)
    {
        var year = (int)_year.Get(doc);
        if (year > 0)
        {
            _years[year] = _years.GetValueOrDefault(year) + 1;
        }

        _place.Count(doc);
        _province.Count(doc);
        _period.Count(doc);
        return new Matched(year);
    }

    private int CategoryIndex(long ord)
    {
        _category!.LookupOrd(ord, _bytes);
        var name = _bytes.Utf8ToString();
        if (!_categoryIndex.TryGetValue(name, out var index))
        {
            _categoryIndex[name] = index = _categoryCounts.Count;
            _categoryCounts.Add((name, 0));
        }

        return index;
    }

    /// <summary>A facet of a name the report states (place, province, period): reports counted by the segment's ordinal, named when the segment is done.</summary>
    private sealed class NameFacet(string name)
    {
        private SortedDocValues _values = DocValues.EMPTY_SORTED;
        private int[] _counts = [];

        public void Read(SortedDocValues? values, Dictionary<string, Dictionary<string, int>> facets, BytesRef bytes)
        {
            Flush(facets, bytes);
            _values = values ?? DocValues.EMPTY_SORTED;
            _counts = new int[_values.ValueCount];
        }

        public void Count(int doc)
        {
            var ord = _values.GetOrd(doc);
            if (ord >= 0)
            {
                _counts[ord]++;
            }
        }

        /// <summary>Adds the counts so far to <paramref name="facets"/> by name and starts again from zero.</summary>
        public void Flush(Dictionary<string, Dictionary<string, int>> facets, BytesRef bytes)
        {
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] == 0)
                {
                    continue;
                }

                if (!facets.TryGetValue(name, out var counts))
                {
                    facets[name] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                _values.LookupOrd(ord, bytes);
                var value = bytes.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + _counts[ord];
                _counts[ord] = 0;
            }
        }
    }
}
