using DocumentFormat.OpenXml.Packaging;
using Extractor.Export;
using Extractor.Reading;
using Extractor.Reading.LegacyText;
using Extractor.Reading.Pdf;
using Extractor.Samples;
using NUnit.Framework;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Tests.Reading.LegacyText;

/// <summary>Legacy-encoded documents read as their Unicode originals; Unicode documents under legacy font names are left alone.</summary>
public sealed class LegacyDocumentTests
{
    [TestCase(LegacyEncoding.Tcvn3, "TCVN3 (.VnTime)")]
    [TestCase(LegacyEncoding.Vni, "VNI (VNI-Times)")]
    public void A_legacy_sample_reads_to_the_report_of_its_unicode_original(LegacyEncoding encoding, string decodedFrom)
    {
        var sample = SampleCatalog.LegacySample(encoding);
        var legacy = ReportFile.Read(TestFiles.Sample(SampleCatalog.LegacyFileName(encoding)));
        var original = ReportFile.Read(TestFiles.Sample(sample.FileName));

        Assert.That(ReportJson.Write(legacy), Is.EqualTo(ReportJson.Write(original)));
        Assert.That(legacy.Diagnostics.Select(d => d.Message), Has.Some.Match($@"^decoded \d+ run\(s\) from {System.Text.RegularExpressions.Regex.Escape(decodedFrom)}$"));
    }

    [Test]
    public void The_tcvn3_sample_holds_legacy_bytes_and_H_font_capitals()
    {
        var texts = RunTexts(TestFiles.Sample(SampleCatalog.LegacyFileName(LegacyEncoding.Tcvn3)));

        Assert.That(texts, Does.Contain(("b¸o c¸o", LegacyDocxWriter.Tcvn3CapitalsFont)));
        Assert.That(texts, Does.Contain(("§éc lËp - Tù do - H¹nh phóc", LegacyDocxWriter.Tcvn3Font)));
        Assert.That(texts.Select(t => t.Text), Has.None.Match("[ạ-ỹ]"), "no Unicode-only letter is left");
    }

    [TestCase(LegacyEncoding.Tcvn3)]
    [TestCase(LegacyEncoding.Vni)]
    public void Regenerating_a_legacy_sample_gives_the_committed_bytes(LegacyEncoding encoding)
    {
        var sample = SampleCatalog.LegacySample(encoding);
        using var output = new MemoryStream();
        LegacyDocxWriter.Write(FormatReaders.Read(sample.Locate(new DirectoryInfo(TestFiles.Sample("text"))).FullName), sample.AutoNumberedParts, encoding, output);

        Assert.That(output.ToArray(), Is.EqualTo(File.ReadAllBytes(TestFiles.Sample(SampleCatalog.LegacyFileName(encoding)))),
            $"samples/{SampleCatalog.LegacyFileName(encoding)} is out of date: run samples/rebuild.sh");
    }

    [Test]
    public void One_legacy_run_in_a_unicode_document_is_decoded_alone()
    {
        var source = TestFiles.Sample("huyen-huu-lung-cong-van-2022.docx");
        var path = Path.Combine(TestFiles.TempDirectory(), "mixed.docx");
        File.Copy(source, path);
        using (var word = WordprocessingDocument.Open(path, true))
        {
            var run = word.MainDocumentPart!.Document!.Body!.Descendants<W.Run>().First(r => r.InnerText.Length > 40 && r.InnerText.Contains('ư') && !r.InnerText.Any(Tcvn3.NeedsCapitalsFont));
            var text = run.GetFirstChild<W.Text>()!;
            text.Text = Tcvn3.Encode(text.Text);
            run.RunProperties ??= new W.RunProperties();
            run.RunProperties.PrependChild(new W.RunFonts { Ascii = ".VnTime", HighAnsi = ".VnTime" });
        }

        var mixed = ReportFile.Read(path);

        Assert.That(ReportJson.Write(mixed), Is.EqualTo(ReportJson.Write(ReportFile.Read(source))));
        Assert.That(mixed.Diagnostics.Select(d => d.Message), Has.Member("decoded 1 run(s) from TCVN3 (.VnTime)"));
    }

    [Test]
    public void Nothing_is_decoded_in_the_unicode_samples()
    {
        var unicode = Directory.GetFiles(TestFiles.Sample(""), "*.docx")
            .Concat(Directory.GetFiles(TestFiles.Sample(""), "*.pdf"))
            .Where(f => !Path.GetFileName(f).Contains(".tcvn3.", StringComparison.Ordinal) && !Path.GetFileName(f).Contains(".vni.", StringComparison.Ordinal)
                && !Path.GetFileName(f).Contains(".scan.", StringComparison.Ordinal))
            .ToList();
        Assert.That(unicode, Has.Count.GreaterThanOrEqualTo(8));
        foreach (var file in unicode)
        {
            Assert.That(FormatReaders.Read(file).Diagnostics.Select(d => d.Message), Has.None.StartsWith("decoded"), Path.GetFileName(file));
            if (file.EndsWith(".pdf", StringComparison.Ordinal))
            {
                AssertPagesUnchanged(file);
            }
        }
    }

