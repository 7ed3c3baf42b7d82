using Extractor.Layout;
using Extractor.Reading;
using Extractor.Text;
using NUnit.Framework;

namespace Extractor.Tests.Reading.Docx;

/// <summary>Real Word files from a provincial office (../shared/realworld, read in place, never copied into the repository).</summary>
[TestFixture]
public sealed class RealWorldDocxTests
{
    [Test]
    public void Should_Read_The_Footnotes_Of_D02_With_Their_Text()
    {
        var document = FormatReaders.Read(TestFiles.RealWorld("d02_BC_chi_so_tinh_0611.docx"));

        Assert.That(document.Footnotes.Select(f => f.Number), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(document.Footnotes[0].Text, Does.StartWith("Mô hình “Công khai Thủ tục hành chính số”"));
        Assert.That(document.Footnotes[1].Text, Does.StartWith("Như về: Công khai Quyết định, bản đồ quy hoạch"));
        Assert.That(document.Footnotes[2].Text, Does.StartWith("Đối tượng đánh giá gồm các sở, ban, ngành, UBND cấp xã"));
        Assert.That(document.Paragraphs().SelectMany(p => p.Paragraph.FootnoteRefs).Select(r => r.Number), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void Should_Read_The_Tables_And_Typed_Headings_Of_D02()
    {
        var document = FormatReaders.Read(TestFiles.RealWorld("d02_BC_chi_so_tinh_0611.docx"));

        Assert.That(document.Tables(), Has.Count.EqualTo(7));
        Assert.That(document.Blocks[0], Is.TypeOf<RawTable>(), "the header table comes first");
        var labels = document.Paragraphs()
            .Select(p => SectionLabel.TryParse(p.Paragraph.Text, out var label, out _) ? label.Kind : (LabelKind?)null)
            .Where(kind => kind is not null)
            .ToList();
        Assert.That(labels.Count(k => k == LabelKind.Roman), Is.EqualTo(6));
        Assert.That(labels.Count(k => k == LabelKind.Arabic), Is.EqualTo(17));
        Assert.That(labels.Count(k => k == LabelKind.Letter), Is.EqualTo(28));
    }

    [Test]
    public void Should_Join_Words_That_D02_Splits_Across_Runs()
    {
        var text = string.Join("\n", FormatReaders.Read(TestFiles.RealWorld("d02_BC_chi_so_tinh_0611.docx")).Texts());

        Assert.That(text, Does.Contain("Tình hình thực hiện các chỉ số PAR Index, SIPAS,"));
        Assert.That(text, Does.Contain("2. Tình hình thực hiện năm 2025 và kết quả bước đầu"));
        Assert.That(text, Does.Contain("kế hoạch đào tạo, bồi dưỡng năm 2025"));
        Assert.That(text, Does.Contain("Sở cũng đã tổ chức khảo sát mức độ hài lòng"));
        Assert.That(text, Does.Contain("I. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)"));
    }

    [Test]
    public void Should_Read_The_Nine_Tables_Of_D06_With_Merged_Cells_Once()
    {
        var document = FormatReaders.Read(TestFiles.RealWorld("d06_PhuLuc_BC_CCHC_2025_tables.docx"));

        var tables = document.Tables();
        Assert.That(tables, Has.Count.EqualTo(9));
        Assert.That(tables.All(t => t.Rows.All(r => r.Count == 5)), "every row has one entry per grid column");
        // The file has 753 paragraphs, 711 of them in cells; 673 are in cells that are not
        // vertical-merge continuations, and 539 of those hold text: one line each.
        var cellLines = tables.SelectMany(t => t.Rows).SelectMany(r => r).Where(c => c.Length > 0).Sum(c => c.Split('\n').Length);
        Assert.That(cellLines, Is.EqualTo(539));
        Assert.That(tables[0].Rows[0], Is.EqualTo(new[]
        {
            "STT", "Chỉ tiêu thống kê\n(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)", "Kết quả thống kê", "", "Ghi chú",
        }));
        Assert.That(tables[0].Rows[1], Is.EqualTo(new[] { "", "", "Đơn vị tính", "Số liệu", "" }));
        Assert.That(tables[0].Rows[2], Is.EqualTo(new[]
        {
            "1.", "Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)", "Văn bản", "82", "",
        }));
    }

    [Test]
    public void Should_Read_The_Unicode_Text_Of_D09_Despite_Its_VnTime_Font_Names()
    {
        var document = FormatReaders.Read(TestFiles.RealWorld("d09_ThamLuan_TLD_vestigial_VnTime.docx"));
        var texts = document.Texts();
        var text = string.Join("\n", texts);

        Assert.That(texts[0], Is.EqualTo("THAM LUẬN"));
        Assert.That(text, Does.Contain("Kính thưa các đồng chí tham dự Hội nghị!"));
        Assert.That(text, Does.Contain("Hiện nay, nước ta có khoảng 17 triệu công nhân làm việc trong các loại hình doanh nghiệp"));
        Assert.That(text, Does.Contain("Xin trân trọng cảm ơn và chúc sức khoẻ các đồng chí, chúc hội nghị thành công tốt đẹp!"));
        Assert.That(text, Does.Not.Match("[¸µ¶·¹¨¬®]"), "no TCVN3 byte soup");
        Assert.That(document.Diagnostics.Select(d => d.Message), Has.None.StartsWith("decoded"), "no run decoded from a legacy encoding");
    }
}
