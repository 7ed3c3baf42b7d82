using System.Globalization;
using Extractor.Extraction.Indicators;

namespace Extractor.Evaluation;

/// <summary>What training the indicator ranker measured: the corpus, and the held-out figures its threshold comes from.</summary>
/// <param name="Accuracy">Share of coded quantities given their code above the threshold, each province linked by a ranker trained on the others.</param>
/// <param name="WrongShare">Share of the codes given above the threshold that are wrong.</param>
public sealed record RankerTraining(int Quantities, int Provinces, double Threshold, double Accuracy, double WrongShare);

/// <summary>
/// Trains the indicator ranker on the annotated corpus: the threshold from cross-validation by province (the lowest
/// confidence keeping wrong codes to 3% of those given), then the weights fitted on the whole corpus, written with the
/// corpus's hash so that a test can tell a stale ranker.
/// </summary>
public static class IndicatorRankerTraining
{
    /// <param name="write">Writes the ranker's file with the writer it is given.</param>
    public static RankerTraining Train(string corpusDirectory, Action<Action<TextWriter>> write)
    {
        var quantities = LinkingCorpus.Read(corpusDirectory);
        var candidates = new IndicatorCandidates(IndicatorVocabulary.Embedded);
        var score = LinkingEvaluation.CrossValidate(quantities, candidates);
        var fitted = IndicatorRankerTrainer.Train([.. quantities.Select(q => new LinkingExample(candidates.Of(q.Words), q.Code))], score.Threshold);
        var ranker = new IndicatorRanker(fitted.Weights, fitted.None, score.Threshold) { TrainingHash = LinkingCorpus.Hash(corpusDirectory) };
        var provinces = quantities.Select(q => q.Province).Distinct().Count();
        write(writer => ranker.Write(writer, [
            $"Indicator ranker: trained by `extractor train` on {quantities.Count} quantities of {provinces} provinces (models/corpus).",
            string.Create(CultureInfo.InvariantCulture,
                $"Cross-validated by province: {score.Coded} coded, best candidate right {score.TopRight}; {score.Linked} given above the threshold, {score.Linked - score.LinkedRight} wrong ({score.WrongShare:P1})."),
        ]));
        return new RankerTraining(quantities.Count, provinces, score.Threshold, score.Accuracy, score.WrongShare);
    }
}
