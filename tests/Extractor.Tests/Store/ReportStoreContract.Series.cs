using Extractor.Model;
using Extractor.Records;
using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>Series: which record each row picks, in which order, with filters, from the stored tables too.</summary>
public abstract partial class ReportStoreContract
{
    [Test]
    public void A_series_has_one_row_per_place_year_and_period_and_unit()
    {
        var store = Small;
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
        var store = Small;
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
        var store = Small;
        var rows = store.Series(new SeriesQuery("crop_area", null, new ReportFilter { Years = new YearRange(2021, 2023) }, ByPeriod: false));
        Assert.That(rows.Select(r => (r.Year, r.Value, r.Report)), Is.EqualTo(new[] { ((int?)2022, 3100m, "van-quan-2022.docx") }));
    }

    [Test]
    public void A_series_picks_the_later_report_of_the_same_place_and_period_and_its_first_record()
    {
        using var store = NewStore();
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
    public void A_series_table_stored_at_the_end_of_a_batch_is_not_read_once_another_report_is_stored()
    {
        using var store = StoreFixtures.Fill(NewStore());
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
        using var store = NewStore();
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
    public void A_series_by_indicator_text_keeps_units_apart()
    {
        var store = Small;
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
    public void A_canonical_indicators_series_takes_each_reports_total_with_the_breakdowns_asked_not_a_sub_item_a_footnote_or_a_plan()
    {
        using var store = NewStore();
        var vanQuan = StoreFixtures.VanQuan.ToString();
        var report = StoreFixtures.Report("van-quan-2024.docx", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "6 tháng đầu năm 2024", 1, 6, []);
        var other = StoreFixtures.Report("bac-son-2024.docx", new Place(PlaceLevel.District, "Bắc Sơn"), "Lạng Sơn", 2024, "6 tháng đầu năm 2024", 1, 6, []);
        IndicatorRecord Sown(Report of, string label, decimal value, string dimensions, RecordSource source = RecordSource.Body, RecordKind kind = RecordKind.Actual) =>
            StoreFixtures.Record(of, label, "crop_area", value, "ha") with
            {
                Source = source,
                Kind = kind,
                Dimensions = RecordDimensions.Parse(dimensions),
                IndicatorCode = "crop_area.sown",
                IndicatorName = "Diện tích gieo trồng",
                IndicatorConfidence = 0.95,
            };
        store.Save(StoreFixtures.Stored(report,
            Sown(report, "kế hoạch gieo cấy lúa xuân", 1500m, "crop=lúa; season=xuân", kind: RecordKind.Plan),
            Sown(report, "lúa xuân tại xã Tràng Các", 120m, "crop=lúa; season=xuân; scope=xã Tràng Các"),
            Sown(report, "diện tích gieo cấy lúa xuân", 1448.29m, "crop=lúa; season=xuân"),
            Sown(report, "lúa xuân", 1450m, "crop=lúa; season=xuân", RecordSource.Footnote),
            Sown(report, "tổng diện tích gieo trồng", 5200m, ""),
            StoreFixtures.Record(report, "diện tích lúa", "crop_area", 999m, "ha")), replace: false);
        store.Save(StoreFixtures.Stored(other, Sown(other, "diện tích ngô xuân", 800m, "crop=ngô; season=xuân")), replace: false);

        var rice = new SeriesQuery(null, null, ReportFilter.None) { IndicatorCode = "crop_area.sown", Dimensions = RecordDimensions.Parse("crop=lúa; season=xuân") };
        var all = new SeriesQuery(null, null, ReportFilter.None) { IndicatorCode = "crop_area.sown" };

        Assert.That(store.Series(rice).Select(r => (r.Place, r.Value, r.Indicator)), Is.EqualTo(new[] { (vanQuan, 1448.29m, "diện tích gieo cấy lúa xuân") }));
        Assert.That(store.Series(all).Select(r => (r.Place, r.Value)), Is.EqualTo(new[] { ("huyện Bắc Sơn", 800m), (vanQuan, 5200m) }), "each report's total");
        Assert.That(store.SeriesRows(rice).Single(), Is.EqualTo(
            new SeriesRow(vanQuan, 2024, "6 tháng đầu năm 2024", "diện tích gieo cấy lúa xuân", 1448.29m, "ha", "van-quan-2024.docx")
            {
                IndicatorCode = "crop_area.sown",
                Dimensions = RecordDimensions.Parse("crop=lúa; season=xuân"),
                Kind = RecordKind.Actual,
                Section = "I > 1",
                Source = RecordSource.Body,
            }));
        Assert.That(store.Indicators(ReportFilter.None), Is.EqualTo(new[] { new IndicatorCount("crop_area.sown", "Diện tích gieo trồng", 6, 2) }));
        Assert.That(store.Indicators(new ReportFilter { Place = "Bac Son" }).Single().Records, Is.EqualTo(1));
    }
}
