using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Extractor.Extraction.Indicators;

/// <summary>A quantity's candidates and the code a reader gave it (null: none of the vocabulary applies).</summary>
internal sealed record LinkingExample(IReadOnlyList<IndicatorCandidate> Candidates, string? Code);

/// <summary>
/// Fits the ranker in its two steps, L2-regularised, by L-BFGS from zero (the same examples give the same weights):
/// which candidate, by maximum likelihood of the annotated one among each coded quantity's candidates (a conditional
/// logit; a quantity whose code is none of its candidates is left out, the linker could not have found it); then how
/// sure, a logistic regression of whether the best candidate is the annotated code (for a quantity given no code, it
/// never is) on what <see cref="IndicatorRanker.SureNames"/> and the candidate's features say.
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
        var rank = Minimize(features, w =>
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
        var width = IndicatorRanker.SureNames.Count + features;
        var sure = Minimize(width, w =>
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

    /// <summary>The weights minimising the mean loss plus the L2 penalty; the objective gives the summed loss, its gradient and the row count.</summary>
    private static double[] Minimize(int width, Func<double[], (double Loss, double[] Gradient, int Rows)> objective)
    {
        (double, Vector<double>) Objective(Vector<double> parameters)
        {
            var w = parameters.ToArray();
            var (loss, gradient, rows) = objective(w);
            var n = Math.Max(1, rows);
            var penalty = 0.0;
            for (var i = 0; i < w.Length; i++)
            {
                gradient[i] = (gradient[i] / n) + (L2 * w[i]);
                penalty += w[i] * w[i];
            }

            return ((loss / n) + (L2 / 2 * penalty), Vector<double>.Build.DenseOfArray(gradient));
        }

        var minimizer = new LimitedMemoryBfgsMinimizer(1e-6, 1e-9, 1e-9, 10, 1000);
        return minimizer.FindMinimum(ObjectiveFunction.Gradient(Objective), Vector<double>.Build.Dense(width)).MinimizingPoint.ToArray();
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
