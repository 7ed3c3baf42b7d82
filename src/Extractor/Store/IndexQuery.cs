using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Extractor.Store;

/// <summary>
/// A parsed query (<see cref="QueryNode"/>) as a Lucene query on the passage fields. Words are
/// index terms as they stand (the parser folds and splits as <see cref="FoldedWordAnalyzer"/>
/// does), so nothing typed reaches Lucene as syntax. A word must occur in the passage (a
/// paragraph, footnote or title) or in the labels of its records; the ranking adds the titles
/// above the passage and the words standing close together. Matching titles above a passage
/// would make a common title word match every passage of every report.
/// </summary>
internal static class IndexQuery
{
    /// <summary>A title word counts this much more than the same word in the passage.</summary>
    private const float HeadingBoost = 1.5f;

    /// <summary>Words of the query within this many positions of each other weigh the passage up.</summary>
    private const int ProximitySlop = 4;

    /// <summary>
    /// A prefix inside a phrase stands for at most this many indexed words (the first in order);
    /// a prefix alone standing for more is matched by Lucene's prefix query (every match marked first).
    /// </summary>
    private const int PrefixTerms = 256;

    /// <summary>The passages (paragraphs, footnotes, titles) the query matches, in their words or their records' labels, scored by BM25.</summary>
    /// <param name="parsed">The query as matched: folded, or with diacritics for an exact search.</param>
    /// <param name="folded">The same query folded.</param>
    /// <exception cref="QuerySyntaxException">The query only excludes words, or puts NOT on one side of OR.</exception>
    public static Query Passages(QueryNode parsed, QueryNode folded, bool exact, IndexReader reader)
    {
        if (!exact)
        {
            return Match(parsed, IndexFields.Text, reader);
        }

        // The words with diacritics say which passages match (the field keeps neither counts nor
        // positions); the folded words they must also have score them and hold phrases together.
        return new BooleanQuery(disableCoord: true)
        {
            { new ConstantScoreQuery(Match(parsed, IndexFields.Exact, reader)) { Boost = 0 }, Occur.MUST },
            { Match(Wanted(folded), IndexFields.Text, reader), Occur.MUST },
        };
    }

    /// <summary>The query without what it leaves out: a passage with the words as typed has these folded.</summary>
    private static QueryNode Wanted(QueryNode node) => node switch
    {
        AndNode and => new AndNode([.. and.Children.Where(c => c is not NotNode).Select(Wanted)]),
        OrNode or => new OrNode([.. or.Children.Select(Wanted)]),
        _ => node,
    };

    /// <summary>
    /// <paramref name="passages"/> (from <see cref="Passages"/>) weighed up by the query's words
    /// in the titles above a passage and by its words standing close together. These read
    /// positions and the titles of every match, so a search applies them to its best reports only.
    /// </summary>
    /// <param name="folded">The query folded (titles and positions are indexed folded only).</param>
    public static Query Boosted(Query passages, QueryNode folded)
    {
        var query = new BooleanQuery(disableCoord: true) { { passages, Occur.MUST } };
        var near = PassageMatcher.Included(folded).Where(t => !t.Prefix).SelectMany(t => t.Words).ToList();
        foreach (var word in near.Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(IndexFields.Heading, word)) { Boost = HeadingBoost }, Occur.SHOULD);
        }

        if (near.Count >= 2)
        {
            var proximity = new PhraseQuery { Slop = ProximitySlop };
            foreach (var word in near)
            {
                proximity.Add(new Term(IndexFields.Text, word));
            }

            query.Add(proximity, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Labels whose words match the query (a series by indicator).</summary>
    public static Query Labels(QueryNode folded, IndexReader reader) => Match(folded, IndexFields.LabelText, reader);

    private static Query Match(QueryNode node, string field, IndexReader reader)
    {
        switch (node)
        {
            case TermNode term:
                return Term(term, field, reader);
            case OrNode or:
                if (or.Children.Any(c => c is NotNode))
                {
                    throw new QuerySyntaxException("NOT cannot be one side of OR: write (a OR b) NOT c");
                }

                var any = new BooleanQuery(disableCoord: true);
                foreach (var child in or.Children)
                {
                    any.Add(Match(child, field, reader), Occur.SHOULD);
                }

                return any;
            case AndNode excludesOnly when excludesOnly.Children.All(c => c is NotNode):
            case NotNode:
                throw new QuerySyntaxException("the query only says what to leave out: add a word to look for before NOT");
            case AndNode and:
                var all = new BooleanQuery(disableCoord: true);
                foreach (var child in and.Children)
                {
                    // Leaving a word out means out of the passage and its labels.
                    all.Add(Match(child is NotNode excluded ? excluded.Child : child, field, reader), child is NotNode ? Occur.MUST_NOT : Occur.MUST);
                }

                return all;
            default:
                throw new ArgumentOutOfRangeException(nameof(node));
        }
    }

    private static Query Term(TermNode term, string field, IndexReader reader)
    {
        if (term.Words.Count == 1)
        {
            var only = new Term(field, term.Words[0]);
            if (!term.Prefix)
            {
                // The word's place in every segment's terms, looked up once: the boosted query (Boosted) holds this one
                // again, and each weight made of a query without them looked the word up in every segment.
                return new TermQuery(only, TermContext.Build(reader.Context, only));
            }

            // The words a prefix stands for, each read with skips: Lucene's own prefix query first
            // marks every passage of every word in the archive, whatever part of it a search reads.
            var words = Expand(reader, field, term.Words[0], PrefixTerms + 1).ToList();
            if (words.Count is 0 or > PrefixTerms)
            {
                return new PrefixQuery(only);
            }

            var any = new BooleanQuery(disableCoord: true);
            foreach (var word in words)
            {
                any.Add(new TermQuery(word), Occur.SHOULD);
            }

            return new ConstantScoreQuery(any);
        }

        if (field == IndexFields.Exact)
        {
            // No positions as typed: each word here, the phrase in the folded words (Passages).
            var typed = new BooleanQuery(disableCoord: true);
            foreach (var (word, i) in term.Words.Select((w, i) => (w, i)))
            {
                typed.Add(Term(new TermNode([word], term.Prefix && i == term.Words.Count - 1), field, reader), Occur.MUST);
            }

            return typed;
        }

        var phrase = new MultiPhraseQuery();
        foreach (var word in term.Words.Take(term.Words.Count - 1))
        {
            phrase.Add(new Term(field, word));
        }

        var last = term.Words[^1];
        // A prefix no indexed word starts with stands for itself, so the phrase finds nothing.
        var endings = term.Prefix ? Expand(reader, field, last, PrefixTerms).ToArray() : [];
        phrase.Add(endings.Length > 0 ? endings : [new Term(field, last)]);
        return phrase;
    }

    /// <summary>Indexed words of <paramref name="field"/> that start with <paramref name="prefix"/>, at most <paramref name="most"/>.</summary>
    private static IEnumerable<Term> Expand(IndexReader reader, string field, string prefix, int most)
    {
        var terms = MultiFields.GetTerms(reader, field)?.GetEnumerator();
        var start = new BytesRef(prefix);
        var found = 0;
        if (terms is not null && terms.SeekCeil(start) != TermsEnum.SeekStatus.END)
        {
            do
            {
                if (!StringHelper.StartsWith(terms.Term, start))
                {
                    break;
                }

                found++;
                yield return new Term(field, BytesRef.DeepCopyOf(terms.Term));
            }
            while (found < most && terms.MoveNext());
        }
    }
}
