using System.Globalization;
using Extractor.Model;
using Extractor.Reading;
using Extractor.Reading.Ocr;
using Extractor.Reading.Pdf;
using Extractor.Samples;
using Extractor.Tests.Reading.Docx;
using NUnit.Framework;
using static Extractor.Tests.Reading.Pdf.PageSketch;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>
/// Whether a page's text layer is Vietnamese to trust: every page of real and sample text PDFs is;
/// the garbage layers of English-only scanner OCR (a real Adobe Scan file and our junk sample) are
/// not, and such pages go the way of scans without text.
/// </summary>
public sealed class TextLayerQualityTests
{
    private static readonly ReaderOptions WithoutOcr = ReaderOptions.Default with { Ocr = OcrOptions.Disabled };

    private static string JunkSample => SampleCatalog.ScanSample.PdfFileNameBy(SampleCatalog.JunkOcrProducer);

    private static IEnumerable<string> TextPdfSamples() =>
        SampleCatalog.Seeds.Select(s => s.PdfFileName)
            .Append(SampleCatalog.ChromiumSample.PdfFileNameBy(SampleCatalog.ChromiumProducer))
            .Append(SampleCatalog.SimpleFontSample.PdfFileNameBy(SampleCatalog.SimpleFontProducer));

    [TestCaseSource(nameof(TextPdfSamples))]
    public void Every_page_of_a_sample_text_pdf_is_usable_Vietnamese(string file) =>
        AssertUsableOnEveryPage(TestFiles.Sample(file));

    [TestCase("p02_BC_chi_so_tinh_0611.pdf")]
    [TestCase("p03_TTXT_BC_PCI_DDCI_0511.pdf")]
    [TestCase("p10_VB8977_BNV_vntime_font.pdf")]
    public void Every_page_of_a_real_text_pdf_is_usable_Vietnamese(string file) =>
        AssertUsableOnEveryPage(TestFiles.RealWorld(file));

    [Test]
    public void The_broken_OCR_layer_of_a_real_Adobe_scan_is_unusable_and_the_file_needs_OCR()
    {
        var path = TestFiles.RealWorld("p09_TTr298_AdobeScan_brokenOCR.pdf");

        var (page, verdict) = Verdicts(path).Single();
        Assert.That((page, verdict.Usable), Is.EqualTo((1, false)));
        Assert.That(verdict.Score, Is.LessThan(0.3), "measured 0.10");

        var error = Assert.Throws<ReportReadException>(() => new PdfReader().Read(path, WithoutOcr));
        Assert.That((error!.Failure, error.Message), Is.EqualTo((ReadFailure.NeedsOcr,
            "p09_TTr298_AdobeScan_brokenOCR.pdf: text layer unusable (not Vietnamese, scanner OCR): needs OCR")));
    }

    [Test]
    public void The_junk_OCR_sample_is_a_scan_whose_text_layer_is_there_but_unusable()
    {
        var path = TestFiles.Sample(JunkSample);

        var (page, verdict) = Verdicts(path).Single();
        Assert.That(verdict.Words, Is.GreaterThan(200), "the layer holds the page's text");
        Assert.That((page, verdict.Usable, Math.Round(verdict.Score, 2)), Is.EqualTo((1, false, 0.0)));

        var error = Assert.Throws<ReportReadException>(() => new PdfReader().Read(path, WithoutOcr));
        Assert.That((error!.Failure, error.Reason), Is.EqualTo((ReadFailure.NeedsOcr, "text layer unusable (not Vietnamese, scanner OCR): needs OCR")));
    }

    [Test]
    public void With_OCR_the_junk_sample_is_read_from_its_image_in_place_of_the_garbage()
    {
        OutsidePrograms.RequireTesseract();

        var document = new PdfReader().Read(TestFiles.Sample(JunkSample), ReaderOptions.Default);

        Assert.That(document.Diagnostics.Select(d => d.Message), Has.Member("page 1: invisible text layer unusable (Vietnamese score 0.00): read by OCR instead"));
        Assert.That(string.Join('\n', document.Texts()), Does.Contain("Tổ chức cho nhân dân đón"));
    }

    [Test]
    public void A_page_with_an_unusable_layer_is_reported_and_skipped_like_a_scan()
    {
        var junk = ExtractorPdfPageSource.Open(TestFiles.Sample(JunkSample), WithoutOcr).Pages.First();
        var text = ExtractorPdfPageSource.Open(TestFiles.Sample(SampleCatalog.ScanSample.PdfFileName), WithoutOcr).Pages.ElementAt(1);

        var document = PdfReader.Read("mixed.pdf", new PageList([junk, text]), WithoutOcr);

        Assert.That(document.Diagnostics.Where(d => d.Level == DiagnosticLevel.Warning).Select(d => d.Message),
            Is.EqualTo(new[] { "page 1: invisible text layer unusable (Vietnamese score 0.00): needs OCR" }));
        var body = string.Join('\n', document.Texts());
        Assert.That(body, Does.Contain("Đẩy mạnh triển khai công tác đăng ký kê khai đất đai lần đầu từ 55%"));
        Assert.That(body, Does.Not.Contain("CoNG HOA").And.Not.Contain("HeI CHu"));
    }

