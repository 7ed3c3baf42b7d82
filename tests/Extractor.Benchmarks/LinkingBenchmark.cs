using System.Globalization;
using Extractor.Evaluation;
using Extractor.Extraction.Indicators;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Extractor.Benchmarks;

/// <summary>
/// The indicator ranker against ML.NET learners on the same candidates and features, each cross-validated by
/// province with the same threshold rule (wrong codes at most 3% of those given): ours, a conditional logit with an
/// abstain option; ML.NET's FastTree and L-BFGS logistic regression, binary over (quantity, candidate) pairs, the
/// best-scored candidate taken and its probability as the confidence. Prints accuracy, codes given and wrong, and time.
/// Ours is a candidate softmax for which, then a logistic model of how sure.
/// </summary>
internal sealed class LinkingBenchmark : IBenchmark
{
    public string Name => "linking";

    public string Description => "indicator ranker vs ML.NET (FastTree, L-BFGS logistic) on the corpus, cross-validated by province";

    public int Run(string[] arguments)
    {
        if (RepositoryPaths.Root() is not { } root)
        {
            Console.Error.WriteLine("run from inside the repository: models/corpus is read from it");
            return 2;
        }

        var corpus = LinkingCorpus.Read(Path.Combine(root, "models", "corpus"));
        var candidates = new IndicatorCandidates(IndicatorVocabulary.Embedded);
        Console.WriteLine($"{corpus.Count} quantities, {corpus.Select(q => q.Province).Distinct().Count()} provinces, {corpus.Count(q => q.Code is not null)} coded");
        Report("ours (logit + sureness)", () => LinkingEvaluation.CrossValidate(corpus, candidates));
        var ml = new MLContext(seed: 1);
        Report("ML.NET FastTree", () => LinkingEvaluation.CrossValidate(corpus, candidates, training =>
            Pairwise(ml, training, ml.BinaryClassification.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options { NumberOfThreads = 1 }))));
        Report("ML.NET L-BFGS logistic", () => LinkingEvaluation.CrossValidate(corpus, candidates, training =>
            Pairwise(ml, training, ml.BinaryClassification.Trainers.LbfgsLogisticRegression())));
        return 0;
    }

    private static void Report(string name, Func<LinkingScore> run)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var score = run();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-26} best candidate right {score.TopRight}/{score.Coded} ({(double)score.TopRight / Math.Max(1, score.Coded):P1}); threshold {score.Threshold:0.000}: " +
            $"{score.Linked} given, {score.Linked - score.LinkedRight} wrong ({score.WrongShare:P1}), accuracy {score.Accuracy:P1}; {clock.Elapsed.TotalSeconds:0.0} s"));
    }

    private sealed class Pair
    {
        [VectorType(0)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }

    /// <summary>A binary learner over (quantity, candidate) pairs: is this candidate the annotated code.</summary>
    private static Func<IReadOnlyList<IndicatorCandidate>, IndicatorLink?> Pairwise<TModel>(
        MLContext ml, IReadOnlyList<LinkingExample> training, Microsoft.ML.Trainers.ITrainerEstimator<BinaryPredictionTransformer<TModel>, TModel> trainer)
        where TModel : class
    {
        var width = IndicatorCandidates.FeatureNames.Count;
        var pairs = training.SelectMany(e => e.Candidates.Select(c => new Pair { Features = [.. c.Features.Select(f => (float)f)], Label = c.Indicator.Code == e.Code })).ToList();
        var schema = SchemaDefinition.Create(typeof(Pair));
        schema[nameof(Pair.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var model = trainer.Fit(ml.Data.LoadFromEnumerable(pairs, schema));
        var engine = ml.Model.CreatePredictionEngine<Pair, Prediction>(model, inputSchemaDefinition: schema);
        return found =>
        {
            if (found.Count == 0)
            {
                return null;
            }

            var scored = found.Select(c => (c.Indicator, engine.Predict(new Pair { Features = [.. c.Features.Select(f => (float)f)] }).Probability)).ToList();
            var best = scored.MaxBy(s => s.Probability);
            return new IndicatorLink(best.Indicator, best.Probability);
        };
    }
}
