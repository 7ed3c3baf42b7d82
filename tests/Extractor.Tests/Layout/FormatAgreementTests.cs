using Extractor.Model;
using NUnit.Framework;

namespace Extractor.Tests.Layout;

/// <summary>
/// The text seed and the Word sample made from it must read alike: the same section tree
/// (labels, titles, levels, paragraph texts), the same footnotes, the same metadata.
/// </summary>
public sealed class FormatAgreementTests
{
    [TestCase("huyen-van-quan-6-thang-2024", "huyen-van-quan-6-thang-2024.docx")]
    [TestCase("huyen-van-quan-6-thang-2024", "huyen-van-quan-6-thang-2024.libreoffice.docx")]
    [TestCase("xa-binh-trung-6-thang-2023", "xa-binh-trung-6-thang-2023.docx")]
    [TestCase("huyen-huu-lung-cong-van-2022", "huyen-huu-lung-cong-van-2022.docx")]
    public void Docx_and_text_readings_agree(string seed, string docxName)
    {
        var text = ReportFile.Read(TestFiles.Sample($"text/{seed}.txt"));
        var docx = ReportFile.Read(TestFiles.Sample(docxName));

        Assert.That(Outline(docx), Is.EqualTo(Outline(text)));
        Assert.That(docx.Footnotes.Select(f => (f.Number, f.Text)), Is.EqualTo(text.Footnotes.Select(f => (f.Number, f.Text))));
        Assert.That(docx.Preamble.Select(p => p.Text), Is.EqualTo(text.Preamble.Select(p => p.Text)));
        Assert.That(docx.Metadata with { Recipients = [] }, Is.EqualTo(text.Metadata with { Recipients = [] }));
        Assert.That(docx.Metadata.Recipients, Is.EqualTo(text.Metadata.Recipients));
        Assert.That(docx.Closing.Formula, Is.EqualTo(text.Closing.Formula));
    }

    [TestCase("huyen-van-quan-6-thang-2024")]
    [TestCase("xa-binh-trung-6-thang-2023")]
    public void Footnote_references_sit_at_the_same_place(string seed)
    {
        var text = ReportFile.Read(TestFiles.Sample($"text/{seed}.txt"));
        var docx = ReportFile.Read(TestFiles.Sample($"{seed}.docx"));
        Assert.That(References(docx), Is.EqualTo(References(text)));
    }

    private static List<string> Outline(Report report) => report.AllSections()
        .SelectMany(s => s.Paragraphs.Select(p => $"{s.Level} {s.Label} | {s.Title} | {p.Text}").Prepend($"{s.Level} {s.Label} | {s.Title}"))
        .ToList();

    private static List<string> References(Report report) => report.AllSections()
        .SelectMany(s => s.Paragraphs)
        .SelectMany(p => p.FootnoteRefs.Select(r => $"{r.Number}: …{p.Text[Math.Max(0, r.Offset - 30)..r.Offset]}"))
        .ToList();
}
