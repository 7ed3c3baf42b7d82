using Extractor.Extraction;
using Extractor.Ingest;
using Extractor.Model;
using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>
/// A report read back whole for its page (<see cref="IReportStore.Report"/>), on the samples as ingest stores them: what
/// reading the file it is read from gives, section by section, paragraph by paragraph, note by note; and the archive's counts.
/// </summary>
public abstract partial class ReportStoreContract
{
    private const string VanQuan = "huyen-van-quan-6-thang-2024.docx";

    private IReportStore? _samples;

    /// <summary>The samples folder ingested: three reports, each read from its DOCX, the other files its twins (<see cref="Ingest.TwinIngestTests"/>).</summary>
    private IReportStore Samples
    {
        get
        {
            if (_samples is null)
            {
                OutsidePrograms.RequireTesseract();
                OutsidePrograms.RequireLibreOfficeWriter();
                _samples = Ingested(InputFiles.Expand([TestFiles.Sample("")]));
            }

            return _samples;
        }
    }

    private IReportStore Ingested(IReadOnlyList<string> files)
    {
        var store = NewStore();
        var summary = new IngestBatch(store, new IngestOptions()).Run(files);
        Assert.That(summary.Failures, Is.Empty);
        return store;
    }

    /// <summary>The sample report of <paramref name="name"/>, opened by the id its search hit carries.</summary>
    private StoredReportView SampleReport(string name)
    {
        var hit = Samples.Search(new SearchQuery("nam", ReportFilter.None, 10)).Hits.Single(h => h.Report == name);
        var view = Samples.Report(hit.ReportId);
        Assert.That(view, Is.Not.Null);
        Assert.That((view!.Id, view.Name, view.Metadata.Place, view.Metadata.Year, view.Metadata.Period), Is.EqualTo((hit.ReportId, hit.Report, hit.Place, hit.Year, hit.Period)));
        return view;
    }

