using Extractor.Ingest;
using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>
/// Search quality: twenty questions a planner asks of a small archive (the reports in
/// Store/SearchQuality and the three text samples: 28 reports of 2016 to 2025, four of them from
/// Văn Quan), each with the report the planner wants to read first. Hits come several per report;
/// what counts is the order of the distinct reports, and the wanted one must be among the first
/// three. Two planted cases: an older report that states the words often ranks above newer ones
/// that state them once, in this archive and among hundreds of newer reports.
/// </summary>
public sealed class SearchQualityTests
{
    private const int Top = 3;

    /// <summary>Newer reports, each stating the words once: more than a search that ranks only its newest matches reads.</summary>
    private const int NewerReports = 450;

    private static string Corpus => Path.Combine(TestContext.CurrentContext.TestDirectory, "Store", "SearchQuality");

    private string database = "";

    [OneTimeSetUp]
    public void Ingest_the_corpus_and_the_text_samples()
    {
        var files = Directory.GetFiles(Corpus, "*.txt")
            .Concat(Directory.GetFiles(TestFiles.Sample("text"), "*.txt"))
            .Order(StringComparer.Ordinal)
            .ToList();
        database = StoreFixtures.NewDatabase();
        using var store = ReportStores.Open(database, create: true);
        var summary = new IngestBatch(store, new IngestOptions()).Run(files);
        Assert.That(summary, Has.Property("Ingested").EqualTo(28).And.Property("Failures").Empty, "every file goes in as a report");
    }

    /// <summary>
    /// Query as typed (some without diacritics, some with a phrase in quotes), the place and years
    /// filter when the planner sets one, and the file the planner wants first.
    /// </summary>
    private static readonly (string Query, string? Place, string? Years, string Wanted)[] Questions =
    [
        ("diện tích trồng chè Tân Uyên", null, null, "huyen-tan-uyen-nam-2016.txt"),
        ("thu ngan sach Văn Quan 2024", null, null, "huyen-van-quan-6-thang-2024.txt"),
        ("du toan thu chi ngan sach", "Van Quan", null, "huyen-van-quan-ngan-sach-2021.txt"),
        ("giải ngân đầu tư công", null, null, "huyen-hon-quan-giai-ngan-2021.txt"),
        ("\"dịch vụ công trực tuyến\" toàn trình", null, null, "huyen-cao-loc-cai-cach-hanh-chinh-2024.txt"),
        ("de an 06", null, null, "huyen-chi-lang-de-an-06-2023.txt"),
        ("ty le ho ngheo", null, null, "huyen-tam-duong-giam-ngheo-2022.txt"),
        ("bao hiem y te", null, null, "huyen-bac-son-y-te-2020.txt"),
        ("\"trường chuẩn quốc gia\"", null, "2016-2019", "huyen-dinh-lap-nam-hoc-2017-2018.txt"),
        ("xuat khau lao dong", null, null, "huyen-luc-nam-lao-dong-2023.txt"),
        ("nông thôn mới nâng cao", null, null, "xa-yen-trach-nong-thon-moi-2021.txt"),
        ("be tong hoa duong giao thong nong thon", null, null, "huyen-trang-dinh-giao-thong-2019.txt"),
        ("năng suất lúa vụ xuân", null, null, "huyen-loc-binh-vu-xuan-2017.txt"),
        ("vai thieu Luc Ngan", null, null, "huyen-luc-ngan-vai-thieu-2016.txt"),
        ("tổng đàn trâu bò", null, null, "huyen-bao-lac-chan-nuoi-2020.txt"),
        ("trồng rừng gỗ lớn", null, null, "huyen-yen-the-nam-2017.txt"),
        ("cam sành Hàm Yên", null, null, "huyen-ham-yen-nam-2021.txt"),
        ("diện tích ngô", null, null, "huyen-bac-ha-nam-2018.txt"),
        ("xoa nha tam nha dot nat", null, null, "huyen-mai-chau-nam-2022.txt"),
        ("kê khai đất đai lần đầu", null, null, "xa-binh-trung-6-thang-2023.txt"),
    ];

