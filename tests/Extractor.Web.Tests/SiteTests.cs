using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Extractor.Export;
using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Web.Tests;

/// <summary>The page and its API over HTTP, as a script or a browser without script sees them.</summary>
public sealed partial class SiteTests
{
    private static HttpClient Client => SampleSite.Client;

    private static async Task<(HttpStatusCode Status, string Body)> Get(string path)
    {
        using var response = await Client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static long ReportId(string name)
    {
        using var store = ReportStores.Open(SampleSite.Database);
        return store.ReportId(name) ?? throw new AssertionException($"{name} is not stored");
    }

    [Test]
    public void The_page_listens_on_loopback_unless_told_otherwise()
    {
        Assert.That(new SiteOptions("x.db").Host, Is.EqualTo("127.0.0.1"));
        Assert.That(SampleSite.Address, Does.StartWith("http://127.0.0.1:"));
    }

    [Test]
    public async Task Search_for_thu_ngan_sach_without_diacritics_ranks_the_reports_on_the_budget_with_the_phrase_marked()
    {
        var (status, page) = await Get("/?q=thu+ngan+sach");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var hits = Hit().Matches(page).Select(m => m.Groups["hit"].Value).ToList();
        // Bình Trung's section 1.4 is titled "Thu, chi ngân sách" and two of its paragraphs state the revenue: title words weigh more.
        Assert.That(hits.Select(h => ReportName().Match(h).Groups["name"].Value).Take(2), Is.EqualTo(new[] { "xa-binh-trung-6-thang-2023.docx", "huyen-van-quan-6-thang-2024.docx" }));
        Assert.That(Marked().Matches(hits[1]).Select(m => m.Groups["text"].Value), Is.EqualTo(new[] { "thu ngân sách" }));
        Assert.That(hits[1], Does.Contain("Tổng <mark>thu ngân sách</mark> Nhà nước trên địa bàn"));
        Assert.That(hits[1], Does.Contain("Cùng văn bản: huyen-van-quan-6-thang-2024.pdf"), "the PDF twin is listed with the hit, not a hit of its own");
        Assert.That(hits.Count(h => h.Contains("huyen-van-quan", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public async Task A_facet_link_narrows_the_hits_to_its_value()
    {
        var (_, all) = await Get("/?q=thu+ngan+sach");
        var (_, narrowed) = await Get("/?q=thu+ngan+sach&year=2023");

        Assert.That(Hit().Count(all), Is.GreaterThan(1));
        Assert.That(all, Does.Contain("href=\"/?q=thu%20ngan%20sach&amp;year=2023\""));
        var hits = Hit().Matches(narrowed).Select(m => ReportName().Match(m.Value).Groups["name"].Value).ToList();
        Assert.That(hits, Is.EqualTo(new[] { "xa-binh-trung-6-thang-2023.docx" }));
        Assert.That(narrowed, Does.Contain("Năm: 2023"));
    }

    [Test]
    public async Task Api_search_writes_the_cli_json_with_report_ids_and_pages_by_offset()
    {
        var (status, body) = await Get("/api/search?q=ngan+sach&limit=2");
        var (_, second) = await Get("/api/search?q=ngan+sach&limit=2&offset=2");
        var (_, whole) = await Get("/api/search?q=ngan+sach&limit=4");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(body);
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.That(hit.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "report", "place", "year", "period", "section", "source", "snippet", "score", "matches", "files", "report_id" }));
        Assert.That(hit.GetProperty("report_id").GetInt64(), Is.EqualTo(ReportId(hit.GetProperty("report").GetString()!)));
        Assert.That(json.RootElement.GetProperty("facets").EnumerateObject().Select(p => p.Name), Is.EqualTo(SearchResults.FacetNames));
        static IEnumerable<string?> Reports(string body) => JsonDocument.Parse(body).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("report").GetString());
        Assert.That(Reports(body).Concat(Reports(second)), Is.EqualTo(Reports(whole)));
    }

    [Test]
    public async Task Api_series_writes_the_rows_the_cli_writes()
    {
        var (status, body) = await Get("/api/series?category=crop_area");

        using var store = ReportStores.Open(SampleSite.Database);
        using var expected = new MemoryStream();
        SeriesJson.Write(store.SeriesRows(new SeriesQuery("crop_area", null, ReportFilter.None)), expected);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body, Is.EqualTo(System.Text.Encoding.UTF8.GetString(expected.ToArray())));
        using var json = JsonDocument.Parse(body);
        Assert.That(json.RootElement.GetProperty("rows").GetArrayLength(), Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public async Task Api_facets_count_each_matching_report_once()
    {
        var (status, body) = await Get("/api/facets?q=thu+ngan+sach");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(body);
        var years = json.RootElement.GetProperty("facets").GetProperty("year").EnumerateArray().ToDictionary(y => y.GetProperty("value").GetString()!, y => y.GetProperty("count").GetInt32());
        Assert.That(years["2024"], Is.EqualTo(1));
        Assert.That(years["2023"], Is.EqualTo(1));
        Assert.That(json.RootElement.GetProperty("reports").GetInt32(), Is.EqualTo(years.Values.Sum()));
    }

    [Test]
    public async Task Api_report_has_the_show_json_shape_then_files_diagnostics_and_records()
    {
        var id = ReportId("huyen-van-quan-6-thang-2024.docx");
        var (status, body) = await Get($"/api/reports/{id}");
        var (missing, error) = await Get("/api/reports/999999");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "metadata", "preamble", "sections", "footnotes", "files", "diagnostics", "records" }));
        Assert.That(root.GetProperty("metadata").GetProperty("place").GetString(), Is.EqualTo("huyện Văn Quan"));
        Assert.That(root.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()), Is.EqualTo(new[] { "huyen-van-quan-6-thang-2024.docx", "huyen-van-quan-6-thang-2024.pdf" }));
        Assert.That(root.GetProperty("footnotes").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(root.GetProperty("records")[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(IndicatorColumns.All.Select(c => c.Name)));
        Assert.That((missing, JsonDocument.Parse(error).RootElement.GetProperty("error").GetString()), Is.EqualTo((HttpStatusCode.NotFound, "no report 999999")));
    }

    [Test]
    public async Task A_large_answer_is_sent_gzipped_to_a_client_that_accepts_it()
    {
        var id = ReportId("huyen-van-quan-6-thang-2024.docx");
        using var plainClient = new HttpClient { BaseAddress = new Uri(SampleSite.Address) };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/{id}");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await plainClient.SendAsync(request);
        var plain = await plainClient.GetByteArrayAsync($"/api/reports/{id}");

        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
        using var unpacked = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress))
        {
            await gzip.CopyToAsync(unpacked);
        }

