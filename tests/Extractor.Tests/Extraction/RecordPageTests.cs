using System.Text.RegularExpressions;
using Extractor.Extraction;
using Extractor.Tests.Pdf.Content;
using NUnit.Framework;

namespace Extractor.Tests.Extraction;

/// <summary>Every record says the page its number stands on, so an analyst can open it; formats without pages say none.</summary>
public sealed partial class RecordPageTests
{
    private const string District = "huyen-van-quan-6-thang-2024";

    [Test]
    public void A_number_past_the_page_break_that_cut_its_paragraph_has_the_next_page()
    {
        var report = ReportFile.Read(TestFiles.Sample($"{District}.pdf"));
        var records = IndicatorExtraction.Extract(report);
        var paragraph = report.AllSections().SelectMany(s => s.Paragraphs).Single(p => p.Text.Contains("4.659,9ha", StringComparison.Ordinal));

        // Page 2 ends with "... được 4.659,9ha, đạt"; page 3 holds "tổng số con chết, tiêu hủy 2.144 con" of the same paragraph.
        Assert.That(paragraph.Location.Page, Is.EqualTo(2));
        Assert.That(paragraph.PageBreaks.Select(b => b.Page), Is.EqualTo(new[] { 3 }));
        Assert.That(records.Where(r => r.Raw is "4.659,9ha" or "2.144 con").Select(r => (r.Raw, r.Page)), Is.EqualTo(new[] { ("4.659,9ha", (int?)2), ("2.144 con", 3) }));
    }

    [TestCase(District)]
    [TestCase("xa-binh-trung-6-thang-2023")]
    [TestCase("huyen-huu-lung-cong-van-2022")]
    public void Every_record_of_a_pdf_sample_stands_on_its_page_as_pdftotext_reads_it(string sample)
    {
        var path = TestFiles.Sample($"{sample}.pdf");
        var pages = Pdftotext.Pages(path, "-layout").Select(p => Spaces().Replace(p, " ")).ToList();

        var records = IndicatorExtraction.Extract(ReportFile.Read(path));

        Assert.That(records, Has.Count.GreaterThan(10));
        Assert.That(records.Where(r => r.Page is not { } page || !pages[page - 1].Contains(r.Raw.Split(' ')[0], StringComparison.Ordinal)).Select(r => (r.Page, r.Raw)), Is.Empty);
        Assert.That(records.Select(r => r.Page).Distinct().Count(), Is.GreaterThan(2));
    }

    [Test]
    public void A_docx_record_has_no_page()
    {
        var records = IndicatorExtraction.Extract(ReportFile.Read(TestFiles.Sample($"{District}.docx")));

        Assert.That(records, Is.Not.Empty);
        Assert.That(records.Select(r => r.Page), Has.All.Null);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
