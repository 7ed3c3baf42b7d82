using Extractor.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Extractor.Store;

/// <summary>
/// Where each report's passages lie in the index (a report's documents are added as one block,
/// so a segment and a range of document numbers), newest first: by year, then the one stored
/// last. A search reads the blocks of some reports only by moving its postings to each block's
/// start (skipping what lies between), which is how a query matching too much of a large
/// archive is ranked among the newest reports (<see cref="PassageSearch.RankedMatches"/>) and
/// how the best reports are scored again. Read once per index reader from the first document of
/// each block: a few reads per report, not per passage.
/// </summary>
internal sealed class ReportBlocks
{
    private readonly List<Block> _newestFirst;
    private readonly Dictionary<long, Block> _byReport;
    private readonly Dictionary<int, Block[]> _inSegments;

    private ReportBlocks(List<Block> newestFirst, Dictionary<int, Block[]> inSegments)
    {
        _newestFirst = newestFirst;
        _inSegments = inSegments;
        _byReport = newestFirst.ToDictionary(b => b.Report);
        Passages = newestFirst.Sum(b => (long)b.Length);
    }

    /// <summary>
    /// A report's documents: segment <paramref name="Leaf"/>, documents <paramref name="Start"/>
    /// up to <c>Start + Length</c>; and what a filter asks of the report: its year, and its place,
    /// province and period folded as the store folds them to match a part of a name.
    /// </summary>
    /// <param name="Names">The segment's ordinals of the place, province and period (-1 when the report names none), which the facets count.</param>
    public sealed record Block(long Report, int Year, int Leaf, int Start, int Length, string? Place, string? Province, string? Period, (int Place, int Province, int Period) Names);

    /// <summary>Every passage (and title) of every report the index holds.</summary>
    public long Passages { get; }

    /// <summary>How many reports the index holds.</summary>
    public int Reports => _newestFirst.Count;

