using Extractor.Pdf;
using Extractor.Pdf.Objects;
using Extractor.Reading;
using Extractor.Samples;
using Extractor.Samples.Pdf;
using Extractor.Tests.Pdf.Content;
using NUnit.Framework;

namespace Extractor.Tests.Samples;

/// <summary>The scanned page under a garbage text layer: what its writer makes, and what other tools find in it.</summary>
public sealed class JunkOcrSampleTests
{
    private static string File => SampleCatalog.ScanSample.PdfFileNameBy(SampleCatalog.JunkOcrProducer);

    [Test]
    public void The_junk_OCR_sample_is_what_the_writer_makes_of_its_image_and_seed()
    {
        var document = PdfDocument.Open(TestFiles.Sample(File));
        var images = document.Resolve<PdfDictionary>(document.Pages.Single().Resources["XObject"])!;
        var jpeg = document.Decode(document.Resolve<PdfStream>(images["Im1"])!).Data.ToArray();
        var seed = FormatReaders.Read(SampleCatalog.ScanSample.Locate(new DirectoryInfo(TestFiles.Sample("text"))).FullName);
        using var output = new MemoryStream();

        ScanPdfWriter.WriteWithEnglishOcr(jpeg, seed, output);

        Assert.That(output.ToArray(), Is.EqualTo(System.IO.File.ReadAllBytes(TestFiles.Sample(File))), $"samples/{File} is out of date: run samples/rebuild.sh");
    }

    [Test]
    public void Poppler_finds_the_page_text_misread_without_diacritics()
    {
        var text = string.Join('\n', Pdftotext.Pages(TestFiles.Sample(File)));

        Assert.That(text, Does.Contain("476/BC-UBND").And.Contain("2021-2026"), "digits are read right");
        Assert.That(text, Does.Contain("CoNG HOA Xe HeI CHu NgHiA vIeT NAm"));
        Assert.That(text, Does.Not.Contain("CỘNG HÒA").And.Not.Contain("ế").And.Not.Contain("ư"));
    }
}
