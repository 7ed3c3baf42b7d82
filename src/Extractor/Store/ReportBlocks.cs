using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Extractor.Store;

/// <summary>
/// Where each report's passages lie in the index (a report's documents are added as one block,
/// so a segment and a range of document numbers), newest first: by year, then the one stored
/// last. A search reads the blocks of some reports only by moving its postings to each block's
/// start (skipping what lies between), which is how a query matching too much of a large
/// archive is ranked among the newest reports (<see cref="PassageSearch.RankedMatches"/>) and
/// how the best reports are scored again. Read once per index reader: each block's extent from the
/// postings of its report's id term, the report's year and names from its row in the database
/// (a report the database no longer holds has no block: its hits are dropped).
/// </summary>
internal sealed class ReportBlocks
{
    private readonly List<Block> _newestFirst;
    private readonly Dictionary<long, Block> _byReport;
    private readonly Dictionary<int, Block[]> _inSegments;

    private ReportBlocks(List<Block> newestFirst, Dictionary<int, Block[]> inSegments, ReportNames names)
    {
        _newestFirst = newestFirst;
        _inSegments = inSegments;
        _byReport = newestFirst.ToDictionary(b => b.Report);
        Passages = newestFirst.Sum(b => (long)b.Length);
        Names = names;
    }

    /// <summary>The place, province and period names the blocks' <see cref="Block.Names"/> number.</summary>
    public ReportNames Names { get; }

    /// <summary>A report's year, place, province and period as its row in the database states them.</summary>
    private sealed record ReportRow(long Id, int? Year, string? Place, string? Province, string? Period);

    /// <summary>The distinct names of each kind, numbered as the facets count them.</summary>
    public sealed class ReportNames
    {
        private readonly Dictionary<string, int> _places = new(StringComparer.Ordinal), _provinces = new(StringComparer.Ordinal), _periods = new(StringComparer.Ordinal);

        public List<string> Places { get; } = [];
        public List<string> Provinces { get; } = [];
        public List<string> Periods { get; } = [];

        public (int Place, int Province, int Period) Of(string? place, string? province, string? period) =>
            (Number(place, _places, Places), Number(province, _provinces, Provinces), Number(period, _periods, Periods));

        /// <summary>
        /// Which of <paramref name="names"/> hold <paramref name="part"/> (folded as the store folds a filter's name, so with or
        /// without diacritics), by number; null when there is no part, which every report passes. A filter is decided once per
        /// distinct name, not once per report.
        /// </summary>
        public static bool[]? Holding(List<string> names, string? part) =>
            part is null ? null : [.. names.Select(name => FilterSql.Key(name)!.Contains(part, StringComparison.Ordinal))];

        /// <summary>The name's number, -1 for none.</summary>
        private static int Number(string? name, Dictionary<string, int> numbers, List<string> names)
        {
            if (name is null)
            {
                return -1;
            }

            if (!numbers.TryGetValue(name, out var number))
            {
                numbers[name] = number = names.Count;
                names.Add(name);
            }

            return number;
        }
    }

    /// <summary>
    /// A report's documents: segment <paramref name="Leaf"/>, documents <paramref name="Start"/>
    /// up to <c>Start + Length</c>; and what a filter asks of the report: its year and names.
    /// </summary>
    /// <param name="Names">The numbers of the place, province and period in <see cref="ReportNames"/> (-1 when the report names none), which the filters and the facets read.</param>
    public sealed record Block(long Report, int Year, int Leaf, int Start, int Length, (int Place, int Province, int Period) Names);

    /// <summary>Every passage (and title) of every report the index holds.</summary>
    public long Passages { get; }

    /// <summary>How many reports the index holds.</summary>
    public int Reports => _newestFirst.Count;

    public static ReportBlocks Of(IndexReader reader, StoreConnection store)
    {
        var rows = store.Rows(
            "SELECT id, year, place, province, period FROM reports",
            r => new ReportRow(r.GetInt64(0), RecordRows.NullableInt(r, 1), RecordRows.NullableString(r, 2), RecordRows.NullableString(r, 3), RecordRows.NullableString(r, 4)))
            .ToDictionary(r => r.Id);
        var names = new ReportNames();
        var blocks = new List<Block>();
        foreach (var leaf in reader.Leaves)
        {
            foreach (var (id, start, length) in Spans(leaf.AtomicReader))
            {
                if (rows.TryGetValue(id, out var row))
                {
                    blocks.Add(new Block(id, row.Year ?? 0, leaf.Ord, start, length, names.Of(row.Place, row.Province, row.Period)));
                }
            }
        }

        var inSegments = blocks.GroupBy(b => b.Leaf).ToDictionary(g => g.Key, g => g.OrderBy(b => b.Start).ToArray());
        blocks.Sort((a, b) => (b.Year, b.Report).CompareTo((a.Year, a.Report)));
        return new ReportBlocks(blocks, inSegments, names);
    }

