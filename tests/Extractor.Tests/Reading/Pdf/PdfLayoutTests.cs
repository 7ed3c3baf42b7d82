using Extractor.Layout;
using Extractor.Model;
using Extractor.Reading;
using Extractor.Reading.Pdf;
using Extractor.Tests.Reading.Docx;
using NUnit.Framework;
using static Extractor.Tests.Reading.Pdf.PageSketch;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>The PDF layout on pages drawn by <see cref="PageSketch"/>: from placed glyphs to paragraphs, tables and footnotes.</summary>
public sealed class PdfLayoutTests
{
    private const string LongText =
        "Tổng diện tích gieo trồng trên địa bàn xã 229,61 ha. Trong đó: diện tích cây lúa xuân 108,94 ha, sản lượng 523 tấn, " +
        "đạt 104% kế hoạch, bằng 100% so với cùng kỳ; ngô xuân 74,6 ha, sản lượng 373 tấn, đạt 111,5% kế hoạch.";

    [Test]
    public void Glyphs_become_words_and_wrapped_lines_one_paragraph()
    {
        var page = new PageSketch(1);
        page.Paragraph(100, LongText);

        var document = Read(page);

        Assert.That(document.Texts(), Is.EqualTo(new[] { LongText }));
        Assert.That(document.Paragraphs()[0].Paragraph.Location, Is.EqualTo(new SourceLocation(0, 1)));
    }

    [Test]
    public void Paragraphs_split_at_first_line_indents_and_short_last_lines()
    {
        var page = new PageSketch(1);
        var top = page.Paragraph(100, LongText);
        top = page.Paragraph(top, "Cung ứng vật tư nông nghiệp khoảng 20 tấn phân các loại.");
        page.Paragraph(top, "- Lâm nghiệp: trồng được 65 cây cảnh quan các loại; trồng hồi trên 22.660 cây, trong đó hồi thuộc dự án khoảng 4.000 cây.", indent: false);

        var document = Read(page);

        Assert.That(document.Texts(), Has.Count.EqualTo(3));
        Assert.That(document.Texts()[1], Is.EqualTo("Cung ứng vật tư nông nghiệp khoảng 20 tấn phân các loại."));
        Assert.That(document.Texts()[2], Does.StartWith("- Lâm nghiệp:").And.EndWith("khoảng 4.000 cây."));
    }

