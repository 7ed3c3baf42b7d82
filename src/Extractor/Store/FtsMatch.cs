using System.Text;

namespace Extractor.Store;

/// <summary>
/// Renders a parsed query as an FTS5 MATCH expression. Every word goes out as a quoted string
/// of folded letters and digits, so nothing the user typed can act as FTS5 syntax. The index
/// keeps no positions, so a phrase goes out as its words, all required: the expression then
/// finds a superset of the hits, and <see cref="PassageMatcher"/> checks each one. A prefix goes
/// out as the terms it stands for where the caller looked them up: FTS5 would otherwise merge the
/// postings of every such term across the whole index before yielding the first hit.
/// </summary>
internal sealed class FtsMatch
{
    private FtsMatch(string expression, bool complete)
    {
        Expression = expression;
        Complete = complete;
    }

    public string Expression { get; }

    /// <summary>True when the expression finds exactly the hits, with no phrase to check afterwards.</summary>
    public bool Complete { get; }

    /// <param name="node">The query, parsed without diacritics (the index holds folded text only).</param>
    /// <param name="exact">The query is to be checked with diacritics: then no exclusion goes to the
    /// index, where "NOT dong" would also leave out the "dòng" that "NOT đồng" keeps.</param>
    /// <param name="prefixes">The indexed terms each prefix stands for; a prefix not named here goes to FTS5 as a prefix.</param>
    /// <exception cref="QuerySyntaxException">The query only excludes words, or puts NOT where FTS5 cannot express it.</exception>
    public static FtsMatch Render(QueryNode node, bool exact = false, IReadOnlyDictionary<string, IReadOnlyList<string>>? prefixes = null)
    {
        var text = new StringBuilder();
        var complete = Positive(node, text, new Options(exact, prefixes ?? new Dictionary<string, IReadOnlyList<string>>()));
        return new FtsMatch(text.ToString(), complete && !exact);
    }

    /// <summary>
    /// The query loosened to words FTS5 reads without intersecting: each AND and phrase stands for
    /// its rarest part, an exclusion is left out, an OR keeps its sides. Reading a range of ids,
    /// FTS5 checks the range's end only at a hit, so an intersection with no hit left in the range
    /// walks the doclists on to the end of the index; single words and ORs of them stop at the
    /// range's end. Every passage found is then checked against the whole query.
    /// </summary>
    /// <param name="passages">How many passages hold each folded word (missing: none).</param>
    public static FtsMatch Loose(QueryNode node, IReadOnlyDictionary<string, long> passages, IReadOnlyDictionary<string, IReadOnlyList<string>>? prefixes = null)
    {
        var options = new Options(Exact: false, prefixes ?? new Dictionary<string, IReadOnlyList<string>>());
        var text = new StringBuilder();
        Rarest(node, passages, options, text);
        return new FtsMatch(text.ToString(), complete: false);
    }

