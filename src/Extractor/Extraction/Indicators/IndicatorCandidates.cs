using System.Collections.Concurrent;
using Extractor.Text;

namespace Extractor.Extraction.Indicators;

/// <summary>What the linker reads of one stated quantity: the words around its number and its unit.</summary>
/// <param name="Label">What is measured, as the text calls it.</param>
/// <param name="LeadIn">The lead-in of the enumeration the quantity belongs to ("Vụ đông xuân:"), empty when none.</param>
/// <param name="Clause">The clause the number stands in.</param>
/// <param name="Section">The titles of the sections around it, innermost last.</param>
/// <param name="Unit">The record's unit: "ha", "triệu đồng", "% KH"...</param>
internal sealed record QuantityWords(string Label, string LeadIn, string Clause, string Section, string Unit);

/// <summary>An indicator the quantity may measure, with the class-agnostic evidence for it (see <see cref="IndicatorCandidates.FeatureNames"/>).</summary>
internal sealed record IndicatorCandidate(IndicatorDefinition Indicator, double[] Features);

/// <summary>
/// The indicators of the vocabulary a quantity may measure: every indicator one of whose synonyms occurs (compared
/// without diacritics, on word boundaries, its "..." parts in order) in the quantity's label, lead-in, clause or
/// section titles, with features that say nothing of the indicator itself (how much of the label the synonym covers,
/// where it was found, whether the units agree), so that an indicator seen once or never in training can still win.
/// </summary>
internal sealed class IndicatorCandidates
{
    /// <summary>The features, in order; the ranker's weights are kept by these names.</summary>
    public static readonly IReadOnlyList<string> FeatureNames =
    [
        "label_cover", "in_label", "label_head", "in_lead_in", "in_clause_only", "in_section_only",
        "synonym_words", "unit_same", "unit_conflict", "plan_share", "dimension_words", "is_name",
        "word_overlap", "unit_specific", "by_breakdown_only", "by_unit_only", "label_extra", "has_lead_in",
    ];

    // A synonym sharing this much of its weighted words with the label and lead-in makes a candidate though it is not found whole.
    private const double MinOverlap = 0.5;

    // A unit that at most this many indicators are counted in ("tiêu chí", "lao động") names a candidate by itself.
    private const int SpecificUnit = 3;

    // Units a share of plan or of the same period last year is stated in: any indicator's number may carry one.
    private static readonly HashSet<string> ShareUnits = ["% KH", "% CK"];

    private readonly List<(IndicatorDefinition Indicator, string[] Parts, bool IsName, string[] Words)> _synonyms;

    // Which synonyms use each word, and each synonym's weighted word total: a quantity is compared only with the
    // synonyms that can make a candidate of it (all their words are in its texts, or they share enough with its label).
    private readonly Dictionary<string, int[]> _synonymsWith;
    private readonly double[] _synonymWeights;

    // Each synonym's word count as the synonym_words feature gives it.
    private readonly double[] _synonymLengths;
    private readonly Dictionary<string, double> _wordWeights;
    private readonly Dictionary<string, int> _indicatorsByUnit;
    private readonly int[] _wordless;

    // The breakdown values' spellings by their first word: a text is searched only for the spellings it may hold.
    private readonly Dictionary<string, (string Key, string Folded, string[] Words)[]> _spellingsFrom;

    // Per unit as written, whether each synonym's indicator counts in it (SameUnit); records share a few dozen units.
    private readonly ConcurrentDictionary<string, bool[]> _sameUnit = new(StringComparer.Ordinal);

    // Per thread, how many of each synonym's words a quantity's label and lead-in hold and their weight; reset after each use.
    [ThreadStatic]
    private static (int[] Words, double[] Shared)? t_counts;

    // Per thread, the synonyms found whole in the last few clauses and section paths, with their matched lengths: the
    // quantities of a passage share its section path, those of a clause its clause.
    [ThreadStatic]
    private static (IndicatorCandidates? Owner, string Text, Dictionary<int, int> Found)[]? t_found;

    [ThreadStatic]
    private static int t_nextFound;