        Assert.That(unpacked.ToArray(), Is.EqualTo(plain));
        Assert.That(plain.Length, Is.GreaterThan(16 * 1024));
    }

    [Test]
    public async Task An_answer_kept_is_read_again_once_an_ingest_beside_the_page_changes_the_store()
    {
        var database = Path.Combine(SampleSite.TempDirectory(), "growing.db");
        var samples = Path.Combine(SampleSite.RepositoryRoot, "samples");
        using (var first = ReportStores.Open(database, create: true))
        {
            new Extractor.Ingest.IngestBatch(first, new Extractor.Ingest.IngestOptions()).Run([Path.Combine(samples, "huyen-van-quan-6-thang-2024.docx")]);
        }

        await using var site = Site.Build(new SiteOptions(database, Port: 0));
        await site.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(Site.Address(site)) };
        static int Reports(string json) => JsonDocument.Parse(json).RootElement.GetProperty("reports").GetInt32();

        var before = await client.GetStringAsync("/api/search?q=thu+ngan+sach");
        var again = await client.GetStringAsync("/api/search?q=thu+ngan+sach");
        using (var ingest = ReportStores.Open(database))
        {
            new Extractor.Ingest.IngestBatch(ingest, new Extractor.Ingest.IngestOptions()).Run([Path.Combine(samples, "xa-binh-trung-6-thang-2023.docx")]);
        }

        var after = await client.GetStringAsync("/api/search?q=thu+ngan+sach");

        Assert.That((Reports(before), Reports(again), Reports(after)), Is.EqualTo((1, 1, 2)));
    }

    [Test]
    public async Task The_report_page_links_footnote_references_to_their_notes_and_marks_records_in_place()
    {
        var id = ReportId("huyen-van-quan-6-thang-2024.docx");
        var (status, page) = await Get($"/reports/{id}");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("<sup><a href=\"#fn-1\" id=\"ref-1\" aria-label=\"Chú thích 1\">1</a></sup>"));
        Assert.That(page, Does.Match("<li id=\"fn-1\" value=\"1\">"));
        Assert.That(page, Does.Contain("<mark class=\"record\" title=\"").And.Contain(">18.290 triệu đồng</mark>"));
        Assert.That(page, Does.Contain("href=\"/reports/" + id + "/files/1\" download=\"\">huyen-van-quan-6-thang-2024.pdf</a>"));
    }

    [Test]
    public async Task A_hit_opens_the_report_at_its_passage()
    {
        var (_, page) = await Get("/?q=thu+ngan+sach");
        var link = WebUtility.HtmlDecode(ReportLink().Match(Hit().Match(page).Value).Groups["href"].Value);
        var (status, report) = await Get(link);

        Assert.That(link, Does.EndWith("#hit"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var passage = HitParagraph().Match(report);
        Assert.That(passage.Success, Is.True, "one paragraph or note is marked as the hit");
        Assert.That(Regex.Replace(passage.Value, "<[^>]+>", "").ToLowerInvariant(), Does.Contain("thu ngân sách"));
    }

    [Test]
    public async Task Report_text_holding_markup_is_shown_as_text_never_as_markup()
    {
        var id = ReportId(SampleSite.HostileReport);
        var (_, page) = await Get($"/reports/{id}");
        var (_, hits) = await Get("/?q=thu+nghiem");

        Assert.That(page, Does.Contain("&lt;script&gt;document.title="));
        Assert.That(page, Does.Contain("&lt;img src=x onerror="));
        Assert.That(page, Does.Not.Contain("<script>document").And.Not.Contain("<img src=x").And.Not.Contain("<b>in đậm</b>").And.Not.Contain("href=\"javascript:"));
        Assert.That(hits, Does.Not.Contain("<script>document"));
        Assert.That(Regex.Matches(page, "<script").Count, Is.EqualTo(1), "only the page's own script");
    }

    [Test]
    public async Task Every_page_forbids_scripts_other_than_its_own_file()
    {
        using var response = await Client.GetAsync("/");

        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self'").And.Contain("default-src 'self'"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
    }

    [Test]
    public async Task A_file_is_downloaded_by_its_stored_number_never_by_a_path()
    {
        var id = ReportId("huyen-van-quan-6-thang-2024.docx");
        var docx = await Client.GetByteArrayAsync($"/reports/{id}/files/0");
        var (outside, _) = await Get($"/reports/{id}/files/5");
        var (traversal, _) = await Get($"/reports/{id}/files/..%2F..%2Fetc%2Fpasswd");
        var (byName, _) = await Get("/reports/files?path=/etc/passwd");

        Assert.That(docx, Is.EqualTo(await File.ReadAllBytesAsync(Path.Combine(SampleSite.RepositoryRoot, "samples", "huyen-van-quan-6-thang-2024.docx"))));
        Assert.That((outside, traversal, byName), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound)));
    }

    [Test]
    public async Task A_query_too_long_or_a_page_too_large_is_refused_in_one_line()
    {
        var (longStatus, longPage) = await Get("/?q=" + new string('a', RequestValues.MaxQueryLength + 1));
        var (limitStatus, limit) = await Get("/api/search?q=lua&limit=1000");
        var (pageStatus, _) = await Get("/?q=lua&page=100000");

        Assert.That(longStatus, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(longPage, Does.Contain("q: longer than 500 characters"));
        Assert.That(limitStatus, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(JsonDocument.Parse(limit).RootElement.GetProperty("error").GetString(), Is.EqualTo("limit: '1000' is not a whole number from 1 to 100"));
        Assert.That(pageStatus, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_query_the_parser_cannot_read_is_said_on_the_page_and_refused_by_the_api()
    {
        var (pageStatus, page) = await Get("/?q=thu+ngan)+sach");
        var (apiStatus, api) = await Get("/api/search?q=thu+ngan)+sach");

        Assert.That(pageStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("Không đọc được câu tìm: unexpected &#x27;)&#x27; at character 9: no &#x27;(&#x27; opens it"));
        Assert.That(apiStatus, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(JsonDocument.Parse(api).RootElement.GetProperty("error").GetString(), Is.EqualTo("unexpected ')' at character 9: no '(' opens it"));
    }

    [Test]
    public async Task A_missing_or_unreadable_database_gives_a_page_that_says_so()
    {
        var folder = SampleSite.TempDirectory();
        var notAStore = Path.Combine(folder, "notes.db");
        await File.WriteAllTextAsync(notAStore, "these are notes, not a database");
        foreach (var (database, says) in new[] { (Path.Combine(folder, "missing.db"), "missing.db: database not found (run &#x27;extractor ingest&#x27; first)"), (notAStore, "notes.db: ") })
        {
            await using var site = Site.Build(new SiteOptions(database, Port: 0));
            await site.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(Site.Address(site)) };

            using var search = await client.GetAsync("/?q=lua");
            using var archive = await client.GetAsync("/archive");
            using var api = await client.GetAsync("/api/search?q=lua");

            Assert.That((search.StatusCode, archive.StatusCode, api.StatusCode), Is.EqualTo((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable)));
            var page = await archive.Content.ReadAsStringAsync();
            Assert.That(page, Does.Contain("Không đọc được kho báo cáo").And.Contain(says));
            Assert.That(page, Does.Not.Contain("   at "), "no stack trace");
        }
    }

    [Test]
    public async Task The_archive_page_counts_reports_and_lists_the_last_ingest_failures()
    {
        var (status, page) = await Get("/archive");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("4 báo cáo"));
        Assert.That(page, Does.Contain($"<td>{SampleSite.DamagedFile}</td><td>tệp hỏng</td>"));
        Assert.That(page, Does.Contain("href=\"/?province=L%E1%BA%A1ng%20S%C6%A1n\">Lạng Sơn</a></th><td class=\"num\">3</td>"));
    }

    [Test]
    public async Task The_indicator_table_downloads_as_the_export_csv()
    {
        using var response = await Client.GetAsync("/indicators/table.csv?category=crop_area");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("chi-tieu-crop_area.csv"));
        Assert.That(csv.Split('\n')[0].Trim('\uFEFF', '\r'), Is.EqualTo(string.Join(",", IndicatorColumns.All.Select(c => c.Name))));
        using var store = ReportStores.Open(SampleSite.Database);
        Assert.That(csv.Trim().Split('\n').Length - 1, Is.EqualTo(store.Series(new SeriesQuery("crop_area", null, ReportFilter.None)).Count));
    }

    [Test]
    public async Task The_openapi_document_describes_the_four_apis()
    {
        var (status, body) = await Get("/api/openapi.json");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var paths = JsonDocument.Parse(body).RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name);
        Assert.That(paths, Is.SupersetOf(new[] { "/api/search", "/api/series", "/api/reports/{id}", "/api/facets" }));
    }

    [GeneratedRegex("<li class=\"hit\">(?<hit>.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex Hit();

    [GeneratedRegex("class=\"report\">(?<name>[^<]+)</a>")]
    private static partial Regex ReportName();

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\" class=\"report\">")]
    private static partial Regex ReportLink();

    [GeneratedRegex("<mark>(?<text>[^<]+)</mark>")]
    private static partial Regex Marked();

    [GeneratedRegex("<(p|li) id=\"hit\" class=\"at-hit\"[^>]*>.*?</(p|li)>", RegexOptions.Singleline)]
    private static partial Regex HitParagraph();
}
