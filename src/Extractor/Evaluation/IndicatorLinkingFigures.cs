using Extractor.Extraction.Indicators;

namespace Extractor.Evaluation;

/// <summary>
/// The indicator linker cross-validated by province on the annotated corpus (models/corpus): each province linked by a
/// ranker trained on the others, the threshold the lowest confidence that keeps wrong codes to 3% of those given.
/// </summary>
/// <param name="Coded">Quantities whose annotation has a code.</param>
/// <param name="BestRight">Coded quantities whose best candidate is their code, whatever the confidence.</param>
/// <param name="Given">Quantities given a code above the threshold; <paramref name="GivenWrong"/> of them wrongly (a quantity annotated with no code counts as wrong when given one).</param>
/// <param name="Accuracy">Share of coded quantities given their code above the threshold.</param>
/// <param name="Misses">Coded quantities whose best candidate is not their code, one line each.</param>
public sealed record IndicatorLinkingFigures(
    int Quantities, int Provinces, int Coded, int BestRight, int Given, int GivenWrong, double Threshold, double Accuracy, IReadOnlyList<string> Misses)
{
    public static IndicatorLinkingFigures CrossValidate(string corpusDirectory)
    {
        var corpus = LinkingCorpus.Read(corpusDirectory);
        return Of(corpus, LinkingEvaluation.CrossValidate(corpus, new IndicatorCandidates(IndicatorVocabulary.Embedded)));
    }

    internal static IndicatorLinkingFigures Of(IReadOnlyList<CorpusQuantity> corpus, LinkingScore score) =>
        new(
            corpus.Count,
            corpus.Select(q => q.Province).Distinct().Count(),
            score.Coded,
            score.TopRight,
            score.Linked,
            score.Linked - score.LinkedRight,
            score.Threshold,
            score.Accuracy,
            [.. score.Misses.Select(m => $"{m.Document}: \"{m.Label}\" [{m.Unit}] annotated {m.Gold}, best {m.Best ?? "none"}{(!m.Read ? " (the extraction does not read it)" : m.GoldWasCandidate ? "" : " (the annotated code was no candidate)")}")]);
}
