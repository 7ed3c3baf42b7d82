using Extractor.Extraction;
using Extractor.Model;
using Extractor.Reading;
using Extractor.Reading.Ocr;
using Extractor.Records;
using NUnit.Framework;
using static Extractor.Tests.Reading.Pdf.ReadingAgreement;

namespace Extractor.Tests.Reading.Ocr;

/// <summary>
/// The scanned sample (every page of the LibreOffice PDF of seed 003 as a 200 dpi grey JPEG, no text layer) read by
/// OCR against the Word file it was printed from. Text agreement is 2·LCS / (|a| + |b|) over the body text with
/// white space normalised (see <see cref="Pdf.ReadingAgreement"/>). OCR runs once for the fixture (about 2 s a page).
/// </summary>
public sealed class ScannedSampleOcrTests
{
    private const string Scan = "xa-binh-trung-6-thang-2023.scan.pdf";
    private Report _scan = null!;
    private Report _docx = null!;

    [OneTimeSetUp]
    public void ReadBoth()
    {
        OutsidePrograms.RequireTesseract();
        _scan = ReportFile.Read(TestFiles.Sample(Scan));
        _docx = ReportFile.Read(TestFiles.Sample("xa-binh-trung-6-thang-2023.docx"));
    }

    [Test]
    public void Body_text_agrees_with_the_docx_in_at_least_97_percent_of_characters()
    {
        var agreement = Ratio(BodyText(_scan), BodyText(_docx));
        TestContext.Out.WriteLine($"body text agreement {agreement:P2}");

        Assert.That(agreement, Is.GreaterThanOrEqualTo(0.97));
    }

    [Test]
    public void Top_level_section_labels_and_metadata_are_those_of_the_docx()
    {
        Assert.That(_scan.Sections.Select(s => s.Label), Is.EqualTo(_docx.Sections.Select(s => s.Label)));
        var (scan, docx) = (_scan.Metadata, _docx.Metadata);
        Assert.That((scan.Number, scan.Date, scan.Issuer, scan.Period?.Label), Is.EqualTo((docx.Number, docx.Date, docx.Issuer, docx.Period?.Label)));
    }

    [Test]
    public void At_least_95_percent_of_the_docx_numbers_are_read_off_the_scan()
    {
        var fromDocx = IndicatorExtraction.Extract(_docx);
        var fromScan = IndicatorExtraction.Extract(_scan).GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var matched = 0;
        foreach (var record in fromDocx)
        {
            if (fromScan.TryGetValue(Key(record), out var left) && left > 0)
            {
                fromScan[Key(record)] = left - 1;
                matched++;
            }
        }

        var share = matched / (double)fromDocx.Count;
        TestContext.Out.WriteLine($"{matched} of {fromDocx.Count} records matched by value and unit ({share:P1})");
        Assert.That(share, Is.GreaterThanOrEqualTo(0.95));
    }

    [Test]
    public void Records_read_off_the_scan_carry_the_ocr_confidence()
    {
        var records = IndicatorExtraction.Extract(_scan).Where(r => r.Source != RecordSource.Table).ToList();

        Assert.That(records, Is.Not.Empty);
        Assert.That(records.Select(r => r.OcrConfidence), Has.All.InRange(0.5, 1.0));
        Assert.That(IndicatorExtraction.Extract(_docx).Select(r => r.OcrConfidence), Has.All.Null);
    }

    [Test]
    public void Without_tesseract_the_scan_needs_ocr_and_says_what_to_install()
    {
        var options = ReaderOptions.Default with { Ocr = OcrOptions.Default with { TesseractPath = Path.Combine(TestFiles.TempDirectory(), "tesseract") } };

        var error = Assert.Throws<ReportReadException>(() => ReportFile.Read(TestFiles.Sample(Scan), options));

        Assert.That(error!.Failure, Is.EqualTo(ReadFailure.NeedsOcr));
        Assert.That(error.Message, Does.StartWith($"{Scan}: no text layer (scanned pages): needs OCR; tesseract not found"));
        Assert.That(error.Message, Does.EndWith("apt-get install tesseract-ocr tesseract-ocr-vie"));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void Records_read_off_the_scan_have_the_pages_of_the_pdf_it_was_scanned_from()
    {
        var printed = IndicatorExtraction.Extract(ReportFile.Read(TestFiles.Sample("xa-binh-trung-6-thang-2023.pdf")))
            .GroupBy(r => (Key(r), r.Source)).ToDictionary(g => g.Key, g => new Queue<int?>(g.Select(r => r.Page)));
        var pairs = IndicatorExtraction.Extract(_scan)
            .Where(r => printed.TryGetValue((Key(r), r.Source), out var left) && left.Count > 0)
            .Select(r => (r.Raw, Scan: r.Page, Printed: printed[(Key(r), r.Source)].Dequeue()))
            .ToList();

        Assert.That(pairs, Has.Count.GreaterThan(150));
        Assert.That(pairs.Where(p => p.Scan != p.Printed), Is.Empty);
        Assert.That(pairs.Select(p => p.Scan).Distinct().Count(), Is.GreaterThan(10));
    }

    private static (decimal, string) Key(IndicatorRecord record) => (record.Value, record.Unit);
}
