using System.Text;

namespace Extractor.Store;

/// <summary>
/// Renders a parsed query as an FTS5 MATCH expression on one column. Every word goes out as a
/// quoted string of folded letters and digits, so nothing the user typed can act as FTS5 syntax.
/// </summary>
internal static class FtsMatch
{
    /// <exception cref="QuerySyntaxException">The query only excludes words, or puts NOT where FTS5 cannot express it.</exception>
    public static string Render(QueryNode node, string column)
    {
        var text = new StringBuilder();
        Positive(node, column, text);
        return text.ToString();
    }

    private static void Positive(QueryNode node, string column, StringBuilder text)
    {
        switch (node)
        {
            case TermNode term:
                text.Append(column).Append(" : \"").Append(string.Join(' ', term.Words).Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                if (term.Prefix)
                {
                    text.Append(" *");
                }

                break;
            case OrNode or:
                if (or.Children.Any(c => c is NotNode))
                {
                    throw new QuerySyntaxException("NOT cannot be one side of OR: write (a OR b) NOT c");
                }

                Group(or.Children, " OR ", column, text);
                break;
            case AndNode and:
                var included = and.Children.Where(c => c is not NotNode).ToList();
                if (included.Count == 0)
                {
                    throw OnlyExcludes();
                }

                Group(included, " AND ", column, text);
                foreach (var excluded in and.Children.OfType<NotNode>())
                {
                    text.Append(" NOT ");
                    Group([excluded.Child], "", column, text);
                }

                break;
            case NotNode:
                throw OnlyExcludes();
        }
    }

    private static void Group(IReadOnlyList<QueryNode> nodes, string separator, string column, StringBuilder text)
    {
        text.Append('(');
        for (var i = 0; i < nodes.Count; i++)
        {
            text.Append(i > 0 ? separator : "");
            Positive(nodes[i], column, text);
        }

        text.Append(')');
    }

    private static QuerySyntaxException OnlyExcludes() =>
        new("the query only says what to leave out: add a word to look for before NOT");
}
