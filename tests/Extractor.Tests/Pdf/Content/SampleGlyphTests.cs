using Extractor.Pdf;
using Extractor.Pdf.Content;
using NUnit.Framework;

namespace Extractor.Tests.Pdf.Content;

/// <summary>The sample reports as other producers print them: their glyphs must spell the sample's text.</summary>
public sealed class SampleGlyphTests
{
    /// <summary>Markdown emphasis and the superscript note markers of the seed text, which the PDFs draw as raised digits.</summary>
    private const string MarkupCharacters = "*⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾";

    /// <summary>
    /// Share of the seed text's words (markup removed, counted with multiplicity) found among the words of the PDF's
    /// glyphs; what stays missing are words that touch a raised note marker or a superscript unit (m²).
    /// </summary>
    [TestCase("huyen-huu-lung-cong-van-2022.pdf", "huyen-huu-lung-cong-van-2022.txt")]
    [TestCase("huyen-huu-lung-cong-van-2022.simplefont.pdf", "huyen-huu-lung-cong-van-2022.txt")]
    [TestCase("huyen-van-quan-6-thang-2024.pdf", "huyen-van-quan-6-thang-2024.txt")]
    [TestCase("xa-binh-trung-6-thang-2023.pdf", "xa-binh-trung-6-thang-2023.txt")]
    [TestCase("xa-binh-trung-6-thang-2023.chromium.pdf", "xa-binh-trung-6-thang-2023.txt")]
    public void Should_Spell_The_Sample_Text(string pdf, string text)
    {
        var path = TestFiles.Sample(pdf);
        if (!File.Exists(path))
        {
            Assert.Ignore($"sample {pdf} has not been made yet (samples/rebuild.sh)");
        }

        var document = PdfDocument.Open(path);
        var ours = document.Pages.SelectMany(page => PageText.Words(PageText.Of(PageContentReader.Read(document, page)))).ToArray();
        var truth = PageText.Words(File.ReadAllText(TestFiles.Sample(Path.Combine("text", text))))
            .Select(word => string.Concat(word.Where(c => !MarkupCharacters.Contains(c))))
            .Where(word => word.Length > 0)
            .ToArray();

        Assert.That(PageText.Found(truth, ours), Is.GreaterThanOrEqualTo(0.99));
    }
}
