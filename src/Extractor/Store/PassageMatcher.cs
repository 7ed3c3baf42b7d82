namespace Extractor.Store;

/// <summary>
/// The words and phrases a parsed query looks for, found among a passage's words: the snippet
/// marks them where the passage holds them.
/// </summary>
internal sealed class PassageMatcher(QueryNode query)
{
    /// <summary>The words and phrases the query looks for, leaving out those under NOT.</summary>
    public IReadOnlyList<TermNode> Terms { get; } = [.. Included(query)];

    /// <summary>
    /// Whether <paramref name="term"/> occurs starting at word <paramref name="at"/> of <paramref name="words"/> (spans of the
    /// folded <paramref name="text"/>): compared where they stand, no string made per word.
    /// </summary>
    public static bool At(TermNode term, string text, IReadOnlyList<(int Start, int End)> words, int at)
    {
        for (var k = 0; k < term.Words.Count; k++)
        {
            var word = text.AsSpan(words[at + k].Start, words[at + k].End - words[at + k].Start);
            var last = k == term.Words.Count - 1;
            if (!(term.Prefix && last ? word.StartsWith(term.Words[k], StringComparison.Ordinal) : word.SequenceEqual(term.Words[k])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words and phrases <paramref name="node"/> looks for, leaving out those under NOT.</summary>
    public static IEnumerable<TermNode> Included(QueryNode node) => node switch
    {
        TermNode term => [term],
        AndNode and => and.Children.SelectMany(Included),
        OrNode or => or.Children.SelectMany(Included),
        _ => [],
    };
}
