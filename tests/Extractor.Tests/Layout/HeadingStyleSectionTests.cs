using Extractor.Extraction;
using Extractor.Tests.Reading.Docx;
using NUnit.Framework;

namespace Extractor.Tests.Layout;

/// <summary>Reports whose headings carry no typed label, only Word heading styles or outline levels.</summary>
public sealed class HeadingStyleSectionTests
{
    [Test]
    public void Heading_styles_without_labels_make_the_section_tree()
    {
        var styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>";
        string Heading(string style, string text) => $"<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>{DocxBuilder.R(text)}</w:p>";
        var body = Heading("Heading1", "Kết quả thực hiện")
            + Heading("Heading2", "Sản xuất nông nghiệp")
            + DocxBuilder.P(DocxBuilder.R("Diện tích lúa đông xuân 1.448,29 ha, đạt 96% KH."))
            + Heading("Heading2", "Thu ngân sách")
            + DocxBuilder.P(DocxBuilder.R("Tổng thu ngân sách được 18.290 triệu đồng."))
            + Heading("Heading1", "Phương hướng nhiệm vụ")
            + DocxBuilder.P(DocxBuilder.R("Tiếp tục chỉ đạo sản xuất vụ mùa."));
        var path = new DocxBuilder().Styles(styles).Body(body).Save(Path.Combine(TestFiles.TempDirectory(), "headings.docx"));

        var report = ReportFile.Read(path);

        Assert.That(report.Sections.Select(s => (s.Label, s.Title, s.Level)), Is.EqualTo(new[] { ("", "Kết quả thực hiện", 1), ("", "Phương hướng nhiệm vụ", 1) }));
        Assert.That(report.Sections[0].Sections.Select(s => s.Title), Is.EqualTo(new[] { "Sản xuất nông nghiệp", "Thu ngân sách" }));
        Assert.That(report.Sections[0].Sections[1].Paragraphs.Single().Text, Is.EqualTo("Tổng thu ngân sách được 18.290 triệu đồng."));
        Assert.That(IndicatorExtraction.Extract(report).Select(r => r.Section), Is.EqualTo(new[]
        {
            "Kết quả thực hiện > Sản xuất nông nghiệp", "Kết quả thực hiện > Thu ngân sách",
        }));
    }
}
