using Extractor.Extraction;
using Extractor.Ingest;
using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Tests.Ingest;

/// <summary>One document, many files: the samples hold three reports in 6 to 8 files each; each is stored once, read from its best file.</summary>
public sealed class TwinIngestTests
{
    private static readonly (string Read, string[] Twins)[] SampleReports =
    [
        ("huyen-huu-lung-cong-van-2022.docx",
        [
            "huyen-huu-lung-cong-van-2022.pdf", "huyen-huu-lung-cong-van-2022.simplefont.pdf", "huyen-huu-lung-cong-van-2022.tcvn3.pdf",
            "huyen-huu-lung-cong-van-2022.vni.docx", "huyen-huu-lung-cong-van-2022.vni.pdf", "text/huyen-huu-lung-cong-van-2022.txt",
        ]),
        ("huyen-van-quan-6-thang-2024.docx",
        [
            "huyen-van-quan-6-thang-2024.libreoffice.docx", "huyen-van-quan-6-thang-2024.note-lines.docx", "huyen-van-quan-6-thang-2024.note-lines.pdf",
            "huyen-van-quan-6-thang-2024.pdf", "text/huyen-van-quan-6-thang-2024.txt",
        ]),
        ("xa-binh-trung-6-thang-2023.docx",
        [
            "text/xa-binh-trung-6-thang-2023.txt", "xa-binh-trung-6-thang-2023.chromium.pdf", "xa-binh-trung-6-thang-2023.doc",
            "xa-binh-trung-6-thang-2023.junk-ocr.pdf", "xa-binh-trung-6-thang-2023.pdf", "xa-binh-trung-6-thang-2023.scan.pdf",
            "xa-binh-trung-6-thang-2023.tcvn3.docx",
        ]),
    ];

    [Test]
    public void The_samples_folder_goes_in_as_three_reports_each_with_all_its_files()
    {
        OutsidePrograms.RequireTesseract();
        OutsidePrograms.RequireLibreOfficeWriter();
        var samples = TestFiles.Sample("");
        var database = Path.Combine(TestFiles.TempDirectory(), "samples.db");
        var files = InputFiles.Expand([samples]);
        var twins = SampleReports.Sum(r => r.Twins.Length);

        using var store = ReportStores.Open(database, create: true);
        var first = new IngestBatch(store, new IngestOptions()).Run(files);

        Assert.That(first.Failures.Select(f => f.Message), Is.Empty);
        Assert.That((first.Ingested, first.Twins, first.Replaced), Is.EqualTo((3, twins, 0)));
        Assert.That(first.NotReports.Select(f => (f.Reason, f.Message)), Is.EqualTo(new[]
        {
            ("not_a_report", "README.md: not a report: no document type, number, date, place or period and no numbered section (960 words)"),
        }));
        var expected = SampleReports.Select(r => (Path.Combine(samples, r.Read), string.Join(" ", r.Twins.Select(t => Path.Combine(samples, t)).Order(StringComparer.Ordinal))));
        var stored = store.ReportFiles();
        Assert.That(stored.Select(r => (r.Path, string.Join(" ", r.Files.Where(f => !f.Read).Select(f => f.Path)))), Is.EqualTo(expected));
        Assert.That(stored.Select(r => r.Files.Single(f => f.Read).Format), Has.All.EqualTo("docx"));
        Assert.That(stored.SelectMany(r => r.Files).Where(f => f.Path.EndsWith(".scan.pdf", StringComparison.Ordinal)).Select(f => f.Format), Is.EqualTo(new[] { "scan" }));

        // Records and series count each report once: those of its DOCX.
        var records = SampleReports.Sum(r => IndicatorExtraction.Extract(ReportFile.Read(Path.Combine(samples, r.Read))).Count);
        Assert.That(store.Records(ReportFilter.None).Count(), Is.EqualTo(records));
        Assert.That(store.Records(ReportFilter.None).Select(r => r.Report).Distinct(), Is.EquivalentTo(SampleReports.Select(r => r.Read)));
        var revenue = store.SeriesRows(new SeriesQuery("budget_revenue", null, ReportFilter.None));
        Assert.That(revenue.GroupBy(r => (r.Place, r.Year, r.Period, r.Unit)).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);

        // Search shows each report once, with its files, the one read first.
        var hits = store.Search(new SearchQuery("thu ngan sach", ReportFilter.None)).Hits;
        Assert.That(hits.Select(h => h.Report), Is.EquivalentTo(new[] { "huyen-van-quan-6-thang-2024.docx", "xa-binh-trung-6-thang-2023.docx" }));
        foreach (var hit in hits)
        {
            var report = SampleReports.Single(r => r.Read == hit.Report);
            Assert.That(hit.Files, Is.EqualTo(new[] { report.Read }.Concat(report.Twins.Order(StringComparer.Ordinal).Select(Path.GetFileName))));
        }

        var again = new IngestBatch(store, new IngestOptions()).Run(files);
        Assert.That((again.Ingested, again.Unchanged, again.Twins, again.Replaced, again.NotReports.Count), Is.EqualTo((0, files.Count - 1, 0, 0, 1)));

        var forced = new IngestBatch(store, new IngestOptions(Force: true)).Run(files);
        Assert.That((forced.Ingested, forced.Replaced, forced.Twins), Is.EqualTo((0, 3, twins)));
        Assert.That(store.ReportFiles(), Is.EqualTo(stored).Using<StoredReportFiles>((a, b) => a.Path == b.Path && a.Files.SequenceEqual(b.Files)));
    }

