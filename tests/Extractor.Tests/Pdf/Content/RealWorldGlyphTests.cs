using System.Text;
using Extractor.Pdf;
using Extractor.Pdf.Content;
using NUnit.Framework;

namespace Extractor.Tests.Pdf.Content;

/// <summary>Glyphs of the real documents in ../shared/realworld, checked against poppler's pdftotext.</summary>
public sealed class RealWorldGlyphTests
{
    /// <summary>
    /// Word agreement of each page: the words (whitespace-split, NFC) of our glyphs in reading order and of
    /// <c>pdftotext -raw</c>, counted as multisets; their common count over the larger of the two counts.
    /// </summary>
    [TestCase("p02_BC_chi_so_tinh_0611.pdf")]
    [TestCase("p03_TTXT_BC_PCI_DDCI_0511.pdf")]
    [TestCase("p10_VB8977_BNV_vntime_font.pdf")]
    public void Should_Agree_With_Pdftotext_On_The_Words_Of_Every_Page(string name)
    {
        var path = TestFiles.RealWorld(name);
        var reference = Pdftotext.Pages(path);
        var pages = ReadAll(path);

        var agreements = pages.Select(page => PageText.Agreement(PageText.Words(PageText.Of(page)), PageText.Words(reference[page.Number - 1]))).ToList();

        TestContext.Out.WriteLine($"{name}: word agreement per page {string.Join(", ", agreements.Select(a => a.ToString("P1", System.Globalization.CultureInfo.InvariantCulture)))}");
        Assert.That(agreements, Has.All.GreaterThanOrEqualTo(0.99));
    }

    [TestCase("p02_BC_chi_so_tinh_0611.pdf", 1, "Tình hình thực hiện các chỉ số PAR Index, SIPAS,")]
    [TestCase("p02_BC_chi_so_tinh_0611.pdf", 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [TestCase("p02_BC_chi_so_tinh_0611.pdf", 1, "Thực hiện nhiệm vụ giao của Chủ tịch Ủy ban nhân dân tỉnh tại Công văn số")]
    [TestCase("p03_TTXT_BC_PCI_DDCI_0511.pdf", 2, "toàn tỉnh có hơn 3.500 doanh nghiệp đăng ký thành lập")]
    [TestCase("p03_TTXT_BC_PCI_DDCI_0511.pdf", 3, "tổng vốn đầu tư là 224.282 tỷ đồng).")]
    [TestCase("p03_TTXT_BC_PCI_DDCI_0511.pdf", 1, "Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)")]
    [TestCase("p10_VB8977_BNV_vntime_font.pdf", 1, "Bộ Nội vụ nhận được Công văn số 1843/SNV-TCBC ngày 01/10/2025 của")]
    [TestCase("p10_VB8977_BNV_vntime_font.pdf", 1, "Số: 8977 /BNV-TCPCP")]
    [TestCase("p10_VB8977_BNV_vntime_font.pdf", 2, "ý kiến của Bộ Nội vụ gửi Sở Nội vụ tỉnh Lâm Đồng biết, thực hiện./.")]
    public void Should_Keep_Vietnamese_Diacritics_Exact(string name, int pageNumber, string phrase)
    {
        var page = ReadAll(TestFiles.RealWorld(name))[pageNumber - 1];

        Assert.That(string.Join(' ', PageText.Words(PageText.Of(page))), Does.Contain(phrase));
    }

    [TestCase("p02_BC_chi_so_tinh_0611.pdf")]
    [TestCase("p03_TTXT_BC_PCI_DDCI_0511.pdf")]
    [TestCase("p10_VB8977_BNV_vntime_font.pdf")]
    public void Should_Give_Composed_Text_Without_Producer_Faults(string name)
    {
        var glyphs = ReadAll(TestFiles.RealWorld(name)).SelectMany(page => page.Glyphs).ToList();

        Assert.That(glyphs.Where(g => g.Text.Contains('ƣ') || g.Text.Contains('Ƣ')), Is.Empty);
        Assert.That(glyphs.Where(g => !g.Text.IsNormalized(NormalizationForm.FormC)), Is.Empty);
        Assert.That(glyphs.Where(g => char.GetUnicodeCategory(g.Text[0]) == System.Globalization.UnicodeCategory.NonSpacingMark), Is.Empty, "no mark is left on its own");
        Assert.That(glyphs.Where(g => g.Text == "\uFFFD"), Is.Empty);
        Assert.That(glyphs.Select(g => g.FontName), Has.None.Matches(@"^[A-Z]{6}\+"));
    }

    [Test]
    public void Should_Read_Word_Fonts_With_And_Without_ToUnicode_In_One_Paragraph()
    {
        var page = ReadAll(TestFiles.RealWorld("p02_BC_chi_so_tinh_0611.pdf"))[0];
        var title = page.Glyphs.Where(g => g.Baseline is > 690 and < 700 && !string.IsNullOrWhiteSpace(g.Text)).ToList();

        Assert.That(string.Concat(title.Select(g => g.Text)), Is.EqualTo("BÁOCÁO"));
        Assert.That(title.Select(g => g.Bold), Has.All.True);
        Assert.That(title.Select(g => g.FontName).Distinct(), Is.EqualTo(new[] { "TimesNewRomanPS-BoldMT" }), "Á comes from the CID font, the rest from the WinAnsi one");
    }

    [Test]
    public void Should_Read_The_Digit_Drawn_In_A_Subset_VnTime_Font()
    {
        var page = ReadAll(TestFiles.RealWorld("p10_VB8977_BNV_vntime_font.pdf"))[1];

        var vnTime = page.Glyphs.Where(g => g.FontName == ".VnTime").ToList();
        Assert.That(vnTime.Select(g => g.Text).Where(t => t != " "), Is.EqualTo(new[] { "2" }));
        Assert.That(vnTime[0].Baseline, Is.GreaterThan(page.MediaBox.Height * 0.9), "the page number at the top");
    }

    [TestCase("p07_BCTC_HHDN_scan.pdf")]
    [TestCase("p09_TTr298_AdobeScan_brokenOCR.pdf")]
    public void Should_Place_One_Jpeg_Covering_Each_Scanned_Page(string name)
    {
        foreach (var page in ReadAll(TestFiles.RealWorld(name)))
        {
            // CamScanner adds a small logo image beside the scan.
            var scans = page.Images.Where(image => image.Width * image.Height > 0.8 * page.MediaBox.Width * page.MediaBox.Height).ToList();
            Assert.That(scans, Has.Count.EqualTo(1), $"page {page.Number} has one image covering most of it");
            Assert.That(scans[0].Filter, Is.EqualTo("DCTDecode"));
        }
    }

    private static List<PageContent> ReadAll(string path)
    {
        var document = PdfDocument.Open(path);
        return document.Pages.Select(page => PageContentReader.Read(document, page)).ToList();
    }
}
