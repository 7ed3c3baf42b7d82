using Extractor.Model;
using Extractor.Reading;
using Extractor.Reading.Ocr;
using Extractor.Reading.Pdf;
using Extractor.Samples;
using Extractor.Tests.Reading.Docx;
using NUnit.Framework;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>
/// Invisible text (render mode 3, what scanner software lays over a page image) is judged apart from the visible
/// text on the same page. A signing service stamps a scan with good Vietnamese ("Ký bởi: ..."): that stamp must not
/// vouch for a junk OCR layer under it, nor pass for the text of the scan it sits on.
/// </summary>
public sealed class InvisibleTextLayerTests
{
    private static readonly ReaderOptions WithoutOcr = ReaderOptions.Default with { Ocr = OcrOptions.Disabled };

    // What a signing service draws at the top right of the first page, in visible text.
    private static readonly string[] Stamp =
    [
        "Ký bởi: Ủy ban nhân dân xã Bình Trung",
        "Cơ quan: Ủy ban nhân dân huyện Cao Lộc, tỉnh Lạng Sơn",
        "Thời gian ký: ngày 10 tháng 7 năm 2023",
    ];

    private static DrawnPage JunkPage => ExtractorPdfPageSource.Open(TestFiles.Sample(SampleCatalog.ScanSample.PdfFileNameBy(SampleCatalog.JunkOcrProducer)), WithoutOcr).Pages.Single();

    private static DrawnPage ScanPage(int number) => ExtractorPdfPageSource.Open(TestFiles.Sample(SampleCatalog.ScanSample.PdfFileNameBy(SampleCatalog.ScanProducer)), WithoutOcr).Pages.ElementAt(number - 1);

    [Test]
    public void The_junk_sample_draws_its_whole_text_layer_in_render_mode_3()
    {
        var glyphs = JunkPage.Glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Text)).ToList();

        Assert.That(glyphs, Has.Count.GreaterThan(1000));
        Assert.That(glyphs.Where(g => !g.Invisible), Is.Empty);
        var layers = PageTextLayers.Judge(PageFrame.From(JunkPage));
        Assert.That((layers.Invisible.Usable, layers.Visible.Judged), Is.EqualTo((false, false)));
    }

    [Test]
    public void Text_a_sample_pdf_draws_is_visible()
    {
        var page = ExtractorPdfPageSource.Open(TestFiles.Sample(SampleCatalog.ScanSample.PdfFileName), WithoutOcr).Pages.First();

        Assert.That(page.Glyphs, Has.Count.GreaterThan(1000));
        Assert.That(page.Glyphs.Where(g => g.Invisible), Is.Empty);
    }

    [Test]
    public void Without_OCR_a_junk_invisible_layer_is_left_out_and_the_good_stamp_over_it_is_kept()
    {
        var document = PdfReader.Read("signed-junk.pdf", new PageList([Stamped(JunkPage, Stamp)]), WithoutOcr);

        Assert.That(document.Texts(), Is.Empty, "no junk reaches the text");
        Assert.That(document.Diagnostics.Where(d => d.Level == DiagnosticLevel.Warning).Select(d => d.Message),
            Is.EqualTo(new[] { "page 1: invisible text layer unusable (Vietnamese score 0.00): needs OCR" }));
        Assert.That(StampNotices(document), Is.EqualTo(new[] { WholeStampNotice(1) }), "the stamp read from the visible text");
    }

    [Test]
    public void With_OCR_a_junk_invisible_layer_under_a_stamp_is_replaced_by_OCR_of_the_image_and_the_stamp_kept()
    {
        OutsidePrograms.RequireTesseract();

        var document = PdfReader.Read("signed-junk.pdf", new PageList([Stamped(JunkPage, Stamp)]), ReaderOptions.Default);

        var body = string.Join('\n', document.Texts());
        Assert.That(document.Diagnostics.Select(d => d.Message), Has.Member("page 1: invisible text layer unusable (Vietnamese score 0.00): read by OCR instead"));
        Assert.That(body, Does.Contain("Tổ chức cho nhân dân đón"), "the page's text, read from its image");
        Assert.That(body, Does.Not.Contain("CoNG HOA").And.Not.Contain("Ký bởi"));
        Assert.That(StampNotices(document), Is.EqualTo(new[] { WholeStampNotice(1) }), "the stamp from the visible text, once");
    }

    [Test]
    public void Without_OCR_a_scan_under_a_short_stamp_keeps_the_stamp_and_says_the_rest_needs_OCR()
    {
        var document = PdfReader.Read("signed-scan.pdf", new PageList([Stamped(ScanPage(2), Stamp[..1])]), WithoutOcr);

        Assert.That(document.Texts(), Is.Empty);
        Assert.That(document.Diagnostics.Where(d => d.Level == DiagnosticLevel.Warning).Select(d => d.Message),
            Is.EqualTo(new[] { "page 2: scan with only a short text layer: needs OCR for the rest" }));
        Assert.That(StampNotices(document), Is.EqualTo(new[] { "page 2: signing stamp left out of the text: Ký bởi: Ủy ban nhân dân xã Bình Trung" }));
    }

    [Test]
    public void With_OCR_a_scan_under_a_short_stamp_is_read_by_OCR_for_the_rest()
    {
        OutsidePrograms.RequireTesseract();
        var expected = string.Join('\n', PdfReader.Read("scan.pdf", new PageList([ScanPage(2)]), ReaderOptions.Default).Texts());

        var document = PdfReader.Read("signed-scan.pdf", new PageList([Stamped(ScanPage(2), Stamp[..1])]), ReaderOptions.Default);

        var body = string.Join('\n', document.Texts());
        Assert.That(StampNotices(document), Is.EqualTo(new[] { "page 2: signing stamp left out of the text: Ký bởi: Ủy ban nhân dân xã Bình Trung" }));
        Assert.That(expected.Length, Is.GreaterThan(1500), "page 2 of the scan is a full page of text");
        Assert.That(body, Is.EqualTo(expected), "the whole page read by OCR as without the stamp");
        Assert.That(document.Diagnostics.Select(d => d.Message), Has.Member("page 2: scan with only a short text layer: read by OCR instead"));
    }

    private static string WholeStampNotice(int page) => $"page {page}: signing stamp left out of the text: {string.Join(' ', Stamp)}";

    private static IEnumerable<string> StampNotices(RawDocument document) =>
        document.Diagnostics.Where(d => d.Code == DiagnosticCode.SigningStampRemoved).Select(d => d.Message);

    /// <summary>The page with lines of visible 9 pt text at its top right, as a signing service stamps it.</summary>
    private static DrawnPage Stamped(DrawnPage page, IEnumerable<string> lines)
    {
        const double size = 9;
        var glyphs = new List<DrawnGlyph>(page.Glyphs);
        var baseline = page.MediaBox.Top - 20;
        foreach (var line in lines)
        {
            var x = page.MediaBox.Right - 250;
            foreach (var letter in line)
            {
                glyphs.Add(new DrawnGlyph(letter.ToString(), x, baseline, size * 0.5, size, "Times-Roman", false, false));
                x += size * 0.5;
            }

            baseline -= size * 1.2;
        }

        return page with { Glyphs = glyphs };
    }
}
