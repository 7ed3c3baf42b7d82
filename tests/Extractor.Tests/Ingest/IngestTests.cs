using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Extractor.Ingest;
using Extractor.Model;
using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Tests.Ingest;

public sealed class IngestTests
{
    /// <summary>
    /// A folder of the three text samples, and <paramref name="copies"/> more of each made other reports: every number
    /// but the years redrawn (its first digit kept), the document number made the copy's own, and a line at the end.
    /// </summary>
    internal static string Corpus(int copies)
    {
        var dir = TestFiles.TempDirectory();
        var samples = Directory.GetFiles(TestFiles.Sample("text"), "*.txt").Order(StringComparer.Ordinal).ToList();
        foreach (var sample in samples)
        {
            var text = File.ReadAllText(sample);
            File.WriteAllText(Path.Combine(dir, Path.GetFileName(sample)), text);
            for (var i = 1; i <= copies; i++)
            {
                var sub = Path.Combine(dir, $"batch{i % 7}");
                Directory.CreateDirectory(sub);
                File.WriteAllText(Path.Combine(sub, $"{Path.GetFileNameWithoutExtension(sample)}-{i:000}.txt"), $"{OtherReport(text, i)}\nBản sao số {i}.\n");
            }
        }

        return dir;
    }

    /// <summary>The same wording with other numbers: another report of the same template, not a twin.</summary>
    internal static string OtherReport(string text, int seed)
    {
        var random = new Random(seed);
        var renumbered = Regex.Replace(text, @"\d+", match =>
        {
            if (match.Value is ['2', '0', _, _])
            {
                return match.Value;
            }

            var digits = match.Value.ToCharArray();
            for (var k = 1; k < digits.Length; k++)
            {
                digits[k] = (char)('0' + random.Next(10));
            }

            return new string(digits);
        });
        return Regex.Replace(renumbered, @"Số: *\d+/", $"Số: {1000 + seed}/");
    }

    [Test]
    public void A_folder_goes_in_once_and_a_rerun_changes_nothing()
    {
        var folder = Corpus(copies: 2);
        var database = Path.Combine(TestFiles.TempDirectory(), "r.db");
        var files = InputFiles.Expand([folder]);
        Assert.That(files, Has.Count.EqualTo(9));

        IReadOnlyList<StoredReportCounts> before;
        using (var store = new BatchCountingStore(ReportStores.Open(database, create: true)))
        {
            var first = new IngestBatch(store, new IngestOptions()).Run(files);
            Assert.That(first, Has.Property("Ingested").EqualTo(9).And.Property("Unchanged").EqualTo(0).And.Property("Failures").Empty);
            Assert.That(store.Finished, Is.EqualTo(1), "the batch ends by putting the store in order");
            before = store.Reports();
            Assert.That(before.Select(r => r.Path), Is.EquivalentTo(files));
        }

        var progress = new List<IngestProgress>();
        using (var store = ReportStores.Open(database))
        {
            var again = new IngestBatch(store, new IngestOptions()).Run(files, progress.Add);
            Assert.That(again, Has.Property("Ingested").EqualTo(0).And.Property("Unchanged").EqualTo(9).And.Property("Replaced").EqualTo(0));
            Assert.That(store.Reports(), Is.EqualTo(before));
        }

        Assert.That(progress.Select(p => p.Done), Is.EqualTo(Enumerable.Range(1, 9)));
        Assert.That(progress.Select(p => p.Outcome), Has.All.EqualTo("unchanged"));

        using (var store = new BatchCountingStore(ReportStores.Open(database)))
        {
            var forced = new IngestBatch(store, new IngestOptions(Force: true, Parallelism: 1)).Run(files);
            Assert.That(forced, Has.Property("Replaced").EqualTo(9).And.Property("Ingested").EqualTo(0));
            Assert.That(store.Reports(), Is.EqualTo(before));
            Assert.That(store.Finished, Is.EqualTo(1), "and after replacements too");
        }
    }

