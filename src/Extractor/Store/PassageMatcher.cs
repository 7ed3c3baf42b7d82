using Extractor.Text;

namespace Extractor.Store;

/// <summary>
/// A parsed query checked against one passage's words, as the index cannot: phrases (the index
/// keeps no positions), exact diacritics (it keeps folded text only) and excluded phrases.
/// Also counts how often each looked-for term occurs, for ranking.
/// </summary>
internal sealed class PassageMatcher(QueryNode query, bool exact)
{
    /// <summary>The words and phrases the query looks for, leaving out those under NOT.</summary>
    public IReadOnlyList<TermNode> Terms { get; } = [.. Included(query)];

    /// <summary>The passage's words, folded as the query was.</summary>
    public IReadOnlyList<string> Words(string text) => [.. VietnameseFold.FoldedWords(text, exact)];

    public bool Matches(IReadOnlyList<string> words) => Matches(query, words);

    /// <summary>How many times <paramref name="term"/> occurs in <paramref name="words"/>.</summary>
    public static int Count(TermNode term, IReadOnlyList<string> words)
    {
        var count = 0;
        for (var i = 0; i + term.Words.Count <= words.Count; i++)
        {
            count += At(term, words, i) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whether <paramref name="term"/> occurs starting at word <paramref name="at"/>.</summary>
    public static bool At(TermNode term, IReadOnlyList<string> words, int at)
    {
        for (var k = 0; k < term.Words.Count; k++)
        {
            var last = k == term.Words.Count - 1;
            if (!(term.Prefix && last ? words[at + k].StartsWith(term.Words[k], StringComparison.Ordinal) : words[at + k] == term.Words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(QueryNode node, IReadOnlyList<string> words) => node switch
    {
        TermNode term => Count(term, words) > 0,
        OrNode or => or.Children.Any(c => Matches(c, words)),
        AndNode and => and.Children.All(c => c is NotNode not ? !Matches(not.Child, words) : Matches(c, words)),
        NotNode not => !Matches(not.Child, words),
        _ => false,
    };

    /// <summary>The words and phrases <paramref name="node"/> looks for, leaving out those under NOT.</summary>
    public static IEnumerable<TermNode> Included(QueryNode node) => node switch
    {
        TermNode term => [term],
        AndNode and => and.Children.SelectMany(Included),
        OrNode or => or.Children.SelectMany(Included),
        _ => [],
    };
}
