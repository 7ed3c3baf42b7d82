namespace Extractor.Extraction.Indicators;

/// <summary>The indicator a quantity measures and how sure the ranker is of it (0-1).</summary>
internal sealed record IndicatorLink(IndicatorDefinition Indicator, double Confidence);

/// <summary>
/// Links a quantity to one of its candidate indicators in two steps. Which: each candidate scored by a weighted sum of
/// its class-agnostic features, the probabilities a softmax over the candidates. Whether: how sure the best is, from
/// its probability, its margin over the next, how many candidates there were, its own features and how far they lead the
/// runner-up's (a logistic model fitted on which best candidates were right); under the threshold chosen on held-out
/// provinces, no code is given, never a confident wrong one.
/// </summary>
internal sealed class IndicatorRanker(IReadOnlyList<double> rankWeights, IReadOnlyList<double> sureWeights, double threshold)
{
    /// <summary>What the sureness model reads of the best candidate, before the candidate's own features and how far they lead the runner-up's.</summary>
    public static readonly IReadOnlyList<string> SureNames = ["bias", "probability", "margin", "one_of_n"];

    /// <summary>Every input of the sureness model, in order, as <see cref="Best"/> gives them: the features' leads over the runner-up named "…_ahead".</summary>
    public static IEnumerable<string> SurenessInputs =>
        SureNames.Concat(IndicatorCandidates.FeatureNames).Concat(IndicatorCandidates.FeatureNames.Select(name => $"{name}_ahead"));

    public IReadOnlyList<double> RankWeights { get; } = rankWeights;

    public IReadOnlyList<double> SureWeights { get; } = sureWeights;

    public double Threshold { get; } = threshold;

    /// <summary>The candidates' probabilities of being the one, in their order.</summary>
    public double[] Probabilities(IReadOnlyList<IndicatorCandidate> candidates)
    {
        var scores = candidates.Select(c => Dot(RankWeights, c.Features)).ToArray();
        var max = scores.Length == 0 ? 0 : scores.Max();
        var exps = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exps.Sum();
        return [.. exps.Select(e => e / sum)];
    }

    /// <summary>The best candidate and what the sureness model reads of it; null without candidates.</summary>
    public (IndicatorCandidate Best, double[] Sureness)? Best(IReadOnlyList<IndicatorCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var probabilities = Probabilities(candidates);
        var order = Enumerable.Range(0, candidates.Count).OrderByDescending(i => probabilities[i]).ToList();
        var best = candidates[order[0]];
        var margin = probabilities[order[0]] - (order.Count > 1 ? probabilities[order[1]] : 0);
        // How much more the best has of each feature than the runner-up: a sibling indicator named as well makes it less sure.
        var ahead = order.Count > 1 ? best.Features.Select((f, i) => f - candidates[order[1]].Features[i]) : best.Features;
        return (best, [1, probabilities[order[0]], margin, 1.0 / candidates.Count, .. best.Features, .. ahead]);
    }

    /// <summary>The best candidate when the ranker is at least <paramref name="threshold"/> (else its own) sure of it; null otherwise.</summary>
    public IndicatorLink? Link(IReadOnlyList<IndicatorCandidate> candidates, double? threshold = null)
    {
        if (Best(candidates) is not var (best, sureness))
        {
            return null;
        }

        var confidence = 1 / (1 + Math.Exp(-Dot(SureWeights, sureness)));
        return confidence >= (threshold ?? Threshold) ? new IndicatorLink(best.Indicator, confidence) : null;
    }

    public static double Dot(IReadOnlyList<double> weights, double[] features)
    {
        var sum = 0.0;
        for (var i = 0; i < features.Length; i++)
        {
            sum += weights[i] * features[i];
        }

        return sum;
    }
}
