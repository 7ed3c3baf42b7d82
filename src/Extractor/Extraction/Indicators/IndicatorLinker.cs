using System.Globalization;

namespace Extractor.Extraction.Indicators;

/// <summary>
/// The linker records are given their indicator by: the vocabulary's candidates and the ranker trained on the annotated
/// corpus, with the threshold chosen on held-out provinces. Stored as a tab-separated text file
/// (models/indicator-ranker.tsv, embedded in the library): comment lines with the SHA-256 of the training data, the
/// threshold, then one weight per line, named by the feature it weighs, so a file trained with other features is refused.
/// </summary>
internal sealed class IndicatorLinker(IndicatorCandidates candidates, IndicatorRanker ranker, string trainingHash, int examples)
{
    private const string ResourceName = "indicator-ranker.tsv";
    private static readonly Lazy<IndicatorLinker?> EmbeddedLinker = new(() => TrainedModelHead.ReadEmbedded(ResourceName, reader => Read(reader, new IndicatorCandidates(IndicatorVocabulary.Embedded))));

    /// <summary>The linker shipped in the library, or null when it was built without one.</summary>
    public static IndicatorLinker? Embedded => EmbeddedLinker.Value;

    public IndicatorRanker Ranker { get; } = ranker;

    /// <summary>SHA-256 of the corpus annotations and vocabulary tables the ranker was trained on.</summary>
    public string TrainingHash { get; } = trainingHash;

    /// <summary>The indicator the quantity measures when the ranker is sure enough of it; null otherwise.</summary>
    public IndicatorLink? Link(QuantityWords quantity) => Ranker.Link(candidates.ForLinking(quantity));

    public void Write(TextWriter writer)
    {
        if (Ranker.RankWeights.Count != IndicatorCandidates.FeatureNames.Count || Ranker.SureWeights.Count != IndicatorRanker.SurenessInputs.Count())
        {
            throw new InvalidOperationException("the ranker's weights do not match the features it is written by");
        }

        TrainedModelHead.Write(writer, "Indicator linker: which candidate (softmax weights over the candidate features) and how sure (logistic weights).", TrainingHash, examples);
        writer.WriteLine(Line("threshold", Ranker.Threshold));
        foreach (var (name, weight) in IndicatorCandidates.FeatureNames.Zip(Ranker.RankWeights, (name, weight) => (name, weight)))
        {
            writer.WriteLine(Line($"rank\t{name}", weight));
        }

        foreach (var (name, weight) in IndicatorRanker.SurenessInputs.Zip(Ranker.SureWeights, (name, weight) => (name, weight)))
        {
            writer.WriteLine(Line($"sure\t{name}", weight));
        }
    }

    /// <exception cref="FormatException">Not a linker file, or one trained with other features than these.</exception>
    public static IndicatorLinker Read(TextReader reader, IndicatorCandidates candidates)
    {
        var head = new TrainedModelHead();
        var threshold = double.NaN;
        var (rank, sure) = (new List<(string, double)>(), new List<(string, double)>());
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var cells = line.Split('\t');
            if (head.Read(cells))
            {
                continue;
            }

            switch (cells[0])
            {
                case "threshold":
                    threshold = Number(cells[1]);
                    break;
                case "rank" when cells.Length == 3:
                    rank.Add((cells[1], Number(cells[2])));
                    break;
                case "sure" when cells.Length == 3:
                    sure.Add((cells[1], Number(cells[2])));
                    break;
                case var c when c.StartsWith('#') || c.Length == 0:
                    break;
                default:
                    throw new FormatException($"not an indicator linker line: '{line}'");
            }
        }

        if (head.TrainingHash is not { } hash || double.IsNaN(threshold))
        {
            throw new FormatException("not an indicator linker file: training hash or threshold missing");
        }

        if (!rank.Select(w => w.Item1).SequenceEqual(IndicatorCandidates.FeatureNames) || !sure.Select(w => w.Item1).SequenceEqual(IndicatorRanker.SurenessInputs))
        {
            throw new FormatException("the indicator linker was trained with other features: run `extractor train`");
        }

        return new IndicatorLinker(candidates, new IndicatorRanker([.. rank.Select(w => w.Item2)], [.. sure.Select(w => w.Item2)], threshold), hash, head.Examples);
    }

    private static string Line(string name, double value) => $"{name}\t{value.ToString("0.######", CultureInfo.InvariantCulture)}";

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
