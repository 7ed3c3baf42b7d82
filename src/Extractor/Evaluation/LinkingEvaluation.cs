using Extractor.Extraction.Indicators;

namespace Extractor.Evaluation;

/// <summary>How a linker did on quantities it was not trained on.</summary>
/// <param name="Coded">Quantities whose annotation has a code.</param>
/// <param name="TopRight">Of those, how many the best candidate names rightly, whatever its confidence.</param>
/// <param name="CodedRight">Of those, how many are given their code (above the threshold).</param>
/// <param name="Linked">Quantities given a code (above the threshold), coded or not.</param>
/// <param name="LinkedRight">Of those given a code, how many have that code in the annotation.</param>
/// <param name="Threshold">The confidence below which no code is given.</param>
/// <param name="Confusions">The most frequent (annotated, given) pairs among wrong codes above the threshold.</param>
/// <param name="Misses">Coded quantities whose best candidate is not their code: the label, the annotated code, the best candidate's and whether the annotated one was a candidate at all.</param>
internal sealed record LinkingScore(
    int Quantities, int Coded, int TopRight, int CodedRight, int Linked, int LinkedRight, double Threshold,
    IReadOnlyList<(string Gold, string Given, int Count)> Confusions, IReadOnlyList<LinkingMiss> Misses)
{
    /// <summary>Share of coded quantities given their annotated code.</summary>
    public double Accuracy => Coded == 0 ? 0 : (double)CodedRight / Coded;

    /// <summary>Share of given codes that are wrong.</summary>
    public double WrongShare => Linked == 0 ? 0 : (double)(Linked - LinkedRight) / Linked;
}

/// <summary>A coded quantity the linker's best candidate got wrong; <paramref name="Read"/> false when the extraction does not read it at all.</summary>
internal sealed record LinkingMiss(string Document, string Label, string Unit, string Gold, string? Best, bool GoldWasCandidate, bool Read = true);

/// <summary>
/// Cross-validates the ranker by province: for each province, trained on the others' quantities, it links that
/// province's; the threshold is the lowest that keeps wrong codes given to at most <see cref="MaxWrongShare"/> of the
/// codes given, chosen on the held-out predictions of all provinces together.
/// </summary>
internal static class LinkingEvaluation
{
    public const double MaxWrongShare = 0.03;

    /// <summary>Our ranker, trained on each fold.</summary>
    public static LinkingScore CrossValidate(IReadOnlyList<CorpusQuantity> corpus, IndicatorCandidates candidates) =>
        CrossValidate(corpus, candidates, training =>
        {
            var ranker = IndicatorRankerTrainer.Train(training, threshold: 0);
            return found => ranker.Link(found, threshold: 0);
        });

    /// <summary>
    /// Any learner: <paramref name="train"/> fits on one fold's examples and gives the linker that picks among a
    /// quantity's candidates (its best and confidence, null to abstain); the threshold is set on the pooled predictions.
    /// </summary>
    public static LinkingScore CrossValidate(
        IReadOnlyList<CorpusQuantity> corpus, IndicatorCandidates candidates, Func<IReadOnlyList<LinkingExample>, Func<IReadOnlyList<IndicatorCandidate>, IndicatorLink?>> train)
    {
        // Each province is linked by the labels a label model trained on the other provinces chooses, as a new report would be.
        corpus = LabelModelTraining.WithHeldOutLabels(corpus);
        var predictions = new List<(string? Gold, string? Top, double Confidence)>();
        var misses = new List<LinkingMiss>();
        // Each quantity's candidates once, whichever folds it serves in.
        // A quantity the extraction does not read has no candidates: it is not trained on and is given no code.
        var examples = corpus.Select(q => (Quantity: q, Example: new LinkingExample(q.Read ? candidates.Of(q.Words) : [], q.Code))).ToList();
        foreach (var province in corpus.Select(q => q.Province).Distinct(StringComparer.Ordinal))
        {
            var linker = train([.. examples.Where(e => e.Quantity.Province != province && e.Quantity.Read).Select(e => e.Example)]);
            foreach (var (quantity, example) in examples.Where(e => e.Quantity.Province == province))
            {
                var found = example.Candidates;
                var link = quantity.Read ? linker(found) : null;
                predictions.Add((quantity.Code, link?.Indicator.Code, link?.Confidence ?? 0));
                if (quantity.Code is { } gold && link?.Indicator.Code != gold)
                {
                    misses.Add(new LinkingMiss(quantity.Document, quantity.Words.Label, quantity.Words.Unit, gold, link?.Indicator.Code, found.Any(c => c.Indicator.Code == gold), quantity.Read));
                }
            }
        }

        var threshold = Threshold(predictions);
        var given = predictions.Where(p => p.Top is not null && p.Confidence >= threshold).ToList();
        var confusions = given.Where(p => p.Top != p.Gold)
            .GroupBy(p => (Gold: p.Gold ?? "(none)", Given: p.Top!))
            .Select(g => (g.Key.Gold, g.Key.Given, g.Count()))
            .OrderByDescending(c => c.Item3).ThenBy(c => c.Gold, StringComparer.Ordinal).Take(10).ToList();
        return new LinkingScore(
            predictions.Count,
            predictions.Count(p => p.Gold is not null),
            predictions.Count(p => p.Gold is not null && p.Top == p.Gold),
            given.Count(p => p.Gold is not null && p.Top == p.Gold),
            given.Count,
            given.Count(p => p.Top == p.Gold),
            threshold,
            confusions,
            misses);
    }

    /// <summary>The lowest confidence at which the codes given above it are wrong in at most <see cref="MaxWrongShare"/> of cases.</summary>
    private static double Threshold(List<(string? Gold, string? Top, double Confidence)> predictions)
    {
        var linked = predictions.Where(p => p.Top is not null).OrderByDescending(p => p.Confidence).ToList();
        var (wrong, best) = (0, 1.0);
        for (var i = 0; i < linked.Count; i++)
        {
            wrong += linked[i].Top == linked[i].Gold ? 0 : 1;
            if ((double)wrong / (i + 1) <= MaxWrongShare)
            {
                best = linked[i].Confidence;
            }
        }

        return best;
    }
}
