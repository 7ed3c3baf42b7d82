using System.Text;
using Extractor.Export;
using Extractor.Layout;
using Extractor.Model;
using Extractor.Reading;
using Extractor.Reading.Pdf;
using Extractor.Tests.Pdf;
using NUnit.Framework;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>
/// PdfPig as the oracle of our PDF reading: our glyphs held against its letters on every text PDF we have (the scans'
/// text is OCR's, not the file's), and our layout fed its letters through <see cref="PdfPigPageSource"/> against our
/// layout fed our own. Known differences are named and counted, not hidden: the signing stamps PdfPig does not draw
/// (annotation appearances), the letters our repairs change ('ƣ' to 'ư', bullets), the marks we fold into their
/// letter, and the widths PdfPig gives the standard fonts from its own metrics instead of the file's.
/// </summary>
public sealed class PdfPigOracleTests
{
    /// <summary>
    /// Measured: every compared glyph agrees within <see cref="GlyphComparison.Tolerance"/> (text, position, advance
    /// width, size, font name, bold, italic, visibility) on all 8 text samples and the 3 real text PDFs: 275,437 glyphs
    /// compared in full (226,972 and 48,465), besides 5,690 standard-font glyphs and 20 stamp glyphs excluded; and the
    /// 688,352 glyphs of the 12 PDFs Ghostscript, cairo and qpdf made again. The bar sits just
    /// under that, at one glyph in a thousand.
    /// </summary>
    private const double MinimumAgreement = 0.999;

    private static readonly string[] TextSamples =
    [
        "huyen-van-quan-6-thang-2024.pdf",
        "xa-binh-trung-6-thang-2023.pdf",
        "huyen-huu-lung-cong-van-2022.pdf",
        "xa-binh-trung-6-thang-2023.chromium.pdf",
        "huyen-huu-lung-cong-van-2022.simplefont.pdf",
        "huyen-huu-lung-cong-van-2022.tcvn3.pdf",
        "huyen-huu-lung-cong-van-2022.vni.pdf",
        "huyen-van-quan-6-thang-2024.note-lines.pdf",
    ];

    /// <summary>Only the simple-font letter uses standard fonts: PdfPig's widths for them are its own metrics', not the file's.</summary>
    [TestCase("huyen-van-quan-6-thang-2024.pdf", 0)]
    [TestCase("xa-binh-trung-6-thang-2023.pdf", 0)]
    [TestCase("huyen-huu-lung-cong-van-2022.pdf", 0)]
    [TestCase("xa-binh-trung-6-thang-2023.chromium.pdf", 0)]
    [TestCase("huyen-huu-lung-cong-van-2022.simplefont.pdf", 5690)]
    [TestCase("huyen-huu-lung-cong-van-2022.tcvn3.pdf", 0)]
    [TestCase("huyen-huu-lung-cong-van-2022.vni.pdf", 0)]
    [TestCase("huyen-van-quan-6-thang-2024.note-lines.pdf", 0)]
    public void Our_glyphs_agree_with_PdfPig_letters_on_a_text_sample(string name, int standardFontGlyphs) =>
        AssertGlyphsAgree(TestFiles.Sample(name), stampGlyphs: 0, standardFontGlyphs);

    /// <summary>The producer matrix: LibreOffice's PDFs of the reports with footnotes, as Ghostscript, cairo and qpdf write them again.</summary>
    [TestCaseSource(nameof(RemadePdfs))]
    public void Our_glyphs_agree_with_PdfPig_letters_on_a_pdf_another_producer_remade(string name, string producer) =>
        AssertGlyphsAgree(PdfProducers.Remade(TestFiles.Sample(name), producer), stampGlyphs: 0, standardFontGlyphs: 0);

    private static IEnumerable<TestCaseData> RemadePdfs() =>
        from name in new[] { "huyen-van-quan-6-thang-2024.pdf", "xa-binh-trung-6-thang-2023.pdf", "huyen-van-quan-6-thang-2024.note-lines.pdf" }
        from producer in PdfProducers.Names.Skip(1)
        select new TestCaseData(name, producer).SetName($"{{m}}({name}, {producer})");

