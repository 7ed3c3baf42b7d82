using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Extractor.Store;

/// <summary>
/// Gathers a search's matches by report: the best passage of each (its score and place in the report's block),
/// the next two scores, how many passages matched, and the facet counts, each report counted
/// once per value. Every match it is given is seen: those of the whole archive, or of the
/// reports a search reads when it matches too much (<see cref="PassageSearch.RankedMatches"/>).
/// </summary>
internal sealed class ReportCollector : ICollector
{
    private readonly Dictionary<long, Matched> _reports;
    private readonly Dictionary<int, int> _years = [];
    private readonly ReportBlocks _blocks;
    private readonly int _leaf;
    private readonly bool _facets;
    private readonly SortedSetDocValues? _category;

    /// <summary>Reports counted by each name's number (a place's in <see cref="ReportBlocks.Names"/>, a category's ordinal in the segment), named once at the end.</summary>
    private readonly OrdinalCounts _places, _provinces, _periods, _categories;

    private Scorer _scorer = null!;

    /// <summary>
    /// The report of the last match and where its block of documents ends: a report's passages
    /// are added as one block, so its matches come one after another and its block is looked up once.
    /// </summary>
    private int _blockStart, _blockEnd;
    private Matched? _last;

    /// <summary>What a search found of one report.</summary>
    /// <param name="Score">The best passage's score.</param>
    /// <param name="Passage">The best passage's place among the report's documents, in the order <see cref="PassageDocuments"/> adds them.</param>
    /// <param name="Second">The second best passage's score (0 when none), then the third.</param>
    public sealed record Best(long Report, int Year, float Score, int Passage, int Matches, float Second, float Third)
    {
        /// <summary>
        /// The report's score: its best passage, then the next two at a half and a quarter, so a
        /// report that states the words in several passages ranks above one that states them
        /// once, and a long report gains no more than from its three best passages.
        /// </summary>
        public double ReportScore => Score + Second / 2.0 + Third / 4.0;
    }

    /// <summary>A report's matches so far, changed in place.</summary>
    private sealed class Matched(int year, long categories)
    {
        /// <summary>The marks of categories 0-63 (an archive's categories fit there: no array to allocate per report), then of the rest.</summary>
        private long _first;
        private readonly long[]? _rest = categories > 64 ? new long[(categories - 1) / 64] : null;

        public int Year { get; } = year;
        public float Score { get; private set; } = float.NegativeInfinity;
        public float Second { get; private set; }
        public float Third { get; private set; }
        public int Passage { get; private set; }
        public int Count { get; private set; }

        /// <summary>
        /// Whether a passage of <paramref name="score"/> would be the best: among equal scores (a
        /// prefix scores every match alike) the first passage of the report wins (body, then
        /// footnotes, then titles: the order of the block).
        /// </summary>
        public bool Contends(float score) => score >= Score;

        public void AddBest(float score, int passage)
        {
            Count++;
            if (score > Score || passage < Passage)
            {
                (Third, Second, Score, Passage) = (Second, Score == float.NegativeInfinity ? 0 : Score, score, passage);
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

        /// <summary>Marks the category of the segment's <paramref name="ordinal"/>; false when the report already had it.</summary>
        public bool MarkCategory(long ordinal)
        {
            ref var word = ref ordinal < 64 ? ref _first : ref _rest![(ordinal >> 6) - 1];
            var bit = 1L << (int)(ordinal & 63);
            if ((word & bit) != 0)
            {
                return false;
            }

            word |= bit;
            return true;
        }
    }

    /// <summary>One segment's collector: a report's passages are all in one segment (added as a block, deleted together).</summary>
    /// <param name="facets">Whether to count the facets; when not, no passage's categories are read.</param>
    /// <param name="reports">How many reports it may meet at most, when known (the blocks it reads): its table is made that large at once.</param>
    private ReportCollector(AtomicReaderContext context, ReportBlocks blocks, bool facets, int reports)
    {
        var segment = context.AtomicReader;
        (_blocks, _leaf, _facets) = (blocks, context.Ord, facets);
        _reports = new Dictionary<long, Matched>(reports);
        _category = facets ? segment.GetSortedSetDocValues(IndexFields.CategoryValues) : null;
        // Without facets nothing is counted: no counts are made.
        var names = blocks.Names;
        _places = new OrdinalCounts(facets ? names.Places.Count : 0, ord => names.Places[(int)ord]);
        _provinces = new OrdinalCounts(facets ? names.Provinces.Count : 0, ord => names.Provinces[(int)ord]);
        _periods = new OrdinalCounts(facets ? names.Periods.Count : 0, ord => names.Periods[(int)ord]);
        var bytes = new BytesRef();
        _categories = new OrdinalCounts(_category?.ValueCount ?? 0, ord =>
        {
            _category!.LookupOrd(ord, bytes);
            return bytes.Utf8ToString();
        });
    }

    /// <summary>What a search matched: every report with its best passages, and the facet counts.</summary>
    public sealed record Matches(IReadOnlyList<Best> Reports, IReadOnlyDictionary<string, Dictionary<string, int>> Facets);

    /// <summary>
    /// How many passages <paramref name="weight"/> matches at most, as the index estimates it
    /// from its postings (for words that must all occur, the rarest word's count) before scoring any.
    /// </summary>
    public static long Estimate(IndexSearcher searcher, Weight weight) =>
        searcher.IndexReader.Leaves.Sum(leaf => weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs)?.GetCost() ?? 0);

