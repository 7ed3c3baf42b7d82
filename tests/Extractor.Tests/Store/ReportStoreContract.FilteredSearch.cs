using Extractor.Model;
using Extractor.Store;
using Extractor.Text;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>
/// Filters over a store of 288 reports (<see cref="StoreFixtures.Archive"/>): a place (12 reports), a province (276, most of
/// the reports), years and periods. Whatever the filter, the hits must be exactly those of the unfiltered search within the filter,
/// and a filtered series' rows those of the unfiltered series within it.
/// </summary>
public abstract partial class ReportStoreContract
{
    private IReportStore? _archive;

    /// <summary>The store of <see cref="StoreFixtures.Archive"/>, built once for the tests that only read.</summary>
    private IReportStore Archive => _archive ??= StoreFixtures.Archive(NewStore());

    [TestCase("xây dựng")]
    [TestCase("\"xay dung\"")]
    [TestCase("tiêm chủng")]
    [TestCase("\"chủng loại\"")]
    [TestCase("gia súc NOT chủng")]
    [TestCase("(lợn OR chi) NOT bò")]
    [TestCase("(tiêm chủng) OR (dự toán)")]
    [TestCase("xây*")]
    [TestCase("thu ngân sách")]
    [TestCase("khong co")]
    [TestCase("không có", true)]
    public void A_filtered_search_finds_what_the_unfiltered_one_finds_within_the_filter(string text, bool exact = false)
    {
        var all = Archive.Search(new SearchQuery(text, ReportFilter.None, 1000, exact)).Hits;
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
            var filtered = Archive.Search(new SearchQuery(text, filter, 1000, exact)).Hits;
            Assert.That(Hits(filtered), Is.EqualTo(Hits(all.Where(keep))), $"{text} within {filter}");
        }
    }

    [TestCase("budget_revenue", null, true)]
    [TestCase("other", null, false)]
    [TestCase(null, "thu ngan sach", true)]
    public void A_filtered_series_has_the_rows_of_the_unfiltered_one_within_the_filter(string? category, string? indicator, bool byPeriod)
    {
        var all = Archive.SeriesRows(new SeriesQuery(category, indicator, ReportFilter.None, byPeriod));
        Assert.That(all, Has.Count.EqualTo(288), "one row per report: each is the only one of its place and year");
        Assert.That(Archive.SeriesRows(new SeriesQuery(category, indicator, new ReportFilter { Years = new YearRange(1900, 2100) }, byPeriod)), Is.EqualTo(all),
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
            var filtered = Archive.SeriesRows(new SeriesQuery(category, indicator, filter, byPeriod));
            Assert.That(filtered, Is.EqualTo(all.Where(keep)), $"{category ?? indicator} within {filter}");
        }
    }

    [Test]
    public void A_rare_pair_is_found_in_the_one_report_holding_it()
    {
        var hits = Archive.Search(new SearchQuery("tiem chung", new ReportFilter { Place = "Cao Lộc" })).Hits;
        Assert.That(hits.Select(h => (h.Report, h.Snippet.Text)), Is.EqualTo(new[] { ("3-2013.docx", "Tiêm chủng mở rộng đạt 98%.") }));
    }

    private static List<string> Hits(IEnumerable<SearchHit> hits) =>
        [.. hits.Select(h => $"{h.Report} {h.Source} {h.Snippet.Text}").Order(StringComparer.Ordinal)];
}
