namespace Extractor.Extraction.Labels;

/// <summary>A quantity's words and where its annotated label runs among them, [Start, End).</summary>
internal sealed record LabelExample(LabelWords Words, int Start, int End);

/// <summary>
/// Fits the label model (<see cref="PenalisedFit"/>): by maximum likelihood of the annotated start among each
/// example's words, and of the annotated end, two conditional logits over the same features. A feature seen fewer
/// than twice in the examples is left out (a word seen once says nothing of the next report).
/// </summary>
internal static class LabelModelTrainer
{
    private const double L2 = 0.0003;
    private const int LeastSeen = 2;

    /// <summary>Where an annotated label runs among a quantity's words; null when it is not a run of them (then it cannot be learned from).</summary>
    public static LabelExample? Example(LabelWords words, string label) =>
        words.Find(label) is var (start, end) ? new LabelExample(words, start, end) : null;

    public static LabelModel Train(IReadOnlyList<LabelExample> examples, string trainingHash)
    {
        var rows = examples
            .Select(e => (
                Starts: Enumerable.Range(0, e.Words.Words.Count).Select(i => LabelFeature.Of(e.Words, i, start: true).ToArray()).ToArray(),
                Ends: Enumerable.Range(0, e.Words.Words.Count).Select(i => LabelFeature.Of(e.Words, i, start: false).ToArray()).ToArray(),
                e.Start,
                Last: e.End - 1))
            .ToList();
        var kept = rows.SelectMany(r => r.Starts.Concat(r.Ends)).SelectMany(f => f)
            .CountBy(f => f)
            .Where(c => c.Value >= LeastSeen)
            .Select(c => c.Key)
            .OrderBy(f => f.ToString(), StringComparer.Ordinal)
            .ToList();
        var index = kept.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i);
        int[][] Indices(LabelFeature[][] words) => [.. words.Select(w => w.Where(index.ContainsKey).Select(f => index[f]).ToArray())];
        var indexed = rows.Select(r => (Starts: Indices(r.Starts), Ends: Indices(r.Ends), r.Start, r.Last)).ToList();

        var weights = PenalisedFit.Minimize(kept.Count, L2, w =>
        {
            var gradient = new double[w.Length];
            var loss = 0.0;
            foreach (var (starts, ends, start, last) in indexed)
            {
                loss += Softmax(w, starts, start, gradient) + Softmax(w, ends, last, gradient);
            }

            return (loss, gradient, indexed.Count);
        });

        return new LabelModel(
            kept.Select((f, i) => (f, weights[i])).Where(p => p.Item2 != 0).ToDictionary(p => p.f, p => p.Item2),
            trainingHash,
            examples.Count);
    }

    /// <summary>The loss of the gold word among the words (its negative log probability), its gradient added to <paramref name="gradient"/>.</summary>
    private static double Softmax(double[] w, int[][] words, int gold, double[] gradient)
    {
        var scores = new double[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var f in words[i])
            {
                scores[i] += w[f];
            }
        }

        var max = scores.Max();
        var total = scores.Sum(s => Math.Exp(s - max));
        for (var i = 0; i < words.Length; i++)
        {
            var residual = (Math.Exp(scores[i] - max) / total) - (i == gold ? 1 : 0);
            foreach (var f in words[i])
            {
                gradient[f] += residual;
            }
        }

        return -(scores[gold] - max - Math.Log(total));
    }
}
