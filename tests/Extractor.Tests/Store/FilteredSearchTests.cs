using Extractor.Model;
using Extractor.Store;
using Extractor.Text;
using Microsoft.Data.Sqlite;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>
/// Filters over a store of 288 reports: a place (12 reports) is read report by report, each range
/// bounded by the report's end marker; a province (276, most of the reports) in one pass. Either way the hits must be exactly those of the unfiltered search within the filter,
/// and a filtered series' rows those of the unfiltered series within it.
/// </summary>
public sealed class FilteredSearchTests
{
    private static readonly string[] Places =
    [
        "Văn Quan", "Bình Gia", "Tràng Định", "Cao Lộc", "Lộc Bình", "Đình Lập", "Chi Lăng", "Văn Lãng", "Bắc Sơn", "Lạng Giang", "Yên Thế", "Sơn Động",
        "Lục Ngạn", "Ba Chẽ", "Tiên Yên", "Bình Liêu", "Hải Hà", "Đầm Hà", "Vân Đồn", "Cô Tô", "Hoành Bồ", "Na Rì", "Pác Nặm", "Hữu Lũng",
    ];

    private SqliteReportStore _store = null!;
    private string _database = null!;

    [OneTimeSetUp]
    public void Open()
    {
        _database = StoreFixtures.NewDatabase();
        _store = SqliteReportStore.Open(_database, create: true);
        foreach (var (place, p) in Places.Select((p, i) => (p, i)))
        {
            for (var year = 2013; year <= 2024; year++)
            {
                // "tiêm" and "chủng" are in most reports, but in one passage together only once.
                var report = StoreFixtures.Report($"{p}-{year}.docx", new Place(PlaceLevel.District, place), place == "Hữu Lũng" ? "Bắc Giang" : "Lạng Sơn",
                    year, $"năm {year}", 1, 12,
                [
                    ("I", [$"Xây dựng {p + year % 3} công trình; thu ngân sách đạt {year} triệu đồng.",
                           year % 4 == 0 ? "Ngân sách xã được chi đúng dự toán, không có xây mới." : "Chăn nuôi lợn, trâu, bò ổn định; chủng loại giống mới.",
                           p == 3 && year == 2013 ? "Tiêm chủng mở rộng đạt 98%." : "Tiêm phòng cho đàn gia súc."]),
                ]);
                _store.Save(StoredReport(report, year, p), replace: false);
            }
        }

        _store.FinishBatch();
    }

    private static StoredReport StoredReport(Report report, int year, int place) => StoreFixtures.Stored(report,
        StoreFixtures.Record(report, "thu ngân sách", "budget_revenue", year, "triệu đồng"),
        StoreFixtures.Record(report, "số công trình xây dựng", "other", place + year % 3, "công trình"));

    [OneTimeTearDown]
    public void Close() => _store.Dispose();

    [TestCase("xây dựng")]
    [TestCase("\"xay dung\"")]
    [TestCase("tiêm chủng")]
    [TestCase("\"chủng loại\"")]
    [TestCase("ngân sách NOT xây")]
    [TestCase("(lợn OR chi) NOT bò")]
    [TestCase("(tiêm chủng) OR (dự toán)")]
    [TestCase("xây*")]
    [TestCase("thu ngân sách")]
    [TestCase("khong co")]
    [TestCase("không có", true)]
    public void A_filtered_search_finds_what_the_unfiltered_one_finds_within_the_filter(string text, bool exact = false)
    {
        var all = _store.Search(new SearchQuery(text, ReportFilter.None, 1000, exact));
        Assert.That(all, Is.Not.Empty, "the query must find something for the comparison to mean anything");
        foreach (var (filter, keep) in new (ReportFilter, Func<SearchHit, bool>)[]
        {
            (new ReportFilter { Place = "Cao Loc" }, h => h.Place == "huyện Cao Lộc"),
            (new ReportFilter { Place = "cao lộc", Years = new YearRange(2016, 2020) }, h => h.Place == "huyện Cao Lộc" && h.Year is >= 2016 and <= 2020),
            (new ReportFilter { Province = "Lạng Sơn" }, h => !h.Report.StartsWith("23-", StringComparison.Ordinal)),
            (new ReportFilter { Province = "Lang Son", Years = new YearRange(2023, 2024) }, h => !h.Report.StartsWith("23-", StringComparison.Ordinal) && h.Year >= 2023),
            (new ReportFilter { Period = "năm 2024" }, h => h.Year == 2024),
        })
        {
            var filtered = _store.Search(new SearchQuery(text, filter, 1000, exact));
            Assert.That(Hits(filtered), Is.EqualTo(Hits(all.Where(keep))), $"{text} within {filter}");
        }
    }

