using Extractor.Export;
using Extractor.Pdf;
using Extractor.Pdf.Content;
using Extractor.Pdf.Objects;
using Extractor.Reading;
using Extractor.Reading.LegacyText;
using Extractor.Reading.Pdf;
using Extractor.Samples;
using Extractor.Samples.Pdf;
using NUnit.Framework;

namespace Extractor.Tests.Reading.LegacyText;

/// <summary>The simple-font letter typed in TCVN3 and in VNI, as Word prints such documents, reads as the Unicode letter.</summary>
public sealed class LegacyPdfTests
{
    private static string UnicodeLetter => TestFiles.Sample(SampleCatalog.SimpleFontSample.PdfFileNameBy(SampleCatalog.SimpleFontProducer));

    [TestCase(LegacyEncoding.Tcvn3, new[] { "decoded 3 page(s) from TCVN3 (.VnTime)", "decoded 3 page(s) from TCVN3 (.VnTimeH)" })]
    [TestCase(LegacyEncoding.Vni, new[] { "decoded 3 page(s) from VNI (VNI-Times)" })]
    public void A_legacy_pdf_reads_to_the_report_of_the_unicode_letter(LegacyEncoding encoding, string[] notes)
    {
        var legacy = ReportFile.Read(TestFiles.Sample(SampleCatalog.LegacyPdfFileName(encoding)));

        Assert.That(ReportJson.Write(legacy), Is.EqualTo(ReportJson.Write(ReportFile.Read(UnicodeLetter))));
        Assert.That(legacy.Diagnostics.Select(d => d.Message).Where(m => m.StartsWith("decoded", StringComparison.Ordinal)), Is.EqualTo(notes));
    }

    [TestCase(LegacyEncoding.Tcvn3)]
    [TestCase(LegacyEncoding.Vni)]
    public void Decoded_glyphs_stand_where_the_unicode_letters_glyphs_do(LegacyEncoding encoding)
    {
        var legacy = DecodedPages(TestFiles.Sample(SampleCatalog.LegacyPdfFileName(encoding)));
        var unicode = DecodedPages(UnicodeLetter);

        Assert.That(legacy, Has.Count.EqualTo(unicode.Count));
        for (var page = 0; page < unicode.Count; page++)
        {
            Assert.That(legacy[page], Is.EqualTo(unicode[page]), $"page {page + 1}");
        }
    }

    [Test]
    public void The_tcvn3_pdf_shows_latin1_codes_in_non_embedded_vntime_truetype_fonts()
    {
        var document = PdfDocument.Open(TestFiles.Sample(SampleCatalog.LegacyPdfFileName(LegacyEncoding.Tcvn3)));
        var fonts = document.Resolve<PdfDictionary>(document.Pages[0].Resources["Font"])!.Values.Select(f => document.Resolve<PdfDictionary>(f)!).ToList();

        Assert.That(fonts.Select(f => f.GetName("BaseFont")), Is.SupersetOf(new[] { ".VnTime", ".VnTime,Bold", ".VnTimeH", ".VnTimeH,Bold" }));
        Assert.That(fonts.Select(f => (f.GetName("Subtype"), f.GetName("Encoding"))), Has.All.EqualTo(("TrueType", "WinAnsiEncoding")));
        Assert.That(fonts.Select(f => f.ContainsKey("ToUnicode") || document.Resolve<PdfDictionary>(f["FontDescriptor"])!.ContainsKey("FontFile2")), Has.All.False);

        var page = PageContentReader.Read(document, document.Pages[0]);
        var text = string.Concat(page.Glyphs.Where(g => g.FontName == ".VnTime").Select(g => g.Text));
        Assert.That(text, Does.Contain("V/v b¸o c¸o tiÕn ®é thùc hiÖn"), "the glyph layer gives the TCVN3 codes as WinAnsi letters");
        Assert.That(text, Does.Contain("Th-êng vô HuyÖn ñy"), "and 0xAD, TCVN3's \"ư\", as WinAnsi's hyphen");
        Assert.That(text, Does.Contain("cña y ban"), "the capital \"Ủ\" is drawn by .VnTimeH");
    }

    [TestCase(LegacyEncoding.Tcvn3)]
    [TestCase(LegacyEncoding.Vni)]
    public void Regenerating_a_legacy_pdf_gives_the_committed_bytes(LegacyEncoding encoding)
    {
        var file = SampleCatalog.LegacyPdfFileName(encoding);
        using var output = new MemoryStream();
        SimpleFontPdfWriter.WriteLegacy(FormatReaders.Read(SampleCatalog.SimpleFontSample.Locate(new DirectoryInfo(TestFiles.Sample("text"))).FullName), encoding, output);

        Assert.That(output.ToArray(), Is.EqualTo(File.ReadAllBytes(TestFiles.Sample(file))), $"samples/{file} is out of date: run samples/rebuild.sh");
    }

    /// <summary>Each page's glyphs after decoding, as text and position to a hundredth of a point.</summary>
    private static List<List<(string Text, double X, double Baseline)>> DecodedPages(string path)
    {
        var legacy = new LegacyPageText();
        return ExtractorPdfPageSource.Open(path, ReaderOptions.Default).Pages
            .Select(p => legacy.Decode(p).Glyphs.Select(g => (g.Text, Math.Round(g.X, 2), Math.Round(g.Baseline, 2))).ToList())
            .ToList();
    }
}
