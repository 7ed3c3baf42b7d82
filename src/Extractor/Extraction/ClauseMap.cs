namespace Extractor.Extraction;

/// <summary>
/// Where clauses, sentences and parentheses begin in a passage. A percentage qualifies the
/// quantity before it in the same clause (";" and sentence ends close clauses) and at the
/// same parenthesis depth, so "28.757 triệu đồng (NSTW 27.386 triệu đồng), đạt 2% KH"
/// qualifies 28.757, not the amount in parentheses.
/// </summary>
internal sealed class ClauseMap
{
    private readonly int[] _clause;
    private readonly int[] _sentence;
    private readonly int[] _group;

    public ClauseMap(string text)
    {
        _clause = new int[text.Length + 1];
        _sentence = new int[text.Length + 1];
        _group = new int[text.Length + 1];
        int clause = 0, sentence = 0;
        var open = new Stack<int>();
        open.Push(-1);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                open.Push(i);
            }

            _clause[i] = clause;
            _sentence[i] = sentence;
            _group[i] = open.Peek();

            if (c == ')' && open.Count > 1)
            {
                open.Pop();
            }
            else if ((c == ';' && open.Count == 1) || c == '\n' || EndsSentence(text, i))
            {
                clause = i + 1;
                if (c != ';')
                {
                    sentence = i + 1;
                }
            }
        }

        _clause[text.Length] = clause;
        _sentence[text.Length] = sentence;
        _group[text.Length] = open.Peek();
    }

    /// <summary>Start of the clause that holds position <paramref name="i"/>.</summary>
    public int ClauseStart(int i) => _clause[i];

    public int SentenceStart(int i) => _sentence[i];

    /// <summary>Index of the innermost "(" open at <paramref name="i"/>, or -1.</summary>
    public int Group(int i) => _group[i];

    /// <summary>Whether two positions share a clause and a parenthesis group.</summary>
    public bool SameScope(int a, int b) => _clause[a] == _clause[b] && _group[a] == _group[b];

    /// <summary>Whether <paramref name="b"/> stands in a parenthesis opened after <paramref name="a"/> in <paramref name="a"/>'s scope: "08 vụ (tăng 02 vụ)".</summary>
    public bool Encloses(int a, int b) => _group[b] > a && SameScope(a, _group[b] - 1);

    // A full stop ends a sentence when a space and a capital (or the end) follow; "1.448" does not.
    private static bool EndsSentence(string text, int i) =>
        text[i] == '.' && (i + 1 == text.Length || (text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2])));
}
