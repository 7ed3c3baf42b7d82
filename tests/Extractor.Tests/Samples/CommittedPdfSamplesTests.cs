using System.Text.RegularExpressions;
using Extractor.Pdf;
using Extractor.Pdf.Objects;
using Extractor.Reading;
using Extractor.Samples;
using Extractor.Samples.Pdf;
using Extractor.Tests.Pdf.Content;
using NUnit.Framework;

namespace Extractor.Tests.Samples;

/// <summary>
/// The PDF samples in the repository: the ones we write are what the writers make today, the ones
/// LibreOffice and Chromium made are normalized and set in fonts with Vietnamese glyphs, and every
/// text PDF gives the seed's Vietnamese text back through poppler.
/// </summary>
public sealed partial class CommittedPdfSamplesTests
{
    private static readonly string[] VanQuanPhrases =
    [
        "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024",
        "Siết chặt kỷ cương, tăng cường trách nhiệm, quyết liệt hành động, sáng tạo bứt phá",
        "Lãnh đạo UBND huyện đã làm việc được 04 cuộc với cơ quan chuyên môn",
        "Hoàng Văn Thuận",
    ];

    private static readonly string[] BinhTrungPhrases =
    [
        "Độc lập - Tự do - Hạnh phúc",
        "Triển khai mô hình sản xuất lúa lai ba dòng Syn 98 tại 4 thôn Nà Ngườm, Khuổi Mạ, Xuân Lũng, Cồn Coóc",
        "Quỹ 27/7 thu được 540.000đ",
        "Hà Minh Phú",
    ];

    private static readonly string[] HuuLungPhrases =
    [
        "HUYỆN HỮU LŨNG",
        "Phòng Lao động - Thương binh và Xã hội",
        "giảm tai nạn giao thông cả 3 tiêu chí",
        "Nông Thị Huyền Trang",
    ];

    private static IEnumerable<TestCaseData> TextPdfs()
    {
        yield return new TestCaseData(SampleCatalog.Seeds[0].PdfFileName, VanQuanPhrases);
        yield return new TestCaseData(SampleCatalog.Seeds[1].PdfFileName, BinhTrungPhrases);
        yield return new TestCaseData(SampleCatalog.Seeds[2].PdfFileName, HuuLungPhrases);
        yield return new TestCaseData(SampleCatalog.ChromiumSample.PdfFileNameBy(SampleCatalog.ChromiumProducer), BinhTrungPhrases);
        yield return new TestCaseData(SampleCatalog.SimpleFontSample.PdfFileNameBy(SampleCatalog.SimpleFontProducer), HuuLungPhrases);
    }

    private static IEnumerable<string> ProducedPdfs() =>
        SampleCatalog.Seeds.Select(s => s.PdfFileName).Append(SampleCatalog.ChromiumSample.PdfFileNameBy(SampleCatalog.ChromiumProducer));

    private static string ScanFile => SampleCatalog.ScanSample.PdfFileNameBy(SampleCatalog.ScanProducer);

    /// <summary>The JPEGs inside the committed scan sample, one per page.</summary>
    internal static List<byte[]> ScanImages()
    {
        var document = PdfDocument.Open(TestFiles.Sample(ScanFile));
        return document.Pages
            .Select(page => document.Resolve<PdfDictionary>(page.Resources["XObject"])!)
            .Select(images => document.Decode(document.Resolve<PdfStream>(images["Im1"])!).Data.ToArray())
            .ToList();
    }

    [Test]
    public void The_simple_font_sample_is_what_the_writer_makes_of_its_seed()
    {
        var sample = SampleCatalog.SimpleFontSample;
        var file = sample.PdfFileNameBy(SampleCatalog.SimpleFontProducer);
        using var output = new MemoryStream();
        SimpleFontPdfWriter.Write(FormatReaders.Read(sample.Locate(new DirectoryInfo(TestFiles.Sample("text"))).FullName), output);

        Assert.That(output.ToArray(), Is.EqualTo(File.ReadAllBytes(TestFiles.Sample(file))), $"samples/{file} is out of date: run samples/rebuild.sh");
    }

    [Test]
    public void The_scan_sample_is_what_the_writer_makes_of_its_image()
    {
        using var output = new MemoryStream();
        ScanPdfWriter.Write(ScanImages(), output);

        Assert.That(output.ToArray(), Is.EqualTo(File.ReadAllBytes(TestFiles.Sample(ScanFile))), $"samples/{ScanFile} is out of date: run samples/rebuild.sh");
    }

    [TestCaseSource(nameof(ProducedPdfs))]
    public void Office_and_browser_pdfs_are_committed_normalized(string file)
    {
        var bytes = File.ReadAllBytes(TestFiles.Sample(file));

        Assert.That(DeterministicPdf.Normalize(bytes), Is.EqualTo(bytes), $"samples/{file} still has the time of its conversion: run samples/rebuild.sh");
    }

    [TestCaseSource(nameof(ProducedPdfs))]
    public void Office_and_browser_pdfs_are_set_in_fonts_with_Vietnamese_glyphs(string file)
    {
        var document = PdfDocument.Open(TestFiles.Sample(file));
        var fonts = document.Pages
            .SelectMany(p => document.Resolve<PdfDictionary>(p.Resources["Font"])?.Values ?? [])
            .Select(f => document.Resolve<PdfDictionary>(f)!.GetName("BaseFont")!)
            .Distinct()
            .ToList();

        Assert.That(fonts, Is.Not.Empty);
        Assert.That(fonts.Select(f => SubsetTag().Replace(f, "")), Has.All.Match("^(LiberationSerif|DejaVuSerif)"));
    }

    [TestCaseSource(nameof(TextPdfs))]
    public void Poppler_reads_the_seed_text_back(string file, string[] phrases)
    {
        var text = Whitespace().Replace(string.Join(' ', Pdftotext.Pages(TestFiles.Sample(file))), " ");

        Assert.That(phrases.Where(p => !text.Contains(p, StringComparison.Ordinal)), Is.Empty, $"samples/{file} as pdftotext reads it:\n{text[..Math.Min(text.Length, 2000)]}");
    }

    [Test]
    public void Poppler_finds_no_text_in_the_scan()
    {
        var text = string.Concat(Pdftotext.Pages(TestFiles.Sample(ScanFile)));

        Assert.That(text.Trim(), Is.Empty);
    }

    [GeneratedRegex(@"^[A-Z]{6}\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
