using Extractor.Extraction;
using Extractor.Model;
using NUnit.Framework;

namespace Extractor.Tests.Extraction;

/// <summary>Indicators read from tables by their columns: report tables as offices lay them out.</summary>
public sealed class TableReaderTests
{
    private static List<string> Read(params string[][] rows) => TableReader
        .Read(new Table(rows.Select(r => (IReadOnlyList<string>)r).ToList(), new SourceLocation(0)))
        .Select(q => $"{q.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} {q.Unit}"
            + (q.PlanPercent is { } p ? $" KH={p}" : "") + (q.SamePeriodPercent is { } y ? $" CK={y}" : "")
            + (q.PlanValue is { } v ? $" plan={v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}" : "")
            + $" [{q.Indicator}]")
        .ToList();

    [Test]
    public void Plan_and_result_columns_qualify_the_value()
    {
        Assert.That(Read(
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "% KH", "% CK"],
            ["1", "Diện tích lúa đông xuân", "ha", "1.500", "1.448,29", "96,5", "98,8"],
            ["2", "Tổng đàn trâu", "con", "8.000", "7.675", "95,9", ""],
            ["3", "Thu ngân sách", "triệu đồng", "24.000", "18.290", "76", "120"]), Is.EqualTo(new[]
        {
            "1448.29 ha KH=96.5 CK=98.8 plan=1500 [Diện tích lúa đông xuân]",
            "7675 con KH=95.9 plan=8000 [Tổng đàn trâu]",
            "18290 triệu đồng KH=76 CK=120 plan=24000 [Thu ngân sách]",
        }));
    }

    [Test]
    public void Two_row_header_with_a_merged_group()
    {
        Assert.That(Read(
            ["STT", "Chỉ tiêu thống kê", "Kết quả thống kê", "", "Ghi chú"],
            ["", "", "Đơn vị tính", "Số liệu", ""],
            ["1.", "Số văn bản chỉ đạo CCHC đã ban hành", "Văn bản", "82", ""],
            ["3.2.2.", "Số hồ sơ TTHC giải quyết đúng hạn", "Hồ sơ", "467.565", ""],
            ["3.3.", "Tỷ lệ giải quyết phản ánh, kiến nghị", "%", "100", ""]), Is.EqualTo(new[]
        {
            "82 văn bản [Số văn bản chỉ đạo CCHC đã ban hành]",
            "467565 hồ sơ [Số hồ sơ TTHC giải quyết đúng hạn]",
            "100 % [Tỷ lệ giải quyết phản ánh, kiến nghị]",
        }));
    }

    [Test]
    public void Places_by_columns_ranks_left_out()
    {
        Assert.That(Read(
            ["STT", "Nội dung", "Lâm Đồng", "", "Đắk Nông", ""],
            ["", "", "Chỉ số", "Thứ hạng", "Chỉ số", "Thứ hạng"],
            ["1", "Công tác chỉ đạo, điều hành", "99,9%", "12/63", "99,5%", "22/63"]), Is.EqualTo(new[]
        {
            "99.9 % [Công tác chỉ đạo, điều hành (Lâm Đồng / Chỉ số)]",
            "99.5 % [Công tác chỉ đạo, điều hành (Đắk Nông / Chỉ số)]",
        }));
    }

    [Test]
    public void Real_appendix_tables_are_read_by_their_columns()
    {
        var report = ReportFile.Read(TestFiles.RealWorld("d06_PhuLuc_BC_CCHC_2025_tables.docx"));
        var records = Extractor.Extraction.IndicatorExtraction.Extract(report).Where(r => r.Source == Extractor.Records.RecordSource.Table).ToList();
        Assert.That(records.Where(r => r.Indicator.StartsWith("Số văn bản chỉ đạo CCHC đã ban hành", StringComparison.Ordinal)).Select(r => (r.Value, r.Unit)),
            Has.Member((82m, "văn bản")));
        Assert.That(records.Where(r => r.Indicator == "Số hồ sơ TTHC giải quyết đúng hạn").Select(r => r.Value), Has.Member(467565m));
        Assert.That(records.Select(r => r.Raw).Where(raw => raw.Contains('/')), Is.Empty, "ranks like 12/63 are not values");
    }
}
