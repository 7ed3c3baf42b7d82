using System.Globalization;
using Extractor.Extraction;
using Extractor.Model;
using Extractor.Store;
using Extractor.Tests.Ingest;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>
/// What every <see cref="IReportStore"/> must do, whatever keeps the reports: save, replace,
/// survive a killed writer, search, series and the records for export. A backend passes by a
/// fixture deriving from this one that says where a new store goes and how it is opened.
/// </summary>
public abstract partial class ReportStoreContract
{
    private IReportStore? _small;

    /// <summary>
    /// Where a new, empty store goes: a location that <see cref="ReportStores.Open"/> takes too, so
    /// that the real program, run as a child process, writes the same store.
    /// </summary>
    protected abstract string NewLocation();

    /// <summary>Opens the store at a location of <see cref="NewLocation"/>.</summary>
    protected abstract IReportStore Open(string location, bool create = false);

    protected IReportStore NewStore() => Open(NewLocation(), create: true);

    /// <summary>The reports of <see cref="StoreFixtures.Fill"/>, stored once for the tests that only read.</summary>
    protected IReportStore Small => _small ??= StoreFixtures.Fill(NewStore());

    [OneTimeTearDown]
    public void Close()
    {
        _small?.Dispose();
        _archive?.Dispose();
        _samples?.Dispose();
    }

    [Test]
    public void Saving_the_same_content_again_changes_nothing_and_replace_swaps_it()
    {
        var report = StoreFixtures.Report("a.txt", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "năm 2024", 1, 12, [("I", ["Thu ngân sách."])]);
        var stored = StoreFixtures.Stored(report,
            StoreFixtures.Record(report, "thu ngân sách", "budget_revenue", 5, "triệu đồng"),
            StoreFixtures.Record(report, "diện tích lúa", "crop_area", 7, "ha"));
        using var store = NewStore();
        Assert.That(store.Save(stored, replace: false), Is.EqualTo(SaveOutcome.Ingested));
        Assert.That(store.Save(stored, replace: false), Is.EqualTo(SaveOutcome.Unchanged));
        Assert.That(store.Save(stored, replace: true), Is.EqualTo(SaveOutcome.Replaced));
        Assert.That(store.Search(new SearchQuery("ngan sach", ReportFilter.None)).Hits, Has.Count.EqualTo(1), "one report, once");
        Assert.That(store.Reports(), Is.EqualTo(new[] { new StoredReportCounts(stored.Path, stored.Sha256, 1, 1, 0, 2) }), "the replaced rows are gone");
        Assert.That(store.Series(new SeriesQuery("crop_area", null, ReportFilter.None)).Single().Value, Is.EqualTo(7m));

        // The file changed: its new content replaces the old one.
        var edited = report with { Sections = [new Section("I", "", 1, [Paragraph.Plain("Chi ngân sách.", new(0))], [], [])] };
        var again = StoreFixtures.Stored(edited) with { Path = stored.Path };
        Assert.That(store.Save(again, replace: false), Is.EqualTo(SaveOutcome.Replaced));
        Assert.That(store.Search(new SearchQuery("ngan sach", ReportFilter.None)).Hits.Select(h => h.Snippet.Text), Is.EqualTo(new[] { "Chi ngân sách." }));
        Assert.That(store.StoredHashes(), Is.EquivalentTo(new[] { again.Sha256 }));
        Assert.That(store.Records(ReportFilter.None), Is.Empty);
    }

    [Test]
    public void Records_must_carry_their_reports_metadata()
    {
        using var store = NewStore();
        var report = StoreFixtures.Report("a.txt", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "năm 2024", 1, 12, []);
        var stray = StoreFixtures.Record(report, "diện tích lúa", "crop_area", 7, "ha") with { Place = "xã Bình Trung" };
        Assert.That(() => store.Save(StoreFixtures.Stored(report, stray), replace: false),
            Throws.ArgumentException.With.Message.StartsWith("a.txt: record 0 names another report, place, province, year or period"));
        Assert.That(store.StoredHashes(), Is.Empty, "nothing of it was stored");
        Assert.That(store.Reports(), Is.Empty);
    }

