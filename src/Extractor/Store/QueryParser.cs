using Extractor.Text;

namespace Extractor.Store;

/// <summary>
/// The search syntax, small on purpose:
/// <list type="bullet">
/// <item><c>thu ngân sách</c>: every word must occur (in any order, in one paragraph, footnote or record label);</item>
/// <item><c>"thu ngân sách"</c>: the words next to each other in this order;</item>
/// <item><c>lúa*</c>, <c>"vụ đông*"</c>: a word starting so;</item>
/// <item><c>AND</c>, <c>OR</c>, <c>NOT</c> (upper case; lower case they are words) and parentheses: <c>(lúa OR ngô) NOT "vụ mùa"</c>.
/// NOT binds tightest, then AND, then OR.</item>
/// </list>
/// Words are folded like the index (<see cref="VietnameseFold"/>); punctuation separates words,
/// so "25.693" is the phrase "25 693" and "col:" is the word "col". A quote or parenthesis left
/// open closes at the end. Anything else that cannot mean a search is a <see cref="QuerySyntaxException"/>.
/// </summary>
internal static class QueryParser
{
    public const int MaxLength = 1000;
    public const int MaxWords = 64;
    public const int MaxDepth = 16;

    /// <exception cref="QuerySyntaxException">The query is empty, too long, or its operators are misplaced.</exception>
    public static QueryNode Parse(string text, bool exact = false)
    {
        if (text.Length > MaxLength)
        {
            throw new QuerySyntaxException($"the query is {text.Length} characters long; at most {MaxLength} are allowed");
        }

        var parser = new Parser(Lexer.Tokens(text), exact);
        var node = parser.Or(depth: 0) ?? throw new QuerySyntaxException("nothing to search for: the query has no words");
        if (!parser.AtEnd)
        {
            throw new QuerySyntaxException($"unexpected ')' at character {parser.Position + 1}: no '(' opens it");
        }

        return node;
    }

    private enum Kind
    {
        Word,
        Phrase,
        Open,
        Close,
        And,
        Or,
        Not,
    }

    private sealed record Token(Kind Kind, string Text, bool Prefix, int Position);

    private static class Lexer
    {
        public static List<Token> Tokens(string text)
        {
            var tokens = new List<Token>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                }
                else if (c is '(' or ')')
                {
                    tokens.Add(new Token(c == '(' ? Kind.Open : Kind.Close, c.ToString(), false, i++));
                }
                else if (c == '"')
                {
                    var start = i;
                    var close = text.IndexOf('"', i + 1);
                    var end = close < 0 ? text.Length : close;
                    i = close < 0 ? text.Length : close + 1;
                    var prefix = i < text.Length && text[i] == '*';
                    i += prefix ? 1 : 0;
                    tokens.Add(new Token(Kind.Phrase, text[(start + 1)..end], prefix, start));
                }
                else
                {
                    var start = i;
                    while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"'))
                    {
                        i++;
                    }

                    var word = text[start..i];
                    tokens.Add(word switch
                    {
                        "AND" => new Token(Kind.And, word, false, start),
                        "OR" => new Token(Kind.Or, word, false, start),
                        "NOT" => new Token(Kind.Not, word, false, start),
                        _ => new Token(Kind.Word, word.TrimEnd('*'), word.EndsWith('*'), start),
                    });
                }
            }

            return tokens;
        }
    }

    private sealed class Parser(List<Token> tokens, bool exact)
    {
        private int _next;
        private int _words;

        public bool AtEnd => _next == tokens.Count;

        public int Position => tokens[_next].Position;

        private Token? Peek => _next < tokens.Count ? tokens[_next] : null;

        public QueryNode? Or(int depth)
        {
            var children = new List<QueryNode>();
            while (true)
            {
                var left = Peek;
                if (And(depth) is { } and)
                {
                    children.Add(and);
                }

                if (Peek?.Kind != Kind.Or)
                {
                    break;
                }

                var or = tokens[_next++];
                if (children.Count == 0 || left == or)
                {
                    throw Misplaced(or, "OR needs something to search for on its left");
                }
            }

            if (children.Count > 0 && _next > 0 && tokens[_next - 1].Kind == Kind.Or)
            {
                throw Misplaced(tokens[_next - 1], "OR needs something to search for on its right");
            }

            return children.Count switch { 0 => null, 1 => children[0], _ => new OrNode(children) };
        }

        private QueryNode? And(int depth)
        {
            var children = new List<QueryNode>();
            while (Peek is { Kind: not (Kind.Or or Kind.Close) } token)
            {
                if (token.Kind == Kind.And)
                {
                    _next++;
                    if (children.Count == 0 || Peek is null or { Kind: Kind.Or or Kind.Close or Kind.And })
                    {
                        throw Misplaced(token, "AND needs something to search for on both sides");
                    }

                    continue;
                }

                if (Unary(depth) is { } node)
                {
                    children.Add(node);
                }
            }

            return children.Count switch { 0 => null, 1 => children[0], _ => new AndNode(children) };
        }

        private QueryNode? Unary(int depth)
        {
            var token = tokens[_next];
            if (token.Kind != Kind.Not)
            {
                return Primary(depth);
            }

            _next++;
            if (Peek is null or { Kind: Kind.Or or Kind.Close or Kind.And })
            {
                throw Misplaced(token, "NOT needs a word or a group after it");
            }

            return Unary(depth) is { } child ? new NotNode(child) : null;
        }

        private QueryNode? Primary(int depth)
        {
            var token = tokens[_next++];
            switch (token.Kind)
            {
                case Kind.Open:
                    if (depth + 1 > MaxDepth)
                    {
                        throw new QuerySyntaxException($"parentheses are nested more than {MaxDepth} deep");
                    }

                    var inner = Or(depth + 1);
                    if (Peek?.Kind == Kind.Close)
                    {
                        _next++;
                    }

                    return inner;
                case Kind.Word or Kind.Phrase:
                    var words = VietnameseFold.FoldedWords(token.Text, exact).ToList();
                    _words += words.Count;
                    if (_words > MaxWords)
                    {
                        throw new QuerySyntaxException($"the query has more than {MaxWords} words");
                    }

                    // A word of punctuation only ("-", "^", "*") searches for nothing and is dropped.
                    return words.Count == 0 ? null : new TermNode(words, token.Prefix);
                default:
                    throw Misplaced(token, $"unexpected '{token.Text}'");
            }
        }

        private static QuerySyntaxException Misplaced(Token token, string what) =>
            new($"{what} (at character {token.Position + 1})");
    }
}
