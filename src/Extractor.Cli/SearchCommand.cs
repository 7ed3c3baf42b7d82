using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Store;
using Spectre.Console;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor search QUERY --db FILE [filters] [--limit N] [--exact] [--json]</c>: one hit per report,
/// ranked, with place, period, section and a snippet of its best passage whose matched words are
/// highlighted, and the matching reports counted by province, place, year, period and category.
/// </summary>
internal static class SearchCommand
{
    private static readonly JsonWriterOptions Json = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var query = new Argument<string>("query")
        {
            Description = "Words (all must occur), \"a phrase\", prefix*, AND, OR, NOT, ( ); diacritics optional: thu ngan sach.",
        };
        var limit = new Option<int>("--limit") { Description = "Most hits to show.", DefaultValueFactory = _ => 20 };
        var exact = new Option<bool>("--exact") { Description = "Match diacritics as typed (tone placement hoà/hòa still ignored)." };
        var json = new Option<bool>("--json") { Description = "Write {\"hits\": [...], \"facets\": {...}} as JSON." };
        var store = new StoreOptions();
        var command = new Command("search", "Search the stored reports' paragraphs, footnotes and indicator labels: one hit per report.") { query, limit, exact, json };
        store.AddTo(command);
        command.SetAction(parse => StoreErrors.Run(() =>
        {
            using var db = store.OpenStore(parse);
            var results = db.Search(new SearchQuery(parse.GetValue(query)!, store.Filter(parse), parse.GetValue(limit), parse.GetValue(exact)));
            if (parse.GetValue(json))
            {
                WriteJson(results);
            }
            else
            {
                Render(results);
            }

            return CommandErrors.Ok;
        }));
        return command;
    }

    private static void WriteJson(SearchResults results)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, Json))
        {
            w.WriteStartObject();
            w.WriteStartArray("hits");
            foreach (var hit in results.Hits)
            {
                w.WriteStartObject();
                w.WriteString("report", hit.Report);
                w.WriteString("place", hit.Place);
                if (hit.Year is { } year)
                {
                    w.WriteNumber("year", year);
                }
                else
                {
                    w.WriteNull("year");
                }

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
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("reports", results.Reports);
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
            w.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }

    /// <summary>"body" or "footnote", as the contract's source column spells them, or "title".</summary>
    internal static string SourceName(PassageKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>How many values of each facet the table view shows.</summary>
    private const int FacetValuesShown = 5;

    private static void Render(SearchResults results)
    {
        var hits = results.Hits;
        if (hits.Count == 0)
        {
            AnsiConsole.WriteLine("no hits");
            return;
        }

        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var where = string.Join(" · ", new[] { hit.Place, hit.Period, hit.Section.Length > 0 ? hit.Section : null, SourceName(hit.Source) }.Where(s => !string.IsNullOrEmpty(s)));
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[bold]{i + 1}. {Markup.Escape(hit.Report)}[/] [grey]{Markup.Escape(where)} · {hit.Score:0.00} · {hit.Matches} {(hit.Matches == 1 ? "passage" : "passages")}[/]"));
            AnsiConsole.MarkupLine("   " + hit.Snippet.Format("[bold yellow]", "[/]", Markup.Escape));
            if (hit.Files.Count > 1)
            {
                AnsiConsole.MarkupLine($"   [grey]also as {Markup.Escape(string.Join(", ", hit.Files.Skip(1)))}[/]");
            }
        }

        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{results.Reports} {(results.Reports == 1 ? "report" : "reports")} matched[/]"));
        foreach (var name in SearchResults.FacetNames.Where(n => results.Facets[n].Count > 0))
        {
            var top = results.Facets[name].Take(FacetValuesShown).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Value} ({f.Count})"));
            var more = results.Facets[name].Count > FacetValuesShown ? ", …" : "";
            AnsiConsole.MarkupLine($"[grey]{name}:[/] {Markup.Escape(string.Join(", ", top) + more)}");
        }
    }
}
