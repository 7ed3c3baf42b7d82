using Extractor.Reading.LegacyText;

namespace Extractor.Samples;

/// <summary>One seed report and the sample made from it.</summary>
/// <param name="SeedPrefix">Start of the seed's file name ("002" for 002_f3ff35e304c2ac58.txt).</param>
/// <param name="Slug">Readable name of the sample, without extension.</param>
/// <param name="AutoNumberedParts">
/// Top-level parts whose Roman ("I.") and Arabic ("1.") labels become Word automatic numbering,
/// named by their label as written ("Phần I"); <see cref="SampleCatalog.BeforeFirstPart"/> names
/// the body before any part label (all of a letter). Every other label stays typed.
/// </param>
public sealed record SampleSeed(string SeedPrefix, string Slug, IReadOnlySet<string> AutoNumberedParts)
{
    public string FileName => Slug + ".docx";

    /// <summary>The PDF LibreOffice makes of the DOCX sample.</summary>
    public string PdfFileName => Slug + ".pdf";

    /// <summary>The PDF another producer made: <c>slug.producer.pdf</c>.</summary>
    public string PdfFileNameBy(string producer) => $"{Slug}.{producer}.pdf";

    /// <summary>The seed file in <paramref name="seeds"/>: as delivered ("002_f3ff35e304c2ac58.txt") or as kept in the repository ("huyen-van-quan-6-thang-2024.txt").</summary>
    public FileInfo Locate(DirectoryInfo seeds)
    {
        if (!seeds.Exists)
        {
            throw new DirectoryNotFoundException($"seed folder not found: {seeds.FullName}");
        }

        return seeds.GetFiles(SeedPrefix + "_*.txt").Concat(seeds.GetFiles(Slug + ".txt")).ToList() switch
        {
            [var one] => one,
            [] => throw new FileNotFoundException($"no seed {SeedPrefix}_*.txt or {Slug}.txt in {seeds.FullName}"),
            _ => throw new IOException($"several seeds for {SeedPrefix} in {seeds.FullName}"),
        };
    }
}

/// <summary>The seeds the samples are made from, and how each one is numbered.</summary>
public static class SampleCatalog
{
    public const string BeforeFirstPart = "";

    // Each sample mixes typed and automatic labels, so a reader must handle both in one document:
    // - 002: "Phần I" automatic (its Roman list skips III, so IV needs a restart at 4), "Phần II" typed
    //   (its Arabic list restarts at 1 under the new part).
    // - 003: "PHẦN THỨ NHẤT" automatic (I then III: a restart at 3; 1-3 then 5 under III: a restart
    //   at 5), decimal labels "1.1." and letters typed; "PHẦN THỨ HAI" has no labels.
    // - 004: a letter without parts: its "1."..."11." automatic, the typed "1.1."-"1.3." between them.
    public static IReadOnlyList<SampleSeed> Seeds { get; } =
    [
        new("002", "huyen-van-quan-6-thang-2024", new HashSet<string> { "Phần I" }),
        new("003", "xa-binh-trung-6-thang-2023", new HashSet<string> { "PHẦN THỨ NHẤT" }),
        new("004", "huyen-huu-lung-cong-van-2022", new HashSet<string> { BeforeFirstPart }),
    ];

    // PDFs from producers other than LibreOffice, each of the sample that suits it: Chromium prints
    // the commune report (two footnotes, a title block), the simple-font writer sets the short
    // letter (header and closing tables), the scan is a page of the commune report, and the long
    // generated report repeats the district report, which has footnotes on most pages.
    public const string ChromiumProducer = "chromium";
    public const string SimpleFontProducer = "simplefont";
    public const string ScanProducer = "scan";

    // The same scanned page with a garbage text layer from English-only OCR over it.
    public const string JunkOcrProducer = "junk-ocr";

    public static SampleSeed ChromiumSample => Seeds[1];

    public static SampleSeed SimpleFontSample => Seeds[2];

    public static SampleSeed ScanSample => Seeds[1];

    public static SampleSeed LongReportSample => Seeds[0];

    // The district report, which has the most footnotes (39, some of several paragraphs), with each note's number on a
    // line of its own: the DOCX and the PDF LibreOffice prints of it.
    public const string NoteLinesProducer = "note-lines";

    public static SampleSeed NoteLinesSample => Seeds[0];

    /// <summary>"huyen-van-quan-6-thang-2024.note-lines.docx".</summary>
    public static string NoteLinesDocxFileName => $"{NoteLinesSample.Slug}.{NoteLinesProducer}.docx";

    // Legacy encodings, each on a seed of its own: TCVN3 on the commune report (its title and part
    // headings in capitals need the H font), VNI on the letter.
    public static SampleSeed LegacySample(LegacyEncoding encoding) => encoding == LegacyEncoding.Tcvn3 ? Seeds[1] : Seeds[2];

    /// <summary>"xa-binh-trung-6-thang-2023.tcvn3.docx".</summary>
    public static string LegacyFileName(LegacyEncoding encoding) => $"{LegacySample(encoding).Slug}.{encoding.ToString().ToLowerInvariant()}.docx";

    /// <summary>The simple-font letter typed in a legacy encoding: "huyen-huu-lung-cong-van-2022.tcvn3.pdf".</summary>
    public static string LegacyPdfFileName(LegacyEncoding encoding) => SimpleFontSample.PdfFileNameBy(encoding.ToString().ToLowerInvariant());
}
