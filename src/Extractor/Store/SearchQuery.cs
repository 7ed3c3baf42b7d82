namespace Extractor.Store;

/// <summary>A search: the query text in <see cref="QueryParser"/>'s syntax, filters, and which page of hits to return.</summary>
/// <param name="Limit">How many hits to return (1 to 1,000).</param>
/// <param name="Exact">Match diacritics as typed ("đồng" but not "dòng"); tone placement still does not matter.</param>
/// <param name="Offset">How many of the best hits to pass over: the hits are those ranked <c>Offset + 1</c> to <c>Offset + Limit</c>; facets and the count of reports do not change with it.</param>
public sealed record SearchQuery(string Text, ReportFilter Filter, int Limit = 20, bool Exact = false, int Offset = 0);

/// <summary>Where a hit was found.</summary>
public enum PassageKind
{
    /// <summary>A body paragraph or table row ("body" in the contract).</summary>
    Body,
    Footnote,
    /// <summary>The report's title or a section's ("title", an addition to the contract's sources).</summary>
    Title,
}

/// <summary>
/// What a search found: one hit per report, best first, and how the matching reports divide by
/// province, place, year, period and category (<see cref="Facets"/>, each report counted once per value).
/// </summary>
/// <param name="Reports">How many reports matched in all, of which <see cref="Hits"/> are the first.</param>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, int Reports)
{
    /// <summary>The facets, in the order a page or table shows them.</summary>
    public static IReadOnlyList<string> FacetNames { get; } = ["province", "place", "year", "period", "category"];

    /// <summary>
    /// Set when the query matched more passages than a search ranks over the whole archive:
    /// the hits, the facets and <see cref="Reports"/> are then of the newest reports only. Null
    /// when every matching report was ranked.
    /// </summary>
    public NewestOnly? Newest { get; init; }
}

/// <summary>
/// A query matching so much of the archive that it was ranked among the newest reports only
/// (those holding about <c>PassageSearch.RankedMatches</c> of its matches), so that it answers
/// in time; more words or a filter rank the whole archive.
/// </summary>
/// <param name="Matching">About how many passages the query matches (the index's estimate before ranking: for words that must all occur, the rarest word's passages; with a filter, the share of the passages it keeps).</param>
/// <param name="Ranked">How many reports were ranked: the newest, by year and then the last stored.</param>
/// <param name="Archive">How many reports the search could have ranked: the whole archive, or those a filter keeps.</param>
/// <param name="FromYear">The year of the oldest report ranked (some reports of that year may be left out).</param>
public sealed record NewestOnly(long Matching, int Ranked, int Archive, int FromYear);

/// <summary>How many matching reports have <paramref name="Value"/> for a facet.</summary>
public sealed record FacetCount(string Value, int Count)
{
    /// <summary>The counts in the order a page shows them: most first, then by value.</summary>
    internal static List<FacetCount> MostFirst(IEnumerable<FacetCount> counts) =>
        [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)];
}

/// <summary>One search hit: a report, its passage that matched best, where that stands, with the matched words marked.</summary>
/// <param name="ReportId">The store's id of the report, by which a page links the hit to it.</param>
/// <param name="Report">Source file name.</param>
/// <param name="Section">Section labels from the root, "II > 1 > 1.1"; empty before the first section.</param>
/// <param name="Score">BM25 relevance over the whole archive of the report's three best passages (the second counting half, the third a quarter), higher is better.</param>
/// <param name="Matches">How many passages of the report matched.</param>
/// <param name="Files">The report's files by name: the one it was read from first, then its twins (the same document in other files).</param>
public sealed record SearchHit(
    long ReportId,
    string Report,
    string? Place,
    int? Year,
    string? Period,
    string Section,
    PassageKind Source,
    Snippet Snippet,
    double Score,
    int Matches,
    IReadOnlyList<string> Files);

/// <summary>An excerpt of the original text and the spans in it that matched the query.</summary>
public sealed record Snippet(string Text, IReadOnlyList<(int Start, int Length)> Highlights)
{
    /// <summary>The excerpt with each highlight wrapped in <paramref name="open"/> and <paramref name="close"/>; <paramref name="escape"/> applies to the text between.</summary>
    public string Format(string open = "<b>", string close = "</b>", Func<string, string>? escape = null)
    {
        escape ??= s => s;
        var text = new System.Text.StringBuilder();
        var at = 0;
        foreach (var (start, length) in Highlights)
        {
            text.Append(escape(Text[at..start])).Append(open).Append(escape(Text.Substring(start, length))).Append(close);
            at = start + length;
        }

        return text.Append(escape(Text[at..])).ToString();
    }
}
