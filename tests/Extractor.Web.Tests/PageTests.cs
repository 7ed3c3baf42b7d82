using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Extractor.Store;
using Microsoft.Playwright;
using NUnit.Framework;

namespace Extractor.Web.Tests;

/// <summary>
/// The page as a person uses it, in Debian's chromium driven by Playwright: search and facets, a hit
/// opening its report, the indicator page's table, chart and download, markup in reports kept inert,
/// and the accessibility checks on the four pages. Screenshots of the pages are written as they go
/// (to EXTRACTOR_SCREENSHOTS when it names a folder).
/// </summary>
[NonParallelizable]
public sealed class PageTests
{
    private const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage _page = null!;

    [OneTimeSetUp]
    public async Task Launch()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore($"{Chromium} is not installed (apt-get install chromium): browser tests skipped");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // As root in a container, without the network: no sandbox, no background connections.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [SetUp]
    public async Task NewPage()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = SampleSite.Address, ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true, Locale = "vi-VN" });
        _page = await context.NewPageAsync();
    }

    [TearDown]
    public async Task ClosePage() => await _page.Context.CloseAsync();

    [OneTimeTearDown]
    public async Task Close()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    [Test]
    public async Task Searching_thu_ngan_sach_shows_the_budget_reports_first_with_the_phrase_highlighted()
    {
        await _page.GotoAsync("/");
        await _page.GetByLabel("Từ cần tìm").FillAsync("thu ngan sach");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();

        var hits = _page.Locator("li.hit");
        Assert.That(await hits.Locator("a.report").AllTextContentsAsync(), Is.EqualTo(new[] { "xa-binh-trung-6-thang-2023.docx", "huyen-van-quan-6-thang-2024.docx", SampleSite.HostileReport }));
        Assert.That(await hits.Nth(1).Locator("mark").AllTextContentsAsync(), Is.EqualTo(new[] { "thu ngân sách" }));
        Assert.That(await hits.Nth(1).Locator("mark").EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"), Is.EqualTo("rgb(255, 232, 122)"));
        await Screenshot("search");
    }

    [Test]
    public async Task A_facet_narrows_the_hits_and_a_hit_opens_its_report_at_the_passage()
    {
        await _page.GotoAsync("/?q=thu+ngan+sach");
        var before = await _page.Locator("li.hit").CountAsync();
        await _page.Locator("aside.facets").GetByRole(AriaRole.Link, new() { Name = "2023", Exact = true }).ClickAsync();

        Assert.That(before, Is.GreaterThan(1));
        Assert.That(await _page.Locator("li.hit a.report").AllTextContentsAsync(), Is.EqualTo(new[] { "xa-binh-trung-6-thang-2023.docx" }));

        await _page.Locator("li.hit a.report").First.ClickAsync();
        var hit = _page.Locator("#hit");
        Assert.That((await hit.TextContentAsync())!.ToLowerInvariant(), Does.Contain("ngân sách"));
        Assert.That(await hit.IsVisibleAsync(), Is.True);
        Assert.That(_page.Url, Does.EndWith("#hit"));
    }

    [Test]
    public async Task A_footnote_reference_leads_to_its_note()
    {
        await _page.GotoAsync(ReportPath("huyen-van-quan-6-thang-2024.docx"));
        await Screenshot("report");
        await _page.Locator("sup a[href='#fn-1']").First.ClickAsync();

        var note = _page.Locator("li#fn-1");
        Assert.That(await note.IsVisibleAsync(), Is.True);
        using var store = ReportStores.Open(SampleSite.Database);
        var expected = store.Report(store.ReportId("huyen-van-quan-6-thang-2024.docx")!.Value)!.Footnotes.Single(n => n.Number == 1).Text;
        Assert.That((await note.TextContentAsync())!.TrimEnd('↩', ' '), Is.EqualTo(expected));
    }

    [Test]
    public async Task The_sown_area_page_shows_a_point_per_place_and_period_and_the_numbers_of_series_json()
    {
        await _page.GotoAsync("/indicators");
        await _page.GetByLabel("Tìm nhóm chỉ tiêu").FillAsync("dien tich gieo");
        Assert.That(await _page.Locator("select#category").InputValueAsync(), Is.EqualTo("crop_area"));
        await _page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Screenshot("indicators");

        var rows = JsonDocument.Parse(await SampleSite.Client.GetStringAsync("/api/series?category=crop_area")).RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => (Place: r.GetProperty("place").GetString(), Period: r.GetProperty("period").GetString() ?? r.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture),
                Value: r.GetProperty("value").GetDecimal(), Unit: r.GetProperty("unit").GetString()))
            .OrderBy(r => r.Unit).ThenBy(r => r.Place).ThenBy(r => r.Period).ToList();
        var cells = new List<(string?, string?, decimal, string?)>();
        var points = 0;
        // One table and chart per unit: the sown area in ha, trees planted in cây.
        foreach (var table in await _page.Locator("section.series").AllAsync())
        {
            var unit = (await table.Locator("h2").TextContentAsync())!.Split(" – ")[^1];
            var headers = await table.Locator("thead th").AllTextContentsAsync();
            foreach (var row in await table.Locator("tbody tr").AllAsync())
            {
                var place = await row.Locator("th").TextContentAsync();
                var tds = await row.Locator("td").AllAsync();
                for (var i = 0; i < tds.Count; i++)
                {
                    if (await tds[i].Locator("a").CountAsync() == 1)
                    {
                        cells.Add((place, headers[i + 1], decimal.Parse((await tds[i].Locator("a").GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture), unit));
                    }
                }
            }

            var cellCount = cells.Count(c => c.Item4 == unit);
            Assert.That(await table.Locator("svg.chart .point").CountAsync(), Is.EqualTo(cellCount), $"one point per place and period ({unit})");
            points += cellCount;
        }

        Assert.That(cells.OrderBy(c => c.Item4).ThenBy(c => c.Item1).ThenBy(c => c.Item2), Is.EqualTo(rows));
        Assert.That(points, Is.EqualTo(rows.Count));
    }

    [Test]
    public async Task The_downloaded_xlsx_opens_with_numeric_values()
    {
        await _page.GotoAsync("/indicators?category=crop_area");
        var download = await _page.RunAndWaitForDownloadAsync(() => _page.GetByRole(AriaRole.Link, new() { Name = "Excel (XLSX)" }).ClickAsync());
        var file = Path.Combine(SampleSite.TempDirectory(), download.SuggestedFilename);
        await download.SaveAsAsync(file);

        Assert.That(download.SuggestedFilename, Is.EqualTo("chi-tieu-crop_area.xlsx"));
        using var workbook = SpreadsheetDocument.Open(file, false);
        var part = workbook.WorkbookPart!;
        var sheet = part.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        string Text(Cell c) => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)] : c.InnerText;
        var header = rows[0].Elements<Cell>().Select(Text).ToList();
        var value = header.IndexOf("value");
        using var store = ReportStores.Open(SampleSite.Database);
        var expected = store.Series(new SeriesQuery("crop_area", null, ReportFilter.None)).Select(r => r.Value).ToList();
        var cells = rows.Skip(1).Select(r => r.Elements<Cell>().ElementAt(value)).ToList();
        Assert.That(cells.Select(c => c.DataType is null || c.DataType.Value == CellValues.Number), Is.All.True);
        Assert.That(cells.Select(c => decimal.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)), Is.EqualTo(expected));
    }

    [Test]
    public async Task Script_and_markup_in_a_report_never_run()
    {
        var dialogs = 0;
        _page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await _page.GotoAsync(ReportPath(SampleSite.HostileReport));
        await _page.GotoAsync("/?q=thu+nghiem");

        Assert.That(dialogs, Is.Zero);
        Assert.That(await _page.TitleAsync(), Is.Not.EqualTo("hacked"));
        Assert.That(await _page.Locator("main img").CountAsync(), Is.Zero);
        await _page.GotoAsync(ReportPath(SampleSite.HostileReport));
        Assert.That(await _page.Locator("article").TextContentAsync(), Does.Contain("<script>document.title='hacked'</script>"));
        Assert.That(await _page.TitleAsync(), Is.Not.EqualTo("hacked"));
    }

    [TestCase("/?q=thu+ngan+sach", "search")]
    [TestCase("{vanquan}", "report")]
    [TestCase("/indicators?category=crop_area", "indicators")]
    [TestCase("/archive", "archive")]
    public async Task The_page_has_no_serious_accessibility_problem(string path, string name)
    {
        await _page.GotoAsync(path.Replace("{vanquan}", ReportPath("huyen-van-quan-6-thang-2024.docx"), StringComparison.Ordinal));
        var script = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "AccessibilityChecks.js"));
        var problems = await _page.EvaluateAsync<JsonElement>(script);

        Assert.That(problems.EnumerateArray().Select(p => $"{p.GetProperty("rule")}: {p.GetProperty("target")} {p.GetProperty("message")}"), Is.Empty);
        if (name == "archive")
        {
            await Screenshot("archive");
        }
    }

    [Test]
    public async Task The_accessibility_checks_find_what_a_careless_page_gets_wrong()
    {
        await _page.SetContentAsync("""
            <html><head></head><body>
            <p style="color:#aaa;background:#fff">pale text</p>
            <input type="text" name="q"><img src="data:,"><a href="/x"></a><button></button>
            <ul><p>not an item</p></ul><label for="nowhere">Tên</label>
            <svg role="img" width="10" height="10"></svg><a href="/y"><button>Mở</button></a><li>stray</li>
            <dl><p>not a term</p></dl><label for="twice">Năm</label><input id="twice"><input id="twice">
            </body></html>
            """);
        var problems = await _page.EvaluateAsync<JsonElement>(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "AccessibilityChecks.js")));

        Assert.That(problems.EnumerateArray().Select(p => p.GetProperty("rule").GetString()).Distinct(), Is.EquivalentTo(new[]
        {
            "html-has-lang", "document-title", "image-alt", "svg-img-alt", "label", "button-name", "link-name", "aria-valid-reference", "duplicate-id-aria",
            "list", "listitem", "definition-list", "nested-interactive", "color-contrast", "landmark-one-main", "page-has-heading-one",
        }));
    }

    private static string ReportPath(string name)
    {
        using var store = ReportStores.Open(SampleSite.Database);
        return string.Create(CultureInfo.InvariantCulture, $"/reports/{store.ReportId(name)}");
    }

    private async Task Screenshot(string name)
    {
        var folder = Environment.GetEnvironmentVariable("EXTRACTOR_SCREENSHOTS") is { Length: > 0 } chosen ? chosen : Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = false });
    }
}