    [Test]
    public void The_vntime_subset_of_p10_is_not_decoded() => AssertPagesUnchanged(TestFiles.RealWorld("p10_VB8977_BNV_vntime_font.pdf"));

    [Test]
    public void Tcvn3_glyphs_decode_per_font_and_a_hyphen_glued_to_letters_is_u_horn()
    {
        // "Tr-êng hîp" in .VnTime as WinAnsi shows it (0xAD as "-"), "kinh tÕ-x· héi" with a real hyphen, then Unicode in Times.
        var page = Page(
            Glyphs(".VnTime", 0, "Tr-êng hîp, kinh tÕ-x· héi: nh- c¸c n¨m"),
            Glyphs("TimesNewRomanPSMT", 700, "Trường hợp"));

        var decoded = new LegacyPageText().Decode(page);

        Assert.That(Text(decoded, ".VnTime"), Is.EqualTo("Trường hợp, kinh tế-xã hội: như các năm"));
        Assert.That(Text(decoded, "TimesNewRomanPSMT"), Is.EqualTo("Trường hợp"));
    }

    [Test]
    public void Once_tcvn3_was_decoded_a_later_page_whose_H_font_draws_only_an_abbreviation_decodes_too()
    {
        var first = Page(Glyphs(".VnTimeH,Bold", 0, "céng hoµ x· héi"));
        var second = Page(Glyphs(".VnTimeH", 0, "h®nd"));
        Assert.That(new LegacyPageText().Decode(second), Is.SameAs(second), "alone, \"h®nd\" is no evidence");

        var legacy = new LegacyPageText();
        legacy.Decode(first);

        Assert.That(Text(legacy.Decode(second), ".VnTimeH"), Is.EqualTo("HĐND"));
        Assert.That(legacy.Diagnostics.Select(d => d.Message), Is.EqualTo(new[] { "decoded 2 page(s) from TCVN3 (.VnTimeH)" }), "one note for the family, bold or not");
    }

    [Test]
    public void Vni_mark_glyphs_join_the_letter_before_them()
    {
        var page = Page(Glyphs("VNI-Times", 0, "Coäng hoøa xaõ hoäi"));

        var decoded = new LegacyPageText().Decode(page);

        Assert.That(Text(decoded, "VNI-Times"), Is.EqualTo("Cộng hòa xã hội"));
        Assert.That(decoded.Glyphs, Has.Count.EqualTo("Cộnghòaxãhội".Length), "one glyph per letter");
    }

    [Test]
    public void Unicode_glyphs_under_a_legacy_font_name_stay_as_they_are()
    {
        var page = Page(Glyphs(".VnTime", 0, "Cộng hoà xã hội chủ nghĩa Việt Nam"), Glyphs(".VnTimeH", 300, "các bà"));

        Assert.That(new LegacyPageText().Decode(page), Is.SameAs(page));
    }

    private static void AssertPagesUnchanged(string path)
    {
        var legacy = new LegacyPageText();
        foreach (var page in ExtractorPdfPageSource.Open(path, ReaderOptions.Default).Pages)
        {
            Assert.That(legacy.Decode(page), Is.SameAs(page), $"{Path.GetFileName(path)} page {page.Number}");
        }
    }

    private static List<(string Text, string? Font)> RunTexts(string path)
    {
        using var word = WordprocessingDocument.Open(path, false);
        return word.MainDocumentPart!.Document!.Body!.Descendants<W.Run>()
            .Where(r => r.GetFirstChild<W.Text>() is not null)
            .Select(r => (r.GetFirstChild<W.Text>()!.Text, r.RunProperties?.RunFonts?.HighAnsi?.Value))
            .ToList();
    }

    /// <summary>One glyph per character, 6 points apart on one line (spaces as gaps), from x = <paramref name="x"/>.</summary>
    private static IEnumerable<DrawnGlyph> Glyphs(string font, double x, string text) =>
        text.Select((c, i) => (c, i)).Where(p => p.c != ' ')
            .Select(p => new DrawnGlyph(p.c.ToString(), x + 6 * p.i, 700, 6, 12, font, false, false));

    private static DrawnPage Page(params IEnumerable<DrawnGlyph>[] glyphs) =>
        new(1, new PageBox(0, 0, 595, 842), 0, glyphs.SelectMany(g => g).ToList(), [], []);

    /// <summary>The text of one font's glyphs, a space where they are not side by side.</summary>
    private static string Text(DrawnPage page, string font)
    {
        var glyphs = page.Glyphs.Where(g => g.FontName == font).ToList();
        return string.Concat(glyphs.Select((g, i) => (i > 0 && g.X - (glyphs[i - 1].X + glyphs[i - 1].Width) > 1 ? " " : "") + g.Text));
    }
}
