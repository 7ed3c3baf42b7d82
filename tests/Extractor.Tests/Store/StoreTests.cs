using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>Saving, replacing, series and export from the store.</summary>
public sealed class StoreTests
{
    [Test]
    public void Saving_the_same_content_again_changes_nothing_and_replace_swaps_it()
    {
        var path = StoreFixtures.NewDatabase();
        var report = StoreFixtures.Report("a.txt", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "năm 2024", 1, 12, [("I", ["Thu ngân sách."])]);
        var stored = StoreFixtures.Stored(report, StoreFixtures.Record(report, "thu ngân sách", "budget_revenue", 5, "triệu đồng"));
        using var store = SqliteReportStore.Open(path, create: true);
        Assert.That(store.Save(stored, replace: false), Is.EqualTo(SaveOutcome.Ingested));
        Assert.That(store.Save(stored, replace: false), Is.EqualTo(SaveOutcome.Unchanged));
        Assert.That(store.Save(stored, replace: true), Is.EqualTo(SaveOutcome.Replaced));
        Assert.That(store.Search(new SearchQuery("ngan sach", ReportFilter.None)), Has.Count.EqualTo(2), "one paragraph and one record, once each");

        // The file changed: its new content replaces the old one.
        var edited = report with { Sections = [new Extractor.Model.Section("I", "", 1, [Extractor.Model.Paragraph.Plain("Chi ngân sách.", new(0))], [], [])] };
        Assert.That(store.Save(StoreFixtures.Stored(edited) with { Path = stored.Path }, replace: false), Is.EqualTo(SaveOutcome.Replaced));
        Assert.That(store.Search(new SearchQuery("ngan sach", ReportFilter.None)).Select(h => h.Snippet.Text), Is.EqualTo(new[] { "Chi ngân sách." }));
        Assert.That(store.StoredHashes(), Has.Count.EqualTo(1));
    }

    [Test]
    public void Opening_something_else_is_a_clear_error()
    {
        var dir = TestFiles.TempDirectory();
        Assert.That(() => SqliteReportStore.Open(Path.Combine(dir, "missing.db")),
            Throws.TypeOf<StoreException>().With.Message.EqualTo("missing.db: database not found (run 'extractor ingest' first)"));
        var text = Path.Combine(dir, "notes.db");
        File.WriteAllText(text, new string('x', 5000));
        Assert.That(() => SqliteReportStore.Open(text), Throws.TypeOf<StoreException>().With.Message.StartsWith("notes.db: cannot be used as a database"));
    }

    [Test]
    public void A_series_has_one_row_per_place_year_and_period_and_unit()
    {
        using var store = StoreFixtures.SmallStore();
        var rows = store.Series(new SeriesQuery("crop_area", null, ReportFilter.None));
        Assert.That(rows.Select(r => (r.Place, r.Year, r.Period, r.Value, r.Unit, r.Report)), Is.EqualTo(new[]
        {
            ("huyện Văn Quan", (int?)2022, "6 tháng đầu năm 2022", 1500m, "ha", "van-quan-2022-6t.docx"),
            ("huyện Văn Quan", 2022, "năm 2022", 3100m, "ha", "van-quan-2022.docx"),
            ("huyện Văn Quan", 2024, "6 tháng đầu năm 2024", 1448.29m, "ha", "van-quan-2024.docx"),
        }));
    }

    [Test]
    public void A_series_by_place_and_year_takes_the_report_covering_most_months()
    {
        using var store = StoreFixtures.SmallStore();
        var rows = store.Series(new SeriesQuery("crop_area", null, new ReportFilter { Years = new YearRange(2021, 2023) }, ByPeriod: false));
        Assert.That(rows.Select(r => (r.Year, r.Value, r.Report)), Is.EqualTo(new[] { ((int?)2022, 3100m, "van-quan-2022.docx") }));
    }

    [Test]
    public void A_series_by_indicator_text_keeps_units_apart()
    {
        using var store = StoreFixtures.SmallStore();
        var rows = store.Series(new SeriesQuery(null, "thu ngan sach", ReportFilter.None));
        Assert.That(rows.Select(r => (r.Place, r.Year, r.Value, r.Unit)), Is.EqualTo(new[]
        {
            ("huyện Văn Quan", (int?)2024, 60m, "% KH"),
            ("huyện Văn Quan", 2024, 25693m, "triệu đồng"),
            ("xã Bình Trung", 2023, 1200m, "triệu đồng"),
        }));
        Assert.That(store.Series(new SeriesQuery(null, "thu ngan sach", new ReportFilter { Unit = "triệu đồng", Place = "Bình Trung" })).Single().Value, Is.EqualTo(1200m));
    }

    [Test]
    public void Records_come_back_as_they_were_stored()
    {
        using var store = StoreFixtures.SmallStore();
        var all = store.Records(ReportFilter.None).ToList();
        Assert.That(all, Has.Count.EqualTo(6));
        var rice = store.Records(new ReportFilter { Category = "crop_area", Years = new YearRange(2024, 2024) }).Single();
        Assert.That(rice, Is.EqualTo(StoreFixtures.Record(
            StoreFixtures.Report("van-quan-2024.docx", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "6 tháng đầu năm 2024", 1, 6, []),
            "diện tích gieo trồng lúa vụ Đông Xuân", "crop_area", 1448.29m, "ha")));
    }
}
