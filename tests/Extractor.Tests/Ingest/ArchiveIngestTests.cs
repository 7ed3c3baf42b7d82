using Extractor.Ingest;
using Extractor.Reading;
using Extractor.Reading.LegacyWord;
using Extractor.Reading.Ocr;
using Extractor.Store;
using Extractor.Tests.Reading.LegacyWord;
using Extractor.Tests.Reading.Ocr;
using NUnit.Framework;

namespace Extractor.Tests.Ingest;

/// <summary>
/// An archive as it comes: a scan, a scan under a garbage English-OCR layer, a Word 97 .doc and
/// TCVN3/VNI documents in one folder. Every file goes in where the tools are there; where they
/// are not, the summary says which files need OCR or LibreOffice; garbage never reaches the index.
/// </summary>
public sealed class ArchiveIngestTests
{
    private static readonly string[] Archive =
    [
        "xa-binh-trung-6-thang-2023.scan.pdf",
        "xa-binh-trung-6-thang-2023.junk-ocr.pdf",
        "xa-binh-trung-6-thang-2023.doc",
        "xa-binh-trung-6-thang-2023.tcvn3.docx",
        "huyen-huu-lung-cong-van-2022.vni.docx",
        "huyen-huu-lung-cong-van-2022.tcvn3.pdf",
        "huyen-huu-lung-cong-van-2022.vni.pdf",
    ];

    // Words of the junk layer (pdftotext shows them) that no Vietnamese text or its OCR contains, folded as searches fold.
    private static readonly string[] JunkWords = ["hrnh", "nqay", "nhicm", "trarh"];

    [Test]
    public void Every_file_of_a_mixed_archive_goes_in_with_readable_text()
    {
        OutsidePrograms.RequireTesseract();
        OutsidePrograms.RequireLibreOfficeWriter();
        var database = Path.Combine(TestFiles.TempDirectory(), "archive.db");

        using var store = ReportStores.Open(database, create: true);
        var summary = new IngestBatch(store, new IngestOptions()).Run(InputFiles.Expand([ArchiveFolder()]));

        Assert.That(summary.Failures.Select(f => f.Message), Is.Empty);
        Assert.That((summary.Ingested, summary.Twins), Is.EqualTo((2, Archive.Length - 2)), "two documents, each read from its best file");
        Assert.That(store.ReportFiles().Select(r => (Path.GetFileName(r.Path), string.Join(" ", r.Files.Select(f => $"{Path.GetFileName(f.Path)}:{f.Format}")))), Is.EqualTo(new[]
        {
            ("huyen-huu-lung-cong-van-2022.vni.docx",
                "huyen-huu-lung-cong-van-2022.vni.docx:docx huyen-huu-lung-cong-van-2022.tcvn3.pdf:pdf huyen-huu-lung-cong-van-2022.vni.pdf:pdf"),
            ("xa-binh-trung-6-thang-2023.tcvn3.docx",
                "xa-binh-trung-6-thang-2023.tcvn3.docx:docx xa-binh-trung-6-thang-2023.doc:doc xa-binh-trung-6-thang-2023.junk-ocr.pdf:scan xa-binh-trung-6-thang-2023.scan.pdf:scan"),
        }));
        foreach (var word in JunkWords)
        {
            Assert.That(store.Search(new SearchQuery(word, ReportFilter.None)).Hits, Is.Empty, $"junk word '{word}' reached the index");
        }

        // A phrase of page 1's body, typed with diacritics, is found in the report, read from the TCVN3 copy.
        var reports = store.Search(new SearchQuery("\"chỉ đạo triển khai\"", ReportFilter.None, Limit: 1000, Exact: true)).Hits.Select(h => h.Report).Distinct();
        Assert.That(reports, Is.EqualTo(new[] { "xa-binh-trung-6-thang-2023.tcvn3.docx" }));
    }

    [Test]
    public void Without_Tesseract_and_LibreOffice_the_summary_names_what_each_file_needs()
    {
        var missing = Path.Combine(TestFiles.TempDirectory(), "not-installed");
        var reader = ReaderOptions.Default with
        {
            Ocr = OcrOptions.Default with { TesseractPath = missing },
            LibreOffice = LibreOfficeOptions.Default with { SofficePath = missing },
        };
        var database = Path.Combine(TestFiles.TempDirectory(), "archive.db");

        using var store = ReportStores.Open(database, create: true);
        var summary = new IngestBatch(store, new IngestOptions(Reader: reader)).Run(InputFiles.Expand([ArchiveFolder()]));

        Assert.That((summary.Ingested, summary.Twins), Is.EqualTo((2, 2)), "the TCVN3 and VNI documents need no outside program; the letter's PDFs are twins of its DOCX");
        Assert.That(summary.Failures.Select(f => (Path.GetFileName(f.File), f.Reason)).Order(), Is.EqualTo(new[]
        {
            ("xa-binh-trung-6-thang-2023.doc", "needs_libreoffice"),
            ("xa-binh-trung-6-thang-2023.junk-ocr.pdf", "needs_ocr"),
            ("xa-binh-trung-6-thang-2023.scan.pdf", "needs_ocr"),
        }));
        Assert.That(summary.Failures.Select(f => f.Message), Has.All.Contains("apt-get install"));
        foreach (var word in JunkWords)
        {
            Assert.That(store.Search(new SearchQuery(word, ReportFilter.None)).Hits, Is.Empty, $"junk word '{word}' reached the index");
        }
    }

    private static string ArchiveFolder()
    {
        var folder = TestFiles.TempDirectory();
        foreach (var file in Archive)
        {
            File.Copy(TestFiles.Sample(file), Path.Combine(folder, file));
        }

        return folder;
    }
}
