using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Tests.Store;

public sealed class SeriesKeysTests
{
    [Test]
    public void A_report_packed_in_one_column_comes_back_whole_missing_names_included()
    {
        var named = new SeriesReport(7, "huyen van quan", "lang son", "6 thang dau nam 2024", 1, 5, "2024-06-20",
            new ReportNames("van-quan-2024.docx", "huyện Văn Quan", "Lạng Sơn", 2024, "6 tháng đầu năm 2024"));
        var bare = new SeriesReport(8, null, null, null, null, null, null, new ReportNames("không-rõ.txt", null, null, null, null));
        var texts = new SharedTexts();
        Assert.That(SeriesReport.Unpack(7, named.Pack(), texts), Is.EqualTo(named));
        Assert.That(SeriesReport.Unpack(8, bare.Pack(), texts), Is.EqualTo(bare));
    }

    [Test]
    public void A_reports_heads_packed_in_one_column_come_back_in_order_with_exact_values()
    {
        SeriesHead[] heads =
        [
            new(3, "ha", 1_000_001, 12, 1448.29m, "ha"),
            new(3, "trieu dong", 1_000_005, 40, 25693.123456789m, "triệu đồng"),
            new(3, "% kh", 1_000_006, 40, -0.5m, "% KH"),
        ];
        var texts = new SharedTexts();
        var read = new List<SeriesHead>();
        SeriesHead.Unpack(3, SeriesHead.Pack(heads), texts, read);
        SeriesHead.Unpack(9, SeriesHead.Pack([]), texts, read);
        SeriesHead.Unpack(4, SeriesHead.Pack([heads[1]]), texts, read);
        Assert.That(read, Is.EqualTo(heads.Append(heads[1] with { ReportId = 4 })));
        Assert.That(read[3].Unit, Is.SameAs(read[1].Unit), "a text read twice is one string");
    }

    [Test]
    public void A_series_table_packed_comes_back_row_for_row_missing_place_year_and_period_included()
    {
        SeriesRow[] rows =
        [
            new("huyện Văn Quan", 2024, "6 tháng đầu năm 2024", "diện tích lúa", 1448.29m, "ha", "van-quan-2024.docx"),
            new("huyện Văn Quan", 2024, "6 tháng đầu năm 2024", "diện tích ngô", 300m, "ha", "van-quan-2024.docx"),
            new(null, null, null, "diện tích lúa", 0.5m, "% KH", "không-rõ.txt"),
        ];
        Assert.That(SeriesTable.Unpack(SeriesTable.Pack(rows)), Is.EqualTo(rows));
        Assert.That(SeriesTable.Unpack(SeriesTable.Pack([])), Is.Empty);
    }
}
