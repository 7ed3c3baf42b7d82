using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Extractor.Text;

namespace Extractor.Extraction.Indicators;

/// <summary>What the linker reads of one stated quantity: the words around its number and its unit.</summary>
/// <param name="Label">What is measured, as the text calls it.</param>
/// <param name="LeadIn">The lead-in of the enumeration the quantity belongs to ("Vụ đông xuân:"), empty when none.</param>
/// <param name="Clause">The clause the number stands in.</param>
/// <param name="Section">The titles of the sections around it, innermost last.</param>
/// <param name="Unit">The record's unit: "ha", "triệu đồng", "% KH"...</param>
internal sealed record QuantityWords(string Label, string LeadIn, string Clause, string Section, string Unit)
{
    /// <summary>What a quantity the rules read gives the linker: its label, lead-in, clause and unit, and its passage's section titles.</summary>
    public static QuantityWords Of(StatedQuantity quantity, Passage passage) =>
        new(quantity.Label, quantity.LeadIn, quantity.Evidence, passage.Context, quantity.Unit);
}

/// <summary>An indicator the quantity may measure, with the class-agnostic evidence for it (see <see cref="IndicatorCandidates.FeatureNames"/>).</summary>
internal sealed record IndicatorCandidate(IndicatorDefinition Indicator, double[] Features);

/// <summary>
/// The indicators of the vocabulary a quantity may measure: every indicator one of whose synonyms occurs (compared
/// without diacritics, on word boundaries, its "..." parts in order) in the quantity's label, lead-in, clause or
/// section titles, with features that say nothing of which indicator it is (how much of the label the synonym covers,
/// where it was found, whether the units agree, whether it heads its group), so that an indicator seen once or never in
/// training can still win; and features of the quantity that say whether it is a part rather than a total.
/// </summary>
internal sealed partial class IndicatorCandidates
{
    /// <summary>The features, in order; the ranker's weights are kept by these names.</summary>
    public static readonly IReadOnlyList<string> FeatureNames =
    [
        "label_cover", "in_label", "label_head", "in_lead_in", "in_clause_only", "in_section_only",
        "synonym_words", "unit_same", "unit_conflict", "plan_share", "dimension_words", "is_name",
        "word_overlap", "unit_specific", "by_breakdown_only", "by_unit_only", "label_extra", "has_lead_in",
        "in_section", "sub_item", "in_parentheses", "numbers_before", "label_place", "label_length", "from_table",
        "clause_overlap", "section_overlap", "dimensions_named", "dimensions_in_section",
        "group_headline", "after_number",
    ];

    // A synonym sharing this much of its weighted words with the label and lead-in makes a candidate though it is not found whole.
    private const double MinOverlap = 0.5;

    // A synonym of the quantity's unit sharing this much of its weighted words with the clause makes a candidate too.
    private const double MinClauseOverlap = 0.8;

    // A unit that at most this many indicators are counted in ("tiêu chí", "lao động") names a candidate by itself.
    private const int SpecificUnit = 3;

    // Words that open a breakdown or a part of what was stated before ("trong đó", "gồm", "riêng"), folded.
    private static readonly string[] SubItemWords = [" trong do ", " gom ", " bao gom ", " trong so ", " rieng ", " chia ra ", " cu the "];

    // Units a share of plan or of the same period last year is stated in: any indicator's number may carry one.
    private static readonly HashSet<string> ShareUnits = ["% KH", "% CK"];

    private readonly List<(IndicatorDefinition Indicator, string[] Parts, bool IsName, string[] Words)> _synonyms;
    private readonly Dictionary<string, double> _wordWeights;
    private readonly Dictionary<string, int> _indicatorsByUnit;

    // The synonyms' words as numbers, and each synonym's words by number: a text's words are looked up once, then marked
    // (see Marks) and compared by number.
    private readonly Dictionary<string, int> _wordIds;
    private readonly int[][] _wordsOf;

    // Each synonym's indicator, numbered in the vocabulary's order: an indicator's synonyms stand together.
    private readonly int[] _indicatorOf;

    // Which synonyms use each word (by number), which take each breakdown key (by bit), each synonym's words' weights (in
    // its words' order, so sums come out the same to the last digit), their total and its length as the synonym_words
    // feature: a quantity is compared only with the synonyms that can make a candidate of it (see Comparable).
    private readonly int[][] _synonymsWith;
    private readonly int[][] _synonymsTaking;
    private readonly double[][] _wordWeightsOf;
    private readonly double[] _synonymWeights;
    private readonly double[] _synonymLengths;