    public static ReportBlocks Of(IndexReader reader)
    {
        var blocks = new List<Block>();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var report = segment.GetNumericDocValues(IndexFields.ReportValue) ?? DocValues.EMPTY_NUMERIC;
            var rest = segment.GetNumericDocValues(IndexFields.BlockRest) ?? DocValues.EMPTY_NUMERIC;
            var year = segment.GetNumericDocValues(IndexFields.YearValue) ?? DocValues.EMPTY_NUMERIC;
            var place = new FoldedNames(segment, IndexFields.Place);
            var province = new FoldedNames(segment, IndexFields.Province);
            var period = new FoldedNames(segment, IndexFields.Period);
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc;)
            {
                var length = (int)rest.Get(doc) + 1;
                // A label's document (a series' indicator search) has no report.
                if (report.Get(doc) is var id and > 0 && (live is null || live.Get(doc)))
                {
                    var (placeOrd, placeName) = place.Of(doc);
                    var (provinceOrd, provinceName) = province.Of(doc);
                    var (periodOrd, periodName) = period.Of(doc);
                    blocks.Add(new Block(id, (int)year.Get(doc), leaf.Ord, doc, length, placeName, provinceName, periodName, (placeOrd, provinceOrd, periodOrd)));
                }

                doc += length;
            }
        }

        // Added segment by segment in document order: each segment's blocks are one run of the list.
        var inSegments = blocks.GroupBy(b => b.Leaf).ToDictionary(g => g.Key, g => g.ToArray());
        blocks.Sort((a, b) => (b.Year, b.Report).CompareTo((a.Year, a.Report)));
        return new ReportBlocks(blocks, inSegments);
    }

    /// <summary>The block of segment <paramref name="leaf"/> that holds document <paramref name="doc"/>; null for a document of no report.</summary>
    public Block? At(int leaf, int doc)
    {
        if (!_inSegments.TryGetValue(leaf, out var blocks))
        {
            return null;
        }

        var (low, high) = (0, blocks.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var block = blocks[middle];
            if (doc < block.Start)
            {
                high = middle - 1;
            }
            else if (doc >= block.Start + block.Length)
            {
                low = middle + 1;
            }
            else
            {
                return block;
            }
        }

        return null;
    }

    /// <summary>
    /// The blocks of the reports <paramref name="filter"/>'s place, province, period (a part of
    /// the name, with or without diacritics) and years keep, newest first; of those only
    /// <paramref name="reports"/> when set (the reports whose records a filter keeps).
    /// </summary>
    public IReadOnlyList<Block> Kept(ReportFilter filter, IReadOnlyCollection<long>? reports)
    {
        if (reports is null && !filter.NamesReports && filter.Years is null)
        {
            return _newestFirst;
        }

        var wanted = reports?.ToHashSet();
        var (place, province, period, years) = (Fold(filter.Place), Fold(filter.Province), Fold(filter.Period), filter.Years);
        return [.. _newestFirst.Where(b =>
            (wanted is null || wanted.Contains(b.Report))
            && Holds(b.Place, place) && Holds(b.Province, province) && Holds(b.Period, period)
            && (years is null || (b.Year >= years.First && b.Year <= years.Last)))];
    }

    private static string? Fold(string? name) => name is null ? null : VietnameseFold.Key(name);

    private static bool Holds(string? name, string? part) => part is null || (name is not null && name.Contains(part, StringComparison.Ordinal));

    /// <summary>The first of <paramref name="kept"/> (newest first) that hold <paramref name="passages"/> passages, at least one.</summary>
    public static IReadOnlyList<Block> Newest(IReadOnlyList<Block> kept, double passages)
    {
        var held = 0L;
        var count = 0;
        while (count < kept.Count && (count == 0 || held < passages))
        {
            held += kept[count++].Length;
        }

        return [.. kept.Take(count)];
    }

    /// <summary>The blocks of <paramref name="reports"/> (those still indexed).</summary>
    public IEnumerable<Block> Of(IEnumerable<long> reports) => reports.Select(r => _byReport.GetValueOrDefault(r)).OfType<Block>();

    /// <summary>Document ranges by segment, in document order, adjacent blocks joined.</summary>
    public sealed class Ranges
    {
        private readonly Dictionary<int, List<(int Start, int End)>> _byLeaf = [];

        public Ranges(IEnumerable<Block> blocks)
        {
            foreach (var leaf in blocks.GroupBy(b => b.Leaf))
            {
                var ranges = new List<(int Start, int End)>();
                foreach (var block in leaf.OrderBy(b => b.Start))
                {
                    if (ranges.Count > 0 && ranges[^1].End == block.Start)
                    {
                        ranges[^1] = (ranges[^1].Start, block.Start + block.Length);
                    }
                    else
                    {
                        ranges.Add((block.Start, block.Start + block.Length));
                    }
                }

                _byLeaf[leaf.Key] = ranges;
            }
        }

        /// <summary>
        /// Feeds <paramref name="collector"/> the documents <paramref name="scorer"/> matches within
        /// the ranges of segment <paramref name="leaf"/>, moving the scorer to each range's start.
        /// </summary>
        public void Score(int leaf, Scorer scorer, ICollector collector)
        {
            if (!_byLeaf.TryGetValue(leaf, out var ranges))
            {
                return;
            }

            collector.SetScorer(scorer);
            var doc = scorer.DocID;
            foreach (var (start, end) in ranges)
            {
                if (doc < start)
                {
                    doc = scorer.Advance(start);
                }

                for (; doc < end; doc = scorer.NextDoc())
                {
                    collector.Collect(doc);
                }

                if (doc == DocIdSetIterator.NO_MORE_DOCS)
                {
                    return;
                }
            }
        }
    }

    /// <summary>A segment's names of one field (place, province, period), folded once per name, not per report.</summary>
    private sealed class FoldedNames(AtomicReader segment, string field)
    {
        private readonly SortedDocValues _names = segment.GetSortedDocValues(field) ?? DocValues.EMPTY_SORTED;
        private readonly Dictionary<int, string> _folded = [];

        public (int Ord, string? Folded) Of(int doc)
        {
            var ord = _names.GetOrd(doc);
            if (ord < 0)
            {
                return (ord, null);
            }

            if (!_folded.TryGetValue(ord, out var folded))
            {
                var bytes = new BytesRef();
                _names.LookupOrd(ord, bytes);
                _folded[ord] = folded = VietnameseFold.Key(bytes.Utf8ToString());
            }

            return (ord, folded);
        }
    }
}
