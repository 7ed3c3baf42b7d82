using Extractor.Export;
using Extractor.Ingest;
using Extractor.Reading;
using Extractor.Reading.LegacyWord;
using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Tests.Reading.LegacyWord;

/// <summary>
/// Word 97-2003 files read through LibreOffice's conversion to DOCX: the .doc sample as its DOCX,
/// the real .doc, conversions at once, and every way the conversion can fail, each one line naming
/// the .doc. Tests that convert are skipped where LibreOffice Writer is not installed.
/// </summary>
[TestFixture]
public sealed class LegacyWordReaderTests
{
    private const string SampleName = "xa-binh-trung-6-thang-2023";

    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = TestFiles.TempDirectory();

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void The_doc_sample_reads_to_the_same_report_as_its_docx()
    {
        OutsidePrograms.RequireLibreOfficeWriter();
        var doc = ReportFile.Read(TestFiles.Sample($"{SampleName}.doc"));
        var docx = ReportFile.Read(TestFiles.Sample($"{SampleName}.docx"));

        Assert.That(doc.Source, Is.EqualTo(TestFiles.Sample($"{SampleName}.doc")));
        Assert.That(doc.Metadata.Number, Is.EqualTo("476/BC-UBND"));
        Assert.That(doc.Footnotes.Select(f => f.Number), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(doc.Footnotes.Select(f => (f.Number, f.Text)), Is.EqualTo(docx.Footnotes.Select(f => (f.Number, f.Text))));
        // Metadata, preamble, section labels, titles, levels, paragraph texts and footnotes, as `show --json` writes them.
        Assert.That(ReportJson.Write(doc), Is.EqualTo(ReportJson.Write(docx)));
    }

    [Test]
    public void The_real_doc_reads_with_its_header_sections_and_footnotes()
    {
        OutsidePrograms.RequireLibreOfficeWriter();
        var path = TestFiles.RealWorld("d03_BC_DeAn06_den_20-11-2025.doc");

        var report = ReportFile.Read(path);

        Assert.That(report.Source, Is.EqualTo(path));
        Assert.That(report.Metadata.Type, Is.EqualTo("báo cáo"));
        Assert.That(report.Metadata.Title, Is.EqualTo("Kết quả triển khai Đề án 06 trên địa bàn tỉnh Lâm Đồng tháng 11/2025"));
        Assert.That(report.Metadata.Province, Is.EqualTo("Lâm Đồng"));
        Assert.That(report.Metadata.Year, Is.EqualTo(2025));
        Assert.That(report.Sections.Select(s => $"{s.Label} {s.Title}"), Is.EqualTo(new[]
        {
            "I CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
            "II KẾT QUẢ CÁC MẶT CÔNG TÁC",
            "III PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI",
        }));
        Assert.That(report.Sections[1].Sections.Select(s => s.Label), Is.EqualTo(Enumerable.Range(1, 10).Select(n => $"{n}")));
        Assert.That(report.Footnotes.Select(f => f.Number), Is.EqualTo(Enumerable.Range(1, 7)));
        Assert.That(report.Footnotes[0].Text, Does.StartWith("Công văn số 2136/TGV ngày 20/10/2025"));
        var text = string.Join("\n", report.AllSections().SelectMany(s => s.Paragraphs).Select(p => p.Text));
        Assert.That(text, Does.Contain("toàn tỉnh đã triển khai cung cấp 2.184 dịch vụ công trực tuyến"));
        Assert.That(text, Does.Contain("124/124 xã, phường, đặc khu đã đồng loạt tổ chức Lễ ra quân"));
    }

    [Test]
    public void Conversions_at_once_each_get_their_own_document()
    {
        OutsidePrograms.RequireLibreOfficeWriter();
        // Vietnamese names, as offices give their files.
        var copies = Enumerable.Range(1, 4).Select(i => Path.Combine(folder, $"Báo cáo 6 tháng (bản {i}).doc")).ToList();
        copies.ForEach(copy => File.Copy(TestFiles.Sample($"{SampleName}.doc"), copy));
        var expected = ReportJson.Write(ReportFile.Read(TestFiles.Sample($"{SampleName}.docx")));

        var reports = copies.AsParallel().WithDegreeOfParallelism(4).Select(copy => ReportFile.Read(copy)).ToList();

        Assert.That(reports.Select(r => r.Source), Is.EquivalentTo(copies));
        Assert.That(reports.Select(ReportJson.Write), Has.All.EqualTo(expected));
    }

    [Test]
    public void A_missing_soffice_names_the_package_to_install()
    {
        var path = TestFiles.Sample($"{SampleName}.doc");
        var options = ReaderOptions.Default with { LibreOffice = LibreOfficeOptions.Default with { SofficePath = Path.Combine(folder, "no-soffice-here") } };

        var refusal = Assert.Throws<ReportReadException>(() => FormatReaders.Read(path, options))!;

        Assert.That(refusal.Failure, Is.EqualTo(ReadFailure.NeedsLibreoffice));
        Assert.That(refusal.Message, Does.StartWith($"{SampleName}.doc: Word 97-2003 (.doc) files are read through LibreOffice"));
        Assert.That(refusal.Message, Does.EndWith("apt-get install libreoffice-writer-nogui"));
        Assert.That(refusal.Message, Does.Not.Contain('\n'));
        Assert.That(new LibreOffice(options.LibreOffice).Problem, Does.EndWith("not found: apt-get install libreoffice-writer-nogui"));
    }

    [Test]
    public void LibreOffice_without_Writer_names_the_package_to_install()
    {
        // A program folder as libreoffice-calc-nogui alone leaves it: the core library, no Writer, and an soffice that opens no Word file.
        File.WriteAllText(Path.Combine(folder, "libmergedlo.so"), "");
        var soffice = FakeSoffice("echo 'Error: source file could not be loaded' >&2");

        var refusal = Assert.Throws<ReportReadException>(() => FormatReaders.Read(TestFiles.Sample($"{SampleName}.doc"), WithSoffice(soffice)))!;

        Assert.That(refusal.Failure, Is.EqualTo(ReadFailure.NeedsLibreoffice));
        Assert.That(refusal.Reason, Is.EqualTo("Word 97-2003 (.doc) files are read through LibreOffice Writer, which is not installed: apt-get install libreoffice-writer-nogui"));
        Assert.That(new LibreOffice(new LibreOfficeOptions(soffice, TimeSpan.FromSeconds(5))).Problem,
            Is.EqualTo("LibreOffice Writer is not installed: apt-get install libreoffice-writer-nogui"));
    }

    [Test]
    public void A_conversion_that_outlives_the_timeout_is_killed_with_its_children()
    {
        var childId = Path.Combine(folder, "child.pid");
        // As soffice does, the program starts a child that does the work.
        var soffice = FakeSoffice($"sleep 300 & echo $! > '{childId}'; wait");
        var options = WithSoffice(soffice) with { LibreOffice = new LibreOfficeOptions(soffice, TimeSpan.FromSeconds(1)) };

        var refusal = Assert.Throws<ReportReadException>(() => FormatReaders.Read(TestFiles.Sample($"{SampleName}.doc"), options))!;

        Assert.That(refusal.Failure, Is.EqualTo(ReadFailure.LimitExceeded));
        Assert.That(refusal.Message, Is.EqualTo($"{SampleName}.doc: LibreOffice's conversion to DOCX timed out after 1 s"));
        // SIGKILL takes effect asynchronously, and the orphan stays a zombie until init reaps it.
        var child = $"/proc/{File.ReadAllText(childId).Trim()}/stat";
        Assert.That(() => Running(child), Is.False.After(10_000, 50), "the child process was killed too");
    }

    [Test]
    public void A_conversion_works_in_a_folder_of_its_own_under_the_work_folder_and_removes_it()
    {
        var arguments = Path.Combine(folder, "arguments.txt");
        var soffice = FakeSoffice($"for a in \"$@\"; do echo \"$a\"; done > '{arguments}'; exit 1");
        var work = Directory.CreateDirectory(Path.Combine(folder, "work")).FullName;
        var options = WithSoffice(soffice) with { LibreOffice = LibreOfficeOptions.Default with { SofficePath = soffice, WorkFolder = work } };

        Assert.Throws<ReportReadException>(() => FormatReaders.Read(TestFiles.Sample($"{SampleName}.doc"), options));

        var outputFolder = File.ReadLines(arguments).SkipWhile(a => a != "--outdir").Skip(1).First();
        Assert.That(Path.GetDirectoryName(outputFolder), Is.EqualTo(work));
        Assert.That(Path.GetFileName(outputFolder), Does.StartWith("extractor-doc-"));
        Assert.That(Directory.EnumerateFileSystemEntries(work), Is.Empty);
    }

    [TestCase("truncated")]
    [TestCase("random")]
    public void A_damaged_doc_is_one_line_and_leaves_no_temporary_folder(string damage)
    {
        OutsidePrograms.RequireLibreOfficeWriter();
        var whole = File.ReadAllBytes(TestFiles.Sample($"{SampleName}.doc"));
        // Random bytes behind the OLE signature: without a named import filter LibreOffice would open them as text.
        var bytes = damage == "truncated" ? whole[..(whole.Length / 3)] : [.. whole[..8], .. Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7919 % 251))];
        var path = Path.Combine(folder, $"{damage}.doc");
        File.WriteAllBytes(path, bytes);
        // Conversions in a folder of this test's own, so that other processes converting at the same time are not counted.
        var work = Directory.CreateDirectory(Path.Combine(folder, "work")).FullName;
        var options = ReaderOptions.Default with { LibreOffice = LibreOfficeOptions.Default with { WorkFolder = work } };

