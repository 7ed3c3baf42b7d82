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
        var complete = Positive(node, text, new Options(exact, prefixes ?? new Dictionary<string, IReadOnlyList<string>>(), Bound: false));
        return new FtsMatch(text.ToString(), complete && !exact);
    }

    /// <summary>
    /// The query for reading one report's range of ids: every looked-for word also matches the
    /// report's end marker (<see cref="PassageId.EndToken"/>). Reading a range, FTS5 checks the
    /// range's end only at a hit, so an AND with no hit left in the range would walk the doclists
    /// on to the end of the index; bounded, it meets a hit at the end marker at the latest.
    /// Excluded words stay unbounded, so that no exclusion removes the marker.
    /// </summary>
    public static FtsMatch Bounded(QueryNode node, bool exact = false, IReadOnlyDictionary<string, IReadOnlyList<string>>? prefixes = null)
    {
        var text = new StringBuilder();
        var complete = Positive(node, text, new Options(exact, prefixes ?? new Dictionary<string, IReadOnlyList<string>>(), Bound: true));
        return new FtsMatch(text.ToString(), complete && !exact);
    }

    /// <summary>The prefixes (folded words before '*') of a query, for the caller to look up.</summary>
    public static IEnumerable<string> Prefixes(QueryNode node) => node switch
    {
        TermNode { Prefix: true } term => [term.Words[^1]],
        AndNode and => and.Children.SelectMany(Prefixes),
        OrNode or => or.Children.SelectMany(Prefixes),
        NotNode not => Prefixes(not.Child),
        _ => [],
    };

    private sealed record Options(bool Exact, IReadOnlyDictionary<string, IReadOnlyList<string>> Prefixes, bool Bound);

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

                if (options.Bound)
                {
                    words = [.. words.Select(w => $"({w} OR {Quoted(PassageId.EndToken)})")];
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
                    if (Group([excluded.Child], "", rendered, options with { Bound = false }) && !options.Exact)
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