    [Test]
    public void A_docx_arriving_after_its_pdf_is_read_in_its_place()
    {
        var folder = TestFiles.TempDirectory();
        var pdf = Path.Combine(folder, "xa-binh-trung-6-thang-2023.pdf");
        var docx = Path.Combine(folder, "xa-binh-trung-6-thang-2023.docx");
        File.Copy(TestFiles.Sample("xa-binh-trung-6-thang-2023.pdf"), pdf);
        File.Copy(TestFiles.Sample("xa-binh-trung-6-thang-2023.docx"), docx);
        using var store = ReportStores.Open(Path.Combine(folder, "r.db"), create: true);

        Assert.That(new IngestBatch(store, new IngestOptions()).Run([pdf]).Ingested, Is.EqualTo(1));
        Assert.That(store.Records(ReportFilter.None).Where(r => r.Page is not null).Select(r => r.Report).Distinct(), Is.EqualTo(new[] { "xa-binh-trung-6-thang-2023.pdf" }));

        var progress = new List<IngestProgress>();
        var second = new IngestBatch(store, new IngestOptions()).Run([docx], progress.Add);

        Assert.That(second.Twins, Is.EqualTo(1));
        Assert.That(progress.Select(p => p.Outcome), Is.EqualTo(new[] { "twin" }));
        Assert.That(store.ReportFiles().Single().Files.Select(f => (Path.GetFileName(f.Path), f.Read, f.Format)), Is.EqualTo(new[]
        {
            ("xa-binh-trung-6-thang-2023.docx", true, "docx"), ("xa-binh-trung-6-thang-2023.pdf", false, "pdf"),
        }));
        Assert.That(store.Reports().Single().Path, Is.EqualTo(docx));
        var records = store.Records(ReportFilter.None).ToList();
        Assert.That(records, Has.Count.EqualTo(IndicatorExtraction.Extract(ReportFile.Read(docx)).Count));
        Assert.That(records.Select(r => (r.Report, r.Page)).Distinct(), Is.EqualTo(new[] { ("xa-binh-trung-6-thang-2023.docx", (int?)null) }), "a DOCX has no pages");
        Assert.That(store.StoredHashes(), Has.Count.EqualTo(2), "both files are skipped by a re-run");
    }

    [TestCase("huyen-van-quan-6-thang-2024.txt")]
    [TestCase("xa-binh-trung-6-thang-2023.txt")]
    [TestCase("huyen-huu-lung-cong-van-2022.txt")]
    public void Another_report_of_the_same_place_year_and_wording_is_not_a_twin(string sample)
    {
        var folder = TestFiles.TempDirectory();
        var text = File.ReadAllText(TestFiles.Sample($"text/{sample}"));
        File.WriteAllText(Path.Combine(folder, "a.txt"), text);
        File.WriteAllText(Path.Combine(folder, "b.txt"), IngestTests.OtherReport(text, 1));
        using var store = ReportStores.Open(Path.Combine(folder, "r.db"), create: true);

        var summary = new IngestBatch(store, new IngestOptions()).Run(InputFiles.Expand([folder]));

        Assert.That((summary.Ingested, summary.Twins), Is.EqualTo((2, 0)));
        Assert.That(store.ReportFiles().Select(r => r.Files.Count), Is.EqualTo(new[] { 1, 1 }));
    }

    [Test]
    public void A_readme_beside_the_reports_is_not_a_report_and_not_a_failure()
    {
        var folder = TestFiles.TempDirectory();
        File.Copy(TestFiles.Sample("README.md"), Path.Combine(folder, "README.md"));
        File.Copy(TestFiles.Sample("text/huyen-huu-lung-cong-van-2022.txt"), Path.Combine(folder, "letter.txt"));
        File.WriteAllText(Path.Combine(folder, "table.txt"), "Chỉ tiêu;ĐVT;Kế hoạch\nLúa;ha;1.200\n");
        using var store = ReportStores.Open(Path.Combine(folder, "r.db"), create: true);

        var summary = new IngestBatch(store, new IngestOptions()).Run(InputFiles.Expand([folder]));

        Assert.That((summary.Ingested, summary.Failures.Count), Is.EqualTo((1, 0)));
        Assert.That(summary.NotReports.Select(f => (Path.GetFileName(f.File), f.Reason)).Order(), Is.EqualTo(new[] { ("README.md", "not_a_report"), ("table.txt", "not_a_report") }));
        Assert.That(store.StoredHashes(), Has.Count.EqualTo(1));
    }
}
