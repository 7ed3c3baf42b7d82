namespace Extractor.Extraction.Labels;

/// <summary>A quantity's words and where its annotated label runs among them, [Start, End).</summary>
internal sealed record LabelExample(LabelWords Words, int Start, int End);

/// <summary>
/// Fits the label model (<see cref="PenalisedFit"/>) by maximum likelihood of the annotated run among every run a label
/// may be (<see cref="LabelWords.EarliestStart"/>): a run scores its start word's features, its end word's and its
/// own as a whole, and a softmax over the runs gives its probability, as the model then chooses. A feature seen fewer
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
        var rows = examples.Select(e => Row(e)).ToList();
        var kept = rows.SelectMany(r => r.Starts.Concat(r.Ends).Concat(r.Runs.Select(run => run.Features))).SelectMany(f => f)
            .CountBy(f => f)
            .Where(c => c.Value >= LeastSeen)
            .Select(c => c.Key)
            .OrderBy(f => f.ToString(), StringComparer.Ordinal)
            .ToList();
        var index = kept.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i);
        int[] Indices(LabelFeature[] features) => [.. features.Where(index.ContainsKey).Select(f => index[f])];
        var indexed = rows.Select(r => new IndexedRow(
            [.. r.Starts.Select(Indices)],
            [.. r.Ends.Select(Indices)],
            [.. r.Runs.Select(run => (run.Start, run.Last, Indices(run.Features)))],
            r.Gold)).ToList();

        var weights = PenalisedFit.Minimize(kept.Count, L2, w =>
        {
            var gradient = new double[w.Length];
            var loss = indexed.Sum(row => Loss(w, row, gradient));
            return (loss, gradient, indexed.Count);
        });

        return new LabelModel(
            kept.Select((f, i) => (f, weights[i])).Where(p => p.Item2 != 0).ToDictionary(p => p.f, p => p.Item2),
            trainingHash,
            examples.Count);
    }

    /// <summary>Every word's features as a start and as an end, and every run a label may be with its own, the annotated one among them.</summary>
    private static (LabelFeature[][] Starts, LabelFeature[][] Ends, List<(int Start, int Last, LabelFeature[] Features)> Runs, int Gold) Row(LabelExample e)
    {
        var words = e.Words;
        var count = words.Words.Count;
        var runs = new List<(int Start, int Last, LabelFeature[] Features)>();
        for (var last = 0; last < count; last++)
        {
            for (var start = last; start >= words.EarliestStart(last); start--)
            {
                runs.Add((start, last, [.. LabelFeature.OfRun(words, start, last)]));
            }
        }

        // An annotated label across a colon is no run the model may choose, but it is still learned from.
        var gold = runs.FindIndex(r => r.Start == e.Start && r.Last == e.End - 1);
        if (gold < 0)
        {
            runs.Add((e.Start, e.End - 1, [.. LabelFeature.OfRun(words, e.Start, e.End - 1)]));
            gold = runs.Count - 1;
        }

        return (
            [.. Enumerable.Range(0, count).Select(i => LabelFeature.Of(words, i, start: true).ToArray())],
            [.. Enumerable.Range(0, count).Select(i => LabelFeature.Of(words, i, start: false).ToArray())],
            runs,
            gold);
    }

    /// <summary>The annotated run's loss among the runs (its negative log probability), its gradient added to <paramref name="gradient"/>.</summary>
    private static double Loss(double[] w, IndexedRow row, double[] gradient)
    {
        double Sum(int[] features) => features.Sum(f => w[f]);
        var starts = row.Starts.Select(Sum).ToArray();
        var ends = row.Ends.Select(Sum).ToArray();
        var scores = row.Runs.Select(r => starts[r.Start] + ends[r.Last] + Sum(r.Features)).ToArray();

        var max = scores.Max();
        var total = scores.Sum(s => Math.Exp(s - max));
        var startShare = new double[starts.Length];
        var endShare = new double[ends.Length];
        for (var k = 0; k < scores.Length; k++)
        {
            var (start, last, features) = row.Runs[k];
            var residual = (Math.Exp(scores[k] - max) / total) - (k == row.Gold ? 1 : 0);
            startShare[start] += residual;
            endShare[last] += residual;
            foreach (var f in features)
            {
                gradient[f] += residual;
            }
        }

        for (var i = 0; i < starts.Length; i++)
        {
            foreach (var f in row.Starts[i])
            {
                gradient[f] += startShare[i];
            }

            foreach (var f in row.Ends[i])
            {
                gradient[f] += endShare[i];
            }
        }

        return -(scores[row.Gold] - max - Math.Log(total));
    }

    private sealed record IndexedRow(int[][] Starts, int[][] Ends, (int Start, int Last, int[] Features)[] Runs, int Gold);
}