    [TestCase("budget_revenue", null, true)]
    [TestCase("other", null, false)]
    [TestCase(null, "thu ngan sach", true)]
    public void A_filtered_series_has_the_rows_of_the_unfiltered_one_within_the_filter(string? category, string? indicator, bool byPeriod)
    {
        var all = _store.SeriesRows(new SeriesQuery(category, indicator, ReportFilter.None, byPeriod));
        Assert.That(all, Has.Count.EqualTo(288), "one row per report: each is the only one of its place and year");
        Assert.That(_store.SeriesRows(new SeriesQuery(category, indicator, new ReportFilter { Years = new YearRange(1900, 2100) }, byPeriod)), Is.EqualTo(all),
            "a category's whole series is read from the table stored at the end of the batch; with a filter it is built from the heads");
        Assert.That(all.Select(r => (VietnameseFold.Key(r.Place!), r.Year!.Value)), Is.Ordered.Using<(string Place, int Year)>((a, b) =>
            a.Place != b.Place ? string.CompareOrdinal(a.Place, b.Place) : a.Year.CompareTo(b.Year)), "by place, then year");
        foreach (var (filter, keep) in new (ReportFilter, Func<SeriesRow, bool>)[]
        {
            (new ReportFilter { Place = "Cao Loc" }, r => r.Place == "huyện Cao Lộc"),
            (new ReportFilter { Place = "cao lộc", Years = new YearRange(2016, 2020) }, r => r.Place == "huyện Cao Lộc" && r.Year is >= 2016 and <= 2020),
            (new ReportFilter { Province = "Bắc Giang" }, r => r.Report.StartsWith("23-", StringComparison.Ordinal)),
            (new ReportFilter { Province = "Lang Son", Years = new YearRange(2023, 2024) }, r => !r.Report.StartsWith("23-", StringComparison.Ordinal) && r.Year >= 2023),
            (new ReportFilter { Period = "năm 2024" }, r => r.Year == 2024),
            (new ReportFilter { Unit = "trieu dong", Years = new YearRange(2024, 2024) }, r => r.Unit == "triệu đồng" && r.Year == 2024),
        })
        {
            var filtered = _store.SeriesRows(new SeriesQuery(category, indicator, filter, byPeriod));
            Assert.That(filtered, Is.EqualTo(all.Where(keep)), $"{category ?? indicator} within {filter}");
        }
    }

    [Test]
    public void A_rare_pair_is_found_in_the_one_report_holding_it()
    {
        var hits = _store.Search(new SearchQuery("tiem chung", new ReportFilter { Place = "Cao Lộc" }));
        Assert.That(hits.Select(h => (h.Report, h.Snippet.Text)), Is.EqualTo(new[] { ("3-2013.docx", "Tiêm chủng mở rộng đạt 98%.") }));
    }

    [Test]
    public void Each_report_has_one_end_marker_that_no_search_finds_and_the_index_is_one_segment_after_compacting()
    {
        using (var connection = new SqliteConnection($"Data Source={_database}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT (SELECT count(*) FROM passage_index WHERE passage_index MATCH '"{PassageId.EndToken}"'),
                       (SELECT count(DISTINCT segid) FROM passage_index_idx)
                """;
            using var reader = command.ExecuteReader();
            reader.Read();
            Assert.That((reader.GetInt64(0), reader.GetInt64(1)), Is.EqualTo((288L, 1L)));
        }

        Assert.That(_store.Search(new SearchQuery(PassageId.EndToken, ReportFilter.None)), Is.Empty);
        Assert.That(_store.Search(new SearchQuery(PassageId.EndToken, new ReportFilter { Place = "Cao Lộc" })), Is.Empty);
    }

    private static List<string> Hits(IEnumerable<SearchHit> hits) =>
        [.. hits.Select(h => $"{h.Report} {h.Source} {h.Snippet.Text}").Order(StringComparer.Ordinal)];
}