    [Test]
    public void A_report_reads_back_with_its_metadata_sections_and_footnotes()
    {
        var view = SampleReport(VanQuan);

        Assert.That(view.Metadata, Is.EqualTo(new StoredMetadata("báo cáo", null, null, null, "huyện Văn Quan", "Lạng Sơn", "6 tháng đầu năm 2024", 2024,
            "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm; nhiệm vụ, giải pháp chủ yếu 6 tháng cuối năm 2024")));
        Assert.That(view.Sections.Take(5).Select(s => (s.Label, s.Title, s.Level, s.Path)), Is.EqualTo(new[]
        {
            ("Phần I", "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024", 1, "Phần I"),
            ("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 2, "Phần I > I"),
            ("1", "Công tác chỉ đạo điều hành chung", 3, "Phần I > I > 1"),
            ("II", "ĐÁNH GIÁ CÔNG TÁC THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024", 2, "Phần I > II"),
            ("1", "Lĩnh vực kinh tế", 3, "Phần I > II > 1"),
        }));
        var byId = view.Sections.ToDictionary(s => s.Id);
        Assert.That(view.Sections.Select(s => s.ParentId is { } parent ? $"{byId[parent].Path} > {s.Label}" : s.Label), Is.EqualTo(view.Sections.Select(s => s.Path)),
            "each section's parent is the one its path names");

        var read = ReportFile.Read(TestFiles.Sample(VanQuan));
        Assert.That(view.Sections.Select(s => (s.Label, s.Title, s.Level)), Is.EqualTo(read.AllSections().Select(s => (s.Label, s.Title, s.Level))));
        Assert.That(view.Footnotes.Select(f => (f.Number, f.Text)), Is.EqualTo(read.Footnotes.Select(f => (f.Number, f.Text))));
        Assert.That(view.Footnotes, Has.Count.EqualTo(39));
        Assert.That(view.Footnotes[0], Is.EqualTo(new StoredFootnote(1, "Phần I > I > 1",
            "Trong 6 tháng đầu năm, Lãnh đạo UBND huyện đã làm việc được 04 cuộc với cơ quan chuyên môn; làm việc trực tiếp với các xã, thôn trên địa bàn " +
            "được 25 cuộc (Chủ tịch UBND huyện: 09 cuộc, các PCT UBND huyện: 16 cuộc) nhằm nắm tình hình, tháo gỡ khó khăn, vướng mắc trong thực hiện nhiệm vụ năm 2024.")));
        Assert.That(view.Diagnostics, Is.Empty, "read from its DOCX, which needs no work-around; what its twins' readers noticed is not the report's");
    }

    [Test]
    public void Paragraphs_read_back_in_document_order_with_their_sections_and_footnote_references()
    {
        var view = SampleReport(VanQuan);
        var referring = view.Paragraphs.Single(p => p.FootnoteRefs.Any(r => r.Number == 1));
        var reference = referring.FootnoteRefs.Single();
        // The text the DOCX has before the reference mark of note 1.
        Assert.That(referring.Text[..reference.Offset], Does.EndWith("tại các xã, thị trấn, các cơ quan, đơn vị"));
        Assert.That(view.Sections.Single(s => s.Id == referring.SectionId).Path, Is.EqualTo("Phần I > I > 1"));
        Assert.That(referring.Page, Is.Null, "a DOCX has no pages");

        var read = ReportFile.Read(TestFiles.Sample(VanQuan));
        var sectionPaths = view.Sections.ToDictionary(s => s.Id, s => s.Path);
        var sections = read.Sections.SelectMany(s => Paths(s, ""));
        var expected = read.Preamble.Select(p => ((string?)null, p))
            .Concat(sections.SelectMany(s => s.Section.Paragraphs.Select(p => ((string?)s.Path, p))))
            .Select(x => (x.Item1, x.p.Text, string.Join(",", x.p.FootnoteRefs), x.p.Location.Page));
        Assert.That(view.Paragraphs.Select(p => (p.SectionId is { } id ? sectionPaths[id] : null, p.Text, string.Join(",", p.FootnoteRefs), p.Page)), Is.EqualTo(expected));
        Assert.That(view.Paragraphs.SelectMany(p => p.FootnoteRefs).Select(r => r.Number), Is.EqualTo(Enumerable.Range(1, 39)), "every note referred to once, in order");
    }

    private static IEnumerable<(string Path, Section Section)> Paths(Section section, string parent)
    {
        var path = parent.Length == 0 ? section.Label : $"{parent} > {section.Label}";
        return section.Sections.SelectMany(s => Paths(s, path)).Prepend((path, section));
    }

    [Test]
    public void A_report_reads_back_with_its_records_and_files()
    {
        var view = SampleReport(VanQuan);
        var records = Samples.Records(new ReportFilter { Place = "Văn Quan" }).ToList();
        Assert.That(view.Records, Is.EqualTo(records));
        Assert.That(view.Records, Has.Count.EqualTo(IndicatorExtraction.Extract(ReportFile.Read(TestFiles.Sample(VanQuan))).Count));
        Assert.That(view.Records.Select(r => r.Report).Distinct(), Is.EqualTo(new[] { VanQuan }));

        Assert.That(view.Files.Select(f => (Path.GetRelativePath(TestFiles.Sample(""), f.Path), f.Read, f.Format)), Is.EqualTo(new[]
        {
            (VanQuan, true, "docx"),
            ("huyen-van-quan-6-thang-2024.libreoffice.docx", false, "docx"),
            ("huyen-van-quan-6-thang-2024.note-lines.docx", false, "docx"),
            ("huyen-van-quan-6-thang-2024.note-lines.pdf", false, "pdf"),
            ("huyen-van-quan-6-thang-2024.pdf", false, "pdf"),
            (Path.Combine("text", "huyen-van-quan-6-thang-2024.txt"), false, "text"),
        }));
        Assert.That(view.Files, Is.EqualTo(Samples.ReportFiles().Single(r => Path.GetFileName(r.Path) == VanQuan).Files));
    }

    [Test]
    public void A_report_read_from_a_legacy_encoding_keeps_what_its_reader_noticed()
    {
        // Among the samples the TCVN3 DOCX is a twin of its Unicode DOCX; alone, the report is read from it.
        var file = TestFiles.Sample("xa-binh-trung-6-thang-2023.tcvn3.docx");
        using var store = Ingested([file]);
        var hit = store.Search(new SearchQuery("ngan sach", ReportFilter.None)).Hits.Single();
        var view = store.Report(hit.ReportId)!;

        Assert.That(view.Name, Is.EqualTo("xa-binh-trung-6-thang-2023.tcvn3.docx"));
        Assert.That(view.Diagnostics, Is.EqualTo(new[]
        {
            new StoredDiagnostic("legacy_encoding_decoded", "info", "decoded 195 run(s) from TCVN3 (.VnTime)", null),
            new StoredDiagnostic("legacy_encoding_decoded", "info", "decoded 31 run(s) from TCVN3 (.VnTimeH)", null),
        }), "one note per legacy font, in the reader's order");
        Assert.That(view.Diagnostics.Select(d => d.Message), Is.EqualTo(ReportFile.Read(file).Diagnostics.Select(d => d.Message)));
        Assert.That(view.Footnotes.Select(f => f.Number), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void A_report_read_from_a_pdf_keeps_the_page_of_each_paragraph()
    {
        var file = TestFiles.Sample("huyen-huu-lung-cong-van-2022.simplefont.pdf");
        using var store = Ingested([file]);
        var view = store.Report(store.Search(new SearchQuery("nam", ReportFilter.None)).Hits.Single().ReportId)!;
        var read = ReportFile.Read(file);
        Assert.That(view.Paragraphs.Select(p => p.Page), Is.EqualTo(read.Preamble.Concat(read.AllSections().SelectMany(s => s.Paragraphs)).Select(p => p.Location.Page)));
        Assert.That(view.Paragraphs.Select(p => p.Page).Distinct(), Is.EqualTo(new int?[] { 1, 2, 3 }));
        Assert.That(view.Files.Select(f => (Path.GetFileName(f.Path), f.Read, f.Format)), Is.EqualTo(new[] { ("huyen-huu-lung-cong-van-2022.simplefont.pdf", true, "pdf") }));
    }

    [Test]
    public void Every_hit_opens_its_report()
    {
        var hits = Small.Search(new SearchQuery("lua OR ngan", ReportFilter.None)).Hits;
        Assert.That(hits, Has.Count.EqualTo(4));
        foreach (var hit in hits)
        {
            var view = Small.Report(hit.ReportId)!;
            Assert.That((view.Name, view.Metadata.Place, view.Metadata.Year, view.Metadata.Period), Is.EqualTo((hit.Report, hit.Place, hit.Year, hit.Period)));
            Assert.That(view.Records, Is.EqualTo(Small.Records(ReportFilter.None).Where(r => r.Report == hit.Report)));
        }
    }

    [Test]
    public void A_report_id_the_store_does_not_have_gives_null()
    {
        var ids = Small.Search(new SearchQuery("lua OR ngan", ReportFilter.None)).Hits.Select(h => h.ReportId).ToList();
        Assert.That(Small.Report(ids.Max() + 1), Is.Null);
        Assert.That(Small.Report(0), Is.Null);
        Assert.That(Small.Report(-1), Is.Null);
        using var empty = NewStore();
        Assert.That(empty.Report(ids.Min()), Is.Null);
    }

    [Test]
    public void The_archive_counts_the_samples_reports_by_province_year_and_type()
    {
        // The three DOCX files as read: Văn Quan's report (2024), Bình Trung's report (2023), Hữu Lũng's letter (2022), all of Lạng Sơn.
        var records = new[] { VanQuan, "xa-binh-trung-6-thang-2023.docx", "huyen-huu-lung-cong-van-2022.docx" }
            .Sum(name => IndicatorExtraction.Extract(ReportFile.Read(TestFiles.Sample(name))).Count);
        var archive = Samples.Archive();
        Assert.That((archive.Reports, archive.Records), Is.EqualTo((3, records)));
        Assert.That(archive.Records, Is.EqualTo(Samples.Records(ReportFilter.None).Count()));
        Assert.That(archive.Provinces, Is.EqualTo(new[] { new FacetCount("Lạng Sơn", 3) }));
        Assert.That(archive.Years, Is.EqualTo(new[] { new FacetCount("2022", 1), new FacetCount("2023", 1), new FacetCount("2024", 1) }));
        Assert.That(archive.Types, Is.EqualTo(new[] { new FacetCount("báo cáo", 2), new FacetCount("công văn", 1) }));
    }

    [Test]
    public void The_archive_counts_most_first_and_leaves_out_reports_without_a_value()
    {
        var archive = Small.Archive();
        Assert.That((archive.Reports, archive.Records), Is.EqualTo((4, 6)));
        Assert.That(archive.Years, Is.EqualTo(new[] { new FacetCount("2022", 2), new FacetCount("2023", 1), new FacetCount("2024", 1) }));
        Assert.That(archive.Types, Is.EqualTo(new[] { new FacetCount("báo cáo", 4) }));

        using var store = NewStore();
        var unnamed = StoreFixtures.Report("a.txt", StoreFixtures.HuuLung, "", 2025, "năm 2025", 1, 12, [("I", ["Thu ngân sách."])]);
        store.Save(StoreFixtures.Stored(unnamed with { Metadata = unnamed.Metadata with { Type = null } }), replace: false);
        Assert.That(Counted(store.Archive()), Is.EqualTo((1, 0, "", "2025 1", "")), "an empty province and no type are left out");
        using var empty = NewStore();
        Assert.That(Counted(empty.Archive()), Is.EqualTo((0, 0, "", "", "")));
    }

    private static (int, int, string, string, string) Counted(ArchiveCounts a)
    {
        static string Text(IEnumerable<FacetCount> counts) => string.Join(", ", counts.Select(c => $"{c.Value} {c.Count}"));
        return (a.Reports, a.Records, Text(a.Provinces), Text(a.Years), Text(a.Types));
    }
}