    [Test]
    public void Records_come_back_as_they_were_stored()
    {
        var all = Small.Records(ReportFilter.None).ToList();
        Assert.That(all, Has.Count.EqualTo(6));
        var rice = Small.Records(new ReportFilter { Category = "crop_area", Years = new YearRange(2024, 2024) }).Single();
        Assert.That(rice, Is.EqualTo(StoreFixtures.Record(
            StoreFixtures.Report("van-quan-2024.docx", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "6 tháng đầu năm 2024", 1, 6, []),
            "diện tích gieo trồng lúa vụ Đông Xuân", "crop_area", 1448.29m, "ha")));
    }

    [Test]
    public void Ocr_confidence_is_stored_with_each_record()
    {
        using var store = NewStore();
        var report = StoreFixtures.Report("scan.pdf", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "năm 2024", 1, 12, [("I", ["Thu ngân sách 5 triệu đồng."])]);
        var read = StoreFixtures.Record(report, "thu ngân sách", "budget_revenue", 5, "triệu đồng") with { OcrConfidence = 0.87 };
        store.Save(StoreFixtures.Stored(report, read, StoreFixtures.Record(report, "chi ngân sách", "budget_spending", 3, "triệu đồng")), replace: false);
        Assert.That(store.Records(ReportFilter.None).Select(r => (r.Indicator, r.OcrConfidence)),
            Is.EqualTo(new[] { ("thu ngân sách", (double?)0.87), ("chi ngân sách", null) }));
    }

    [Test]
    public void The_page_of_each_record_comes_back_from_records_and_series()
    {
        using var store = NewStore();
        var report = StoreFixtures.Report("scan.pdf", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "năm 2024", 1, 12, []);
        store.Save(StoreFixtures.Stored(report,
            StoreFixtures.Record(report, "diện tích lúa", "crop_area", 1200m, "ha") with { Page = 3 },
            StoreFixtures.Record(report, "thu ngân sách", "budget_revenue", 5m, "triệu đồng")), replace: false);
        Assert.That(store.Records(ReportFilter.None).Select(r => (r.Indicator, r.Page)), Is.EqualTo(new[] { ("diện tích lúa", (int?)3), ("thu ngân sách", null) }));
        Assert.That(store.Series(new SeriesQuery("crop_area", null, ReportFilter.None)).Single().Page, Is.EqualTo(3));
        Assert.That(store.Series(new SeriesQuery(null, "thu ngan sach", ReportFilter.None)).Single().Page, Is.Null);
    }

    /// <summary>
    /// Numbers a double would change (more than 15 digits, or the digits of 0.1 + 0.2), and what a
    /// store gives back for each: the same digits, trailing zeros dropped (12.50 is 12.5).
    /// </summary>
    private static readonly (decimal Value, string Read)[] ExactNumbers =
    [
        (0.1m + 0.2m, "0.3"),
        (1448.29m, "1448.29"),
        (3644374691.5m, "3644374691.5"),
        (9999999999999.99m, "9999999999999.99"),
        (12345678901234567.89m, "12345678901234567.89"),
        (0.1234567890123456789m, "0.1234567890123456789"),
        (12.50m, "12.5"),
        (1500.0m, "1500"),
        (-2.05m, "-2.05"),
    ];

