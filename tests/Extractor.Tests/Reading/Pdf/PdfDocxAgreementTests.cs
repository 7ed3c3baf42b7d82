using Extractor.Model;
using Extractor.Reading;
using Extractor.Tests.Cli;
using NUnit.Framework;
using static Extractor.Tests.Reading.Pdf.ReadingAgreement;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>
/// The truth of the PDF reader: a PDF and the Word file it was printed from read alike
/// (issue 7, "Done when"): the same section tree, the same footnotes, at least 99.5% of the
/// body text (see <see cref="ReadingAgreement"/>) and no word with diacritics the Word file lacks.
/// </summary>
public sealed class PdfDocxAgreementTests
{
    private const double MinimumAgreement = 0.995;

    [TestCase("huyen-van-quan-6-thang-2024")]
    [TestCase("xa-binh-trung-6-thang-2023")]
    [TestCase("huyen-huu-lung-cong-van-2022")]
    public void LibreOffice_pdf_of_a_seed_sample_reads_like_its_docx(string slug) =>
        AssertAgree(TestFiles.Sample($"{slug}.pdf"), TestFiles.Sample($"{slug}.docx"), sameMetadata: true);

    /// <summary>Word's print of d02, stamped by a signing service that filled in the number and the day (blank in the DOCX).</summary>
    [Test]
    public void Word_pdf_p02_reads_like_d02() =>
        AssertAgree(TestFiles.RealWorld("p02_BC_chi_so_tinh_0611.pdf"), TestFiles.RealWorld("d02_BC_chi_so_tinh_0611.docx"), sameMetadata: false);

    [Test]
    public void Other_producers_read_like_the_docx_too()
    {
        // Chromium prints the notes of the HTML as endnotes after the signature, so only the body is compared.
        var chromium = ReportFile.Read(TestFiles.Sample("xa-binh-trung-6-thang-2023.chromium.pdf"));
        var docx = ReportFile.Read(TestFiles.Sample("xa-binh-trung-6-thang-2023.docx"));
        Assert.That(Outline(chromium), Is.EqualTo(Outline(docx)));
        Assert.That(Ratio(BodyText(chromium), BodyText(docx)), Is.GreaterThanOrEqualTo(MinimumAgreement));

        AssertAgree(TestFiles.Sample("huyen-huu-lung-cong-van-2022.simplefont.pdf"), TestFiles.Sample("huyen-huu-lung-cong-van-2022.docx"), sameMetadata: true);
    }

    [Test]
    public void A_scan_needs_ocr_when_ocr_is_off()
    {
        var noOcr = ReaderOptions.Default with { Ocr = Extractor.Reading.Ocr.OcrOptions.Disabled };
        var error = Assert.Throws<ReportReadException>(() => ReportFile.Read(TestFiles.Sample("xa-binh-trung-6-thang-2023.scan.pdf"), noOcr));
        Assert.That(error!.Failure, Is.EqualTo(ReadFailure.NeedsOcr));
        Assert.That(error.Message, Is.EqualTo("xa-binh-trung-6-thang-2023.scan.pdf: no text layer (scanned pages): needs OCR"));
    }

    [Test]
    public void Show_reads_a_pdf_through_the_real_program()
    {
        var (code, stdout, stderr) = ShowCommandTests.Run("show", TestFiles.Sample("xa-binh-trung-6-thang-2023.pdf"), "--json");

        Assert.That((code, stderr), Is.EqualTo((0, "")));
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var metadata = json.RootElement.GetProperty("metadata");
        Assert.That(metadata.GetProperty("number").GetString(), Is.EqualTo("476/BC-UBND"));
        Assert.That(metadata.GetProperty("date").GetString(), Is.EqualTo("2023-07-14"));
        Assert.That(metadata.GetProperty("issuer").GetString(), Is.EqualTo("UBND xã Bình Trung"));
        Assert.That(json.RootElement.GetProperty("sections")[0].GetProperty("label").GetString(), Is.EqualTo("PHẦN THỨ NHẤT"));
        Assert.That(json.RootElement.GetProperty("footnotes")[1].GetProperty("text").GetString(), Does.StartWith("Phát tiền quà chủ tịch nước cho 35 hộ"));
    }

    private static void AssertAgree(string pdfPath, string docxPath, bool sameMetadata)
    {
        var pdf = ReportFile.Read(pdfPath);
        var docx = ReportFile.Read(docxPath);

        Assert.That(Outline(pdf), Is.EqualTo(Outline(docx)), "section labels and titles, same tree");
        Assert.That(Notes(pdf), Is.EqualTo(Notes(docx)), "footnote numbers and texts");
        var (pdfBody, docxBody) = (BodyText(pdf), BodyText(docx));
        var agreement = Ratio(pdfBody, docxBody);
        TestContext.Out.WriteLine($"{Path.GetFileName(pdfPath)}: body agreement {agreement:P3} ({pdfBody.Length:N0} vs {docxBody.Length:N0} characters)");
        Assert.That(agreement, Is.GreaterThanOrEqualTo(MinimumAgreement));
        Assert.That(UnknownDiacriticWords(pdfBody, docxBody), Is.Empty, "Vietnamese words exactly as in the DOCX");
        Assert.That(pdf.Closing with { Formula = Normalise(pdf.Closing.Formula ?? "") }, Is.EqualTo(docx.Closing with { Formula = Normalise(docx.Closing.Formula ?? "") }).Using<Closing>(SameClosing));
        if (sameMetadata)
        {
            Assert.That(pdf.Metadata with { Recipients = [] }, Is.EqualTo(docx.Metadata with { Recipients = [] }));
            Assert.That(pdf.Metadata.Recipients, Is.EqualTo(docx.Metadata.Recipients));
        }
        else
        {
            Assert.That((pdf.Metadata.Type, pdf.Metadata.Issuer, pdf.Metadata.Place, pdf.Metadata.Title, pdf.Metadata.Signer),
                Is.EqualTo((docx.Metadata.Type, docx.Metadata.Issuer, docx.Metadata.Place, docx.Metadata.Title, docx.Metadata.Signer)));
        }
    }

    private static bool SameClosing(Closing a, Closing b) =>
        a.Formula == b.Formula && a.Recipients.SequenceEqual(b.Recipients) && a.SignatureLines.SequenceEqual(b.SignatureLines);
}
