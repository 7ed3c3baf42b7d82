using System.Globalization;
using System.Numerics;

namespace Extractor.Extraction.Categories;

/// <summary>
/// Multinomial logistic regression from <see cref="CategoryFeatures"/> to a category code of
/// models/categories.tsv. Stored as a tab-separated text file (models/indicator-model.tsv):
/// comment lines with the SHA-256 of the training data, a line of categories, then one line
/// per feature hash with a weight per category. The file is embedded in the library.
/// </summary>
public sealed class CategoryModel
{
    private const string ResourceName = "indicator-model.tsv";
    private static readonly Lazy<CategoryModel?> EmbeddedModel = new(() => TrainedModelHead.ReadEmbedded(ResourceName, Read));

    private readonly Dictionary<uint, double[]> _weights;
    private readonly double[] _keywordWeights;
    private readonly Dictionary<string, int> _categoryNumbers;

    /// <param name="keywordWeights">One weight per keyword field (label, lead-in, context), shared by all categories.</param>
    public CategoryModel(Taxonomy taxonomy, Dictionary<uint, double[]> weights, double[] keywordWeights, string trainingHash, int examples)
    {
        _keywordWeights = keywordWeights;
        Features = new CategoryFeatures(taxonomy.Keywords);
        Categories = taxonomy.Codes;
        _weights = weights;
        _categoryNumbers = Categories.Select((category, k) => (category, k)).ToDictionary(c => c.category, c => c.k, StringComparer.Ordinal);
        TrainingHash = trainingHash;
        Examples = examples;
    }

    public IReadOnlyList<string> Categories { get; }

    /// <summary>How the model turns a quantity into features (with the taxonomy's keywords it was trained with).</summary>
    public CategoryFeatures Features { get; }

    /// <summary>SHA-256 of the annotation and report files the model was trained on.</summary>
    public string TrainingHash { get; }

    public int Examples { get; }

    /// <summary>The model shipped in the library, or null when it was built without one.</summary>
    public static CategoryModel? Embedded => EmbeddedModel.Value;

    public (string Category, double Probability) Predict(string label, string leadIn, string context, string unit) =>
        Predict(Features.Of(label, leadIn, context, unit));

    public (string Category, double Probability) Predict(FeatureSet features)
    {
        var scores = new double[Categories.Count];
        foreach (var feature in features.Words)
        {
            if (_weights.TryGetValue(feature, out var w))
            {
                // Several categories at once: each score still adds its weights one by one, in the features' order.
                var k = 0;
                for (; k <= scores.Length - Vector<double>.Count; k += Vector<double>.Count)
                {
                    (new Vector<double>(scores, k) + new Vector<double>(w, k)).CopyTo(scores, k);
                }

                for (; k < scores.Length; k++)
                {
                    scores[k] += w[k];
                }
            }
        }

        for (var field = 0; field < _keywordWeights.Length; field++)
        {
            foreach (var category in features.KeywordMatches[field])
            {
                if (_categoryNumbers.TryGetValue(category, out var k))
                {
                    scores[k] += _keywordWeights[field];
                }
            }
        }

        var best = 0;
        for (var k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        var total = scores.Sum(s => Math.Exp(s - scores[best]));
        return (Categories[best], 1 / total);
    }

    public void Write(TextWriter writer)
    {
        TrainedModelHead.Write(writer, "Indicator category model: multinomial logistic regression over hashed word features.", TrainingHash, Examples);
        writer.WriteLine("categories\t" + string.Join('\t', Categories));
        foreach (var category in Categories)
        {
            writer.WriteLine($"keywords\t{category}\t{string.Join(", ", Features.Keywords[category])}");
        }

        writer.WriteLine("keyword-weights\t" + string.Join('\t', _keywordWeights.Select(x => x.ToString("0.####", CultureInfo.InvariantCulture))));

        foreach (var (feature, w) in _weights.OrderBy(p => p.Key))
        {
            writer.WriteLine(feature.ToString("x8", CultureInfo.InvariantCulture) + "\t"
                + string.Join('\t', w.Select(x => x.ToString("0.####", CultureInfo.InvariantCulture))));
        }
    }

    public static CategoryModel Read(TextReader reader)
    {
        var head = new TrainedModelHead();
        IReadOnlyList<string>? categories = null;
        var keywords = new Dictionary<string, IReadOnlyList<string>>();
        double[]? keywordWeights = null;
        var weights = new Dictionary<uint, double[]>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var cells = line.Split('\t');
            if (head.Read(cells))
            {
                continue;
            }

            switch (cells[0])
            {
                case "categories":
                    categories = cells[1..];
                    break;
                case "keyword-weights":
                    keywordWeights = [.. cells[1..].Select(x => double.Parse(x, CultureInfo.InvariantCulture))];
                    break;
                case "keywords":
                    keywords[cells[1]] = cells[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case var c when c.StartsWith('#'):
                    break;
                default:
                    weights[uint.Parse(cells[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] =
                        [.. cells[1..].Select(x => double.Parse(x, CultureInfo.InvariantCulture))];
                    break;
            }
        }

        if (categories is null || head.TrainingHash is not { } hash || keywordWeights?.Length != FeatureSet.KeywordFields.Count || weights.Values.Any(w => w.Length != categories.Count))
        {
            throw new FormatException("not an indicator model file: categories, training hash or weights missing");
        }

        return new CategoryModel(new Taxonomy(categories, keywords), weights, keywordWeights, hash, head.Examples);
    }
}
