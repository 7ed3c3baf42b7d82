namespace Extractor.Extraction.Indicators;

/// <summary>A quantity's candidates and the code a reader gave it (null: none of the vocabulary applies).</summary>
internal sealed record LinkingExample(IReadOnlyList<IndicatorCandidate> Candidates, string? Code);

/// <summary>
/// Fits the ranker in its two steps (<see cref="PenalisedFit"/>):
/// which candidate, by maximum likelihood of the annotated one among each coded quantity's candidates (a conditional
/// logit; a quantity whose code is none of its candidates is left out, the linker could not have found it); then how
/// sure, a logistic regression of whether the best candidate is the annotated code (for a quantity given no code, it
/// never is) on what <see cref="IndicatorRanker.SureNames"/>, the candidate's features and their lead over the runner-up's say.
/// </summary>
internal static class IndicatorRankerTrainer
{
    private const double L2 = 0.01;

    public static IndicatorRanker Train(IReadOnlyList<LinkingExample> examples, double threshold)
    {
        var features = IndicatorCandidates.FeatureNames.Count;
        var coded = examples
            .Select(e => (e.Candidates, Gold: e.Code is null ? -1 : IndexOf(e.Candidates, e.Code)))
            .Where(e => e.Gold >= 0)
            .ToList();
        var rank = PenalisedFit.Minimize(features, L2, w =>
        {
            var gradient = new double[features];
            var loss = 0.0;
            var ranker = new IndicatorRanker(w, [], 0);
            foreach (var (candidates, gold) in coded)
            {
                var probabilities = ranker.Probabilities(candidates);
                loss -= Math.Log(Math.Max(1e-300, probabilities[gold]));
                for (var c = 0; c < candidates.Count; c++)
                {
                    Add(gradient, candidates[c].Features, probabilities[c] - (c == gold ? 1 : 0));
                }
            }

            return (loss, gradient, coded.Count);
        });

        var ranked = new IndicatorRanker(rank, [], 0);
        var sureRows = examples.Select(e => (Best: ranked.Best(e.Candidates), e.Code))
            .Where(r => r.Best is not null)
            .Select(r => (Features: r.Best!.Value.Sureness, Right: r.Best.Value.Best.Indicator.Code == r.Code))
            .ToList();
        var width = IndicatorRanker.SurenessInputs.Count();
        var sure = PenalisedFit.Minimize(width, L2, w =>
        {
            var gradient = new double[width];
            var loss = 0.0;
            foreach (var (x, right) in sureRows)
            {
                var p = 1 / (1 + Math.Exp(-IndicatorRanker.Dot(w, x)));
                loss -= Math.Log(Math.Max(1e-300, right ? p : 1 - p));
                Add(gradient, x, p - (right ? 1 : 0));
            }

            return (loss, gradient, sureRows.Count);
        });

        return new IndicatorRanker(rank, sure, threshold);
    }

    private static void Add(double[] gradient, double[] features, double residual)
    {
        for (var f = 0; f < features.Length; f++)
        {
            gradient[f] += residual * features[f];
        }
    }

    private static int IndexOf(IReadOnlyList<IndicatorCandidate> candidates, string code)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Indicator.Code == code)
            {
                return i;
            }
        }

        return -1;
    }
}
