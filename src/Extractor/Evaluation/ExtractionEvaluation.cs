using Extractor.Extraction;
using Extractor.Extraction.Categories;

namespace Extractor.Evaluation;

/// <summary>Where the evaluation reads from: gold records, training annotations, the reports both describe, the taxonomy.</summary>
public sealed record EvaluationData(string GoldDirectory, string AnnotationsDirectory, string ReportsDirectory, string CategoriesFile);

/// <summary>A document's score against its gold.</summary>
public sealed record DocumentScore(string Document, ExtractionScore Score, IReadOnlyList<string> Misses);

/// <summary>
/// Scores extraction against the gold, document by document. The category model is
/// cross-validated by document: each document is scored with a model trained on the other
/// documents' annotations only, so no score comes from a model that saw its document.
/// </summary>
public static class ExtractionEvaluation
{
    public static IReadOnlyList<DocumentScore> CrossValidate(EvaluationData data)
    {
        var taxonomy = Taxonomy.Load(data.CategoriesFile);
        var features = new CategoryFeatures(taxonomy.Keywords);
        var documents = TrainingSet.Documents(data.AnnotationsDirectory, data.ReportsDirectory);
        var examples = documents.ToDictionary(d => Name(d.Annotations), d => TrainingSet.Examples(d.Annotations, d.Report, features));

        var scores = new List<DocumentScore>();
        foreach (var gold in Directory.GetFiles(data.GoldDirectory, "*.tsv").Order(StringComparer.Ordinal))
        {
            var name = Name(gold);
            var report = Directory.GetFiles(data.ReportsDirectory, name + ".*").Order(StringComparer.Ordinal).FirstOrDefault()
                ?? throw new FileNotFoundException($"no report for gold {Path.GetFileName(gold)} in {data.ReportsDirectory}");
            var training = examples.Where(e => e.Key != name).SelectMany(e => e.Value).ToList();
            var model = CategoryTrainer.Train(training, taxonomy, "cross-validation");
            var records = IndicatorExtraction.Extract(ReportFile.Read(report), model);
            var misses = new List<string>();
            scores.Add(new DocumentScore(name, ExtractionScore.Of(GoldRecord.Load(gold), records, misses), misses));
        }

        return scores;
    }

    private static string Name(string path) => Path.GetFileNameWithoutExtension(path);
}
