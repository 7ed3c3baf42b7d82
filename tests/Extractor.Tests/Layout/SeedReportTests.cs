using Extractor.Model;
using NUnit.Framework;

namespace Extractor.Tests.Layout;

/// <summary>
/// The three seed reports, read from their text form and from the Word samples made of them:
/// metadata, section tree, footnotes (count, exact texts, multi-paragraph notes and notes that
/// run onto the next page) and paragraphs a page break cut.
/// </summary>
[TestFixture("text/{0}.txt")]
[TestFixture("{0}.docx")]
public sealed class SeedReportTests(string pattern)
{
    private Report Read(string seed) => ReportFile.Read(TestFiles.Sample(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, seed)));

    private const string VanQuan = "huyen-van-quan-6-thang-2024";
    private const string BinhTrung = "xa-binh-trung-6-thang-2023";
    private const string HuuLung = "huyen-huu-lung-cong-van-2022";

    [Test]
    public void District_report_metadata_comes_from_title_and_closing_when_there_is_no_header()
    {
        var m = Read(VanQuan).Metadata;
        Assert.That(m.Type, Is.EqualTo("báo cáo"));
        Assert.That(m.Place?.ToString(), Is.EqualTo("huyện Văn Quan"));
        Assert.That(m.Year, Is.EqualTo(2024));
        Assert.That(m.Period?.Label, Is.EqualTo("6 tháng đầu năm 2024"));
        Assert.That((m.Period?.FirstMonth, m.Period?.LastMonth), Is.EqualTo((1, 6)));
        Assert.That(m.Title, Is.EqualTo("Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm; nhiệm vụ, giải pháp chủ yếu 6 tháng cuối năm 2024"));
        Assert.That(m.Signer?.Name, Is.EqualTo("Hoàng Văn Thuận"));
    }

    [Test]
    public void Commune_report_metadata_comes_from_the_header()
    {
        var m = Read(BinhTrung).Metadata;
        Assert.That(m.Type, Is.EqualTo("báo cáo"));
        Assert.That(m.Number, Is.EqualTo("476/BC-UBND"));
        Assert.That(m.Date, Is.EqualTo(new DateOnly(2023, 7, 14)));
        Assert.That(m.Issuer, Is.EqualTo("UBND xã Bình Trung"));
        Assert.That(m.Place?.ToString(), Is.EqualTo("xã Bình Trung"));
        Assert.That(m.Year, Is.EqualTo(2023));
        Assert.That(m.Period?.Label, Is.EqualTo("6 tháng đầu năm 2023"));
        Assert.That(m.Title, Does.StartWith("Tình hình thực hiện kế hoạch").And.EndWith("6 tháng cuối năm 2023"));
        Assert.That(m.Signer?.Capacity, Is.EqualTo("TM. ỦY BAN NHÂN DÂN"));
    }

    [Test]
    public void Official_letter_has_its_subject_recipients_and_a_draft_number_without_day()
    {
        var report = Read(HuuLung);
        var m = report.Metadata;
        Assert.That(m.Type, Is.EqualTo("công văn"));
        Assert.That(m.Number, Is.EqualTo("/UBND-VP"));
        Assert.That(m.Date, Is.Null, "the day is left blank in the draft");
        Assert.That(m.Place?.ToString(), Is.EqualTo("huyện Hữu Lũng"));
        Assert.That(m.Year, Is.EqualTo(2022));
        Assert.That(m.Period?.Label, Is.EqualTo("6 tháng đầu năm 2022"));
        Assert.That(m.Title, Is.EqualTo("báo cáo tiến độ thực hiện các nhiệm vụ trọng tâm của Ban Thường vụ Huyện ủy 06 tháng đầu năm 2022"));
        Assert.That(m.Recipients, Has.Count.EqualTo(11));
        Assert.That(m.Recipients[0], Is.EqualTo("Phòng Nông nghiệp & PTNT huyện;"));
        Assert.That(m.Signer, Is.EqualTo(new Signer("TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nông Thị Huyền Trang")));
        Assert.That(report.Preamble[0].Text, Does.StartWith("Thực hiện Công văn số 635-CV/HU ngày 02/6/2022"));
    }

    [Test]
    public void Top_level_sections_in_order()
    {
        Assert.That(Read(VanQuan).Sections.Select(s => s.Label), Is.EqualTo(new[] { "Phần I", "Phần II" }));
        Assert.That(Read(BinhTrung).Sections.Select(s => s.Label), Is.EqualTo(new[] { "PHẦN THỨ NHẤT", "PHẦN THỨ HAI" }));
        Assert.That(Read(HuuLung).Sections.Select(s => s.Label), Is.EqualTo(Enumerable.Range(1, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [TestCase(VanQuan, new[] { "Phần I" }, "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024")]
    [TestCase(VanQuan, new[] { "Phần I", "II", "1", "a)" }, "Về sản xuất nông, lâm nghiệp và xây dựng nông thôn mới")]
    [TestCase(VanQuan, new[] { "Phần I", "II", "1", "d)" }, "Tình hình, kết quả thu, chi ngân sách Nhà nước")]
    [TestCase(VanQuan, new[] { "Phần I", "IV", "3", "b)" }, "Nguyên nhân chủ quan")]
    [TestCase(VanQuan, new[] { "Phần II", "4" }, "Nâng cao hiệu lực, hiệu quả quản lý Nhà nước")]
    [TestCase(BinhTrung, new[] { "PHẦN THỨ NHẤT", "III", "1", "1.2" }, "Công tác xây dựng nông thôn mới")]
    [TestCase(BinhTrung, new[] { "PHẦN THỨ NHẤT", "III", "1", "1.4" }, "Thu, chi ngân sách")]
    [TestCase(BinhTrung, new[] { "PHẦN THỨ NHẤT", "III", "2", "2.7" }, "Công tác dân tộc, tôn giáo")]
    [TestCase(BinhTrung, new[] { "PHẦN THỨ HAI" }, "PHƯƠNG HƯỚNG NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2023")]
    [TestCase(HuuLung, new[] { "1" }, "Giao Phòng Nông nghiệp và Phát triển nông thôn xây dựng")]
    [TestCase(HuuLung, new[] { "4" }, "Giao Chi cục Thuế khu vực I xây dựng")]
    public void Named_subsection_has_its_title(string seed, string[] path, string title)
    {
        var section = Find(Read(seed).Sections, path);
        Assert.That(section.Title, Is.EqualTo(title));
        Assert.That(section.Level, Is.EqualTo(path.Length));
    }

    [Test]
    public void Numbered_item_with_inline_heading_keeps_its_body()
    {
        var item = Find(Read(HuuLung).Sections, ["2"]);
        Assert.That(item.Title, Is.EqualTo("Giao Trung tâm phát triển quỹ đất xây dựng"));
        Assert.That(item.Paragraphs[0].Text, Does.StartWith("Báo cáo việc hoàn thành đúng tiến độ công tác bồi thường"));
    }

    [TestCase(VanQuan, 39)]
    [TestCase(BinhTrung, 2)]
    [TestCase(HuuLung, 0)]
    public void Every_footnote_is_read_and_numbered_in_order(string seed, int count)
    {
        var notes = Read(seed).Footnotes;
        Assert.That(notes.Select(n => n.Number), Is.EqualTo(Enumerable.Range(1, count)));
        Assert.That(notes.Select(n => n.Text), Has.All.Not.Empty);
    }

    [TestCase(VanQuan, 1, "Trong 6 tháng đầu năm, Lãnh đạo UBND huyện đã làm việc được 04 cuộc với cơ quan chuyên môn; làm việc trực tiếp với các xã, thôn trên địa bàn được 25 cuộc (Chủ tịch UBND huyện: 09 cuộc, các PCT UBND huyện: 16 cuộc) nhằm nắm tình hình, tháo gỡ khó khăn, vướng mắc trong thực hiện nhiệm vụ năm 2024.")]
    [TestCase(VanQuan, 5, "Trong đó: Nhân dân trồng được 308.930 cây, tương đương 461,86 ha; Chương trình hỗ trợ sau đầu tư (hồi sơ), trồng được 130.500 cây, tương đương 290 ha.\n- Ngoài ra, phát động trồng cây ăn quả các loại: 18.930 cây, tương đương 37,86 ha; Cây đào 5.900 cây, tương đương 11,8 ha.")]
    [TestCase(VanQuan, 9, "Gồm các xã Tân Đoàn, Tràng Phái, Tú Xuyên, Diềm He, Hữu Lễ, Yên Phúc, Bình Phúc, Liên Hội.")]
    [TestCase(VanQuan, 15, "Trong 6 tháng đầu năm tổ chức Hội nghị gặp mặt trong 6 tháng đầu năm UBND huyện tổ chức hội nghị gặp mặt giữa lãnh đạo huyện với các doanh nghiệp, HTX, hộ kinh doanh đầu năm 2024 với trên\n90 đại biểu tham dự hội nghị và lập danh sách 06 HTX trên địa bàn huyện tham dự hội nghị lãnh đạo UBND tỉnh gặp mặt, kết nối tiêu thụ sản phẩm của các HTX tỉnh Lạng Sơn năm 2024...")]
    [TestCase(BinhTrung, 1, "Quỹ 27/7 thu được 540.000đ; Quỹ vì người nghèo 1.080.000đ; Quỹ hỗ trợ nông dân 2.080.000đ (trong đó thu CBCC được 1 triệu đồng); Quỹ hỗ trợ NCT 1.080.000đ; Quỹ phòng chống thiên tai và TKCN 1.080.000đ; Quỹ Bảo trợ trẻ em 648.000đ và Quỹ nhân đạo thu được 2.592.000đ.")]
    public void Footnote_text_is_exact(string seed, int number, string text)
    {
        Assert.That(Read(seed).Footnotes.Single(n => n.Number == number).Text, Is.EqualTo(text));
    }

    [Test]
    public void Footnote_between_a_cut_sentence_and_its_end_keeps_all_its_paragraphs()
    {
        var note = Read(BinhTrung).Footnotes.Single(n => n.Number == 2);
        Assert.That(note.Paragraphs.Select(p => p.Text[..Math.Min(40, p.Text.Length)]), Is.EqualTo(new[]
        {
            "Phát tiền quà chủ tịch nước cho 35 hộ gi",
            "Lập danh sách cho các đối tượng là hộ gi",
            "Phối hợp với UBND huyện trao tặng 200 su",
            "Ủy ban MTTQ Việt Nam tỉnh tặng 50 suất q",
            "Phối hợp với Công ty Kim loại màu Bắc bộ",
        }));
        Assert.That(note.Paragraphs[0].Text, Is.EqualTo("Phát tiền quà chủ tịch nước cho 35 hộ gia đình chính sách Người có công là 10.500.000 đồng, tiền quà của chủ tịch tỉnh là 21.000.000 đồng tổng số tiền quà của Tỉnh và tiền quà Chủ tịch nước là 31.500.000 đồng."));
    }

    [Test]
    public void Footnote_that_runs_onto_the_next_page_keeps_all_its_paragraphs()
    {
        var note = Read(VanQuan).Footnotes.Single(n => n.Number == 31);
        Assert.That(note.Paragraphs, Has.Count.EqualTo(3));
        Assert.That(note.Paragraphs[1].Text, Does.StartWith("kiện để xử lý. Kết quả: Đơn thuộc thẩm quyền đã giải quyết: 41/72"));
        Assert.That(note.Paragraphs[2].Text, Does.StartWith("* Kết quả tiếp công dân, tiếp nhận và giải quyết đơn thư của UBND các xã"));
    }

    [TestCase(VanQuan, new[] { "Phần I", "II", "1", "a)" }, "khuyến nông, khuyến lâm, bảo vệ thực vật được quan tâm chỉ đạo kịp thời")]
    [TestCase(VanQuan, new[] { "Phần I", "II", "1", "c)" }, "Tiếp tục triển khai tổ chức thực hiện Nghị quyết số 08/2019/NQ-HĐND")]
    [TestCase(VanQuan, new[] { "Phần II", "5" }, "xảy ra trên địa bàn. Thực hiện có hiệu quả, chất lượng")]
    [TestCase(BinhTrung, new[] { "PHẦN THỨ NHẤT", "III", "1", "1.5" }, "chưa đăng ký đất đai lần đầu")]
    [TestCase(BinhTrung, new[] { "PHẦN THỨ NHẤT", "III", "2", "2.3" }, "tặng mới 07 thẻ BHYT đối tượng DTTS")]
    public void Paragraph_cut_by_a_page_break_is_stitched(string seed, string[] path, string joined)
    {
        var section = Find(Read(seed).Sections, path);
        Assert.That(section.Paragraphs.Select(p => p.Text), Has.Some.Contains(joined));
    }

    [Test]
    public void Footnote_references_sit_where_the_marker_was()
    {
        var paragraph = Find(Read(VanQuan).Sections, ["Phần I", "II", "1", "a)"]).Paragraphs[0];
        var reference = paragraph.FootnoteRefs.Single(r => r.Number == 2);
        Assert.That(paragraph.Text[..reference.Offset], Does.EndWith("bằng 101,2% so CK"));
    }

    [Test]
    public void Closing_is_kept_apart_from_the_body()
    {
        var report = Read(VanQuan);
        Assert.That(report.Closing.Formula, Does.StartWith("Trên đây là Báo cáo tình hình thực hiện").And.EndWith("của UBND huyện Văn Quan./."));
        Assert.That(report.Closing.Recipients, Has.Count.EqualTo(9));
        Assert.That(report.Closing.Recipients[^1], Is.EqualTo("Lưu: VT."));
        var lastSection = report.Sections[^1].Sections[^1];
        Assert.That(lastSection.Paragraphs.Concat(lastSection.Sections.SelectMany(s => s.Paragraphs)).Select(p => p.Text),
            Has.None.Contains("Trên đây là").And.None.Contains("Nơi nhận"));
    }

    private static Section Find(IReadOnlyList<Section> sections, string[] path)
    {
        var level = sections;
        Section? found = null;
        foreach (var label in path)
        {
            found = level.FirstOrDefault(s => s.Label == label);
            Assert.That(found, Is.Not.Null, $"no section {label} on the path {string.Join(" > ", path)}; have {string.Join(", ", level.Select(s => s.Label))}");
            level = found!.Sections;
        }

        return found!;
    }
}
