using Extractor.Model;
using Extractor.Records;
using Extractor.Store;

namespace Extractor.Tests.Store;

/// <summary>Small reports and records built by hand, so store tests do not depend on readers or extraction.</summary>
internal static class StoreFixtures
{
    public static string NewDatabase() => Path.Combine(TestFiles.TempDirectory(), "reports.db");

    public static Report Report(string file, Place place, string province, int year, string period, int firstMonth, int lastMonth,
        IReadOnlyList<(string Label, string[] Paragraphs)> sections, params string[] footnotes)
    {
        var index = 0;
        var built = sections.Select(s => new Section(s.Label, "", 1,
            [.. s.Paragraphs.Select(text => Paragraph.Plain(text, new SourceLocation(index++)))], [], [])).ToList();
        var metadata = ReportMetadata.Empty with
        {
            Type = "báo cáo",
            Place = place,
            Province = province,
            Period = new ReportPeriod(period, year, firstMonth, lastMonth),
            Date = new DateOnly(year, lastMonth, 15),
        };
        var notes = footnotes.Select((text, i) => new Footnote(i + 1, [Paragraph.Plain(text, new SourceLocation(index++))])).ToList();
        return new Report(file, metadata, [], [], built, notes, Closing.None, []);
    }

    public static IndicatorRecord Record(Report report, string indicator, string category, decimal value, string unit) => new(
        Path.GetFileName(report.Source), report.Metadata.Place?.ToString(), report.Metadata.Province, report.Metadata.Year,
        report.Metadata.Period?.Label, "I > 1", indicator, category, value, unit, null, null,
        Estimate: false, Cumulative: false, Approximate: false, RecordSource.Body, null, $"{value} {unit}", $"{indicator} {value} {unit}");

    public static StoredReport Stored(Report report, params IndicatorRecord[] records) =>
        new(Path.Combine("/reports", report.Source), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(report.ToString() + string.Join("|", records.Select(r => r.ToString()))))), report, records);

    public static readonly Place VanQuan = new(PlaceLevel.District, "Văn Quan");
    public static readonly Place BinhTrung = new(PlaceLevel.Commune, "Bình Trung");
    public static readonly Place HuuLung = new(PlaceLevel.District, "Hữu Lũng");

    /// <summary>Four reports: two places, three years, with words that differ only in diacritics; in a new database at <paramref name="path"/> when given.</summary>
    public static IReportStore SmallStore(string? path = null) => Fill(ReportStores.Open(path ?? NewDatabase(), create: true));

    /// <summary>The reports of <see cref="SmallStore"/> saved in <paramref name="store"/>.</summary>
    public static IReportStore Fill(IReportStore store)
    {
        var vanQuan2024 = Report("van-quan-2024.docx", VanQuan, "Lạng Sơn", 2024, "6 tháng đầu năm 2024", 1, 6,
        [
            ("I", ["Tổng thu ngân sách nhà nước trên địa bàn đạt 25.693 triệu đồng, bằng 60% dự toán.",
                   "Dòng chảy các con suối được khơi thông; công tác hoà giải ở cơ sở được chú trọng."]),
            ("II", ["Vụ Đông Xuân gieo trồng 1.448,29 ha lúa, đạt 96% KH.", "Thủy lợi: nạo vét 12 km kênh mương."]),
        ], "Trong đó thu tiền sử dụng đất 4.728 triệu đồng.");
        var binhTrung2023 = Report("binh-trung-2023.txt", BinhTrung, "Lạng Sơn", 2023, "6 tháng đầu năm 2023", 1, 6,
        [
            ("I", ["Thu ngân sách xã đạt 1.200 triệu đồng.", "Công tác hòa giải được quan tâm; thuỷ lợi nội đồng được tu sửa."]),
        ]);
        var vanQuan2022 = Report("van-quan-2022.docx", VanQuan, "Lạng Sơn", 2022, "năm 2022", 1, 12,
        [
            ("I", ["Diện tích lúa cả năm đạt 3.100 ha.", "Giá trị sản xuất khoẻ mạnh."]),
        ]);
        var vanQuan2022Half = Report("van-quan-2022-6t.docx", VanQuan, "Lạng Sơn", 2022, "6 tháng đầu năm 2022", 1, 6,
        [
            ("I", ["Diện tích lúa vụ xuân đạt 1.500 ha."]),
        ]);
        store.Save(Stored(vanQuan2024,
            Record(vanQuan2024, "diện tích gieo trồng lúa vụ Đông Xuân", "crop_area", 1448.29m, "ha"),
            Record(vanQuan2024, "tổng thu ngân sách nhà nước", "budget_revenue", 25693m, "triệu đồng"),
            Record(vanQuan2024, "tổng thu ngân sách nhà nước", "budget_revenue", 60m, "% KH")), replace: false);
        store.Save(Stored(binhTrung2023, Record(binhTrung2023, "thu ngân sách xã", "budget_revenue", 1200m, "triệu đồng")), replace: false);
        store.Save(Stored(vanQuan2022, Record(vanQuan2022, "diện tích lúa cả năm", "crop_area", 3100m, "ha")), replace: false);
        store.Save(Stored(vanQuan2022Half, Record(vanQuan2022Half, "diện tích lúa vụ xuân", "crop_area", 1500m, "ha")), replace: false);
        return store;
    }

    private static readonly string[] ArchivePlaces =
    [
        "Văn Quan", "Bình Gia", "Tràng Định", "Cao Lộc", "Lộc Bình", "Đình Lập", "Chi Lăng", "Văn Lãng", "Bắc Sơn", "Lạng Giang", "Yên Thế", "Sơn Động",
        "Lục Ngạn", "Ba Chẽ", "Tiên Yên", "Bình Liêu", "Hải Hà", "Đầm Hà", "Vân Đồn", "Cô Tô", "Hoành Bồ", "Na Rì", "Pác Nặm", "Hữu Lũng",
    ];

    /// <summary>
    /// 288 reports saved in <paramref name="store"/>, then the end of the batch: 24 districts (23 of Lạng Sơn,
    /// Hữu Lũng of Bắc Giang), 2013 to 2024, each report with two records.
    /// </summary>
    public static IReportStore Archive(IReportStore store)
    {
        foreach (var (place, p) in ArchivePlaces.Select((p, i) => (p, i)))
        {
            for (var year = 2013; year <= 2024; year++)
            {
                // "tiêm" and "chủng" are in most reports, but in one passage together only once.
                var report = Report($"{p}-{year}.docx", new Place(PlaceLevel.District, place), place == "Hữu Lũng" ? "Bắc Giang" : "Lạng Sơn",
                    year, $"năm {year}", 1, 12,
                [
                    ("I", [$"Xây dựng {p + year % 3} công trình; thu ngân sách đạt {year} triệu đồng.",
                           year % 4 == 0 ? "Ngân sách xã được chi đúng dự toán, không có xây mới." : "Chăn nuôi lợn, trâu, bò ổn định; chủng loại giống mới.",
                           p == 3 && year == 2013 ? "Tiêm chủng mở rộng đạt 98%." : "Tiêm phòng cho đàn gia súc."]),
                ]);
                store.Save(Stored(report,
                    Record(report, "thu ngân sách", "budget_revenue", year, "triệu đồng"),
                    Record(report, "số công trình xây dựng", "other", p + year % 3, "công trình")), replace: false);
            }
        }

        store.FinishBatch();
        return store;
    }
}
