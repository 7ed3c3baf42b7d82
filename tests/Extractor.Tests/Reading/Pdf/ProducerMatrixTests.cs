using Extractor.Model;
using Extractor.Reading;
using Extractor.Reading.Pdf;
using Extractor.Samples;
using NUnit.Framework;
using static Extractor.Tests.Reading.Pdf.ReadingAgreement;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>
/// The same reports as PDFs of many producers read like the DOCX they were printed from: the section tree, every
/// footnote (number, and text at least 97% alike) and the header's number, date and issuer. LibreOffice prints the
/// samples (two footnote layouts: the number before the text, and the number on a line of its own above it);
/// Ghostscript and cairo make those PDFs again (fonts re-encoded and subset their own way), qpdf writes them with
/// object streams and linearised; Chromium prints the notes as endnotes. The re-made files are made here, from the
/// committed LibreOffice PDFs, by the programs CI installs; each test is skipped, saying so, where its program is missing.
/// </summary>
public sealed class ProducerMatrixTests
{
    private const double MinimumNoteSimilarity = 0.97;

    /// <summary>The LibreOffice PDFs with footnotes, and the DOCX each was printed from.</summary>
    private static readonly (string Pdf, string Docx)[] Prints =
    [
        ("huyen-van-quan-6-thang-2024.pdf", "huyen-van-quan-6-thang-2024.docx"),
        ("xa-binh-trung-6-thang-2023.pdf", "xa-binh-trung-6-thang-2023.docx"),
        (SampleCatalog.NoteLinesSample.PdfFileNameBy(SampleCatalog.NoteLinesProducer), SampleCatalog.NoteLinesDocxFileName),
    ];

    private static IEnumerable<TestCaseData> Matrix() =>
        from print in Prints
        from producer in PdfProducers.Names
        select new TestCaseData(print.Pdf, print.Docx, producer).SetName($"{{m}}({print.Pdf}, {producer})");

    [TestCaseSource(nameof(Matrix))]
    public void A_pdf_reads_like_its_docx_whatever_made_it(string pdf, string docx, string producer)
    {
        var path = PdfProducers.Remade(TestFiles.Sample(pdf), producer);

        AssertReadsLike(ReportFile.Read(path), ReportFile.Read(TestFiles.Sample(docx)), producer);
    }

    [Test]
    public void Chromium_prints_the_notes_at_the_end_and_they_are_read_as_the_reports_footnotes()
    {
        var chromium = ReportFile.Read(TestFiles.Sample(SampleCatalog.ChromiumSample.PdfFileNameBy(SampleCatalog.ChromiumProducer)));
        var docx = ReportFile.Read(TestFiles.Sample(SampleCatalog.ChromiumSample.FileName));

        AssertReadsLike(chromium, docx, "chromium");
        var referring = chromium.AllSections().SelectMany(s => s.Paragraphs).Where(p => p.FootnoteRefs.Count > 0).ToList();
        Assert.That(referring.SelectMany(p => p.FootnoteRefs.Select(r => r.Number)), Is.EqualTo(new[] { 1, 2 }), "the raised numbers in the body became references");
        Assert.That(referring[0].Text, Does.EndWith("hiện đã thu được 9.660.000 đồng ."), "without the digits");
    }

    /// <summary>Some producers draw the rule over the notes as a stroked line, some as a filled box, some not at all: the notes are found by their size, place and numbers.</summary>
    [TestCase("huyen-van-quan-6-thang-2024.pdf", "huyen-van-quan-6-thang-2024.docx")]
    [TestCase("huyen-van-quan-6-thang-2024.note-lines.pdf", "huyen-van-quan-6-thang-2024.note-lines.docx")]
    public void Footnotes_are_found_without_the_separator_rule(string pdf, string docx)
    {
        var path = TestFiles.Sample(pdf);
        var pages = ExtractorPdfPageSource.Open(path, ReaderOptions.Default).Pages.Select(page => page with { Rules = [] });

        var raw = PdfReader.Read(path, new PageList(pages), ReaderOptions.Default);

        AssertReadsLike(Extractor.Layout.ReportAssembler.Assemble(raw), ReportFile.Read(TestFiles.Sample(docx)), "no rules");
    }

    [Test]
    public void A_note_whose_number_stands_on_its_own_line_keeps_its_list()
    {
        var report = ReportFile.Read(TestFiles.Sample(SampleCatalog.NoteLinesSample.PdfFileNameBy(SampleCatalog.NoteLinesProducer)));

        var note = report.Footnotes.Single(n => n.Number == 5);
        Assert.That(note.Paragraphs.Select(p => p.Text), Is.EqualTo(new[]
        {
            "Trong đó: Nhân dân trồng được 308.930 cây, tương đương 461,86 ha; Chương trình hỗ trợ sau đầu tư (hồi sơ), trồng được 130.500 cây, tương đương 290 ha.",
            "- Ngoài ra, phát động trồng cây ăn quả các loại: 18.930 cây, tương đương 37,86 ha; Cây đào 5.900 cây, tương đương 11,8 ha.",
        }));
    }

    /// <summary>Notes the page break cut: the matrix above holds their text to the DOCX's; here, that they were cut and joined.</summary>
    [TestCase("huyen-van-quan-6-thang-2024.pdf", "huyen-van-quan-6-thang-2024.docx", new[] { 18, 32 })]
    [TestCase("huyen-van-quan-6-thang-2024.note-lines.pdf", "huyen-van-quan-6-thang-2024.note-lines.docx", new[] { 6 })]
    public void A_note_that_runs_onto_the_next_page_is_read_whole(string pdf, string docx, int[] cut)
    {
        var report = ReportFile.Read(TestFiles.Sample(pdf));
        var twin = ReportFile.Read(TestFiles.Sample(docx));

        var continued = report.Footnotes.Where(n => n.Paragraphs.Any(p => p.PageBreaks.Count > 0)).ToList();
        Assert.That(continued.Select(n => n.Number), Is.EqualTo(cut));
        Assert.That(continued.Select(n => Normalise(n.Text)), Is.EqualTo(cut.Select(number => Normalise(twin.Footnotes.Single(n => n.Number == number).Text))));
    }

    private static void AssertReadsLike(Report pdf, Report docx, string producer)
    {
        Assert.That(Outline(pdf), Is.EqualTo(Outline(docx)), $"{producer}: section labels and titles, same tree");
        Assert.That(pdf.Footnotes.Select(n => n.Number), Is.EqualTo(docx.Footnotes.Select(n => n.Number)), $"{producer}: footnote numbers");
        var unlike = pdf.Footnotes.Zip(docx.Footnotes)
            .Select(pair => (pair.First.Number, Similarity: Ratio(Normalise(pair.First.Text), Normalise(pair.Second.Text))))
            .Where(note => note.Similarity < MinimumNoteSimilarity)
            .ToList();
        Assert.That(unlike, Is.Empty, $"{producer}: footnotes less than {MinimumNoteSimilarity:P0} like the DOCX's");
        Assert.That((pdf.Metadata.Number, pdf.Metadata.Date, pdf.Metadata.Issuer), Is.EqualTo((docx.Metadata.Number, docx.Metadata.Date, docx.Metadata.Issuer)), $"{producer}: header");
    }
}