    private static IEnumerable<TestCaseData> Planners() => Questions.Select(q =>
        new TestCaseData(q.Query, q.Place, q.Years, q.Wanted).SetArgDisplayNames(
            $"{q.Query}{(q.Place is null ? "" : $" --place {q.Place}")}{(q.Years is null ? "" : $" --year {q.Years}")}"));

    [TestCaseSource(nameof(Planners))]
    public void The_report_a_planner_wants_is_among_the_first_three(string query, string? place, string? years, string wanted)
    {
        var filter = new ReportFilter { Place = place, Years = years is null ? null : YearRange.Parse(years) };
        var reports = Reports(query, filter);
        Assert.That(reports.Take(Top), Does.Contain(wanted), $"reports in the order of their first hit: {string.Join(", ", reports)}");
    }

    [Test]
    public void An_older_report_that_states_the_words_often_ranks_above_a_newer_one_that_states_them_once()
    {
        // Yên Thế 2017 reports on large-timber forests throughout; Sơn Động 2025 names them once, in a general report.
        var reports = Reports("trồng rừng gỗ lớn", ReportFilter.None);
        Assert.That(reports, Does.Contain("huyen-son-dong-6-thang-2025.txt"), "the newer report matches too");
        Assert.That(reports.IndexOf("huyen-yen-the-nam-2017.txt"), Is.LessThan(reports.IndexOf("huyen-son-dong-6-thang-2025.txt")));
    }

    [Test]
    public void The_older_report_ranks_first_among_hundreds_of_newer_ones_that_state_the_words_once()
    {
        // More passages match than a search ranks when it ranks only the newest matches: the older report must still come first.
        using var store = ReportStores.Open(StoreFixtures.NewDatabase(), create: true);
        var summary = new IngestBatch(store, new IngestOptions()).Run([Path.Combine(Corpus, "huyen-yen-the-nam-2017.txt"), Path.Combine(Corpus, "huyen-son-dong-6-thang-2025.txt")]);
        Assert.That(summary, Has.Property("Ingested").EqualTo(2));
        foreach (var n in Enumerable.Range(0, NewerReports))
        {
            var year = 2018 + n % 8;
            var place = new Model.Place(Model.PlaceLevel.District, $"Huyện Mẫu {n}");
            store.Save(StoreFixtures.Stored(StoreFixtures.Report($"mau-{n:000}-{year}.txt", place, "Bắc Giang", year, $"năm {year}", 1, 12,
            [
                ("I", [$"Tổng diện tích gieo trồng cây hằng năm đạt {2000 + n} ha, bằng {95 + n % 7}% cùng kỳ.",
                       $"Lâm nghiệp: hoàn thành {300 + n} ha, đạt {60 + n % 30}% kế hoạch năm, trong đó trồng rừng gỗ lớn {10 + n % 50} ha; sản lượng khai thác {40 + n}.000 m³."]),
                ("II", [$"Tổng thu ngân sách nhà nước trên địa bàn đạt {30 + n % 20}.{n:000} triệu đồng."]),
            ])), replace: false);
        }

        store.FinishBatch();
        var hits = store.Search(new SearchQuery("trồng rừng gỗ lớn", ReportFilter.None)).Hits;
        Assert.That(hits.Select(h => h.Report), Has.Some.StartsWith("mau-"), "the newer reports match too");
        Assert.That(hits[0].Report, Is.EqualTo("huyen-yen-the-nam-2017.txt"), $"first hits: {string.Join(", ", hits.Take(5).Select(h => h.Report))}");
    }

    /// <summary>The distinct reports of a search's hits, in the order of each one's best hit.</summary>
    private List<string> Reports(string query, ReportFilter filter)
    {
        using var store = ReportStores.Open(database);
        return [.. store.Search(new SearchQuery(query, filter, Limit: 200)).Hits.Select(h => h.Report).Distinct()];
    }
}
