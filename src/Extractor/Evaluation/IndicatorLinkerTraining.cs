using Extractor.Extraction.Categories;
using Extractor.Extraction.Indicators;
using Extractor.Extraction.Labels;

namespace Extractor.Evaluation;

/// <summary>
/// Builds the linker records are given their indicator by (models/indicator-ranker.tsv): the threshold is the one the
/// province cross-validation chooses (wrong codes at most 3% of those given on held-out provinces), the weights are
/// fitted on the whole corpus. Deterministic: the same corpus and vocabulary give the same file.
/// </summary>
public static class IndicatorLinkerTraining
{
    /// <summary>Trains on the corpus of <paramref name="corpusDirectory"/> (models/corpus), writes the linker, and returns the cross-validated figures.</summary>
    /// <param name="skipped">Receives, for each annotated document left out, why (a real document of ../shared that is absent).</param>
    /// <param name="labelModel">The label model file the quantities' labels are chosen by; null: the library's.</param>
    public static IndicatorLinkingFigures Train(string corpusDirectory, TextWriter model, ICollection<string>? skipped = null, string? labelModel = null)
    {
        var corpus = LinkingCorpus.Read(corpusDirectory, skipped, labels: labelModel is null ? null : LabelModel.Load(labelModel));
        var candidates = new IndicatorCandidates(IndicatorVocabulary.Embedded);
        var score = LinkingEvaluation.CrossValidate(corpus, candidates);
        var ranker = IndicatorRankerTrainer.Train([.. corpus.Select(q => new LinkingExample(candidates.Of(q.Words), q.Code))], score.Threshold);
        new IndicatorLinker(candidates, ranker, Hash(corpusDirectory), corpus.Count).Write(model);
        return IndicatorLinkingFigures.Of(corpus, score);
    }

    /// <summary>SHA-256 of what the linker learns from: the corpus files, the vocabulary tables and the label model beside it (models/).</summary>
    public static string Hash(string corpusDirectory)
    {
        var models = Path.GetDirectoryName(Path.GetFullPath(corpusDirectory).TrimEnd(Path.DirectorySeparatorChar))!;
        return TrainingSet.Hash(Directory.EnumerateFiles(corpusDirectory, "*.*")
            .Where(f => f.EndsWith(".tsv", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Append(Path.Combine(models, "indicators.tsv"))
            .Append(Path.Combine(models, "indicator-dimensions.tsv"))
            .Append(Path.Combine(models, "label-model.tsv")));
    }
}