    /// <summary>
    /// Runs <paramref name="weight"/> over every segment, the segments side by side on the
    /// machine's cores, and adds up what each gathered.
    /// </summary>
    /// <param name="blocks">Where the reports lie in the searcher's reader: a report's id, year and names are read there, once per report.</param>
    /// <param name="within">When set, only these reports' documents are read (the postings skip to each block).</param>
    /// <param name="facets">Whether to count the facets (a second scoring of the best reports needs none).</param>
    public static Matches Gather(IndexSearcher searcher, Weight weight, ReportBlocks blocks, ReportBlocks.Ranges? within, bool facets)
    {
        var segments = searcher.IndexReader.Leaves;
        var collectors = new ReportCollector?[segments.Count];
        Parallel.For(0, segments.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var reports = within?.Blocks(segments[i].Ord) ?? 0;
            if (within is not null && reports == 0)
            {
                // No report it reads lies in this segment (the newest reports lie in the newest segments): no scorer is made here.
                return;
            }

            var segment = segments[i].AtomicReader;
            var collector = collectors[i] = new ReportCollector(segments[i], blocks, facets, reports);
            if (within is null)
            {
                weight.GetBulkScorer(segments[i], scoreDocsInOrder: true, segment.LiveDocs)?.Score(collector);
            }
            else if (weight.GetScorer(segments[i], segment.LiveDocs) is { } scorer)
            {
                within.Score(segments[i].Ord, scorer, collector);
            }
        });

        var gathered = collectors.OfType<ReportCollector>().ToList();
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (facet, value, count) in gathered.SelectMany(c => c.FacetCounts()))
        {
            if (!counts.TryGetValue(facet, out var sum))
            {
                counts[facet] = sum = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            sum[value] = sum.GetValueOrDefault(value) + count;
        }

        return new Matches([.. gathered.SelectMany(c => c.Reports())], counts);
    }

    private IEnumerable<Best> Reports() =>
        _reports.Select(r => new Best(r.Key, r.Value.Year, r.Value.Score, r.Value.Passage, r.Value.Count, r.Value.Second, r.Value.Third));

    /// <summary>Reports by facet ("province", "place", "year", "period", "category") and value.</summary>
    private IEnumerable<(string Facet, string Value, int Reports)> FacetCounts() =>
        _years.Select(y => ("year", y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Value))
            .Concat(_places.Named("place"))
            .Concat(_provinces.Named("province"))
            .Concat(_periods.Named("period"))
            .Concat(_categories.Named("category"));

    /// <summary>In order, so that a report's matches arrive together (<see cref="_blockEnd"/>).</summary>
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    /// <summary>A collector reads the one segment it was made for (<see cref="Gather"/>).</summary>
    public void SetNextReader(AtomicReaderContext context) => throw new NotSupportedException("a report collector reads one segment");

    public void Collect(int doc)
    {
        if (doc >= _blockEnd)
        {
            if (_blocks.At(_leaf, doc) is not { } block)
            {
                return;
            }

            (_blockStart, _blockEnd) = (block.Start, block.Start + block.Length);
            if (!_reports.TryGetValue(block.Report, out _last))
            {
                _reports[block.Report] = _last = First(block);
            }
        }

        var score = _scorer.GetScore();
        var matched = _last!;
        if (matched.Contends(score))
        {
            matched.AddBest(score, doc - _blockStart);
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
            if (matched.MarkCategory(ord))
            {
                _categories.Add(ord);
            }
        }
    }

    /// <summary>A report met for the first time, counted in the year, province, place and period facets.</summary>
    private Matched First(ReportBlocks.Block block)
    {
        if (!_facets)
        {
            return new Matched(block.Year, 0);
        }

        if (block.Year > 0)
        {
            _years[block.Year] = _years.GetValueOrDefault(block.Year) + 1;
        }

        _places.Add(block.Names.Place);
        _provinces.Add(block.Names.Province);
        _periods.Add(block.Names.Period);
        return new Matched(block.Year, _category?.ValueCount ?? 0);
    }

    /// <summary>Reports counted by a name's number (the segment's ordinal of a category, <see cref="ReportBlocks.Names"/>' of a place...), named only when read out.</summary>
    private sealed class OrdinalCounts(long size, Func<long, string> name)
    {
        private readonly int[] _counts = new int[size];

        /// <summary>Counts one more report for <paramref name="ordinal"/>; a report without the value (-1) is not counted.</summary>
        public void Add(long ordinal)
        {
            if (ordinal >= 0)
            {
                _counts[ordinal]++;
            }
        }

        public IEnumerable<(string Facet, string Value, int Reports)> Named(string facet)
        {
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] > 0)
                {
                    yield return (facet, name(ord), _counts[ord]);
                }
            }
        }
    }
}