        var refusal = Assert.Throws<ReportReadException>(() => FormatReaders.Read(path, options))!;

        Assert.That(refusal.Failure, Is.EqualTo(ReadFailure.Corrupt));
        Assert.That(refusal.Message, Is.EqualTo($"{damage}.doc: LibreOffice could not convert it as a Word 97-2003 document (source file could not be loaded)"));
        Assert.That(Directory.EnumerateFileSystemEntries(work), Is.Empty);
    }

    [Test]
    public void A_folder_ingest_stores_the_doc_under_its_own_name()
    {
        OutsidePrograms.RequireLibreOfficeWriter();
        File.Copy(TestFiles.Sample($"{SampleName}.doc"), Path.Combine(folder, $"{SampleName}.doc"));
        File.Copy(TestFiles.Sample("text/huyen-huu-lung-cong-van-2022.txt"), Path.Combine(folder, "huyen-huu-lung-cong-van-2022.txt"));
        using var store = SqliteReportStore.Open(Path.Combine(folder, "r.db"), create: true);

        var summary = new IngestBatch(store, new IngestOptions()).Run(InputFiles.Expand([folder]));

        Assert.That(summary, Has.Property("Ingested").EqualTo(2).And.Property("Failures").Empty);
        var reports = store.Records(ReportFilter.None).Select(r => r.Report).Distinct().ToList();
        Assert.That(reports, Is.EquivalentTo(new[] { $"{SampleName}.doc", "huyen-huu-lung-cong-van-2022.txt" }));
    }

    [Test]
    public void An_ingest_without_LibreOffice_counts_the_doc_by_its_reason()
    {
        var path = Path.Combine(folder, $"{SampleName}.doc");
        File.Copy(TestFiles.Sample($"{SampleName}.doc"), path);
        var options = WithSoffice(Path.Combine(folder, "no-soffice-here"));
        using var store = SqliteReportStore.Open(Path.Combine(folder, "r.db"), create: true);

        var summary = new IngestBatch(store, new IngestOptions(Reader: options)).Run(InputFiles.Expand([folder]));

        Assert.That(summary.FailuresByReason, Is.EqualTo(new Dictionary<string, int> { ["needs_libreoffice"] = 1 }));
    }

    private static ReaderOptions WithSoffice(string soffice) =>
        ReaderOptions.Default with { LibreOffice = LibreOfficeOptions.Default with { SofficePath = soffice } };

    private string FakeSoffice(string body)
    {
        var path = Path.Combine(folder, "soffice");
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("a shell script stands in for soffice here: not on Windows");
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    private static bool Running(string procStat)
    {
        try
        {
            return File.ReadAllText(procStat).Split(' ')[2] != "Z";
        }
        catch (IOException)
        {
            return false;
        }
    }
}
