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

    // Which synonyms use each word, which take each breakdown key, each synonym's words' weights (in its words' order,
    // so sums come out the same to the last digit), their total and its length as the synonym_words feature: a quantity
    // is compared only with the synonyms that can make a candidate of it (see Comparable).
    private readonly Dictionary<string, int[]> _synonymsWith;
    private readonly Dictionary<string, int[]> _synonymsTaking;
    private readonly double[][] _wordWeightsOf;
    private readonly double[] _synonymWeights;
    private readonly double[] _synonymLengths;

    // The breakdown values' spellings by their first word: a text is searched only for the spellings it may hold.
    private readonly Dictionary<string, (string Key, string Folded)[]> _spellingsFrom;

    // The first indicator of each group in the vocabulary: its headline total (crop_area.sown, livestock.herd).
    private readonly HashSet<string> _headlines;

    // Per unit as written, whether each synonym's indicator counts in it (SameUnit), and those that do; records share a few dozen units.
    private readonly ConcurrentDictionary<string, (bool[] Same, int[] Synonyms)> _sameUnit = new(StringComparer.Ordinal);

    // The thresholds of Comparable and Read a little lower than the features' own: sums in another order may differ in the last digit.
    private const double Slack = 1e-9;

    // Per thread, the tally of a text's words over the synonyms (see SynonymTally); cleared after each use.
    [ThreadStatic]
    private static SynonymTally? t_tally;

    // Per thread, the last few clauses and section paths read: the quantities of a passage share its section path,
    // those of a clause its clause.
    [ThreadStatic]
    private static (IndicatorCandidates? Owner, string Text, TextReading Reading)[]? t_readings;

    [ThreadStatic]
    private static int t_nextReading;

    public IndicatorCandidates(IndicatorVocabulary vocabulary)
    {
        _synonyms = [.. vocabulary.Indicators.SelectMany(indicator => indicator.Synonyms.Select(s => (indicator, s, false)).Append((indicator, indicator.Name, true)))
            .Select(s => (s.indicator, Parts(s.Item2), s.Item3, VietnameseFold.FoldedWords(s.Item2.Replace("...", " ", StringComparison.Ordinal)).Distinct().ToArray()))];

        // A word is worth more the fewer indicators use it: "tỷ lệ" says little, "giải ngân" much.
        var indicatorsWith = _synonyms.SelectMany(s => s.Words.Select(w => (Word: w, s.Indicator.Code))).Distinct()
            .GroupBy(p => p.Word).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _wordWeights = indicatorsWith.ToDictionary(p => p.Key, p => Math.Log(1 + ((double)vocabulary.Indicators.Count / p.Value)), StringComparer.Ordinal);
        _indicatorsByUnit = vocabulary.Indicators.GroupBy(i => i.Unit).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _headlines = [.. vocabulary.Indicators.DistinctBy(i => i.Group).Select(i => i.Code)];
        _synonymsWith = _synonyms.SelectMany((s, at) => s.Words.Select(w => (Word: w, At: at)))
            .GroupBy(p => p.Word).ToDictionary(g => g.Key, g => g.Select(p => p.At).ToArray(), StringComparer.Ordinal);
        _synonymsTaking = _synonyms.SelectMany((s, at) => s.Indicator.Dimensions.Select(key => (Key: key, At: at)))
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.At).ToArray(), StringComparer.Ordinal);
        _wordWeightsOf = [.. _synonyms.Select(s => s.Words.Select(w => _wordWeights.GetValueOrDefault(w, 1)).ToArray())];
        _synonymWeights = [.. _wordWeightsOf.Select(weights => weights.Sum())];
        _synonymLengths = [.. _synonyms.Select(s => Math.Min(6, s.Parts.Sum(p => p.Count(c => c == ' ') - 1)) / 6.0)];
        _spellingsFrom = vocabulary.Dimensions.Values
            .SelectMany(d => d.Values.SelectMany(v => v.Spellings).Select(spelling => (Key: d.Name, Folded: Folded(spelling))))
            .Where(s => s.Folded.Trim().Length > 0)
            .GroupBy(s => s.Folded.Trim().Split(' ')[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<IndicatorCandidate> Of(QuantityWords quantity)
    {
        var (label, leadIn, clause, section) = (Folded(quantity.Label), Folded(quantity.LeadIn), Read(quantity.Clause), Read(quantity.Section));
        var labelLength = Math.Max(1, label.Length - 2);
        var found = new Dictionary<string, (IndicatorDefinition Indicator, double[] Features)>(StringComparer.Ordinal);
        var named = Words(label);
        named.UnionWith(Words(leadIn));
        var inClauseWords = new HashSet<string>(named, StringComparer.Ordinal);
        inClauseWords.UnionWith(clause.Words);

        // The three texts are folded with a space around each, so no spelling spans two: what they name together is what each names.
        var dimensionsNamed = BreakdownsNamed($"{label}{leadIn}", named);
        var dimensionsAround = new HashSet<string>(dimensionsNamed, StringComparer.Ordinal);
        dimensionsAround.UnionWith(clause.Breakdowns);
        var unitCount = _indicatorsByUnit.GetValueOrDefault(quantity.Unit);
        var shareUnit = ShareUnits.Contains(quantity.Unit);
        var part = Part.Of(quantity);
        var afterNumber = Folded(AfterNumber(quantity));
        var (sameUnit, sameUnitSynonyms) = _sameUnit.GetOrAdd(quantity.Unit, unit =>
        {
            bool[] same = [.. _synonyms.Select(s => SameUnit(unit, s.Indicator.Unit))];
            return (same, [.. Enumerable.Range(0, same.Length).Where(at => same[at])]);
        });
        var comparable = Comparable(named, inClauseWords, clause, section, sameUnit, unitCount is > 0 and <= SpecificUnit ? sameUnitSynonyms : [], dimensionsNamed);
        foreach (var (at, namedWords) in comparable)
        {
            var (indicator, parts, isName, words) = _synonyms[at];

            // Found whole in the label or lead-in only when they hold all its words.
            var inLabel = namedWords == words.Length ? Matched(parts, label) : (Start: 0, Length: 0);
            var inLeadIn = namedWords == words.Length ? Matched(parts, leadIn) : (Start: 0, Length: 0);
            var inClause = (Start: 0, Length: clause.Found.GetValueOrDefault(at));
            var inSection = (Start: 0, Length: section.Found.GetValueOrDefault(at));
            var overlap = Overlap(at, named);
            var clauseOverlap = Overlap(at, inClauseWords);
            var unitSame = sameUnit[at];
            var dimensionsAroundCount = CountIn(indicator.Dimensions, dimensionsAround);

            // Found whole somewhere, or mostly in the label and lead-in, or named by a breakdown it takes ("Cây thuốc lá" 12 ha
            // under no lead-in is a sown area) or by a unit few indicators are counted in.
            var byBreakdown = unitSame && CountIn(indicator.Dimensions, dimensionsNamed) > 0;
            var byUnit = unitSame && unitCount is > 0 and <= SpecificUnit;
            var byClause = unitSame && clauseOverlap >= MinClauseOverlap;
            if (inLabel.Length + inLeadIn.Length + inClause.Length + inSection.Length == 0 && overlap < MinOverlap && !byBreakdown && !byUnit && !byClause)
            {
                continue;
            }

            var features = new double[FeatureNames.Count];
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
            features[26] = Overlap(at, section.Words);
            features[27] = Math.Min(3, dimensionsAroundCount) / 3.0;
            features[28] = Math.Min(3, CountIn(indicator.Dimensions, section.Breakdowns)) / 3.0;
            features[29] = _headlines.Contains(indicator.Code) ? 1 : 0;
            features[30] = Matched(parts, afterNumber).Length > 0 ? 1 : 0;

            // Of an indicator's several synonyms, the one that speaks for it most.
            if (!found.TryGetValue(indicator.Code, out var best) || Strength(features) > Strength(best.Features))
            {
                found[indicator.Code] = (indicator, features);
            }
        }

        return [.. found.Values.Select(f => new IndicatorCandidate(f.Indicator, f.Features))];
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
        HashSet<string> named, HashSet<string> inClauseWords, TextReading clause, TextReading section,
        bool[] sameUnit, int[] bySpecificUnit, HashSet<string> dimensionsNamed)
    {
        var comparable = new Dictionary<int, int>();
        foreach (var at in clause.Found.Keys.Concat(section.Found.Keys).Concat(bySpecificUnit))
        {
            comparable[at] = 0;
        }

        foreach (var key in dimensionsNamed)
        {
            foreach (var at in _synonymsTaking.GetValueOrDefault(key, []))
            {
                if (sameUnit[at])
                {
                    comparable[at] = 0;
                }
            }
        }

        // Named by the clause with the label and lead-in: by the clause alone, or by words of theirs the clause does not hold.
        foreach (var at in clause.NearlyNamed)
        {
            if (sameUnit[at])
            {
                comparable[at] = 0;
            }
        }

        foreach (var word in named.Where(word => !clause.Words.Contains(word)))
        {
            foreach (var at in _synonymsWith.GetValueOrDefault(word, []))
            {
                if (sameUnit[at] && Overlap(at, inClauseWords) >= MinClauseOverlap - Slack)
                {
                    comparable[at] = 0;
                }
            }
        }

        var tally = Tally();
        tally.Add(named);
        foreach (var at in tally.Touched)
        {
            if (tally.Count[at] == _synonyms[at].Words.Length || tally.Weight[at] >= (MinOverlap - Slack) * _synonymWeights[at])
            {
                comparable[at] = 0;
            }
        }

        foreach (var at in comparable.Keys)
        {
            comparable[at] = tally.Count[at];
        }

        tally.Clear();
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<(int At, int NamedWords)>();
        foreach (var (at, namedWords) in comparable.OrderBy(c => c.Key))
        {
            var code = _synonyms[at].Indicator.Code;
            first.TryAdd(code, at);
            if (namedWords > 0)
            {
                kept.Add((at, namedWords));
            }
            else if (!longest.TryGetValue(code, out var best) || _synonymLengths[at] > _synonymLengths[best])
            {
                longest[code] = at;
            }
        }

        kept.AddRange(longest.Values.Select(at => (at, 0)));
        return [.. kept.OrderBy(k => first[_synonyms[k.At].Indicator.Code]).ThenBy(k => k.At)];
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
        var words = Words(folded);
        var tally = Tally();
        tally.Add(words);
        var found = new Dictionary<int, int>();
        var nearlyNamed = new List<int>();
        foreach (var at in tally.Touched)
        {
            if (tally.Count[at] == _synonyms[at].Words.Length && Matched(_synonyms[at].Parts, folded) is { Length: > 0 } match)
            {
                found[at] = match.Length;
            }

            if (tally.Weight[at] >= (MinClauseOverlap - Slack) * _synonymWeights[at])
            {
                nearlyNamed.Add(at);
            }
        }

        tally.Clear();
        var read = new TextReading(words, BreakdownsNamed(folded, words), found, [.. nearlyNamed]);
        kept[t_nextReading] = (this, text, read);
        t_nextReading = (t_nextReading + 1) % kept.Length;
        return read;
    }

    /// <summary>
    /// What the linker reads of a clause or a section path, the same for every quantity in it: its folded words, the
    /// breakdown keys it names, the synonyms found whole in it with the length matched, and those it names nearly
    /// <see cref="MinClauseOverlap"/> of the weighted words of.
    /// </summary>
    private sealed record TextReading(HashSet<string> Words, HashSet<string> Breakdowns, Dictionary<int, int> Found, int[] NearlyNamed);

    private SynonymTally Tally() => t_tally is { } tally && tally.Count.Length == _synonyms.Count ? tally : t_tally = new SynonymTally(this);

    /// <summary>How many of each synonym's words, and what weight of them, the words added name; the synonyms touched, each once.</summary>
    private sealed class SynonymTally(IndicatorCandidates candidates)
    {
        public int[] Count { get; } = new int[candidates._synonyms.Count];

        public double[] Weight { get; } = new double[candidates._synonyms.Count];

        public List<int> Touched { get; } = [];

        public void Add(IEnumerable<string> words)
        {
            foreach (var word in words)
            {
                var weight = candidates._wordWeights.GetValueOrDefault(word, 1);
                foreach (var at in candidates._synonymsWith.GetValueOrDefault(word, []))
                {
                    if (Count[at]++ == 0)
                    {
                        Touched.Add(at);
                    }

                    Weight[at] += weight;
                }
            }
        }

        public void Clear()
        {
            foreach (var at in Touched)
            {
                (Count[at], Weight[at]) = (0, 0);
            }

            Touched.Clear();
        }
    }

    /// <summary>
    /// What says the quantity is a part or an instance rather than an indicator's total, the same for every candidate
    /// (so the ranker's choice ignores it; how sure it is does not): where the label stands in its clause, what is
    /// written before it there.
    /// </summary>
    private sealed record Part(double SubItem, double InParentheses, double NumbersBefore, double NamesPlace, double LabelLength, double FromTable)
    {
        public static Part Of(QuantityWords quantity)
        {
            var clause = quantity.Clause;
            var at = quantity.Label.Length == 0 ? -1 : clause.LastIndexOf(quantity.Label, StringComparison.OrdinalIgnoreCase);
            var before = at < 0 ? "" : clause[..at];
            var foldedBefore = Folded(before);
            var foldedLabel = Folded(quantity.Label);
            var subItem = SubItemWords.Any(w => foldedBefore.Contains(w, StringComparison.Ordinal) || foldedLabel.StartsWith(w, StringComparison.Ordinal));
            var open = before.Count(c => c == '(') > before.Count(c => c == ')');
            var numbers = NumberPattern().Matches(before).Count;
            var words = foldedLabel.Count(c => c == ' ') - 1;
            return new Part(
                subItem ? 1 : 0,
                open ? 1 : 0,
                Math.Min(3, numbers) / 3.0,
                PlacePattern().IsMatch(quantity.Label) ? 1 : 0,
                Math.Min(12, words) / 12.0,
                clause.Contains(" | ", StringComparison.Ordinal) ? 1 : 0);
        }
    }

    /// <summary>
    /// The clause after the quantity's number, where reports often name what is counted ("có 198 trường đạt chuẩn quốc
    /// gia"): after the first number at or after the label, else after the clause's last number.
    /// </summary>
    private static string AfterNumber(QuantityWords quantity)
    {
        var clause = quantity.Clause;
        var at = quantity.Label.Length == 0 ? -1 : clause.IndexOf(quantity.Label, StringComparison.OrdinalIgnoreCase);
        var numbers = NumberPattern().Matches(clause);
        var number = numbers.FirstOrDefault(m => m.Index >= Math.Max(0, at)) ?? numbers.LastOrDefault();
        return number is null ? "" : clause[(number.Index + number.Length)..];
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

    /// <summary>The weighted share of the words of the synonym at <paramref name="at"/> the quantity names.</summary>
    private double Overlap(int at, HashSet<string> named)
    {
        var (words, weights) = (_synonyms[at].Words, _wordWeightsOf[at]);
        var (total, shared) = (0.0, 0.0);
        for (var i = 0; i < words.Length; i++)
        {
            total += weights[i];
            shared += named.Contains(words[i]) ? weights[i] : 0;
        }

        return total == 0 ? 0 : shared / total;
    }

    /// <summary>How many of an indicator's breakdown keys are in <paramref name="keys"/>.</summary>
    private static int CountIn(IReadOnlyList<string> dimensions, HashSet<string> keys)
    {
        var count = 0;
        foreach (var key in dimensions)
        {
            count += keys.Contains(key) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The breakdown keys one of whose values the folded text names (<paramref name="words"/>: at least the text's words).</summary>
    private HashSet<string> BreakdownsNamed(string text, IEnumerable<string> words)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var (key, folded) in _spellingsFrom.GetValueOrDefault(word, []))
            {
                if (!keys.Contains(key) && text.Contains(folded, StringComparison.Ordinal))
                {
                    keys.Add(key);
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
    private static string Folded(string text) => $" {string.Join(' ', VietnameseFold.FoldedWords(text))} ";

    /// <summary>The words of a <see cref="Folded"/> text.</summary>
    private static HashSet<string> Words(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