    /// <summary>Renders the loosened <paramref name="node"/> and returns about how many passages it finds.</summary>
    private static long Rarest(QueryNode node, IReadOnlyDictionary<string, long> passages, Options options, StringBuilder text)
    {
        switch (node)
        {
            case TermNode term:
                var words = term.Words.Select((w, i) => (Word: w, Prefix: term.Prefix && i == term.Words.Count - 1, Passages: Passages(w, term.Prefix && i == term.Words.Count - 1)))
                    .ToList();
                var rarest = words.MinBy(w => w.Passages);
                Positive(new TermNode([rarest.Word], rarest.Prefix), text, options);
                return rarest.Passages;
            case OrNode or:
                text.Append('(');
                var sum = 0L;
                foreach (var (child, i) in or.Children.Select((c, i) => (c, i)))
                {
                    text.Append(i > 0 ? " OR " : "");
                    sum = SaturatingAdd(sum, Rarest(child, passages, options, text));
                }

                text.Append(')');
                return sum;
            case AndNode and:
                var included = and.Children.Where(c => c is not NotNode).ToList();
                if (included.Count == 0)
                {
                    throw OnlyExcludes();
                }

                var best = (Text: "", Passages: long.MaxValue);
                foreach (var child in included)
                {
                    var rendered = new StringBuilder();
                    var found = Rarest(child, passages, options, rendered);
                    if (best.Text.Length == 0 || found < best.Passages)
                    {
                        best = (rendered.ToString(), found);
                    }
                }

                text.Append(best.Text);
                return best.Passages;
            default:
                throw OnlyExcludes();
        }

        // A prefix stands for all its terms; one not expanded may stand for very many.
        long Passages(string word, bool prefix) => !prefix
            ? passages.GetValueOrDefault(word)
            : options.Prefixes.TryGetValue(word, out var terms) && terms.Count > 0
                ? terms.Aggregate(0L, (total, t) => SaturatingAdd(total, passages.GetValueOrDefault(t)))
                : long.MaxValue;
    }

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <summary>The words a loosened query may read, for the caller to count: every included word, and each expanded prefix's terms.</summary>
    public static IEnumerable<string> Words(QueryNode node, IReadOnlyDictionary<string, IReadOnlyList<string>> prefixes) => node switch
    {
        TermNode term => term.Words.SelectMany((w, i) => term.Prefix && i == term.Words.Count - 1 ? prefixes.GetValueOrDefault(w) ?? [] : [w]),
        AndNode and => and.Children.Where(c => c is not NotNode).SelectMany(c => Words(c, prefixes)),
        OrNode or => or.Children.SelectMany(c => Words(c, prefixes)),
        _ => [],
    };

    /// <summary>The prefixes (folded words before '*') of a query, for the caller to look up.</summary>
    public static IEnumerable<string> Prefixes(QueryNode node) => node switch
    {
        TermNode { Prefix: true } term => [term.Words[^1]],
        AndNode and => and.Children.SelectMany(Prefixes),
        OrNode or => or.Children.SelectMany(Prefixes),
        NotNode not => Prefixes(not.Child),
        _ => [],
    };

    private sealed record Options(bool Exact, IReadOnlyDictionary<string, IReadOnlyList<string>> Prefixes);

    private static bool Positive(QueryNode node, StringBuilder text, Options options)
    {
        switch (node)
        {
            case TermNode term:
                var words = term.Words.Select(Quoted).ToList();
                if (term.Prefix)
                {
                    words[^1] = options.Prefixes.TryGetValue(term.Words[^1], out var terms) && terms.Count > 0
                        ? $"({string.Join(" OR ", terms.Select(Quoted))})"
                        : $"{words[^1]} *";
                }

                text.Append('(').AppendJoin(" AND ", words).Append(')');
                return term.Words.Count == 1;
            case OrNode or:
                if (or.Children.Any(c => c is NotNode))
                {
                    throw new QuerySyntaxException("NOT cannot be one side of OR: write (a OR b) NOT c");
                }

                return Group(or.Children, " OR ", text, options);
            case AndNode and:
                var included = and.Children.Where(c => c is not NotNode).ToList();
                if (included.Count == 0)
                {
                    throw OnlyExcludes();
                }

                var complete = Group(included, " AND ", text, options);
                foreach (var excluded in and.Children.OfType<NotNode>())
                {
                    // Leaving out passages with all of a phrase's words would leave out too many:
                    // such an exclusion is left to the check of each hit.
                    var rendered = new StringBuilder();
                    if (Group([excluded.Child], "", rendered, options) && !options.Exact)
                    {
                        text.Append(" NOT ").Append(rendered);
                    }
                    else
                    {
                        complete = false;
                    }
                }

                return complete;
            default:
                throw OnlyExcludes();
        }
    }

    private static bool Group(IReadOnlyList<QueryNode> nodes, string separator, StringBuilder text, Options options)
    {
        var complete = true;
        text.Append('(');
        for (var i = 0; i < nodes.Count; i++)
        {
            text.Append(i > 0 ? separator : "");
            complete &= Positive(nodes[i], text, options);
        }

        text.Append(')');
        return complete;
    }

    private static string Quoted(string word) => $"\"{word.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static QuerySyntaxException OnlyExcludes() =>
        new("the query only says what to leave out: add a word to look for before NOT");
}