    [Test]
    public void Numbers_keep_every_digit_through_records_and_series()
    {
        using var store = NewStore();
        var report = StoreFixtures.Report("so-lieu.docx", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "năm 2024", 1, 12, []);
        var records = ExactNumbers.Select((n, i) => StoreFixtures.Record(report, $"chỉ tiêu {i}", $"number_{i}", n.Value, "ha") with
        {
            PlanPercent = n.Value,
            YearOnYearPercent = -n.Value,
            PlanValue = n.Value,
            ChangePercent = n.Value,
        }).ToArray();
        store.Save(StoreFixtures.Stored(report, records), replace: false);

        static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";
        var read = ExactNumbers.Select(n => n.Read).ToList();
        var stored = store.Records(ReportFilter.None).ToList();
        Assert.That(stored.Select(r => Text(r.Value)), Is.EqualTo(read));
        Assert.That(stored.Select(r => Text(r.PlanPercent)), Is.EqualTo(read));
        Assert.That(stored.Select(r => Text(r.YearOnYearPercent)), Is.EqualTo(read.Select(t => t.StartsWith('-') ? t[1..] : "-" + t)));
        Assert.That(stored.Select(r => Text(r.PlanValue)), Is.EqualTo(read));
        Assert.That(stored.Select(r => Text(r.ChangePercent)), Is.EqualTo(read));

        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < ExactNumbers.Length; i++)
            {
                var query = new SeriesQuery($"number_{i}", null, ReportFilter.None);
                Assert.That(Text(store.Series(query).Single().Value), Is.EqualTo(read[i]), $"series of {read[i]}");
                Assert.That(Text(store.SeriesRows(query).Single().Value), Is.EqualTo(read[i]), $"series rows of {read[i]}");
                Assert.That(Text(store.SeriesRows(query with { Filter = new ReportFilter { MinValue = -1e20m } }).Single().Value), Is.EqualTo(read[i]),
                    $"series rows of {read[i]} within a value range");
            }

            // Again from the tables the end of a batch stores.
            store.FinishBatch();
        }

        Assert.That(store.Records(new ReportFilter { MinValue = 1448.29m, MaxValue = 9999999999999.99m }).Select(r => Text(r.Value)),
            Is.EqualTo(new[] { "1448.29", "3644374691.5", "9999999999999.99", "1500" }), "value filters compare numbers, bounds included");
        Assert.That(store.Records(new ReportFilter { MaxValue = 0.3m }).Select(r => Text(r.Value)), Is.EqualTo(new[] { "0.3", "0.1234567890123456789", "-2.05" }));
    }

    [Test]
    public void A_batch_killed_mid_way_leaves_whole_reports_and_a_rerun_finishes_it()
    {
        var folder = IngestTests.Corpus(copies: 100);
        var location = NewLocation();
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);

        using (var child = IngestCommandTests.Start("ingest", folder, "--db", location))
        {
            // Kill -9 once some reports are in but the batch is far from done, searching meanwhile (readers never wait).
            var done = 0;
            while (child.StandardOutput.ReadLine() is { } line && (done = IngestCommandTests.Done(line)) < 40)
            {
            }

            Assert.That(done, Is.GreaterThanOrEqualTo(40), "the batch ended before it could be killed");
            using (var reader = Open(location))
            {
                Assert.That(reader.Search(new SearchQuery("ngan sach", ReportFilter.None)).Hits, Is.Not.Empty);
            }

            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        var expected = new Dictionary<string, StoredReportCounts>();
        var afterKill = WholeReports(location, expected);
        Assert.That(afterKill, Is.GreaterThan(0).And.LessThan(files.Length));

        var (code, stdout, _) = IngestCommandTests.Run("ingest", folder, "--db", location);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(IngestCommandTests.SummaryCount(stdout, "ingested"), Is.EqualTo(files.Length - afterKill));
        Assert.That(IngestCommandTests.SummaryCount(stdout, "unchanged"), Is.EqualTo(afterKill));
        Assert.That(WholeReports(location, expected), Is.EqualTo(files.Length));
        using var store = Open(location);
        Assert.That(store.Reports().Select(r => r.Path), Is.EquivalentTo(files), "every file once");
    }

    /// <summary>
    /// How many reports the store holds, each with every section, paragraph, footnote and record
    /// that reading and extracting its file gives (<paramref name="expected"/> keeps them from one call to the next).
    /// </summary>
    private int WholeReports(string location, Dictionary<string, StoredReportCounts> expected)
    {
        using var store = Open(location);
        var reports = store.Reports();
        foreach (var stored in reports)
        {
            if (!expected.TryGetValue(stored.Path, out var whole))
            {
                var report = ReportFile.Read(stored.Path);
                var sections = report.AllSections().ToList();
                expected[stored.Path] = whole = new StoredReportCounts(stored.Path, stored.Sha256, sections.Count,
                    report.Preamble.Count + sections.Sum(s => s.Paragraphs.Count), report.Footnotes.Count, IndicatorExtraction.Extract(report).Count);
            }

            Assert.That(stored, Is.EqualTo(whole), "a report stored in part");
        }

        return reports.Count;
    }
}
