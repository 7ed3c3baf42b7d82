using System.Text;
using Extractor.Pdf;
using Extractor.Pdf.Objects;
using Extractor.Reading;
using Extractor.Samples;
using Extractor.Samples.Pdf;
using NUnit.Framework;

namespace Extractor.Tests.Samples;

/// <summary>The PDF writers of the sample generator make files our own PDF file layer reads as intended.</summary>
public sealed class PdfSampleWritersTests
{
    [Test]
    public void The_simple_font_letter_opens_with_the_file_layer_on_three_pages()
    {
        var document = PdfDocument.Open(SimpleFontLetter());

        Assert.That(document.PageCount, Is.EqualTo(3));
        Assert.That(document.Diagnostics, Is.Empty);
        Assert.That(document.Pages.Select(p => p.MediaBox.Width), Has.All.EqualTo(595.28).Within(0.01), "A4, inherited from the page tree");
    }

    [Test]
    public void Its_fonts_are_standard_Times_with_WinAnsi_and_differences_naming_the_Vietnamese_letters()
    {
        var document = PdfDocument.Open(SimpleFontLetter());
        var fonts = document.Resolve<PdfDictionary>(document.Pages[0].Resources["Font"])!;
        var faces = fonts.Values.Select(f => document.Resolve<PdfDictionary>(f)!).ToList();

        Assert.That(faces.Select(f => f.GetName("BaseFont")), Is.EquivalentTo(new[] { "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic" }));
        Assert.That(faces.Select(f => f.GetName("Subtype")), Has.All.EqualTo("Type1"));
        Assert.That(faces.Select(f => f.ContainsKey("FontFile") || f.ContainsKey("ToUnicode")), Has.All.False, "nothing but the encoding gives the text");
        var encoding = document.Resolve<PdfDictionary>(faces[0]["Encoding"])!;
        Assert.That(encoding.GetName("BaseEncoding"), Is.EqualTo("WinAnsiEncoding"));
        var differences = document.Resolve<PdfArray>(encoding["Differences"])!;
        var names = differences.OfType<PdfName>().Select(n => n.Value).ToList();
        Assert.That(names, Is.SupersetOf(new[] { "ohorn", "uhorn", "dcroat", "Dcroat", "abreve", "uni1EA1", "uni1EC7", "uni1EE7" }));
        Assert.That(differences[0], Is.InstanceOf<PdfNumber>(), "a /Differences array opens with the first code");
    }

    [Test]
    public void Footnote_references_are_superscripts_and_notes_sit_under_a_rule()
    {
        var seed = TestFiles.Sample(Path.Combine("text", SampleCatalog.ChromiumSample.Slug + ".txt"));
        using var output = new MemoryStream();
        SimpleFontPdfWriter.Write(FormatReaders.Read(seed), output);
        var document = PdfDocument.Open(output.ToArray());

        var contents = document.Pages.Select(p => Content(document, p)).ToList();
        Assert.That(contents.Count(c => c.Contains(" re\nf\n", StringComparison.Ordinal)), Is.EqualTo(2), "one rule above each of the two notes' pages");
        Assert.That(contents.Any(c => c.Contains("5 Ts", StringComparison.Ordinal)), Is.True, "references raised by a text rise");
    }

    [Test]
    public void A_long_report_has_exactly_the_pages_asked_for_with_footnotes_on_most()
    {
        const int pages = 40;
        using var output = new MemoryStream();
        SimpleFontPdfWriter.WriteLongReport(Seed(SampleCatalog.LongReportSample), pages, output);
        var document = PdfDocument.Open(output.ToArray());

        Assert.That(document.PageCount, Is.EqualTo(pages));
        var withNotes = document.Pages.Count(p => Content(document, p).Contains(" re\nf\n", StringComparison.Ordinal));
        Assert.That(withNotes, Is.GreaterThan(pages / 2));
    }

    [Test]
    public void Writing_the_same_document_twice_gives_the_same_bytes()
    {
        Assert.That(SimpleFontLetter(), Is.EqualTo(SimpleFontLetter()));
    }

    [Test]
    public void A_scan_is_one_JPEG_per_page_and_no_fonts()
    {
        var jpegs = CommittedPdfSamplesTests.ScanImages();
        using var output = new MemoryStream();
        ScanPdfWriter.Write(jpegs, output);
        var document = PdfDocument.Open(output.ToArray());

        // The LibreOffice PDF of seed 003 has 15 pages; pdftocairo's -gray JPEG holds one component.
        Assert.That(document.PageCount, Is.EqualTo(15));
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            Assert.That(page.Resources.ContainsKey("Font"), Is.False);
            var image = document.Resolve<PdfStream>(document.Resolve<PdfDictionary>(page.Resources["XObject"])!["Im1"])!;
            Assert.That(image.Dictionary.GetName("Filter"), Is.EqualTo("DCTDecode"));
            Assert.That(image.Dictionary.GetName("ColorSpace"), Is.EqualTo("DeviceGray"));
            Assert.That(document.Decode(image).Data.ToArray(), Is.EqualTo(jpegs[i]));
        }
    }

    [Test]
    public void Normalizing_a_pdf_fixes_its_dates_and_identifier_without_moving_a_byte()
    {
        var committed = File.ReadAllBytes(TestFiles.Sample(SampleCatalog.Seeds[2].PdfFileName));
        var text = Encoding.Latin1.GetString(committed);
        // Another conversion: another time stamp and another random identifier, of the same lengths.
        var rebuilt = text.Replace("D:20240101000000", "D:20261123002026", StringComparison.Ordinal);
        var id = System.Text.RegularExpressions.Regex.Match(text, @"/ID \[ <([0-9A-F]+)>").Groups[1].Value;
        rebuilt = rebuilt.Replace(id, new string('7', id.Length), StringComparison.Ordinal);
        Assert.That(rebuilt, Is.Not.EqualTo(text));

        var normalized = DeterministicPdf.Normalize(Encoding.Latin1.GetBytes(rebuilt));

        Assert.That(normalized, Is.EqualTo(committed));
        Assert.That(PdfDocument.Open(normalized).Diagnostics, Is.Empty, "cross-reference offsets still right");
    }

    private static byte[] SimpleFontLetter()
    {
        using var output = new MemoryStream();
        SimpleFontPdfWriter.Write(Seed(SampleCatalog.SimpleFontSample), output);
        return output.ToArray();
    }

    private static RawDocument Seed(SampleSeed sample) => FormatReaders.Read(sample.Locate(new DirectoryInfo(TestFiles.Sample("text"))).FullName);

    private static string Content(PdfDocument document, PdfPage page) =>
        string.Concat(page.GetContentStreams().Select(s => Encoding.Latin1.GetString(document.Decode(s).Data.Span)));
}