    /// <summary>
    /// The live blocks of a segment, from the postings of the report id term every document of a report carries (the
    /// term deletes them): its first and last live document. A report deleted and added again in one segment has its
    /// old documents deleted, so its live ones are the new block.
    /// </summary>
    private static IEnumerable<(long Report, int Start, int Length)> Spans(AtomicReader segment)
    {
        var terms = segment.GetTerms(IndexFields.Report)?.GetEnumerator();
        DocsEnum? docs = null;
        while (terms is not null && terms.MoveNext())
        {
            docs = terms.Docs(segment.LiveDocs, docs, DocsFlags.NONE);
            var start = docs.NextDoc();
            if (start == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            var last = start;
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                last = doc;
            }

            yield return (long.Parse(terms.Term.Utf8ToString(), System.Globalization.CultureInfo.InvariantCulture), start, last - start + 1);
        }
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
        var places = ReportNames.Holding(Names.Places, FilterSql.Key(filter.Place));
        var provinces = ReportNames.Holding(Names.Provinces, FilterSql.Key(filter.Province));
        var periods = ReportNames.Holding(Names.Periods, FilterSql.Key(filter.Period));
        var years = filter.Years;
        var kept = new List<Block>();
        foreach (var b in _newestFirst)
        {
            if ((wanted is null || wanted.Contains(b.Report))
                && Holds(places, b.Names.Place) && Holds(provinces, b.Names.Province) && Holds(periods, b.Names.Period)
                && (years is null || (b.Year >= years.First && b.Year <= years.Last)))
            {
                kept.Add(b);
            }
        }

        return kept;
    }

    /// <summary>Whether the name of <paramref name="number"/> (-1: none) passes the filter <see cref="ReportNames.Holding"/> made.</summary>
    private static bool Holds(bool[]? holding, int number) => holding is null || (number >= 0 && holding[number]);

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
        private readonly Dictionary<int, LeafRanges> _byLeaf = [];

        /// <summary>How many blocks lie in segment <paramref name="leaf"/>'s ranges.</summary>
        public int Blocks(int leaf) => _byLeaf.TryGetValue(leaf, out var leafRanges) ? leafRanges.Blocks : 0;

        public Ranges(IEnumerable<Block> blocks)
        {
            // One sort by segment and start (thousands of blocks for a query ranked among the newest reports), of one number
            // a block (segment and start) carrying its end: no tuples compared through a comparer.
            Block[] all = [.. blocks];
            var keys = new long[all.Length];
            var ends = new int[all.Length];
            for (var i = 0; i < all.Length; i++)
            {
                (keys[i], ends[i]) = (((long)all[i].Leaf << 32) | (uint)all[i].Start, all[i].Start + all[i].Length);
            }

            Array.Sort(keys, ends);
            for (var i = 0; i < keys.Length; i++)
            {
                var (leaf, start, end) = ((int)(keys[i] >> 32), (int)keys[i], ends[i]);
                if (!_byLeaf.TryGetValue(leaf, out var leafRanges))
                {
                    _byLeaf[leaf] = leafRanges = new LeafRanges();
                }

                leafRanges.Blocks++;
                var ranges = leafRanges.Ranges;
                if (ranges.Count > 0 && ranges[^1].End == start)
                {
                    ranges[^1] = (ranges[^1].Start, end);
                }
                else
                {
                    ranges.Add((start, end));
                }
            }
        }

        /// <summary>
        /// Feeds <paramref name="collector"/> the documents <paramref name="scorer"/> matches within
        /// the ranges of segment <paramref name="leaf"/>, moving the scorer to each range's start.
        /// </summary>
        public void Score(int leaf, Scorer scorer, ICollector collector)
        {
            if (!_byLeaf.TryGetValue(leaf, out var leafRanges))
            {
                return;
            }

            collector.SetScorer(scorer);
            var doc = scorer.DocID;
            foreach (var (start, end) in leafRanges.Ranges)
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

        /// <summary>A segment's ranges and how many blocks they were joined from.</summary>
        private sealed class LeafRanges
        {
            public List<(int Start, int End)> Ranges { get; } = [];

            public int Blocks { get; set; }
        }
    }
}
