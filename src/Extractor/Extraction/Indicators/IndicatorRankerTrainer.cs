using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Extractor.Extraction.Indicators;

/// <summary>A quantity's candidates and the code a reader gave it (null: none of the vocabulary applies).</summary>
internal sealed record LinkingExample(IReadOnlyList<IndicatorCandidate> Candidates, string? Code);

/// <summary>
/// Fits the ranker's weights by maximum likelihood of the annotated choice among each quantity's candidates and
/// "none" (a conditional logit, L2-regularised, L-BFGS from zero: the same examples give the same weights).
/// Only quantities a reader gave no code teach "none".
/// </summary>
internal static class IndicatorRankerTrainer
{
    private const double L2 = 0.01;

    public static IndicatorRanker Train(IReadOnlyList<LinkingExample> examples, double threshold)
    {
        var features = IndicatorCandidates.FeatureNames.Count;
        // A quantity whose code is none of its candidates says nothing of how to rank them: the linker could not have found it.
        var rows = examples.Where(e => e.Candidates.Count > 0)
            .Select(e => (e.Candidates, Gold: e.Code is null ? -1 : IndexOf(e.Candidates, e.Code), e.Code))
            .Where(e => e.Code is null || e.Gold >= 0)
            .Select(e => (e.Candidates, e.Gold))
            .ToList();

        (double, Vector<double>) Objective(Vector<double> parameters)
        {
            var w = parameters.ToArray();
            var gradient = new double[w.Length];
            var loss = 0.0;
            foreach (var (candidates, gold) in rows)
            {
                var ranker = new IndicatorRanker(w[..features], w[features], 0);
                var (probabilities, none) = ranker.Probabilities(candidates);
                loss -= Math.Log(Math.Max(1e-300, gold < 0 ? none : probabilities[gold]));
                for (var c = 0; c < candidates.Count; c++)
                {
                    var residual = probabilities[c] - (c == gold ? 1 : 0);
                    for (var f = 0; f < features; f++)
                    {
                        gradient[f] += residual * candidates[c].Features[f];
                    }
                }

                gradient[features] += none - (gold < 0 ? 1 : 0);
            }

            var n = Math.Max(1, rows.Count);
            var penalty = 0.0;
            for (var i = 0; i < w.Length; i++)
            {
                gradient[i] = (gradient[i] / n) + (L2 * w[i]);
                penalty += w[i] * w[i];
            }

            return ((loss / n) + (L2 / 2 * penalty), Vector<double>.Build.DenseOfArray(gradient));
        }

        var minimizer = new LimitedMemoryBfgsMinimizer(1e-6, 1e-9, 1e-9, 10, 1000);
        var result = minimizer.FindMinimum(ObjectiveFunction.Gradient(Objective), Vector<double>.Build.Dense(features + 1));
        var fitted = result.MinimizingPoint.ToArray();
        return new IndicatorRanker(fitted[..features], fitted[features], threshold);
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