    /// <summary>The real text PDFs (the others are scans), each signed: the signing service's stamp is drawn by our engine only.</summary>
    [TestCase("p02_BC_chi_so_tinh_0611.pdf", 7)]
    [TestCase("p03_TTXT_BC_PCI_DDCI_0511.pdf", 5)]
    [TestCase("p10_VB8977_BNV_vntime_font.pdf", 8)]
    public void Our_glyphs_agree_with_PdfPig_letters_on_a_real_pdf_but_its_signing_stamp(string name, int stampGlyphs) =>
        AssertGlyphsAgree(TestFiles.RealWorld(name), stampGlyphs, standardFontGlyphs: 0);

    /// <summary>The searchable layer scanner software lays over a page image is drawn in render mode 3 (invisible): both engines say so of every glyph.</summary>
    [TestCase(false, "xa-binh-trung-6-thang-2023.junk-ocr.pdf")]
    [TestCase(true, "p09_TTr298_AdobeScan_brokenOCR.pdf")]
    public void Both_engines_find_a_scanners_OCR_layer_invisible(bool real, string name)
    {
        var path = real ? TestFiles.RealWorld(name) : TestFiles.Sample(name);

        var tally = GlyphComparison.Compare(path);
        var theirs = new PdfPigPageSource(path).Pages.SelectMany(page => page.Glyphs).Where(glyph => !string.IsNullOrWhiteSpace(glyph.Text)).ToList();

        Assert.That(tally.OracleFailure, Is.Null, "PdfPig could not read the file");
        Assert.That((tally[GlyphOutcome.VisibilityDiffers], tally[GlyphOutcome.OursOnly], tally[GlyphOutcome.TheirsOnly]), Is.EqualTo((0, 0, 0)), $"{tally}");
        Assert.That(theirs, Has.Count.GreaterThan(300));
        Assert.That(theirs.Where(glyph => !glyph.Invisible), Is.Empty, "every letter of the layer invisible");
    }

    [TestCaseSource(nameof(TextSamples))]
    public void Our_layout_fed_PdfPig_letters_gives_a_samples_report_as_our_own_glyphs_do(string name)
    {
        var path = TestFiles.Sample(name);

        Assert.That(ReportJson.Write(Read(path, new PdfPigPageSource(path))), Is.EqualTo(ReportJson.Write(Read(path, Ours(path)))));
    }

    /// <summary>
    /// The signing service stamps the document's number, its day and on some the issuing office into an annotation's
    /// appearance, which PdfPig leaves out: fed its letters, the layout finds the number's unstamped part only and
    /// misses what else the stamp holds. On p10, without the stamped day, the blank date line ("Hà Nội, ngày tháng năm
    /// 2025") runs into the title, which then gives a period. Everything else (sections, paragraphs, footnotes) is the same.
    /// </summary>
    [TestCase("p02_BC_chi_so_tinh_0611.pdf", "184/BC-SNV", "/BC-SNV", "number, date")]
    [TestCase("p03_TTXT_BC_PCI_DDCI_0511.pdf", "644/TTXT-ĐTDN", "/TTXT-ĐTDN", "number, date")]
    [TestCase("p10_VB8977_BNV_vntime_font.pdf", "8977/BNV-TCPCP", "/BNV-TCPCP", "number, date, issuer, period, title")]
    public void Our_layout_fed_PdfPig_letters_gives_a_real_pdfs_report_but_what_the_signing_stamp_fills_in(string name, string ourNumber, string theirNumber, string stamped)
    {
        var path = TestFiles.RealWorld(name);

        var ours = Read(path, Ours(path));
        var theirs = Read(path, new PdfPigPageSource(path));

        Assert.That((ours.Metadata.Number, theirs.Metadata.Number), Is.EqualTo((ourNumber, theirNumber)));
        var (mine, other) = (ours.Metadata, theirs.Metadata);
        var fields = new (string Name, bool Differs)[]
        {
            ("type", mine.Type != other.Type), ("number", mine.Number != other.Number), ("date", mine.Date != other.Date),
            ("issuer", mine.Issuer != other.Issuer), ("place", mine.Place != other.Place), ("province", mine.Province != other.Province),
            ("period", mine.Period != other.Period), ("title", mine.Title != other.Title),
        };
        Assert.That(string.Join(", ", fields.Where(field => field.Differs).Select(field => field.Name)), Is.EqualTo(stamped), $"ours {mine}\nPdfPig {other}");
        Assert.That(ReportJson.Write(theirs with { Metadata = mine }), Is.EqualTo(ReportJson.Write(ours)));
    }

