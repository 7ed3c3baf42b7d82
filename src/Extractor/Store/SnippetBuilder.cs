using Extractor.Text;

namespace Extractor.Store;

/// <summary>
/// Cuts an excerpt of a passage around its first match and marks every word the query looked
/// for. Matching runs on the folded text and the offset map carries each match back to the
/// original, so "ngan sach" highlights "ngân sách" as the report wrote it.
/// </summary>
internal sealed class SnippetBuilder
{
    private const int WordsBefore = 8;
    private const int MaxWords = 36;

    private readonly IReadOnlyList<TermNode> _terms;
    private readonly bool _exact;

    public SnippetBuilder(PassageMatcher matcher, bool exact)
    {
        _terms = matcher.Terms;
        _exact = exact;
    }

    public Snippet Build(string original)
    {
        var folded = VietnameseFold.FoldWithOffsets(original, _exact);
        var words = VietnameseFold.Words(folded.Text).ToList();
        var marked = new bool[words.Count];
        foreach (var term in _terms)
        {
            for (var i = 0; i + term.Words.Count <= words.Count; i++)
            {
                if (PassageMatcher.At(term, folded.Text, words, i))
                {
                    Array.Fill(marked, true, i, term.Words.Count);
                }
            }
        }

        if (words.Count == 0)
        {
            return new Snippet(original, []);
        }

        var first = Array.IndexOf(marked, true);
        var from = Math.Max(0, first - WordsBefore);
        var to = Math.Min(words.Count, from + MaxWords);
        var start = from == 0 ? 0 : folded.Original(words[from].Start, words[from].End).Start;
        var end = to == words.Count ? original.Length : folded.Original(words[to - 1].Start, words[to - 1].End).End;
        var lead = from == 0 ? "" : "… ";
        var highlights = new List<(int Start, int Length)>();
        for (var i = from; i < to; i++)
        {
            if (!marked[i])
            {
                continue;
            }

            // A run of marked words ("ngân sách" for a phrase) becomes one highlight.
            var run = i;
            while (run + 1 < to && marked[run + 1])
            {
                run++;
            }

            var (s, e) = (folded.Original(words[i].Start, words[i].End).Start, folded.Original(words[run].Start, words[run].End).End);
            highlights.Add((s - start + lead.Length, e - s));
            i = run;
        }

        var text = lead + original[start..end] + (to == words.Count ? "" : " …");
        return new Snippet(text, highlights);
    }
}
