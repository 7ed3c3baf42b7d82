using Microsoft.Data.Sqlite;

namespace Extractor.Store;

/// <summary>The indexed terms (<c>index_terms</c>) that a query's prefixes stand for, where they are few.</summary>
internal sealed class IndexTerms(StoreConnection store)
{
    /// <summary>
    /// A prefix standing for up to this many indexed terms is searched as those terms (see
    /// <see cref="FtsMatch"/>); a shorter, broader one goes to FTS5 as a prefix.
    /// </summary>
    private const int PrefixTerms = 100;

    public Dictionary<string, IReadOnlyList<string>> Expansions(QueryNode folded)
    {
        using var command = store.Command("SELECT term FROM index_terms WHERE term >= $prefix AND term < $prefix || char(1114111) ORDER BY term LIMIT $limit");
        var prefix = command.Parameters.Add("$prefix", SqliteType.Text);
        command.Parameters.AddWithValue("$limit", PrefixTerms + 1);
        var expansions = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var word in FtsMatch.Prefixes(folded).Distinct())
        {
            prefix.Value = word;
            var terms = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    terms.Add(reader.GetString(0));
                }
            }

            if (terms.Count <= PrefixTerms)
            {
                expansions[word] = terms;
            }
        }

        return expansions;
    }
}
