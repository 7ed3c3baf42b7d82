using System.Text.RegularExpressions;
using Extractor.Extraction.Quantities;
using Extractor.Model;
using Extractor.Reading;
using Extractor.Reading.Ocr;
using Extractor.Reading.Pdf;
using NUnit.Framework;

namespace Extractor.Tests.Reading.Ocr;

/// <summary>
/// Real scans: p07, a phone scan of financial statements (CamScanner, a logo image on each page beside the page
/// image, English-style amounts), and p09, an Adobe Scan page stored sideways and turned upright by its matrix,
/// with a garbage text layer that OCR must replace.
/// </summary>
public sealed partial class RealScanOcrTests
{
    [OneTimeSetUp]
    public void RequireTesseract() => OutsidePrograms.RequireTesseract();

    [Test]
    public void The_phone_scan_p07_is_read_with_its_English_style_amounts()
    {
        var report = ReportFile.Read(TestFiles.RealWorld("p07_BCTC_HHDN_scan.pdf"));
        var text = string.Join("\n", report.Preamble.Select(p => p.Text).Concat(report.AllSections().SelectMany(s => s.Paragraphs.Select(p => p.Text))));
        var amounts = EnglishAmount().Matches(text).Select(m => m.Value).ToList();

        Assert.That(report.Diagnostics.Select(d => d.Message), Has.None.Contain("needs OCR"));
        Assert.That(text, Does.Contain("Hiệp hội").And.Contain("Hội viên"));
        Assert.That(amounts, Does.Contain("83,000,000").And.Contain("206,000,000").And.Contain("40,000,000"));
        Assert.That(amounts.Select(a => VietnameseNumber.Parse(a).Value), Is.EqualTo(amounts.Select(a => decimal.Parse(a.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture))), "comma groups of three are thousands");
        Assert.That(report.Preamble.Select(p => p.OcrConfidence), Has.All.InRange(0.0, 1.0));
    }

    [Test]
    public void The_sideways_scan_p09_is_read_upright_in_place_of_its_garbage_text_layer()
    {
        var page = ExtractorPdfPageSource.Open(TestFiles.RealWorld("p09_TTr298_AdobeScan_brokenOCR.pdf"), ReaderOptions.Default).Pages.First();
        using var ocr = new PageOcr(OcrOptions.Default);
        var diagnostics = new List<Diagnostic>();

        var scanned = ocr.Read(page, diagnostics);

        Assert.That(diagnostics, Is.Empty);
        var frame = PageFrame.From(scanned!);
        Assert.That((frame.Width, frame.Height), Is.EqualTo((page.MediaBox.Width, page.MediaBox.Height)));
        var lines = LineBuilder.Build(frame.Glyphs).Select(l => l.Text).ToList();
        Assert.That(lines, Has.Some.Contain("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        Assert.That(lines, Has.Some.Contain("Lâm Đồng"));
    }

    [GeneratedRegex(@"\d{1,3}(,\d{3}){2,}")]
    private static partial Regex EnglishAmount();
}
