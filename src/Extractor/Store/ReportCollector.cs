using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Extractor.Store;

/// <summary>
/// Gathers a search's matches by report: the best passage of each (its score, row and kind),
/// the next two scores, how many passages matched, and the facet counts, each report counted
/// once per value. Every match is seen, so the ranking is over the whole archive.
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

    /// <summary>A report's matches so far; changed in place, as a common word matches hundreds of thousands of passages.</summary>
    private sealed class Matched(int year, float score, long row, long kind)
    {
        public int Year { get; } = year;
        public float Score { get; set; } = score;
        public float Second { get; set; }
        public float Third { get; set; }
        public long Row { get; set; } = row;
        public long Kind { get; set; } = kind;
        public int Count { get; set; } = 1;

        public void Add(float score, long row, long kind)
        {
            Count++;
            // Among equal scores (a prefix scores every match alike) the first passage of the report wins,
            // body before footnotes, whatever order the segments come in.
            if (score > Score || (score == Score && (kind, row).CompareTo((Kind, Row)) < 0))
            {
                (Third, Second, Score, Row, Kind) = (Second, Score, score, row, kind);
            }
            else if (score > Second)
            {
                (Third, Second) = (Second, score);
            }
            else if (score > Third)
            {
                Third = score;
            }
        }
    }

    private readonly Dictionary<long, Matched> _reports = [];
    private readonly Dictionary<string, Dictionary<string, int>> _facets = new(StringComparer.Ordinal);
    private readonly HashSet<(long, string)> _categories = [];
    private readonly BytesRef _bytes = new();
    private Scorer _scorer = null!;
    private NumericDocValues _report = null!, _row = null!, _kind = null!, _year = null!;
    private SortedDocValues _place = null!, _province = null!, _period = null!;
    private SortedSetDocValues? _category;

    /// <summary>The category names of the segment being read, by ordinal, looked up once each.</summary>
    private string?[] _categoryNames = [];

    public IReadOnlyList<Best> Reports() =>
        [.. _reports.Select(r => new Best(r.Key, r.Value.Year, r.Value.Score, r.Value.Row, (PassageKind)r.Value.Kind, r.Value.Count, r.Value.Second, r.Value.Third))];

    public int ReportCount => _reports.Count;

    /// <summary>Counts of reports by facet ("province", "place", "year", "period", "category") and value.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Facets => _facets;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _report = reader.GetNumericDocValues(IndexFields.ReportValue) ?? DocValues.EMPTY_NUMERIC;
        _row = reader.GetNumericDocValues(IndexFields.Row) ?? DocValues.EMPTY_NUMERIC;
        _kind = reader.GetNumericDocValues(IndexFields.Kind) ?? DocValues.EMPTY_NUMERIC;
        _year = reader.GetNumericDocValues(IndexFields.YearValue) ?? DocValues.EMPTY_NUMERIC;
        _place = reader.GetSortedDocValues(IndexFields.Place) ?? DocValues.EMPTY_SORTED;
        _province = reader.GetSortedDocValues(IndexFields.Province) ?? DocValues.EMPTY_SORTED;
        _period = reader.GetSortedDocValues(IndexFields.Period) ?? DocValues.EMPTY_SORTED;
        _category = reader.GetSortedSetDocValues(IndexFields.CategoryValues);
        _categoryNames = new string?[_category?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        var kind = _kind.Get(doc);
        if (kind == IndexFields.LabelKind)
        {
            return;
        }

        var report = _report.Get(doc);
        var score = _scorer.GetScore();
        if (_reports.TryGetValue(report, out var matched))
        {
            matched.Add(score, _row.Get(doc), kind);
        }
        else
        {
            var year = (int)_year.Get(doc);
            _reports[report] = new Matched(year, score, _row.Get(doc), kind);
            Count("year", year > 0 ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
            Count("province", Name(_province, doc));
            Count("place", Name(_place, doc));
            Count("period", Name(_period, doc));
        }

        if (_category is not null)
        {
            _category.SetDocument(doc);
            for (var ord = _category.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _category.NextOrd())
            {
                var category = _categoryNames[ord] ??= CategoryName(ord);
                if (_categories.Add((report, category)))
                {
                    Count("category", category);
                }
            }
        }
    }

    private string CategoryName(long ord)
    {
        _category!.LookupOrd(ord, _bytes);
        return _bytes.Utf8ToString();
    }

    private string? Name(SortedDocValues values, int doc)
    {
        var ord = values.GetOrd(doc);
        if (ord < 0)
        {
            return null;
        }

        values.LookupOrd(ord, _bytes);
        return _bytes.Utf8ToString();
    }

    private void Count(string facet, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (!_facets.TryGetValue(facet, out var counts))
        {
            _facets[facet] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        counts[value] = counts.GetValueOrDefault(value) + 1;
    }
}