    /// <summary>The store, counting the ends of batches it is told of.</summary>
    private sealed class BatchCountingStore(IReportStore store) : IReportStore
    {
        public int Finished { get; private set; }

        public IReadOnlySet<string> StoredHashes() => store.StoredHashes();

        public IReadOnlyList<StoredReportCounts> Reports() => store.Reports();

        public IReadOnlyList<StoredReportFiles> ReportFiles() => store.ReportFiles();

        public long? ReportId(string name) => store.ReportId(name);

        public string ContentVersion() => store.ContentVersion();

        public SaveOutcome Save(StoredReport report, bool replace) => store.Save(report, replace);

        public void FinishBatch()
        {
            Finished++;
            store.FinishBatch();
        }

        public SearchResults Search(SearchQuery query) => store.Search(query);

        public int Reindex() => store.Reindex();

        public IReadOnlyList<Extractor.Records.IndicatorRecord> Series(SeriesQuery query) => store.Series(query);

        public IReadOnlyList<SeriesRow> SeriesRows(SeriesQuery query) => store.SeriesRows(query);

        public IReadOnlyList<IndicatorCount> Indicators(ReportFilter filter) => store.Indicators(filter);

        public IEnumerable<Extractor.Records.IndicatorRecord> Records(ReportFilter filter) => store.Records(filter);

        public StoredReportView? Report(long id) => store.Report(id);

        public ArchiveCounts Archive() => store.Archive();

        public void Dispose() => store.Dispose();
    }

    [Test]
    public void The_same_content_under_two_names_is_stored_once()
    {
        var folder = TestFiles.TempDirectory();
        var sample = TestFiles.Sample("text/huyen-huu-lung-cong-van-2022.txt");
        File.Copy(sample, Path.Combine(folder, "a.txt"));
        File.Copy(sample, Path.Combine(folder, "b.txt"));
        using var store = ReportStores.Open(Path.Combine(folder, "r.db"), create: true);
        var summary = new IngestBatch(store, new IngestOptions()).Run(InputFiles.Expand([folder]));
        Assert.That(summary, Has.Property("Ingested").EqualTo(1).And.Property("Unchanged").EqualTo(1));
    }