    // The breakdown values' spellings by their first word: a text is searched only for the spellings it may hold.
    private readonly Dictionary<string, (int KeyBit, string Folded)[]> _spellingsFrom;

    // Per synonym, whether its indicator is its group's headline, the first of its group in the vocabulary (crop_area.sown,
    // livestock.herd). The breakdown keys by bit, and per synonym the bits of its indicator's keys, one per key it lists:
    // counting the keys a text names is a few shifts.
    private readonly bool[] _isHeadline;
    private readonly Dictionary<string, int> _keyBits;
    private readonly int[][] _keyBitsOf;

    // Per unit as written, whether each synonym's indicator counts in it (SameUnit), and those that do; records share a few dozen units.
    private readonly ConcurrentDictionary<string, (bool[] Same, int[] Synonyms)> _sameUnit = new(StringComparer.Ordinal);

    // The thresholds of Comparable and Read a little lower than the features' own: sums in another order may differ in the last digit.
    private const double Slack = 1e-9;

    // Each synonym filed under its heaviest words, as many as it takes for the rest to weigh under half its weight (for
    // the label and lead-in) or under 0.8 of it (for a clause or section): a text naming that share of a synonym names one
    // of those words, so only the synonyms filed under a text's words are weighed (89 per new clause or section path of
    // the samples, where a tally of all their words touched 663).
    private readonly int[][] _synonymsHalfNamedBy;
    private readonly int[][] _synonymsMostlyNamedBy;

    // Per thread, which synonyms a weighing (see Naming) and a choice of those to compare have seen, and which words the
    // texts being compared hold (see Marks).
    [ThreadStatic]
    private static Marks? t_synonymsWeighed;

    [ThreadStatic]
    private static Marks? t_synonymsCompared;

    [ThreadStatic]
    private static Marks? t_wordsHeld;

    // What the words held are marked by: the text being read, the label and lead-in, those with the clause, the clause alone, the section titles.
    private const byte TextWord = 1, LabelWord = 2, InClauseWord = 4, ClauseWord = 8, SectionWord = 16;

    // The one mark a synonym takes: seen.
    private const byte Seen = 1;

    // Per thread, the last few clauses and section paths read: the quantities of a passage share its section path,
    // those of a clause its clause.
    [ThreadStatic]
    private static (IndicatorCandidates? Owner, string Text, TextReading Reading)[]? t_readings;

    [ThreadStatic]
    private static int t_nextReading;

    [ThreadStatic]
    private static FeatureArrays? t_featureArrays;

