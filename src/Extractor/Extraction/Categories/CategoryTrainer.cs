namespace Extractor.Extraction.Categories;

/// <summary>One training example: a quantity's features and its annotated category.</summary>
public sealed record CategoryExample(FeatureSet Features, string Category);

/// <summary>
/// Fits the category model by minimising the mean negative log-likelihood plus an L2 penalty
/// with L-BFGS. Deterministic: weights start at zero and the data order is fixed.
/// </summary>
public static class CategoryTrainer
{
    private const double L2 = 0.002;

    public static CategoryModel Train(IReadOnlyList<CategoryExample> examples, Taxonomy taxonomy, string trainingHash)
    {
        var categories = taxonomy.Codes;
        var classOf = categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var featureIndex = new Dictionary<uint, int>();
        var fields = FeatureSet.KeywordFields.Count;
        var rows = examples.Select(e => (
            Features: e.Features.Words.Select(f => featureIndex.TryGetValue(f, out var i) ? i : featureIndex[f] = featureIndex.Count).ToArray(),
            Keywords: e.Features.KeywordMatches.Select(m => categories.Select(m.Contains).ToArray()).ToArray(),
            Class: classOf.TryGetValue(e.Category, out var k) ? k : throw new ArgumentException($"unknown category '{e.Category}'")))
            .ToList();
        int classes = categories.Count, features = featureIndex.Count;

        // Parameters: a weight per (word feature, class), then one shared weight per keyword field.
        var shared = classes * features;

        var fitted = PenalisedFit.Minimize(shared + fields, L2, w =>
        {
            var gradient = new double[w.Length];
            var loss = 0.0;
            var scores = new double[classes];
            foreach (var (x, keywords, y) in rows)
            {
                Array.Clear(scores);
                foreach (var f in x)
                {
                    for (var k = 0; k < classes; k++)
                    {
                        scores[k] += w[(f * classes) + k];
                    }
                }

                for (var field = 0; field < fields; field++)
                {
                    for (var k = 0; k < classes; k++)
                    {
                        scores[k] += keywords[field][k] ? w[shared + field] : 0;
                    }
                }

                var max = scores.Max();
                var sum = scores.Sum(s => Math.Exp(s - max));
                loss += Math.Log(sum) + max - scores[y];
                for (var k = 0; k < classes; k++)
                {
                    var residual = (Math.Exp(scores[k] - max) / sum) - (k == y ? 1 : 0);
                    foreach (var f in x)
                    {
                        gradient[(f * classes) + k] += residual;
                    }

                    for (var field = 0; field < fields; field++)
                    {
                        gradient[shared + field] += keywords[field][k] ? residual : 0;
                    }
                }
            }

            return (loss, gradient, rows.Count);
        });
        var weights = featureIndex.ToDictionary(
            p => p.Key,
            p => Enumerable.Range(0, classes).Select(k => fitted[(p.Value * classes) + k]).ToArray());
        var keywordWeights = Enumerable.Range(0, fields).Select(f => fitted[shared + f]).ToArray();
        return new CategoryModel(taxonomy, weights, keywordWeights, trainingHash, examples.Count);
    }
}