    [Test]
    public void Bad_files_are_reported_with_their_reason_and_the_batch_completes()
    {
        var folder = Corpus(copies: 1);
        File.WriteAllBytes(Path.Combine(folder, "random.docx"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))]);
        File.WriteAllText(Path.Combine(folder, "empty.txt"), "");
        File.WriteAllText(Path.Combine(folder, "scan.pdf"), "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        File.WriteAllText(Path.Combine(folder, "ignored.csv"), "not a report");
        var database = Path.Combine(TestFiles.TempDirectory(), "r.db");
        var missing = Path.Combine(folder, "nope.docx");

        using var store = ReportStores.Open(database, create: true);
        var summary = new IngestBatch(store, new IngestOptions()).Run(InputFiles.Expand([folder, missing]));

        Assert.That(summary.Total, Is.EqualTo(10));
        Assert.That(summary.Ingested, Is.EqualTo(6));
        Assert.That(summary.FailuresByReason, Does.ContainKey("unsupported_format").And.ContainKey("empty").And.ContainKey("not_found"));
        Assert.That(summary.Failures.Single(f => f.File.EndsWith("empty.txt", StringComparison.Ordinal)).Message, Is.EqualTo("empty.txt: file is empty"));
        Assert.That(summary.Failures.Select(f => Path.GetFileName(f.File)), Is.EquivalentTo(new[] { "random.docx", "empty.txt", "scan.pdf", "nope.docx" }));

        var csv = FailureReport.PathFor(database);
        FailureReport.Write(csv, summary.Failures);
        var lines = File.ReadAllLines(csv);
        Assert.That(lines[0], Is.EqualTo("\uFEFFfile,reason,message").Or.EqualTo("file,reason,message"));
        Assert.That(lines.Skip(1), Has.Exactly(1).Contains("empty.txt,empty,empty.txt: file is empty"));
    }

    [Test]
    public void An_internal_error_is_one_line_in_the_csv_and_its_stack_is_in_the_log_beside_it()
    {
        var folder = Corpus(copies: 0);
        var faulty = Path.Combine(folder, "huyen-van-quan-6-thang-2024.txt");
        var database = Path.Combine(TestFiles.TempDirectory(), "r.db");

        using var store = SqliteReportStore.Open(database, create: true);
        var batch = new IngestBatch(store, new IngestOptions()) { Read = (path, options) => path == faulty ? ReadWithAFault(path) : ReportFile.Read(path, options) };
        var summary = batch.Run(InputFiles.Expand([folder]));
        FailureReport.Write(FailureReport.PathFor(database), summary.Failures);
        FailureReport.WriteLog(FailureReport.LogPathFor(database), summary.Failures);

        Assert.That(summary.Ingested, Is.EqualTo(2));
        Assert.That(File.ReadAllLines(FailureReport.PathFor(database)).Skip(1), Is.EqualTo(new[]
        {
            $"{faulty},internal_error,huyen-van-quan-6-thang-2024.txt: InvalidOperationException: column 7 of 6 read in the cells of a broken row",
        }));
        var log = File.ReadAllText(FailureReport.LogPathFor(database));
        Assert.That(log, Does.Match($@"^\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{{3}}Z internal_error {System.Text.RegularExpressions.Regex.Escape(faulty)}\n"));
        Assert.That(log, Does.Contain("System.InvalidOperationException: column 7 of 6 read").And.Contain("---> System.ArgumentException: cells of a broken row"));
        Assert.That(log, Does.Contain($"at {typeof(IngestTests).FullName}.{nameof(ReadWithAFault)}("), "the stack names the method that threw");
        Assert.That(File.Exists(FailureReport.PathFor(database) + ".tmp"), Is.False);
    }

    [Test]
    public void A_batch_without_internal_errors_leaves_an_empty_log_over_an_older_one()
    {
        var database = Path.Combine(TestFiles.TempDirectory(), "r.db");
        var log = FailureReport.LogPathFor(database);
        File.WriteAllText(log, "an older run's stack");

        FailureReport.WriteLog(log, [new IngestFailure("empty.txt", "empty", "empty.txt: file is empty")]);

        Assert.That(File.ReadAllText(log), Is.Empty);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Report ReadWithAFault(string path) =>
        throw new InvalidOperationException("column 7 of 6 read\nin the cells of a broken row", new ArgumentException("cells of a broken row"));

    [Test]
    public void A_scan_under_a_garbage_OCR_layer_fails_as_needing_OCR()
    {
        var folder = TestFiles.TempDirectory();
        const string junk = "xa-binh-trung-6-thang-2023.junk-ocr.pdf";
        File.Copy(TestFiles.Sample(junk), Path.Combine(folder, junk));
        File.Copy(TestFiles.Sample("xa-binh-trung-6-thang-2023.pdf"), Path.Combine(folder, "xa-binh-trung-6-thang-2023.pdf"));
        var database = Path.Combine(TestFiles.TempDirectory(), "r.db");
        var withoutOcr = Extractor.Reading.ReaderOptions.Default with { Ocr = Extractor.Reading.Ocr.OcrOptions.Disabled };

        using var store = ReportStores.Open(database, create: true);
        var summary = new IngestBatch(store, new IngestOptions(Reader: withoutOcr)).Run(InputFiles.Expand([folder]));

        Assert.That(summary.Ingested, Is.EqualTo(1));
        Assert.That(summary.Failures.Select(f => (Path.GetFileName(f.File), f.Reason, f.Message)), Is.EqualTo(new[]
        {
            (junk, "needs_ocr", $"{junk}: text layer unusable (not Vietnamese, scanner OCR): needs OCR"),
        }));
    }
}
