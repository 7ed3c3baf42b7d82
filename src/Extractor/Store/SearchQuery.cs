namespace Extractor.Store;

/// <summary>A search: the query text in <see cref="QueryParser"/>'s syntax, filters, and how many hits to return.</summary>
/// <param name="Exact">Match diacritics as typed ("đồng" but not "dòng"); tone placement still does not matter.</param>
public sealed record SearchQuery(string Text, ReportFilter Filter, int Limit = 20, bool Exact = false);

/// <summary>Where a hit was found.</summary>
public enum PassageKind
{
    /// <summary>A body paragraph ("body" in the contract).</summary>
    Body,
    Footnote,
    /// <summary>An indicator record's label.</summary>
    Record,
}

/// <summary>One search hit: which report, where in it, and the passage with the matched words marked.</summary>
/// <param name="Report">Source file name.</param>
/// <param name="Section">Section labels from the root, "II > 1 > 1.1"; empty before the first section.</param>
/// <param name="Score">bm25 relevance, higher is better.</param>
public sealed record SearchHit(
    string Report,
    string? Place,
    int? Year,
    string? Period,
    string Section,
    PassageKind Source,
    Snippet Snippet,
    double Score);

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
