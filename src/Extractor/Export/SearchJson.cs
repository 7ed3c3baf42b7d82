using System.Text.Json;
using Extractor.Store;

namespace Extractor.Export;

/// <summary>
/// The contract's JSON of a search, written by <c>search --json</c> and the web page's <c>/api/search</c>:
/// <c>{"hits": [...], "reports": N, "newest_only": null, "facets": {"province": [{"value", "count"}], ...}}</c>.
/// </summary>
public static class SearchJson
{
    public static void Write(SearchResults results, Stream output)
    {
        using var w = new Utf8JsonWriter(output, ContractJson.Options);
        w.WriteStartObject();
        w.WriteStartArray("hits");
        foreach (var hit in results.Hits)
        {
            w.WriteStartObject();
            w.WriteString("report", hit.Report);
            w.WriteString("place", hit.Place);
            ContractJson.WriteNumberOrNull(w, "year", hit.Year);
            w.WriteString("period", hit.Period);
            w.WriteString("section", hit.Section);
            w.WriteString("source", SourceName(hit.Source));
            w.WriteString("snippet", hit.Snippet.Format());
            w.WriteNumber("score", Math.Round(hit.Score, 4));
            w.WriteNumber("matches", hit.Matches);
            w.WriteStartArray("files");
            foreach (var file in hit.Files)
            {
                w.WriteStringValue(file);
            }

            w.WriteEndArray();
            // An addition to the contract: the id that /api/reports/{id} and the report page take.
            w.WriteNumber("report_id", hit.ReportId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteFacets(w, results);
        w.WriteEndObject();
    }

    /// <summary>Only the counts: <c>{"reports": N, "facets": {...}}</c>.</summary>
    public static void WriteFacets(SearchResults results, Stream output)
    {
        using var w = new Utf8JsonWriter(output, ContractJson.Options);
        w.WriteStartObject();
        WriteFacets(w, results);
        w.WriteEndObject();
    }

    /// <summary>"body" or "footnote", as the contract's source column spells them, or "title".</summary>
    public static string SourceName(PassageKind kind) => kind.ToString().ToLowerInvariant();

    private static void WriteFacets(Utf8JsonWriter w, SearchResults results)
    {
        w.WriteNumber("reports", results.Reports);
        // An addition to the contract: null when every matching report was ranked.
        if (results.Newest is { } newest)
        {
            w.WriteStartObject("newest_only");
            w.WriteNumber("matching_passages", newest.Matching);
            w.WriteNumber("reports_ranked", newest.Ranked);
            w.WriteNumber("reports_in_archive", newest.Archive);
            w.WriteNumber("from_year", newest.FromYear);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("newest_only");
        }

        w.WriteStartObject("facets");
        foreach (var name in SearchResults.FacetNames)
        {
            w.WriteStartArray(name);
            foreach (var facet in results.Facets[name])
            {
                w.WriteStartObject();
                w.WriteString("value", facet.Value);
                w.WriteNumber("count", facet.Count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }
}