    public IndicatorCandidates(IndicatorVocabulary vocabulary)
    {
        _synonyms = [.. vocabulary.Indicators.SelectMany(indicator => indicator.Synonyms.Select(s => (indicator, s, false)).Append((indicator, indicator.Name, true)))
            .Select(s => (s.indicator, Parts(s.Item2), s.Item3, VietnameseFold.FoldedWords(s.Item2.Replace("...", " ", StringComparison.Ordinal)).Distinct().ToArray()))];

        // A word is worth more the fewer indicators use it: "tỷ lệ" says little, "giải ngân" much.
        var indicatorsWith = _synonyms.SelectMany(s => s.Words.Select(w => (Word: w, s.Indicator.Code))).Distinct()
            .GroupBy(p => p.Word).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _wordWeights = indicatorsWith.ToDictionary(p => p.Key, p => Math.Log(1 + ((double)vocabulary.Indicators.Count / p.Value)), StringComparer.Ordinal);
        _synonymsWith = _synonyms.SelectMany((s, at) => s.Words.Select(w => (Word: w, At: at)))
            .GroupBy(p => p.Word).ToDictionary(g => g.Key, g => g.Select(p => p.At).ToArray(), StringComparer.Ordinal);
        _synonymWeights = [.. _synonyms.Select(s => s.Words.Sum(w => _wordWeights.GetValueOrDefault(w, 1)))];
        _synonymLengths = [.. _synonyms.Select(s => Math.Min(6, s.Parts.Sum(p => p.Count(c => c == ' ') - 1)) / 6.0)];
        _indicatorsByUnit = vocabulary.Indicators.GroupBy(i => i.Unit).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _wordless = [.. Enumerable.Range(0, _synonyms.Count).Where(at => _synonyms[at].Words.Length == 0)];
        _spellingsFrom = vocabulary.Dimensions.Values
            .SelectMany(d => d.Values.SelectMany(v => v.Spellings).Select(spelling => (Key: d.Name, Folded: Folded(spelling), Words: Folded(spelling).Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            .Where(s => s.Words.Length > 0)
            .GroupBy(s => s.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<IndicatorCandidate> Of(QuantityWords quantity)
    {
        var (label, leadIn, clause, section) = (Folded(quantity.Label), Folded(quantity.LeadIn), Folded(quantity.Clause), Folded(quantity.Section));
        var labelLength = Math.Max(1, label.Length - 2);
        var found = new Dictionary<string, (IndicatorDefinition Indicator, double[] Features)>(StringComparer.Ordinal);
        var named = VietnameseFold.FoldedWords($"{quantity.Label} {quantity.LeadIn}").ToHashSet(StringComparer.Ordinal);
        var dimensionsNamed = BreakdownsNamed($"{label}{leadIn}", named);
        var dimensionsAround = BreakdownsNamed($"{label}{leadIn}{clause}", named.Concat(Words(clause)));
        var unitCount = _indicatorsByUnit.GetValueOrDefault(quantity.Unit);
        var (inClauses, inSections) = (FoundIn(clause), FoundIn(section));
        var sameUnit = _sameUnit.GetOrAdd(quantity.Unit, unit => [.. _synonyms.Select(s => SameUnit(unit, s.Indicator.Unit))]);
        foreach (var (at, namedWords) in Comparable(named, inClauses, inSections, sameUnit, unitCount, dimensionsNamed))
        {
            var (indicator, parts, isName, words) = _synonyms[at];

            // Found whole in the label or lead-in only when they hold all its words.
            var inLabel = namedWords == words.Length ? Matched(parts, label) : (Start: 0, Length: 0);
            var inLeadIn = namedWords == words.Length ? Matched(parts, leadIn) : (Start: 0, Length: 0);
            var inClause = (Length: inClauses.GetValueOrDefault(at), Start: 0);
            var inSection = (Length: inSections.GetValueOrDefault(at), Start: 0);
            var overlap = namedWords == 0 ? 0 : Overlap(words, named);
            var unitSame = sameUnit[at];

            // Found whole somewhere, or mostly in the label and lead-in, or named by a breakdown it takes ("Cây thuốc lá" 12 ha
            // under no lead-in is a sown area) or by a unit few indicators are counted in.
            var byBreakdown = unitSame && indicator.Dimensions.Any(dimensionsNamed.Contains);
            var byUnit = unitSame && unitCount is > 0 and <= SpecificUnit;
            if (inLabel.Length + inLeadIn.Length + inClause.Length + inSection.Length == 0 && overlap < MinOverlap && !byBreakdown && !byUnit)
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
            features[8] = !unitSame && !ShareUnits.Contains(quantity.Unit) ? 1 : 0;
            features[9] = ShareUnits.Contains(quantity.Unit) ? 1 : 0;
            features[10] = indicator.Dimensions.Count == 0 ? 0 : (double)indicator.Dimensions.Count(dimensionsAround.Contains) / indicator.Dimensions.Count;
            features[11] = isName && inLabel.Length > 0 ? 1 : 0;
            features[12] = overlap;
            features[13] = unitSame && unitCount > 0 ? 1.0 / unitCount : 0;
            var wordsFound = inLabel.Length + inLeadIn.Length + inClause.Length + inSection.Length > 0 || overlap >= MinOverlap;
            features[14] = !wordsFound && byBreakdown ? 1 : 0;
            features[15] = !wordsFound && !byBreakdown && byUnit ? 1 : 0;
            features[16] = named.Count == 0 ? 0 : (double)(named.Count - namedWords) / named.Count;
            features[17] = quantity.LeadIn.Length > 0 ? 1 : 0;

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
    /// label and lead-in name all the words of or share at least <see cref="MinOverlap"/> of their weight with, those
    /// found whole in the clause or section, those whose indicator a breakdown or a specific unit names. Every other
    /// synonym would be passed over; not comparing them is what keeps linking cheap beside the rules.
    /// </summary>
    private List<(int At, int NamedWords)> Comparable(
        HashSet<string> named, Dictionary<int, int> inClause, Dictionary<int, int> inSection, bool[] sameUnit, int unitCount, HashSet<string> dimensionsNamed)
    {
        var (words, shared) = t_counts is { } counts && counts.Words.Length >= _synonyms.Count ? counts : (new int[_synonyms.Count], new double[_synonyms.Count]);
        t_counts = (words, shared);
        var touched = new List<int>();
        foreach (var word in named)
        {
            var weight = _wordWeights.GetValueOrDefault(word, 1);
            foreach (var at in _synonymsWith.GetValueOrDefault(word, []))
            {
                touched.Add(at);
                words[at]++;
                shared[at] += weight;
            }
        }

        // Each synonym with how many of its words the label and lead-in name.
        var comparable = new SortedDictionary<int, int>();
        foreach (var at in _wordless)
        {
            comparable[at] = 0;
        }

        foreach (var at in inClause.Keys.Concat(inSection.Keys))
        {
            comparable[at] = 0;
        }

        var specificUnit = unitCount is > 0 and <= SpecificUnit;
        if (specificUnit || dimensionsNamed.Count > 0)
        {
            for (var at = 0; at < _synonyms.Count; at++)
            {
                if (sameUnit[at] && (specificUnit || _synonyms[at].Indicator.Dimensions.Any(dimensionsNamed.Contains)))
                {
                    comparable[at] = 0;
                }
            }
        }

        foreach (var at in touched)
        {
            if (words[at] != 0)
            {
                if (comparable.ContainsKey(at) || words[at] == _synonyms[at].Words.Length || shared[at] >= MinOverlap * _synonymWeights[at])
                {
                    comparable[at] = words[at];
                }

                (words[at], shared[at]) = (0, 0);
            }
        }

        // A synonym the label and lead-in name none of the words of is found only in the clause or section, or by its
        // unit or a breakdown: its strength among its indicator's synonyms is its length alone, so of those only the longest
        // (the first of equals) can speak for the indicator. The rest are not compared; the indicators keep the order of
        // their first synonym in the vocabulary, as the candidates have always come out.
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<(int At, int NamedWords)>();
        foreach (var (at, namedWords) in comparable)
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

    /// <summary>The synonyms found whole in the folded <paramref name="text"/>, with the length matched; kept for the next quantities of the text.</summary>
    private Dictionary<int, int> FoundIn(string text)
    {
        var kept = t_found ??= new (IndicatorCandidates?, string, Dictionary<int, int>)[8];
        foreach (var (owner, keptText, keptFound) in kept)
        {
            if (owner == this && keptText == text)
            {
                return keptFound;
            }
        }

        var words = new Dictionary<int, int>();
        foreach (var word in Words(text).Distinct(StringComparer.Ordinal))
        {
            foreach (var at in _synonymsWith.GetValueOrDefault(word, []))
            {
                words[at] = words.GetValueOrDefault(at) + 1;
            }
        }

        var found = new Dictionary<int, int>();
        foreach (var (at, count) in words)
        {
            if (count == _synonyms[at].Words.Length && Matched(_synonyms[at].Parts, text) is { Length: > 0 } match)
            {
                found[at] = match.Length;
            }
        }

        kept[t_nextFound] = (this, text, found);
        t_nextFound = (t_nextFound + 1) % kept.Length;
        return found;
    }

    private static string[] Words(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

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

    /// <summary>The weighted share of a synonym's words the quantity names.</summary>
    private double Overlap(string[] words, HashSet<string> named)
    {
        var (total, shared) = (0.0, 0.0);
        foreach (var word in words)
        {
            var weight = _wordWeights.GetValueOrDefault(word, 1);
            total += weight;
            shared += named.Contains(word) ? weight : 0;
        }

        return total == 0 ? 0 : shared / total;
    }

    /// <summary>The breakdown keys one of whose values the folded text names (<paramref name="words"/>: at least the text's words).</summary>
    private HashSet<string> BreakdownsNamed(string text, IEnumerable<string> words)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var (key, folded, _) in _spellingsFrom.GetValueOrDefault(word, []))
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
}