    [Test]
    public void A_page_that_is_a_table_of_numbers_is_kept()
    {
        var page = new PageSketch(1);
        page.Line(Left + 4, 60, "STT", 12).Line(Left + 44, 60, "ĐVT", 12).Line(Left + 124, 60, "KH 2024", 12).Line(Left + 224, 60, "TH 6 tháng", 12).Line(Left + 344, 60, "% KH", 12);
        for (var row = 1; row <= 30; row++)
        {
            var top = 60 + row * 22;
            var plan = VietnameseNumber(1000 + 137.25 * row);
            var done = VietnameseNumber(480 + 71.5 * row);
            page.Line(Left + 4, top, row.ToString(CultureInfo.InvariantCulture), 12).Line(Left + 44, top, "ha", 12)
                .Line(Left + 124, top, plan, 12).Line(Left + 224, top, done, 12).Line(Left + 344, top, $"{48 + row},5", 12);
        }

        var verdict = TextLayerQuality.Judge(PageFrame.From(page.ToContent()));
        var document = PdfReader.Read("table.pdf", new PageList([page.ToContent()]), WithoutOcr);

        Assert.That(verdict.Usable, Is.True, $"{verdict}");
        Assert.That(document.Diagnostics.Select(d => d.Message), Has.None.Contains("unusable"));
        Assert.That(string.Join('\n', document.Texts().Concat(document.Tables().SelectMany(t => t.Rows.SelectMany(r => r)))), Does.Contain("1.137,25"));
    }

    [Test]
    public void A_table_with_Vietnamese_row_labels_is_judged_and_kept()
    {
        string[] labels =
        [
            "Diện tích lúa xuân", "Sản lượng lương thực có hạt", "Diện tích ngô đông", "Tổng đàn trâu bò", "Thu ngân sách nhà nước",
            "Chi đầu tư phát triển", "Số hộ nghèo giảm", "Trồng rừng tập trung", "Số lao động được tạo việc làm", "Kênh mương được kiên cố hóa",
        ];
        var page = new PageSketch(1);
        for (var row = 0; row < labels.Length; row++)
        {
            var top = 80 + row * 22;
            page.Line(Left + 4, top, labels[row], 12).Line(Left + 244, top, VietnameseNumber(120.5 * (row + 1)), 12).Line(Left + 344, top, $"{90 + row}%", 12);
        }

        var verdict = TextLayerQuality.Judge(PageFrame.From(page.ToContent()));

        Assert.That(verdict.Words, Is.GreaterThanOrEqualTo(12), "enough words to judge");
        Assert.That(verdict.Usable, Is.True);
        Assert.That(verdict.Score, Is.GreaterThan(0.9));
    }

    /// <summary>Two decimals, "." grouping thousands and "," the decimal mark: 1.137,25.</summary>
    private static string VietnameseNumber(double value) =>
        value.ToString("#,##0.00", CultureInfo.InvariantCulture).Replace(',', ' ').Replace('.', ',').Replace(' ', '.');

    private static void AssertUsableOnEveryPage(string path)
    {
        var verdicts = Verdicts(path);
        var scores = string.Join(", ", verdicts.Select(v => string.Create(CultureInfo.InvariantCulture, $"p{v.Page} {v.Verdict.Score:0.000}")));
        TestContext.Out.WriteLine($"{Path.GetFileName(path)}: {scores}");

        Assert.That(verdicts, Is.Not.Empty);
        Assert.That(verdicts.Where(v => !v.Verdict.Usable || v.Verdict.Score < 0.9).Select(v => v.Page), Is.Empty, scores);
        var messages = new PdfReader().Read(path, WithoutOcr).Diagnostics.Select(d => d.Message).ToList();
        Assert.That(messages, Has.None.Contains("text layer unusable"));
        var judged = verdicts.Where(v => v.Verdict.Judged).Select(v => v.Verdict.Score).ToList();
        Assert.That(messages, Has.Member(string.Create(CultureInfo.InvariantCulture,
            $"text layer usable Vietnamese on {judged.Count} judged page(s) (score {judged.Min():0.00} to {judged.Max():0.00})")));
    }

    /// <summary>The verdict on every page that has text, as the reader judges it.</summary>
    private static List<(int Page, TextLayerVerdict Verdict)> Verdicts(string path)
    {
        return ExtractorPdfPageSource.Open(path, WithoutOcr).Pages
            .Select(PageFrame.From)
            .Where(frame => frame.HasText)
            .Select(frame => (frame.Number, TextLayerQuality.Judge(frame)))
            .ToList();
    }
}
