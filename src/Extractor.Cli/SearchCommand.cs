using System.CommandLine;
using System.Globalization;
using Extractor.Export;
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
                using var stdout = Console.OpenStandardOutput();
                SearchJson.Write(results, stdout);
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                Render(results);
            }

            return CommandErrors.Ok;
        }));
        return command;
    }

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
            var where = string.Join(" · ", new[] { hit.Place, hit.Period, hit.Section.Length > 0 ? hit.Section : null, SearchJson.SourceName(hit.Source) }.Where(s => !string.IsNullOrEmpty(s)));
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
        if (results.Newest is { } newest)
        {
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[yellow]the query matches about {newest.Matching:N0} passages: ranked among the newest {newest.Ranked:N0} of {newest.Archive:N0} reports (from {newest.FromYear}); add words or a filter to rank the whole archive[/]"));
        }

        foreach (var name in SearchResults.FacetNames.Where(n => results.Facets[n].Count > 0))
        {
            var top = results.Facets[name].Take(FacetValuesShown).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Value} ({f.Count})"));
            var more = results.Facets[name].Count > FacetValuesShown ? ", …" : "";
            AnsiConsole.MarkupLine($"[grey]{name}:[/] {Markup.Escape(string.Join(", ", top) + more)}");
        }
    }
}
