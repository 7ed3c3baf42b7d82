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
    private readonly double[] _rank = [.. rankWeights];
    private readonly double[] _sure = [.. sureWeights];

    /// <summary>What the sureness model reads of the best candidate, before the candidate's own features and how far they lead the runner-up's.</summary>
    public static readonly IReadOnlyList<string> SureNames = ["bias", "probability", "margin", "one_of_n"];

    /// <summary>Every input of the sureness model, in order, as <see cref="Best"/> gives them: the features' leads over the runner-up named "…_ahead".</summary>
    public static IEnumerable<string> SurenessInputs =>
        SureNames.Concat(IndicatorCandidates.FeatureNames).Concat(IndicatorCandidates.FeatureNames.Select(name => $"{name}_ahead"));

    public IReadOnlyList<double> RankWeights => _rank;

    public IReadOnlyList<double> SureWeights => _sure;

    public double Threshold { get; } = threshold;

    /// <summary>The candidates' probabilities of being the one, in their order.</summary>
    public double[] Probabilities(IReadOnlyList<IndicatorCandidate> candidates)
    {
        var probabilities = new double[candidates.Count];
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] = Dot(_rank, candidates[i].Features);
        }

        var max = probabilities.Length == 0 ? 0 : probabilities.Max();
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] = Math.Exp(probabilities[i] - max);
        }

        var sum = probabilities.Sum();
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] /= sum;
        }

        return probabilities;
    }

    /// <summary>The best candidate and what the sureness model reads of it; null without candidates.</summary>
    public (IndicatorCandidate Best, double[] Sureness)? Best(IReadOnlyList<IndicatorCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var probabilities = Probabilities(candidates);

        // The most probable and the runner-up, the first of equals first (as a stable sort by probability would give them).
        var (first, second) = (0, -1);
        for (var i = 1; i < probabilities.Length; i++)
        {
            if (probabilities[i] > probabilities[first])
            {
                (first, second) = (i, first);
            }
            else if (second < 0 || probabilities[i] > probabilities[second])
            {
                second = i;
            }
        }

        var best = candidates[first];
        var margin = probabilities[first] - (second >= 0 ? probabilities[second] : 0);
        var features = best.Features;
        var sureness = new double[SureNames.Count + (2 * features.Length)];
        (sureness[0], sureness[1], sureness[2], sureness[3]) = (1, probabilities[first], margin, 1.0 / candidates.Count);
        for (var i = 0; i < features.Length; i++)
        {
            // How much more the best has of each feature than the runner-up: a sibling indicator named as well makes it less sure.
            sureness[SureNames.Count + i] = features[i];
            sureness[SureNames.Count + features.Length + i] = second >= 0 ? features[i] - candidates[second].Features[i] : features[i];
        }

        return (best, sureness);
    }

    /// <summary>The best candidate when the ranker is at least <paramref name="threshold"/> (else its own) sure of it; null otherwise.</summary>
    public IndicatorLink? Link(IReadOnlyList<IndicatorCandidate> candidates, double? threshold = null)
    {
        if (Best(candidates) is not var (best, sureness))
        {
            return null;
        }

        var confidence = 1 / (1 + Math.Exp(-Dot(_sure, sureness)));
        return confidence >= (threshold ?? Threshold) ? new IndicatorLink(best.Indicator, confidence) : null;
    }

    public static double Dot(double[] weights, double[] features)
    {
        var sum = 0.0;
        for (var i = 0; i < features.Length; i++)
        {
            sum += weights[i] * features[i];
        }

        return sum;
    }
}
