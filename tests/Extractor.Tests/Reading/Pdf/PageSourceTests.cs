using Extractor.Layout;
using Extractor.Model;
using Extractor.Reading;
using Extractor.Reading.Pdf;
using NUnit.Framework;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>
/// The PDF reader behind its one seam: letters made here one by one, as any engine would give them, go through
/// legacy decoding, layout and assembly without a PDF file.
/// </summary>
public sealed class PageSourceTests
{
    private const string Body = "Sản lượng lúa cả năm đạt 1.250 tấn, tăng 5% so với cùng kỳ";

    [Test]
    public void Letters_of_a_page_source_read_as_a_section_its_paragraph_and_its_footnote()
    {
        // An A4 page in user space (y up): a bold heading, an indented body line ending in a raised "1",
        // a short rule and the note in a smaller size at the bottom, its number raised too.
        var glyphs = Letters("I. KẾT QUẢ", 85, 742, 14, bold: true)
            .Concat(Letters(Body, 113, 718, 14))
            .Concat(Letters("1", 113 + (Body.Length * 7), 722.6, 9))
            .Concat(Letters(".", 113 + (Body.Length * 7) + 4.5, 718, 14))
            .Concat(Letters("1", 85, 88.3, 6.5))
            .Concat(Letters(" Số liệu ước tính đến hết ngày 15/12/2024.", 88.25, 85, 10))
            .ToList();
        var page = new DrawnPage(1, new PageBox(0, 0, 595, 842), 0, glyphs, [new DrawnRule(85, 100, 229, 100)], []);

        var report = ReportAssembler.Assemble(PdfReader.Read("hand-made.pdf", new PageList([page]), ReaderOptions.Default));

        var section = report.Sections.Single();
        Assert.That((section.Label, section.Title), Is.EqualTo(("I", "KẾT QUẢ")));
        Assert.That(section.Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { Body + "." }));
        Assert.That(section.Paragraphs[0].FootnoteRefs, Is.EqualTo(new[] { new FootnoteRef(1, Body.Length) }));
        Assert.That(report.Footnotes.Select(f => (f.Number, f.Text)), Is.EqualTo(new[] { (1, "Số liệu ước tính đến hết ngày 15/12/2024.") }));
    }

    /// <summary>One glyph a character, half the size wide, from <paramref name="x"/> on the baseline <paramref name="baseline"/> up from the bottom.</summary>
    private static IEnumerable<DrawnGlyph> Letters(string text, double x, double baseline, double size, bool bold = false) =>
        text.Select((c, i) => new DrawnGlyph(c.ToString(), x + (i * size / 2), baseline, size / 2, size, bold ? "Times-Bold" : "Times", bold, false));
}
