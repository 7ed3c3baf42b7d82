using Extractor.Model;
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
    public void A_database_of_an_older_schema_asks_for_a_new_ingest()
    {
        var path = StoreFixtures.NewDatabase();
        SqliteReportStore.Open(path, create: true).Dispose();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE store_info SET value = '1' WHERE key = 'schema'";
            command.ExecuteNonQuery();
        }

        Assert.That(() => SqliteReportStore.Open(path), Throws.TypeOf<StoreException>().With.Message.EqualTo(
            "reports.db: written by an older Extractor (schema 1; this one reads 6): ingest the reports again into a new database"));
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
    public void The_planners_rows_are_the_series_records_columns_in_the_same_order()
    {
        using var store = StoreFixtures.SmallStore();
        Assert.That(store.SeriesRows(new SeriesQuery(null, "thu ngan sach", ReportFilter.None)), Is.EqualTo(new[]
        {
            new SeriesRow("huyện Văn Quan", 2024, "6 tháng đầu năm 2024", "tổng thu ngân sách nhà nước", 60m, "% KH", "van-quan-2024.docx"),
            new SeriesRow("huyện Văn Quan", 2024, "6 tháng đầu năm 2024", "tổng thu ngân sách nhà nước", 25693m, "triệu đồng", "van-quan-2024.docx"),
            new SeriesRow("xã Bình Trung", 2023, "6 tháng đầu năm 2023", "thu ngân sách xã", 1200m, "triệu đồng", "binh-trung-2023.txt"),
        }));
        var byYear = new SeriesQuery("crop_area", null, ReportFilter.None, ByPeriod: false);
        Assert.That(store.SeriesRows(byYear), Is.EqualTo(store.Series(byYear).Select(r => new SeriesRow(r.Place, r.Year, r.Period, r.Indicator, r.Value, r.Unit, r.Report))),
            "the same rows as the whole records, for --out");
        Assert.That(store.SeriesRows(byYear).Select(r => r.Indicator), Is.EqualTo(new[] { "diện tích lúa cả năm", "diện tích gieo trồng lúa vụ Đông Xuân" }));
    }

    [Test]
    public void A_series_by_place_and_year_takes_the_report_covering_most_months()
    {
        using var store = StoreFixtures.SmallStore();
        var rows = store.Series(new SeriesQuery("crop_area", null, new ReportFilter { Years = new YearRange(2021, 2023) }, ByPeriod: false));
        Assert.That(rows.Select(r => (r.Year, r.Value, r.Report)), Is.EqualTo(new[] { ((int?)2022, 3100m, "van-quan-2022.docx") }));
    }

    [Test]
    public void A_series_picks_the_later_report_of_the_same_place_and_period_and_its_first_record()
    {
        using var store = SqliteReportStore.Open(StoreFixtures.NewDatabase(), create: true);
        var first = StoreFixtures.Report("van-quan-2023.docx", StoreFixtures.VanQuan, "Lạng Sơn", 2023, "6 tháng đầu năm 2023", 1, 6, []);
        var revised = first with
        {
            Source = "van-quan-2023-sua-doi.docx",
            Metadata = first.Metadata with { Date = new DateOnly(2023, 7, 20) },
        };
        var earlier = StoreFixtures.Report("van-quan-2023-som.docx", StoreFixtures.VanQuan, "Lạng Sơn", 2023, "6 tháng đầu năm 2023", 1, 6, []);
        var year = StoreFixtures.Report("van-quan-2023-nam.docx", StoreFixtures.VanQuan, "Lạng Sơn", 2023, "năm 2023", 1, 12, []);
        year = year with { Metadata = year.Metadata with { Date = new DateOnly(2023, 7, 1) } };
        store.Save(StoreFixtures.Stored(first, StoreFixtures.Record(first, "diện tích lúa", "crop_area", 1000m, "ha")), replace: false);
        store.Save(StoreFixtures.Stored(revised,
            StoreFixtures.Record(revised, "tổng đàn trâu", "livestock", 800m, "con"),
            StoreFixtures.Record(revised, "diện tích lúa", "crop_area", 1100m, "ha"),
            StoreFixtures.Record(revised, "diện tích ngô", "crop_area", 300m, "ha")), replace: false);
        store.Save(StoreFixtures.Stored(earlier, StoreFixtures.Record(earlier, "diện tích lúa", "crop_area", 900m, "ha")), replace: false);
        store.Save(StoreFixtures.Stored(year, StoreFixtures.Record(year, "diện tích lúa cả năm", "crop_area", 2500m, "ha")), replace: false);

        Assert.That(store.Series(new SeriesQuery("crop_area", null, ReportFilter.None)).Select(r => (r.Period, r.Value, r.Report)), Is.EqualTo(new[]
        {
            ("6 tháng đầu năm 2023", 1100m, "van-quan-2023-sua-doi.docx"),
            ("năm 2023", 2500m, "van-quan-2023-nam.docx"),
        }), "the revised report is dated later; its first crop_area record in ha");
        Assert.That(store.Series(new SeriesQuery("crop_area", null, ReportFilter.None, ByPeriod: false)).Single().Report,
            Is.EqualTo("van-quan-2023-nam.docx"), "the year covers more months, though dated earlier");
        Assert.That(store.Series(new SeriesQuery(null, "dien tich", new ReportFilter { Period = "6 thang" })).Single().Value, Is.EqualTo(1100m));
        Assert.That(store.Series(new SeriesQuery("crop_area", null, new ReportFilter { MaxValue = 500m, Period = "6 thang" })).Single().Value,
            Is.EqualTo(300m), "within a value range, the first record in it");
        var tie = StoreFixtures.Report("van-quan-2023-ban-sao.docx", StoreFixtures.VanQuan, "Lạng Sơn", 2023, "6 tháng đầu năm 2023", 1, 6, []);
        tie = tie with { Metadata = revised.Metadata };
        store.Save(StoreFixtures.Stored(tie, StoreFixtures.Record(tie, "diện tích lúa", "crop_area", 1111m, "ha")), replace: false);
        Assert.That(store.Series(new SeriesQuery("crop_area", null, ReportFilter.None))[0].Report, Is.EqualTo("van-quan-2023-ban-sao.docx"),
            "as many months, the same date: the one stored last");
    }

    [Test]
    public void Replacing_a_report_leaves_none_of_its_rows_behind()
    {
        var path = StoreFixtures.NewDatabase();
        var report = StoreFixtures.Report("a.txt", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "năm 2024", 1, 12, [("I", ["Thu ngân sách."])]);
        var stored = StoreFixtures.Stored(report,
            StoreFixtures.Record(report, "thu ngân sách", "budget_revenue", 5, "triệu đồng"),
            StoreFixtures.Record(report, "diện tích lúa", "crop_area", 7, "ha"));
        using (var store = SqliteReportStore.Open(path, create: true))
        {
            store.Save(stored, replace: false);
            store.Save(stored, replace: true);
            Assert.That(store.Series(new SeriesQuery("crop_area", null, ReportFilter.None)).Single().Value, Is.EqualTo(7m));
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM series_heads), (SELECT count(*) FROM series_reports), (SELECT count(*) FROM paragraphs)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.That((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)), Is.EqualTo((2, 2, 1, 1)));
    }

    [Test]
    public void A_series_table_stored_at_the_end_of_a_batch_is_not_read_once_another_report_is_stored()
    {
        using var store = StoreFixtures.SmallStore();
        var query = new SeriesQuery("crop_area", null, ReportFilter.None);
        var before = store.SeriesRows(query);
        store.FinishBatch();
        Assert.That(store.SeriesRows(query), Is.EqualTo(before), "the stored table");

        var later = StoreFixtures.Report("van-quan-2025.docx", StoreFixtures.VanQuan, "Lạng Sơn", 2025, "năm 2025", 1, 12, []);
        store.Save(StoreFixtures.Stored(later, StoreFixtures.Record(later, "diện tích lúa", "crop_area", 3200m, "ha")), replace: false);
        var after = store.SeriesRows(query);
        Assert.That(after, Is.EqualTo(before.Append(new SeriesRow("huyện Văn Quan", 2025, "năm 2025", "diện tích lúa", 3200m, "ha", "van-quan-2025.docx"))));
        store.FinishBatch();
        Assert.That(store.SeriesRows(query), Is.EqualTo(after), "stored again");
        Assert.That(store.SeriesRows(query with { ByPeriod = false }).Select(r => r.Year), Is.EqualTo(new int?[] { 2022, 2024, 2025 }));
    }

    [Test]
    public void Places_of_one_name_in_two_provinces_have_a_row_each()
    {
        using var store = SqliteReportStore.Open(StoreFixtures.NewDatabase(), create: true);
        var binhTrung = new Place(PlaceLevel.Commune, "Bình Trung");
        foreach (var (file, province, area) in new[] { ("binh-trung-ls.docx", "Lạng Sơn", 120m), ("binh-trung-bk.docx", "Bắc Kạn", 80m) })
        {
            var report = StoreFixtures.Report(file, binhTrung, province, 2023, "6 tháng đầu năm 2023", 1, 6, []);
            store.Save(StoreFixtures.Stored(report, StoreFixtures.Record(report, "diện tích lúa", "crop_area", area, "ha")), replace: false);
        }

        var query = new SeriesQuery("crop_area", null, ReportFilter.None);
        Assert.That(store.SeriesRows(query).Select(r => (r.Value, r.Report)), Is.EqualTo(new[] { (80m, "binh-trung-bk.docx"), (120m, "binh-trung-ls.docx") }),
            "by province after place: Bắc Kạn before Lạng Sơn");
        store.FinishBatch();
        Assert.That(store.SeriesRows(query with { ByPeriod = false }).Select(r => r.Value), Is.EqualTo(new[] { 80m, 120m }));
    }

    [Test]
    public void Records_must_carry_their_reports_metadata()
    {
        using var store = SqliteReportStore.Open(StoreFixtures.NewDatabase(), create: true);
        var report = StoreFixtures.Report("a.txt", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "năm 2024", 1, 12, []);
        var stray = StoreFixtures.Record(report, "diện tích lúa", "crop_area", 7, "ha") with { Place = "xã Bình Trung" };
        Assert.That(() => store.Save(StoreFixtures.Stored(report, stray), replace: false),
            Throws.ArgumentException.With.Message.StartsWith("a.txt: record 0 names another report, place, province, year or period"));
        Assert.That(store.StoredHashes(), Is.Empty, "nothing of it was stored");
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
    public void Ocr_confidence_is_stored_with_each_record()
    {
        using var store = SqliteReportStore.Open(StoreFixtures.NewDatabase(), create: true);
        var report = StoreFixtures.Report("scan.pdf", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "năm 2024", 1, 12, [("I", ["Thu ngân sách 5 triệu đồng."])]);
        var read = StoreFixtures.Record(report, "thu ngân sách", "budget_revenue", 5, "triệu đồng") with { OcrConfidence = 0.87 };
        store.Save(StoreFixtures.Stored(report, read, StoreFixtures.Record(report, "chi ngân sách", "budget_spending", 3, "triệu đồng")), replace: false);
        Assert.That(store.Records(ReportFilter.None).Select(r => (r.Indicator, r.OcrConfidence)),
            Is.EqualTo(new[] { ("thu ngân sách", (double?)0.87), ("chi ngân sách", null) }));
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