    /// <summary>
    /// Word's ToUnicode fault ('ƣ' for 'ư') and a mark drawn as a glyph of its own, in a file made here: the comparison
    /// counts them under their exclusions, not as disagreements, and the page source hands the layout our repair of both.
    /// </summary>
    [Test]
    public void A_letter_our_repairs_change_and_a_loose_mark_are_counted_apart_and_repaired_for_the_layout()
    {
        var toUnicode = "3 beginbfchar\n<41> <0079>\n<42> <0309>\n<43> <01A3>\nendbfchar";
        var font = "<< /Type /Font /Subtype /TrueType /BaseFont /ArialMT /FirstChar 65 /LastChar 67 /Widths [500 0 500] /Encoding /WinAnsiEncoding /ToUnicode 20 0 R "
            + "/FontDescriptor << /Type /FontDescriptor /FontName /ArialMT /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >> >>";
        var cmap = $"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Test def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n{toUnicode}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend";
        // The mark (B) opens a string of its own: PdfPig composes a mark only within the string its letter is in.
        var builder = PdfBuilder.WithPage("BT /F1 10 Tf 100 700 Td (A) Tj (BC) Tj ET", $"<< /Font << /F1 {font} >> >>");
        builder.AddStream(20, "", Encoding.ASCII.GetBytes(cmap));
        var path = Path.Combine(TestFiles.TempDirectory(), "repaired.pdf");
        File.WriteAllBytes(path, builder.Build());

        var tally = GlyphComparison.Compare(path);

        Assert.That((tally[GlyphOutcome.Agreeing], tally[GlyphOutcome.Repaired], tally[GlyphOutcome.FoldedMark], tally.Disagreeing), Is.EqualTo((1, 1, 1, 0)), $"{tally}\n{string.Join('\n', tally.Notes)}");
        Assert.That(new PdfPigPageSource(path).Pages.Single().Glyphs.Select(g => g.Text), Is.EqualTo(new[] { "ỷ", "ư" }));
    }

    [Test]
    public void A_file_PdfPig_cannot_read_is_reported_by_the_comparison_in_one_line_not_raised()
    {
        var path = Path.Combine(TestFiles.TempDirectory(), "not-a-pdf.pdf");
        File.WriteAllText(path, "Báo cáo tổng kết, not a PDF");

        var tally = GlyphComparison.Compare(path);

        Assert.That(tally.OracleFailure, Does.StartWith("not-a-pdf.pdf: PdfPig: ").And.Not.Contain('\n'));
        Assert.That(tally[GlyphOutcome.Agreeing] + tally.Disagreeing, Is.Zero);
    }

    private static void AssertGlyphsAgree(string path, int stampGlyphs, int standardFontGlyphs)
    {
        var tally = GlyphComparison.Compare(path);
        TestContext.Out.WriteLine($"{Path.GetFileName(path)}: {tally}");

        Assert.That(tally.OracleFailure, Is.Null, "PdfPig could not read the file");
        // The fewest glyphs compared in full are the simple-font letter's 997 (the rest of it is in standard fonts).
        Assert.That(tally[GlyphOutcome.Agreeing], Is.GreaterThan(900), "glyphs compared in full");
        Assert.That(tally.Agreement, Is.GreaterThanOrEqualTo(MinimumAgreement), $"{tally}\n{string.Join('\n', tally.Notes)}");
        Assert.That(
            (tally[GlyphOutcome.StampGlyph], tally[GlyphOutcome.StandardFontWidth], tally[GlyphOutcome.Repaired], tally[GlyphOutcome.FoldedMark]),
            Is.EqualTo((stampGlyphs, standardFontGlyphs, 0, 0)), $"exclusions: stamp glyphs, standard-font widths, repaired letters, folded marks; {tally}");
    }

    private static ExtractorPdfPageSource Ours(string path) => ExtractorPdfPageSource.Open(path, ReaderOptions.Default);

    private static Report Read(string path, IPageSource source) => ReportAssembler.Assemble(PdfReader.Read(path, source, ReaderOptions.Default));
}
