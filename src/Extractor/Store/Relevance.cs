namespace Extractor.Store;

/// <summary>
/// bm25 over a search's candidates: term frequency saturating (k1 = 1.2) and normalised by
/// passage length against the candidates' average (b = 0.75); a term's weight, ln(1 + N/n),
/// counts the candidates holding it, so a word every candidate holds weighs least. Scores
/// compare the hits of one search only.
/// </summary>
internal static class Relevance
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    public static double[] Scores(IReadOnlyList<IReadOnlyList<string>> passages, IReadOnlyList<TermNode> terms)
    {
        var counts = passages.Select(words => terms.Select(t => PassageMatcher.Count(t, words)).ToArray()).ToList();
        var average = passages.Count == 0 ? 1 : Math.Max(1, passages.Average(p => p.Count));
        var weights = terms.Select((_, t) => Math.Log(1 + passages.Count / Math.Max(1.0, counts.Count(c => c[t] > 0)))).ToArray();
        return [.. passages.Select((words, i) => weights.Select((weight, t) =>
        {
            var frequency = counts[i][t];
            return weight * frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * words.Count / average));
        }).Sum())];
    }
}
