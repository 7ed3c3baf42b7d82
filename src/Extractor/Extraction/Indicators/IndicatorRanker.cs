using System.Globalization;

namespace Extractor.Extraction.Indicators;

/// <summary>The indicator a quantity measures and how sure the ranker is of it (0-1).</summary>
internal sealed record IndicatorLink(IndicatorDefinition Indicator, double Confidence);

/// <summary>
/// Scores each candidate indicator of a quantity by a weighted sum of its class-agnostic features, against the score of
/// "none of these" (a learned constant): the probabilities are a softmax over the candidates and that option. The best
/// candidate is the link when it beats "none" and its probability reaches the threshold chosen on held-out provinces;
/// otherwise the quantity gets no code, never a confident wrong one.
/// </summary>
internal sealed class IndicatorRanker(IReadOnlyList<double> weights, double none, double threshold)
{
    public const string TableName = "indicator-ranker.tsv";

    private const string TrainingComment = "# training sha256 ";

    private static readonly Lazy<IndicatorRanker?> EmbeddedRanker = new(LoadEmbedded);

    /// <summary>The ranker `extractor train` wrote into models/, shipped inside the library; null when none was trained.</summary>
    public static IndicatorRanker? Embedded => EmbeddedRanker.Value;

    /// <summary>The SHA-256 of the corpus and vocabulary it was trained on, as its file states it; empty when it does not.</summary>
    public string TrainingHash { get; init; } = "";

    public IReadOnlyList<double> Weights { get; } = weights;

    /// <summary>The score of "none of the candidates".</summary>
    public double None { get; } = none;

    public double Threshold { get; } = threshold;

    /// <summary>The candidates' probabilities, in their order, and that of none of them.</summary>
    public (double[] Candidates, double None) Probabilities(IReadOnlyList<IndicatorCandidate> candidates)
    {
        var scores = candidates.Select(c => Score(c.Features)).ToArray();
        var max = scores.Append(None).Max();
        var exps = scores.Select(s => Math.Exp(s - max)).ToArray();
        var noneExp = Math.Exp(None - max);
        var sum = exps.Sum() + noneExp;
        return ([.. exps.Select(e => e / sum)], noneExp / sum);
    }

    /// <summary>The best candidate when it is likelier than none and at least as likely as the threshold; null otherwise.</summary>
    public IndicatorLink? Best(IReadOnlyList<IndicatorCandidate> candidates, double? threshold = null)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var (probabilities, none) = Probabilities(candidates);
        var order = Enumerable.Range(0, candidates.Count).OrderByDescending(i => probabilities[i]).ToList();
        var best = order[0];
        // Sure of the best as far as it stands out from its nearest rival and from "none": several weak candidates that
        // share the probability do not make the best of them unsure if none of them comes close.
        var rival = order.Count > 1 ? probabilities[order[1]] : 0;
        var confidence = probabilities[best] / (probabilities[best] + rival + none);
        return probabilities[best] > none && confidence >= (threshold ?? Threshold) ? new IndicatorLink(candidates[best].Indicator, confidence) : null;
    }

    public double Score(double[] features)
    {
        var score = 0.0;
        for (var i = 0; i < features.Length; i++)
        {
            score += Weights[i] * features[i];
        }

        return score;
    }

    /// <summary>One "name\tweight" line per feature, then "none" and "threshold"; comments and the training hash first.</summary>
    public void Write(TextWriter writer, IEnumerable<string> comments)
    {
        foreach (var comment in comments)
        {
            writer.WriteLine($"# {comment}");
        }

        writer.WriteLine(TrainingComment + TrainingHash);

        writer.WriteLine("name\tweight");
        foreach (var (name, weight) in IndicatorCandidates.FeatureNames.Zip(Weights))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}\t{weight:R}"));
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"none\t{None:R}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold\t{Threshold:R}"));
    }

    /// <summary>Reads what <see cref="Write"/> wrote; a missing feature or a line of an unknown name is an error.</summary>
    public static IndicatorRanker Read(IReadOnlyList<string> lines, string name)
    {
        var values = Annotations.AnnotationTable.Read(lines, name)
            .ToDictionary(row => row["name"], row => double.Parse(row["weight"], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        if (values.Keys.FirstOrDefault(k => k is not ("none" or "threshold") && !IndicatorCandidates.FeatureNames.Contains(k)) is { } unknown)
        {
            throw new FormatException($"{name}: unknown feature '{unknown}'");
        }

        if (IndicatorCandidates.FeatureNames.Append("none").Append("threshold").FirstOrDefault(k => !values.ContainsKey(k)) is { } missing)
        {
            throw new FormatException($"{name}: no weight for '{missing}'");
        }

        var hash = lines.FirstOrDefault(l => l.StartsWith(TrainingComment, StringComparison.Ordinal))?[TrainingComment.Length..].Trim() ?? "";
        return new IndicatorRanker([.. IndicatorCandidates.FeatureNames.Select(f => values[f])], values["none"], values["threshold"]) { TrainingHash = hash };
    }

    private static IndicatorRanker? LoadEmbedded()
    {
        using var stream = typeof(IndicatorRanker).Assembly.GetManifestResourceStream(TableName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd().Split('\n').Select(line => line.TrimEnd('\r')).ToList(), TableName);
    }
}
