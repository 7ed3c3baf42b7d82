using Extractor.Pdf;
using Extractor.Pdf.Objects;
using NUnit.Framework;

namespace Extractor.Tests.Pdf;

public sealed class RealWorldTests
{
    [TestCase("p02_BC_chi_so_tinh_0611.pdf", 16)]
    [TestCase("p03_TTXT_BC_PCI_DDCI_0511.pdf", 6)]
    [TestCase("p07_BCTC_HHDN_scan.pdf", 4)]
    [TestCase("p09_TTr298_AdobeScan_brokenOCR.pdf", 1)]
    [TestCase("p10_VB8977_BNV_vntime_font.pdf", 2)]
    public void Should_Read_Every_Page_Of_A_Real_Document_Without_Repairs(string name, int pages)
    {
        var document = PdfDocument.Open(TestFiles.RealWorld(name), PdfReadOptions.Default with { Strict = true });

        Assert.That(document.PageCount, Is.EqualTo(pages));
        Assert.That(document.Pages.Select(p => p.GetContentBytes().Length), Has.All.GreaterThan(0));
        Assert.That(document.Pages.Select(p => p.MediaBox.Width), Has.All.GreaterThan(500));
        Assert.That(document.Diagnostics, Is.Empty);
        Assert.That(document.IsEncrypted, Is.False);
    }

    [Test]
    public void Should_Read_The_Signed_Update_Of_A_Word_File()
    {
        var document = PdfDocument.Open(TestFiles.RealWorld("p02_BC_chi_so_tinh_0611.pdf"));

        Assert.That(document.Trailer["Prev"], Is.TypeOf<PdfInteger>(), "the signature is an incremental update");
        Assert.That(document.Resolve<PdfDictionary>(document.Catalog["AcroForm"]), Is.Not.Null);
    }

    [TestCase("p07_BCTC_HHDN_scan.pdf")]
    [TestCase("p09_TTr298_AdobeScan_brokenOCR.pdf")]
    public void Should_Pass_Scanned_Page_Images_Through_As_Jpeg(string name)
    {
        var document = PdfDocument.Open(TestFiles.RealWorld(name));

        foreach (var page in document.Pages)
        {
            var xobjects = document.Resolve<PdfDictionary>(page.Resources["XObject"]);
            var images = xobjects!.Values.Select(document.Resolve<PdfStream>).Where(s => s?.Dictionary.GetName("Subtype") == "Image").ToList();
            Assert.That(images, Is.Not.Empty, $"page {page.Number} has an image");
            foreach (var image in images)
            {
                var decoded = document.Decode(image!);
                Assert.That(decoded.ImageFilter, Is.EqualTo("DCTDecode"));
                Assert.That(decoded.Data.Span[..2].ToArray(), Is.EqualTo(new byte[] { 0xFF, 0xD8 }), "JPEG start of image");
            }
        }
    }
}