    public IndicatorCandidates(IndicatorVocabulary vocabulary)
    {
        _synonyms = [.. vocabulary.Indicators.SelectMany(indicator => indicator.Synonyms.Select(s => (indicator, s, false)).Append((indicator, indicator.Name, true)))
            .Select(s => (s.indicator, Parts(s.Item2), s.Item3, VietnameseFold.FoldedWords(s.Item2.Replace("...", " ", StringComparison.Ordinal)).Distinct().ToArray()))];

        // A word is worth more the fewer indicators use it: "tỷ lệ" says little, "giải ngân" much.
        var indicatorsWith = _synonyms.SelectMany(s => s.Words.Select(w => (Word: w, s.Indicator.Code))).Distinct()
            .GroupBy(p => p.Word).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _wordWeights = indicatorsWith.ToDictionary(p => p.Key, p => Math.Log(1 + ((double)vocabulary.Indicators.Count / p.Value)), StringComparer.Ordinal);
        _indicatorsByUnit = vocabulary.Indicators.GroupBy(i => i.Unit).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var headlines = vocabulary.Indicators.DistinctBy(i => i.Group).ToHashSet();
        _isHeadline = [.. _synonyms.Select(s => headlines.Contains(s.Indicator))];
        _keyBits = vocabulary.Dimensions.Keys.Concat(vocabulary.Indicators.SelectMany(i => i.Dimensions)).Distinct()
            .Select((key, bit) => (key, bit)).ToDictionary(k => k.key, k => k.bit, StringComparer.Ordinal);
        if (_keyBits.Count > 64)
        {
            throw new InvalidOperationException($"the vocabulary has {_keyBits.Count} breakdown keys; the linker counts at most 64");
        }

        _keyBitsOf = [.. _synonyms.Select(s => s.Indicator.Dimensions.Select(key => _keyBits[key]).ToArray())];
        _synonymsTaking = [.. Enumerable.Range(0, _keyBits.Count).Select(bit => Enumerable.Range(0, _synonyms.Count).Where(at => _keyBitsOf[at].Contains(bit)).ToArray())];
        _wordIds = _synonyms.SelectMany(s => s.Words).Distinct().Select((word, id) => (word, id)).ToDictionary(w => w.word, w => w.id, StringComparer.Ordinal);
        _wordsOf = [.. _synonyms.Select(s => s.Words.Select(w => _wordIds[w]).ToArray())];
        var indicatorNumbers = vocabulary.Indicators.Select((indicator, number) => (indicator, number)).ToDictionary(i => i.indicator, i => i.number);
        _indicatorOf = [.. _synonyms.Select(s => indicatorNumbers[s.Indicator])];
        _synonymsWith = FiledBy(at => _wordsOf[at]);
        _wordWeightsOf = [.. _synonyms.Select(s => s.Words.Select(w => _wordWeights.GetValueOrDefault(w, 1)).ToArray())];
        _synonymWeights = [.. _wordWeightsOf.Select(Total)];
        _synonymLengths = [.. _synonyms.Select(s => Math.Min(6, s.Parts.Sum(p => p.Count(c => c == ' ') - 1)) / 6.0)];
        _synonymsHalfNamedBy = FiledByHeaviestWords(MinOverlap);
        _synonymsMostlyNamedBy = FiledByHeaviestWords(MinClauseOverlap);
        _spellingsFrom = vocabulary.Dimensions.Values
            .SelectMany(d => d.Values.SelectMany(v => v.Spellings).Select(spelling => (KeyBit: _keyBits[d.Name], Folded: Folded(spelling))))
            .Where(s => s.Folded.Trim().Length > 0)
            .GroupBy(s => s.Folded.Trim().Split(' ')[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The candidates, each with its features in an array of its own (training keeps them).</summary>
    public IReadOnlyList<IndicatorCandidate> Of(QuantityWords quantity) => Of(quantity, null);

    /// <summary>
    /// The candidates with their features in the thread's arrays, good until its next call: linking reads them once, and
    /// the samples' linking allocated 11 MB a pass less with them.
    /// </summary>
    public IReadOnlyList<IndicatorCandidate> ForLinking(QuantityWords quantity) => Of(quantity, t_featureArrays ??= new FeatureArrays());

    private IReadOnlyList<IndicatorCandidate> Of(QuantityWords quantity, FeatureArrays? reused)
    {
        reused?.Begin();
        var (label, leadIn) = (Folded(quantity.Label), Folded(quantity.LeadIn));
        var clause = Read(quantity.Clause);
        var section = Read(quantity.Section);
        var labelLength = Math.Max(1, label.Length - 2);
        var found = new List<IndicatorCandidate>();
        // The two texts are folded with a space around each, so no word or spelling spans them: what they name together is what each names.
        var labelAndLeadIn = $"{label}{leadIn}";
        var named = Words(labelAndLeadIn);
        var namedIds = WordIds(labelAndLeadIn);
        var held = Marks.Begin(ref t_wordsHeld, _wordIds.Count);
        held.MarkAll(namedIds, LabelWord | InClauseWord);
        held.MarkAll(clause.Words, InClauseWord | ClauseWord);
        held.MarkAll(section.Words, SectionWord);
        var namedBits = BreakdownsNamed(labelAndLeadIn);
        var aroundBits = namedBits | clause.Breakdowns;
        var unitCount = _indicatorsByUnit.GetValueOrDefault(quantity.Unit);
        var shareUnit = ShareUnits.Contains(quantity.Unit);
        var part = Part.Of(quantity, label, clause.Numbers);
        var afterNumber = Folded(AfterNumber(quantity, clause.Numbers));
        var (sameUnit, sameUnitSynonyms) = _sameUnit.GetOrAdd(quantity.Unit, unit =>
        {
            bool[] same = [.. _synonyms.Select(s => SameUnit(unit, s.Indicator.Unit))];
            return (same, [.. Enumerable.Range(0, same.Length).Where(at => same[at])]);
        });
        var comparable = Comparable(namedIds, held, clause, section, sameUnit, unitCount is > 0 and <= SpecificUnit ? sameUnitSynonyms : [], namedBits);
        double[]? scratch = null;
        foreach (var (at, namedWords) in comparable)
        {
            var (indicator, parts, isName, words) = _synonyms[at];

            // Found whole in the label or lead-in only when they hold all its words.
            var inLabel = namedWords == words.Length ? Matched(parts, label) : (Start: 0, Length: 0);
            var inLeadIn = namedWords == words.Length ? Matched(parts, leadIn) : (Start: 0, Length: 0);
            var inClause = (Start: 0, Length: clause.Found.GetValueOrDefault(at));
            var inSection = (Start: 0, Length: section.Found.GetValueOrDefault(at));
            var (overlap, clauseOverlap, sectionOverlap) = Overlaps(at, held);
            var unitSame = sameUnit[at];
            var dimensionsAroundCount = CountIn(at, aroundBits);

            // Found whole somewhere, or mostly in the label and lead-in, or named by a breakdown it takes ("Cây thuốc lá" 12 ha
            // under no lead-in is a sown area) or by a unit few indicators are counted in.
            var byBreakdown = unitSame && CountIn(at, namedBits) > 0;
            var byUnit = unitSame && unitCount is > 0 and <= SpecificUnit;
            var byClause = unitSame && clauseOverlap >= MinClauseOverlap;
            if (inLabel.Length + inLeadIn.Length + inClause.Length + inSection.Length == 0 && overlap < MinOverlap && !byBreakdown && !byUnit && !byClause)
            {
                continue;
            }

            // Every feature is set below: a reused array keeps nothing of its last candidate.
            var features = scratch ??= reused?.Next() ?? new double[FeatureNames.Count];
            features[0] = Math.Min(1, (double)inLabel.Length / labelLength);
            features[1] = inLabel.Length > 0 ? 1 : 0;
            features[2] = inLabel.Length > 0 && inLabel.Start <= 1 ? 1 : 0;
            features[3] = inLeadIn.Length > 0 ? 1 : 0;
            features[4] = inLabel.Length + inLeadIn.Length == 0 && inClause.Length > 0 ? 1 : 0;
            features[5] = inLabel.Length + inLeadIn.Length + inClause.Length == 0 ? 1 : 0;
            features[6] = _synonymLengths[at];
            features[7] = unitSame ? 1 : 0;
            features[8] = !unitSame && !shareUnit ? 1 : 0;
            features[9] = shareUnit ? 1 : 0;
            features[10] = indicator.Dimensions.Count == 0 ? 0 : (double)dimensionsAroundCount / indicator.Dimensions.Count;
            features[11] = isName && inLabel.Length > 0 ? 1 : 0;
            features[12] = overlap;
            features[13] = unitSame && unitCount > 0 ? 1.0 / unitCount : 0;
            var wordsFound = inLabel.Length + inLeadIn.Length + inClause.Length + inSection.Length > 0 || overlap >= MinOverlap;
            features[14] = !wordsFound && byBreakdown ? 1 : 0;
            features[15] = !wordsFound && !byBreakdown && byUnit ? 1 : 0;
            features[16] = named.Count == 0 ? 0 : (double)(named.Count - namedWords) / named.Count;
            features[17] = quantity.LeadIn.Length > 0 ? 1 : 0;
            features[18] = inSection.Length > 0 ? 1 : 0;
            features[19] = part.SubItem;
            features[20] = part.InParentheses;
            features[21] = part.NumbersBefore;
            features[22] = part.NamesPlace;
            features[23] = part.LabelLength;
            features[24] = part.FromTable;
            features[25] = clauseOverlap;
            features[26] = sectionOverlap;
            features[27] = Math.Min(3, dimensionsAroundCount) / 3.0;
            features[28] = Math.Min(3, CountIn(at, section.Breakdowns)) / 3.0;
            features[29] = _isHeadline[at] ? 1 : 0;
            features[30] = Matched(parts, afterNumber).Length > 0 ? 1 : 0;

            // Of an indicator's several synonyms, the one that speaks for it most (they come one indicator after another).
            if (found.Count == 0 || found[^1].Indicator != indicator)
            {
                found.Add(new IndicatorCandidate(indicator, features));
                scratch = null;
            }
            else if (Strength(features) > Strength(found[^1].Features))
            {
                found[^1] = new IndicatorCandidate(indicator, features);
                scratch = null;
            }
        }

        return found;
    }

    /// <summary>
    /// The synonyms that can make a candidate, each with how many of its words the label and lead-in name: those the
    /// label and lead-in name all the words of or share nearly <see cref="MinOverlap"/> of their weight with, those found
    /// whole in the clause or section, those of the quantity's unit the clause names nearly <see cref="MinClauseOverlap"/>
    /// of, those whose indicator a breakdown or a specific unit names. Every other synonym would be passed over; not
    /// comparing them is what keeps linking cheap beside the rules. A synonym the label and lead-in name none of the
    /// words of has no strength among its indicator's synonyms but its length, so of those only the longest (the first of
    /// equals) is compared; the indicators keep the order of their first synonym in the vocabulary.
    /// </summary>
    private List<(int At, int NamedWords)> Comparable(
        int[] named, Marks held, TextReading clause, TextReading section,
        bool[] sameUnit, int[] bySpecificUnit, ulong breakdownsNamed)
    {
        var seen = Marks.Begin(ref t_synonymsCompared, _synonyms.Count);
        var comparable = new List<int>();
        void Add(int at)
        {
            if (seen.Mark(at, Seen))
            {
                comparable.Add(at);
            }
        }

        foreach (var at in clause.Found.Keys.Concat(section.Found.Keys).Concat(bySpecificUnit))
        {
            Add(at);
        }

        for (var bit = 0; bit < _synonymsTaking.Length; bit++)
        {
            if (((breakdownsNamed >> bit) & 1) == 0)
            {
                continue;
            }

            foreach (var at in _synonymsTaking[bit])
            {
                if (sameUnit[at])
                {
                    Add(at);
                }
            }
        }

        // Named by the clause with the label and lead-in: by the clause alone, or by words of theirs the clause does not hold.
        foreach (var at in clause.NearlyNamed)
        {
            if (sameUnit[at])
            {
                Add(at);
            }
        }

        foreach (var word in named.Where(word => !held.Has(word, ClauseWord)))
        {
            foreach (var at in _synonymsWith[word])
            {
                if (sameUnit[at] && Overlaps(at, held).InClause >= MinClauseOverlap - Slack)
                {
                    Add(at);
                }
            }
        }

        foreach (var (at, _) in Naming(named, held, LabelWord, MinOverlap, _synonymsHalfNamedBy))
        {
            Add(at);
        }

        // An indicator's synonyms stand together in the vocabulary's order, so in the synonyms' order its block is whole.
        comparable.Sort();
        var kept = new List<(int At, int NamedWords)>(comparable.Count);
        var longest = -1;
        for (var i = 0; i < comparable.Count; i++)
        {
            var at = comparable[i];
            var namedWords = Named(at, held, LabelWord).Count;
            if (namedWords > 0)
            {
                kept.Add((at, namedWords));
            }
            else if (longest < 0 || _synonymLengths[at] > _synonymLengths[longest])
            {
                longest = at;
            }

            if (longest >= 0 && (i + 1 == comparable.Count || _indicatorOf[comparable[i + 1]] != _indicatorOf[at]))
            {
                kept.Add((longest, 0));
                longest = -1;
            }
        }

        kept.Sort((a, b) => a.At.CompareTo(b.At));
        return kept;
    }

    /// <summary>What the linker reads of a clause or section path (see <see cref="TextReading"/>); kept for the next quantities of the text.</summary>
    private TextReading Read(string text)
    {
        var kept = t_readings ??= new (IndicatorCandidates?, string, TextReading)[8];
        foreach (var (owner, keptText, reading) in kept)
        {
            if (owner == this && keptText == text)
            {
                return reading;
            }
        }

        var folded = Folded(text);
        var held = Marks.Begin(ref t_wordsHeld, _wordIds.Count);
        int[] ids = [.. WordIds(folded).Where(id => held.Mark(id, TextWord))];
        var naming = Naming(ids, held, TextWord, MinClauseOverlap, _synonymsMostlyNamedBy);
        var found = new Dictionary<int, int>();
        foreach (var (at, count) in naming)
        {
            if (count == _synonyms[at].Words.Length && Matched(_synonyms[at].Parts, folded) is { Length: > 0 } match)
            {
                found[at] = match.Length;
            }
        }

        int[] nearlyNamed = [.. naming.Select(n => n.At)];

        var read = new TextReading(ids, BreakdownsNamed(folded), found, nearlyNamed, [.. NumberPattern().Matches(text).Select(m => (m.Index, m.Index + m.Length))]);
        kept[t_nextReading] = (this, text, read);
        t_nextReading = (t_nextReading + 1) % kept.Length;
        return read;
    }

    /// <summary>
    /// What the linker reads of a clause or a section path, the same for every quantity in it: its words' numbers, the
    /// breakdown keys it names, the synonyms found whole in it with the length matched, and those it names nearly
    /// <see cref="MinClauseOverlap"/> of the weighted words of, and where its numbers stand (start and end).
    /// </summary>
    private sealed record TextReading(int[] Words, ulong Breakdowns, Dictionary<int, int> Found, int[] NearlyNamed, (int Start, int End)[] Numbers);

    /// <summary>
    /// The synonyms <paramref name="words"/> (those <paramref name="held"/> with <paramref name="mark"/>) name at least
    /// <paramref name="share"/> of the weighted words of (all of them among those), with how many of their words the
    /// words name; <paramref name="filed"/> is the filing by heaviest words for that share.
    /// </summary>
    private List<(int At, int Count)> Naming(int[] words, Marks held, byte mark, double share, int[][] filed)
    {
        var seen = Marks.Begin(ref t_synonymsWeighed, _synonyms.Count);
        var naming = new List<(int At, int Count)>();
        foreach (var word in words)
        {
            foreach (var at in filed[word])
            {
                if (seen.Mark(at, Seen) && Named(at, held, mark) is var (count, weight) && weight >= (share - Slack) * _synonymWeights[at])
                {
                    naming.Add((at, count));
                }
            }
        }

        return naming;
    }

    /// <summary>
    /// Each synonym under its heaviest words, as many as it takes for the rest of its words to weigh less than
    /// <paramref name="share"/> of it (a little less, as the sums come in another order).
    /// </summary>
    private int[][] FiledByHeaviestWords(double share) => FiledBy(at => HeaviestWords(at, share));

    /// <summary>By word number, the synonyms filed under it, each under the words <paramref name="filedUnder"/> gives.</summary>
    private int[][] FiledBy(Func<int, IEnumerable<int>> filedUnder)
    {
        var filed = Enumerable.Range(0, _wordIds.Count).Select(_ => new List<int>()).ToArray();
        for (var at = 0; at < _synonyms.Count; at++)
        {
            foreach (var word in filedUnder(at))
            {
                filed[word].Add(at);
            }
        }

        return [.. filed.Select(synonyms => synonyms.ToArray())];
    }

    private IEnumerable<int> HeaviestWords(int at, double share)
    {
        var rest = _synonymWeights[at];
        foreach (var (word, weight) in _wordsOf[at].Zip(_wordWeightsOf[at]).OrderByDescending(w => w.Second))
        {
            yield return word;
            rest -= weight;
            if (rest < (share - (2 * Slack)) * _synonymWeights[at])
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Marks on numbered things (synonyms, words) for one use, a use's number kept with each so that nothing is cleared
    /// between uses: linking a quantity marks a few dozen of thousands.
    /// </summary>
    private sealed class Marks(int count)
    {
        private readonly int[] _markedIn = new int[count];
        private readonly byte[] _marks = new byte[count];
        private int _use;

        /// <summary>The thread's marks for <paramref name="count"/> things, none marked.</summary>
        public static Marks Begin(ref Marks? kept, int count)
        {
            var marks = kept is { } k && k._markedIn.Length == count ? k : kept = new Marks(count);
            if (++marks._use == int.MaxValue)
            {
                marks._use = 1;
                Array.Clear(marks._markedIn);
            }

            return marks;
        }

        /// <summary>Gives the thing the mark; whether it did not have it.</summary>
        public bool Mark(int at, byte mark)
        {
            if (_markedIn[at] != _use)
            {
                (_markedIn[at], _marks[at]) = (_use, 0);
            }

            var had = (_marks[at] & mark) != 0;
            _marks[at] |= mark;
            return !had;
        }

        public void MarkAll(int[] things, byte mark)
        {
            foreach (var at in things)
            {
                Mark(at, mark);
            }
        }

        public bool Has(int at, byte mark) => _markedIn[at] == _use && (_marks[at] & mark) != 0;

        /// <summary>The marks the thing has.</summary>
        public byte Of(int at) => _markedIn[at] == _use ? _marks[at] : (byte)0;
    }

    /// <summary>Feature arrays handed out anew from the first at each <see cref="Begin"/>, made only when more are needed than before.</summary>
    private sealed class FeatureArrays
    {
        private readonly List<double[]> _arrays = [];
        private int _used;

        public void Begin() => _used = 0;

        public double[] Next()
        {
            if (_used == _arrays.Count)
            {
                _arrays.Add(new double[FeatureNames.Count]);
            }

            return _arrays[_used++];
        }
    }

    /// <summary>
    /// What says the quantity is a part or an instance rather than an indicator's total, the same for every candidate
    /// (so the ranker's choice ignores it; how sure it is does not): where the label stands in its clause, what is
    /// written before it there.
    /// </summary>
    private sealed record Part(double SubItem, double InParentheses, double NumbersBefore, double NamesPlace, double LabelLength, double FromTable)
    {
        /// <param name="numbers">Where the clause's numbers stand (see <see cref="TextReading.Numbers"/>).</param>
        public static Part Of(QuantityWords quantity, string foldedLabel, (int Start, int End)[] numbers)
        {
            var clause = quantity.Clause;
            var at = quantity.Label.Length == 0 ? -1 : clause.LastIndexOf(quantity.Label, StringComparison.OrdinalIgnoreCase);
            var before = at < 0 ? "" : clause[..at];
            var foldedBefore = Folded(before);
            var subItem = SubItemWords.Any(w => foldedBefore.Contains(w, StringComparison.Ordinal) || foldedLabel.StartsWith(w, StringComparison.Ordinal));
            var open = before.Count(c => c == '(') > before.Count(c => c == ')');

            // A number is found in the text before the label as in the whole clause: each starts where it did, the one the label cuts shorter.
            var numbersBefore = numbers.Count(n => n.Start < at);
            var words = foldedLabel.Count(c => c == ' ') - 1;
            return new Part(
                subItem ? 1 : 0,
                open ? 1 : 0,
                Math.Min(3, numbersBefore) / 3.0,
                PlacePattern().IsMatch(quantity.Label) ? 1 : 0,
                Math.Min(12, words) / 12.0,
                clause.Contains(" | ", StringComparison.Ordinal) ? 1 : 0);
        }
    }

    /// <summary>
    /// The clause after the quantity's number, where reports often name what is counted ("có 198 trường đạt chuẩn quốc
    /// gia"): after the first number at or after the label, else after the clause's last number.
    /// </summary>
    private static string AfterNumber(QuantityWords quantity, (int Start, int End)[] numbers)
    {
        var clause = quantity.Clause;
        var at = quantity.Label.Length == 0 ? -1 : clause.IndexOf(quantity.Label, StringComparison.OrdinalIgnoreCase);
        var after = Array.FindIndex(numbers, n => n.Start >= Math.Max(0, at));
        return numbers.Length == 0 ? "" : clause[numbers[after < 0 ? ^1 : after].End..];
    }

    [GeneratedRegex(@"\d[\d.,]*")]
    private static partial Regex NumberPattern();

    // A named commune, village or town: "xã Tân Lập", "thôn Nà Lầy", "thị trấn Văn Quan".
    [GeneratedRegex(@"\b(?:xã|thôn|bản|thị trấn|phường|làng)\s+\p{Lu}")]
    private static partial Regex PlacePattern();

    private static double Strength(double[] features) => (4 * features[0]) + (2 * features[1]) + features[3] + features[6] + features[7] - features[8] + features[12];

    /// <summary>
    /// Whether a quantity counted in <paramref name="unit"/> is counted as the indicator is: the same unit, or a count
    /// unit naming what it counts after it ("hộ nghèo" is "hộ"); "HTX" and "hợp tác xã" are one.
    /// </summary>
    public static bool SameUnit(string unit, string indicatorUnit) =>
        unit == indicatorUnit
        || unit.StartsWith(indicatorUnit + " ", StringComparison.Ordinal)
        || (Cooperative(unit) && Cooperative(indicatorUnit));

    private static bool Cooperative(string unit) => unit is "HTX" or "hợp tác xã";

    /// <summary>
    /// The weighted shares of the words of the synonym at <paramref name="at"/> the label and lead-in name, they with the
    /// clause, and the section titles, in one pass over its words.
    /// </summary>
    private (double Label, double InClause, double Section) Overlaps(int at, Marks held)
    {
        var (words, weights, total) = (_wordsOf[at], _wordWeightsOf[at], _synonymWeights[at]);
        var (label, inClause, section) = (0.0, 0.0, 0.0);
        for (var i = 0; i < words.Length; i++)
        {
            var marks = held.Of(words[i]);
            label += (marks & LabelWord) != 0 ? weights[i] : 0;
            inClause += (marks & InClauseWord) != 0 ? weights[i] : 0;
            section += (marks & SectionWord) != 0 ? weights[i] : 0;
        }

        return total == 0 ? (0, 0, 0) : (label / total, inClause / total, section / total);
    }

    /// <summary>The weights summed in their order, as <see cref="Named"/> sums them: a synonym named whole is named to the last digit.</summary>
    private static double Total(double[] weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        return total;
    }

    /// <summary>How many of the words of the synonym at <paramref name="at"/> are <paramref name="held"/> with <paramref name="mark"/>, and their weight (summed in the synonym's order).</summary>
    private (int Count, double Weight) Named(int at, Marks held, byte mark)
    {
        var (words, weights) = (_wordsOf[at], _wordWeightsOf[at]);
        var (count, shared) = (0, 0.0);
        for (var i = 0; i < words.Length; i++)
        {
            if (held.Has(words[i], mark))
            {
                (count, shared) = (count + 1, shared + weights[i]);
            }
        }

        return (count, shared);
    }

    /// <summary>The numbers of the words of a <see cref="Folded"/> text some synonym uses.</summary>
    private int[] WordIds(string folded)
    {
        var ids = new List<int>();
        var numbers = _wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in folded.AsSpan().Split(' '))
        {
            if (numbers.TryGetValue(folded.AsSpan(word), out var id))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    /// <summary>How many of the breakdown keys of the synonym's indicator are among <paramref name="keys"/>, a bit a key.</summary>
    private int CountIn(int at, ulong keys)
    {
        var count = 0;
        foreach (var bit in _keyBitsOf[at])
        {
            count += (int)((keys >> bit) & 1);
        }

        return count;
    }

    /// <summary>
    /// The breakdown keys one of whose values the folded text names, a bit a key: a spelling is looked for where a word
    /// that opens it stands (with the space before it), which is wherever the text holds it.
    /// </summary>
    private ulong BreakdownsNamed(string folded)
    {
        var keys = 0UL;
        var spellings = _spellingsFrom.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in folded.AsSpan().Split(' '))
        {
            foreach (var (bit, spelling) in spellings.TryGetValue(folded.AsSpan(word), out var from) ? from : [])
            {
                if (((keys >> bit) & 1) == 0 && folded.AsSpan(word.Start.Value - 1).StartsWith(spelling, StringComparison.Ordinal))
                {
                    keys |= 1UL << bit;
                }
            }
        }

        return keys;
    }

    /// <summary>Where the parts occur in order on word boundaries (start of the first, folded characters matched); length 0 when not.</summary>
    private static (int Start, int Length) Matched(string[] parts, string text)
    {
        var (position, length, start) = (0, 0, -1);
        foreach (var part in parts)
        {
            var at = text.IndexOf(part, position, StringComparison.Ordinal);
            if (at < 0)
            {
                return (0, 0);
            }

            start = start < 0 ? at : start;
            (position, length) = (at + part.Length - 1, length + part.Length - 2);
        }

        return (start, length);
    }

    private static string[] Parts(string synonym) =>
        [.. synonym.Split("...", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Folded)];

    /// <summary>Words without diacritics, lower case, one space apart and one around: " dien tich gieo trong ".</summary>
    private static string Folded(string text) => VietnameseFold.Spaced(text);

    /// <summary>The words of a <see cref="Folded"/> text.</summary>
    private static HashSet<string> Words(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