    [Test]
    public void Bold_and_italic_come_from_the_glyph_flags()
    {
        var page = new PageSketch(1);
        page.Line(113, 100, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", bold: true);
        page.Paragraph(125, "**Về trồng trọt:** diện tích _lúa xuân_ 108,94 ha.");

        var document = Read(page);

        Assert.That(document.Texts(), Is.EqualTo(new[] { "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "Về trồng trọt: diện tích lúa xuân 108,94 ha." }));
        Assert.That(document.Paragraphs()[0].Paragraph.Spans, Is.EqualTo(new[] { new StyleSpan(0, 29, true, false) }));
        Assert.That(document.Paragraphs()[1].Paragraph.Spans, Is.EqualTo(new[] { new StyleSpan(0, 14, true, false), new StyleSpan(25, 8, false, true) }));
    }

    [Test]
    public void Raised_digits_naming_a_note_of_the_page_are_references_and_the_area_splits_into_notes()
    {
        var page = new PageSketch(1);
        var top = page.Paragraph(100, "Tổng thu ngân sách đạt 75,35% dự toán^1^. Thu từ các quỹ đạt 9.660.000 đồng^2^ và khai thác 45m^3^ gỗ.");
        page.Rule(Left, 700, Left + 144, 700);
        page.Line(Left, 715, "^1^ Thu ngân sách nhà nước 3.644.374.691 đồng.", Note);
        page.Line(Left, 727, "^2^ Quỹ 27/7 thu được 540.000đ;", Note);
        page.Line(Left + 28, 739, "Quỹ vì người nghèo 1.080.000đ.", Note);
        Assert.That(top, Is.LessThan(700));

        var document = Read(page);

        var paragraph = document.Paragraphs().Single().Paragraph;
        Assert.That(paragraph.Text, Is.EqualTo("Tổng thu ngân sách đạt 75,35% dự toán. Thu từ các quỹ đạt 9.660.000 đồng và khai thác 45m3 gỗ."));
        Assert.That(paragraph.FootnoteRefs, Is.EqualTo(new[] { new FootnoteRef(1, 37), new FootnoteRef(2, 72) }));
        Assert.That(document.Footnotes.Select(f => f.Number), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(document.Footnotes[0].Text, Is.EqualTo("Thu ngân sách nhà nước 3.644.374.691 đồng."));
        Assert.That(document.Footnotes[1].Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "Quỹ 27/7 thu được 540.000đ;", "Quỹ vì người nghèo 1.080.000đ." }));
    }

    [Test]
    public void Plain_digits_open_a_note_only_for_a_number_the_page_refers_to()
    {
        var page = new PageSketch(1);
        page.Paragraph(100, "Chi ngân sách 2.238.858.500 đồng, đạt 46,29% dự toán^3^; thu ngân sách trên địa bàn được 10.084.045đ.");
        page.Paragraph(715, "3. Chi thường xuyên 2.238.858.500 đồng, trong đó chi đầu tư cho các công trình giao thông nông thôn 1.080.000đ cho giao thông.", Note, indent: false);

        var document = Read(page);

        Assert.That(document.Footnotes.Select(f => (f.Number, f.Text)), Is.EqualTo(new[]
        {
            (3, "Chi thường xuyên 2.238.858.500 đồng, trong đó chi đầu tư cho các công trình giao thông nông thôn 1.080.000đ cho giao thông."),
        }));
    }

    [Test]
    public void A_note_runs_on_at_the_top_of_the_next_footnote_area_and_the_cut_paragraph_joins_across_it()
    {
        var first = new PageSketch(1);
        first.Paragraph(700, "Thu hoạch khoai tây 4,5 ha với sản lượng 46 tấn^1^, ước giá trị trên 368 triệu đồng; triển khai mô hình sản xuất lúa lai ba dòng tại 4 thôn cho", lastLineFull: true);
        first.Rule(Left, 745, Left + 144, 745);
        first.Paragraph(760, "^1^ Khoai tây Atlantic trồng tại các thôn Nà Ngườm, Khuổi Mạ và", Note, indent: false, lastLineFull: true);
        var second = new PageSketch(2);
        second.Line(Left, 80, "199 hộ tham gia với diện tích thực hiện là 29,24/30 ha.");
        second.Rule(Left, 745, Left + 144, 745);
        second.Line(Left, 760, "Xuân Lũng, năng suất bình quân 10 tấn/ha.", Note);

        var document = Read(first, second);

        var paragraph = document.Paragraphs().Single().Paragraph;
        Assert.That(paragraph.Text, Does.EndWith("lúa lai ba dòng tại 4 thôn cho 199 hộ tham gia với diện tích thực hiện là 29,24/30 ha."));
        Assert.That(paragraph.FootnoteRefs.Single().Number, Is.EqualTo(1));
        Assert.That(document.Footnotes.Single().Text, Is.EqualTo("Khoai tây Atlantic trồng tại các thôn Nà Ngườm, Khuổi Mạ và Xuân Lũng, năng suất bình quân 10 tấn/ha."));
    }

    [Test]
    public void A_paragraph_ended_on_one_page_stays_apart_from_the_indented_one_on_the_next()
    {
        var first = new PageSketch(1);
        first.Paragraph(700, LongText, lastLineFull: true);
        var second = new PageSketch(2);
        second.Paragraph(80, "Cung ứng vật tư nông nghiệp khoảng 20 tấn phân các loại.");

        Assert.That(Read(first, second).Texts(), Has.Count.EqualTo(2));
    }

    [Test]
    public void Page_numbers_and_running_headers_are_removed()
    {
        var pages = Enumerable.Range(1, 3).Select(n =>
        {
            var page = new PageSketch(n);
            page.Line(250, 40, $"Báo cáo số 476/BC-UBND - trang {n}", 10);
            page.Paragraph(100, LongText);
            page.Line(295, 810, n.ToString(System.Globalization.CultureInfo.InvariantCulture), 12);
            return page;
        }).ToArray();

        var texts = Read(pages).Texts();

        Assert.That(texts.Skip(1), Is.All.EqualTo(LongText), "from page 2 on the header repeats and goes");
        Assert.That(texts.Where(t => t.Length < 3), Is.Empty, "page numbers go");
        Assert.That(string.Join(" ", texts), Does.Not.Contain("trang 2").And.Not.Contain("trang 3"));
    }

    [Test]
    public void A_signing_stamp_goes_to_the_diagnostics()
    {
        var page = new PageSketch(1);
        page.Line(380, 30, "Ký bởi: Sở Nội vụ", 8);
        page.Line(380, 39, "Email: snv@lamdong.gov.vn", 8);
        page.Line(380, 48, "Thời gian ký: 06.11.2025", 8);
        page.Line(380, 57, "09:14:12 +07:00", 8);
        page.Paragraph(100, LongText);

        var document = Read(page);

        Assert.That(document.Texts(), Is.EqualTo(new[] { LongText }));
        var stamp = document.Diagnostics.Single(d => !d.Message.StartsWith("text layer", StringComparison.Ordinal));
        Assert.That(stamp.Message, Does.Contain("signing stamp").And.Contain("Ký bởi: Sở Nội vụ").And.Contain("09:14:12"));
        Assert.That((stamp.Code, stamp.Page), Is.EqualTo((DiagnosticCode.SigningStampRemoved, (int?)1)));
    }

    [Test]
    public void The_two_column_header_is_a_table_and_gives_the_same_metadata()
    {
        var page = new PageSketch(1);
        page.Line(95, 60, "ỦY BAN NHÂN DÂN", 13, bold: false).Line(272, 60, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, bold: true);
        page.Line(104, 76, "XÃ BÌNH TRUNG", 13, bold: true).Line(324, 77, "Độc lập - Tự do - Hạnh phúc", 14, bold: true);
        page.Line(109, 95, "Số: 476/BC-UBND", 13).Line(286, 97, "_Bình Trung, ngày 14 tháng 7 năm 2023_", 14);
        page.Line(280, 130, "BÁO CÁO", 14, bold: true);
        page.Line(140, 150, "Tình hình kinh tế - xã hội 6 tháng đầu năm 2023", 14, bold: true);
        page.Paragraph(180, LongText);

        var document = Read(page);
        var metadata = ReportAssembler.Assemble(document).Metadata;

        Assert.That(document.Tables().First().Rows, Is.EqualTo(new[]
        {
            new[] { "ỦY BAN NHÂN DÂN\nXÃ BÌNH TRUNG\nSố: 476/BC-UBND", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Trung, ngày 14 tháng 7 năm 2023" },
        }));
        Assert.That((metadata.Type, metadata.Number, metadata.Date, metadata.Issuer, metadata.Period?.Label),
            Is.EqualTo(("báo cáo", "476/BC-UBND", new DateOnly(2023, 7, 14), "UBND xã Bình Trung", "6 tháng đầu năm 2023")));
    }

    [Test]
    public void A_table_drawn_with_rules_gives_rows_of_cells_and_leaves_the_text_around_it()
    {
        var page = new PageSketch(1);
        var top = page.Paragraph(100, "Kết quả chỉ số năm 2024 như sau:");
        double[] rows = [top, top + 20, top + 40, top + 60];
        double[] columns = [Left, Left + 40, Left + 300, Right];
        foreach (var y in rows)
        {
            page.Rule(Left, y, Right, y);
        }

        foreach (var x in columns)
        {
            page.Rule(x, rows[0], x, rows[^1]);
        }

        page.Line(Left + 4, rows[0] + 14, "STT", 12).Line(Left + 44, rows[0] + 14, "Nội dung", 12).Line(Left + 304, rows[0] + 14, "Điểm", 12);
        page.Line(Left + 4, rows[1] + 14, "1", 12).Line(Left + 44, rows[1] + 14, "Công tác chỉ đạo", 12).Line(Left + 304, rows[1] + 14, "9,49", 12);
        page.Line(Left + 4, rows[2] + 14, "2", 12).Line(Left + 44, rows[2] + 14, "Cải cách thể chế", 12).Line(Left + 304, rows[2] + 14, "9,38", 12);
        page.Paragraph(rows[^1] + 25, "Chỉ số chung đạt 83,1/100 điểm.");

        var document = Read(page);

        Assert.That(document.Blocks.Select(b => b.GetType().Name), Is.EqualTo(new[] { "RawParagraph", "RawTable", "RawParagraph" }));
        Assert.That(document.Tables().Single().Rows, Is.EqualTo(new[]
        {
            new[] { "STT", "Nội dung", "Điểm" }, new[] { "1", "Công tác chỉ đạo", "9,49" }, new[] { "2", "Cải cách thể chế", "9,38" },
        }));
    }

    [Test]
    public void A_page_stored_turned_is_read_upright()
    {
        var page = new PageSketch(1) { Rotate = 90 };
        page.Paragraph(100, LongText);

        Assert.That(Read(page).Texts(), Is.EqualTo(new[] { LongText }));
    }

    [Test]
    public void A_page_without_a_text_layer_is_reported_and_a_document_without_any_needs_ocr()
    {
        var scan = new PageSketch(2).Image(0, 0, PageWidth, PageHeight);
        var text = new PageSketch(1);
        text.Paragraph(100, LongText);

        Assert.That(Read(text, scan).Diagnostics.Where(d => d.Level == DiagnosticLevel.Warning).Select(d => (d.CodeName, d.Page, d.Message)),
            Is.EqualTo(new[] { ("needs_ocr", (int?)2, "page 2: no text layer, needs OCR") }));
        var error = Assert.Throws<ReportReadException>(() => Read(scan));
        Assert.That((error!.Failure, error.Reason), Is.EqualTo((ReadFailure.NeedsOcr, "no text layer (scanned pages): needs OCR")));
    }

    private static RawDocument Read(params PageSketch[] pages) =>
        PdfReader.Read("sketch.pdf", new PageList(pages.Select(p => p.ToContent())), ReaderOptions.Default);
}
