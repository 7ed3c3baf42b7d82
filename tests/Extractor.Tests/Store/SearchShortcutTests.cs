using System.Text.Json;
using NUnit.Framework;
using Extractor.Export;
using Extractor.Store;

namespace Extractor.Tests.Store;

/// <summary>
/// A query matching more passages than a search ranks over the whole archive
/// (<see cref="PassageSearch.RankedMatches"/>) is ranked among the newest reports only, and the
/// results say so; a narrower query over the same archive is ranked whole.
/// </summary>
public sealed class SearchShortcutTests
{
    /// <summary>Ten reports a year from 2016 to 2025, each stating "kênh mương" in every paragraph: more matches than are ranked.</summary>
    private const int Reports = 100;
    private const int Paragraphs = 60;

    private string database = "";

    [OneTimeSetUp]
    public void Store_an_archive_where_one_phrase_is_everywhere()
    {
        database = StoreFixtures.NewDatabase();
        using var store = ReportStores.Open(database, create: true);
        for (var n = 0; n < Reports; n++)
        {
            var year = 2016 + n % 10;
            var place = new Model.Place(Model.PlaceLevel.Commune, $"Xã Mẫu {n}");
            string[] paragraphs = [.. Enumerable.Range(0, Paragraphs).Select(p => $"Kiên cố hóa {n * 100 + p} m kênh mương nội đồng tại thôn {p}.")];
            // One report also states a rarer word, once: a query for it is ranked over the whole archive.
            paragraphs[0] += n == 3 ? " Nạo vét lòng hồ chứa." : "";
            store.Save(StoreFixtures.Stored(StoreFixtures.Report($"xa-mau-{n:000}-{year}.txt", place, "Lạng Sơn", year, $"năm {year}", 1, 12, [("I", paragraphs)])), replace: false);
        }

        store.FinishBatch();
    }

    [Test]
    public void A_query_matching_too_much_is_ranked_among_the_newest_reports_and_says_so()
    {
        using var store = ReportStores.Open(database);
        var results = store.Search(new SearchQuery("kênh mương", ReportFilter.None, Limit: 100));

        Assert.That(results.Newest, Is.Not.Null, "6,000 matching passages are more than are ranked");
        var newest = results.Newest!;
        Assert.That(newest.Matching, Is.GreaterThanOrEqualTo(Reports * Paragraphs));
        Assert.That(newest.Archive, Is.EqualTo(Reports));
        // About RankedMatches of the 6,000 passages: the newest reports holding them, ten a year.
        var expected = (int)Math.Ceiling(Reports * (double)PassageSearch.RankedMatches / newest.Matching);
        Assert.That(newest.Ranked, Is.InRange(expected - 1, expected + 1));
        Assert.That(newest.FromYear, Is.EqualTo(2025 - (newest.Ranked - 1) / 10));
        Assert.That(results.Reports, Is.EqualTo(newest.Ranked), "the count is of the reports ranked");
        Assert.That(results.Hits.Select(h => h.Year), Has.All.GreaterThanOrEqualTo(newest.FromYear));
        Assert.That(results.Facets["year"].Select(f => int.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture)),
            Has.All.GreaterThanOrEqualTo(newest.FromYear));
        Assert.That(results.Facets["year"].Sum(f => f.Count), Is.EqualTo(newest.Ranked));

        using var json = new MemoryStream();
        SearchJson.Write(results, json);
        var said = JsonDocument.Parse(json.ToArray()).RootElement.GetProperty("newest_only");
        Assert.That(said.GetProperty("reports_ranked").GetInt32(), Is.EqualTo(newest.Ranked));
        Assert.That(said.GetProperty("from_year").GetInt32(), Is.EqualTo(newest.FromYear));
    }

    [Test]
    public void The_search_command_says_which_reports_it_ranked()
    {
        var (code, stdout, stderr) = Cli.ShowCommandTests.Run("search", "kênh mương", "--db", database);

        Assert.That(code, Is.EqualTo(0), stderr);
        // The console wraps long lines: words may stand on the next line.
        Assert.That(string.Join(' ', stdout.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)),
            Does.Contain("84 reports matched the query matches about 6,000 passages: ranked among the newest 84 of 100 reports (from 2017)"));
    }

    [Test]
    public void A_filter_that_keeps_few_enough_matches_ranks_all_it_keeps()
    {
        using var store = ReportStores.Open(database);
        var results = store.Search(new SearchQuery("kênh mương", new ReportFilter { Years = new YearRange(2016, 2017) }, Limit: 100));

        Assert.That(results.Newest, Is.Null, "20 reports of 60 passages each are within what is ranked");
        Assert.That(results.Reports, Is.EqualTo(20));
        Assert.That(results.Hits.Select(h => h.Year), Has.All.InRange(2016, 2017));
    }

    [Test]
    public void A_rare_word_is_ranked_over_the_whole_archive()
    {
        using var store = ReportStores.Open(database);
        var results = store.Search(new SearchQuery("nạo vét", ReportFilter.None));

        Assert.That(results.Newest, Is.Null);
        Assert.That(results.Hits.Select(h => h.Report), Is.EqualTo(new[] { "xa-mau-003-2019.txt" }), "a 2019 report, older than any the shortcut would keep");

        using var json = new MemoryStream();
        SearchJson.Write(results, json);
        Assert.That(JsonDocument.Parse(json.ToArray()).RootElement.GetProperty("newest_only").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }
}
