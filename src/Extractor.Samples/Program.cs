using System.CommandLine;
using Extractor.Reading;
using Extractor.Samples;

var seedsOption = new Option<DirectoryInfo>("--seeds") { Description = "Folder of seed reports (NNN_*.txt)", Required = true };
var outOption = new Option<DirectoryInfo>("--out") { Description = "Folder to write the DOCX samples to", Required = true };
var root = new RootCommand("Rebuilds the DOCX samples from the seed reports.") { seedsOption, outOption };
root.SetAction(parse => Run(() =>
{
    foreach (var sample in SampleGenerator.Generate(parse.GetValue(seedsOption)!, parse.GetValue(outOption)!))
    {
        Console.WriteLine($"{sample.Seed} -> {sample.Output}");
    }
}));

// LibreOffice stamps ZIP entries with the time of conversion; this makes its output rebuild byte for byte.
var packageArgument = new Argument<FileInfo>("package") { Description = "DOCX to rewrite in place" };
var normalize = new Command("normalize", "Rewrites a DOCX with fixed entry timestamps, keeping its content and entry order.") { packageArgument };
normalize.SetAction(parse => Run(() => DeterministicPackage.RepackFile(parse.GetValue(packageArgument)!.FullName)));
root.Subcommands.Add(normalize);

// Browsers and office programs stamp PDFs with the time and a random identifier; this makes their output rebuild byte for byte.
var pdfArgument = new Argument<FileInfo>("pdf") { Description = "PDF to rewrite in place" };
var normalizePdf = new Command("normalize-pdf", "Rewrites a PDF's dates and identifier to fixed values, keeping its length and offsets.") { pdfArgument };
normalizePdf.SetAction(parse => Run(() => DeterministicPdf.NormalizeFile(parse.GetValue(pdfArgument)!.FullName)));
root.Subcommands.Add(normalizePdf);

var pdfSeedsOption = new Option<DirectoryInfo>("--seeds") { Description = "Folder of seed reports", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("samples", "text")) };
var fileOutOption = new Option<FileInfo>("--out") { Description = "File to write", Required = true };

var html = new Command("html", $"Writes the {SampleCatalog.ChromiumSample.Slug} sample as HTML, for a browser to print to PDF.") { pdfSeedsOption, fileOutOption };
html.SetAction(parse => Run(() =>
{
    using var writer = new StreamWriter(parse.GetValue(fileOutOption)!.FullName, append: false, new System.Text.UTF8Encoding(false));
    HtmlSampleWriter.Write(ReadSeed(SampleCatalog.ChromiumSample, parse.GetValue(pdfSeedsOption)!), writer);
}));
root.Subcommands.Add(html);

var simpleFont = new Command("simple-font-pdf", $"Writes the {SampleCatalog.SimpleFontSample.Slug} sample as a PDF in non-embedded Times fonts with a WinAnsi + /Differences encoding.")
{
    pdfSeedsOption, fileOutOption,
};
simpleFont.SetAction(parse => Run(() =>
{
    using var output = File.Create(parse.GetValue(fileOutOption)!.FullName);
    Extractor.Samples.Pdf.SimpleFontPdfWriter.Write(ReadSeed(SampleCatalog.SimpleFontSample, parse.GetValue(pdfSeedsOption)!), output);
}));
root.Subcommands.Add(simpleFont);

var encodingOption = new Option<Extractor.Reading.LegacyText.LegacyEncoding>("--encoding") { Description = "Tcvn3 or Vni", Required = true };
var legacyDocx = new Command("legacy-docx", "Writes a DOCX sample typed in a legacy Vietnamese encoding: TCVN3 (.VnTime, .VnTimeH) or VNI (VNI-Times).")
{
    encodingOption, pdfSeedsOption, fileOutOption,
};
legacyDocx.SetAction(parse => Run(() =>
{
    var encoding = parse.GetValue(encodingOption);
    var sample = SampleCatalog.LegacySample(encoding);
    using var output = File.Create(parse.GetValue(fileOutOption)!.FullName);
    LegacyDocxWriter.Write(ReadSeed(sample, parse.GetValue(pdfSeedsOption)!), sample.AutoNumberedParts, encoding, output);
}));
root.Subcommands.Add(legacyDocx);

var noteLines = new Command("note-lines-docx", $"Writes the {SampleCatalog.NoteLinesSample.Slug} sample with each footnote's number on a line of its own above its text.")
{
    pdfSeedsOption, fileOutOption,
};
noteLines.SetAction(parse => Run(() =>
{
    using var output = File.Create(parse.GetValue(fileOutOption)!.FullName);
    NoteLinesDocxWriter.Write(ReadSeed(SampleCatalog.NoteLinesSample, parse.GetValue(pdfSeedsOption)!), SampleCatalog.NoteLinesSample.AutoNumberedParts, output);
}));
root.Subcommands.Add(noteLines);

var legacyPdf = new Command("legacy-pdf", $"Writes the {SampleCatalog.SimpleFontSample.Slug} sample as the simple-font PDF, typed in TCVN3 (.VnTime, .VnTimeH) or VNI (VNI-Times) as Word prints it.")
{
    encodingOption, pdfSeedsOption, fileOutOption,
};
legacyPdf.SetAction(parse => Run(() =>
{
    using var output = File.Create(parse.GetValue(fileOutOption)!.FullName);
    Extractor.Samples.Pdf.SimpleFontPdfWriter.WriteLegacy(ReadSeed(SampleCatalog.SimpleFontSample, parse.GetValue(pdfSeedsOption)!), parse.GetValue(encodingOption), output);
}));
root.Subcommands.Add(legacyPdf);

var pagesOption = new Option<int>("--pages") { Description = "Number of pages", DefaultValueFactory = _ => 500 };
var longPdf = new Command("long-pdf", $"Writes a report of --pages pages in the simple-font writer's way, repeating the {SampleCatalog.LongReportSample.Slug} sample, for reading benchmarks.")
{
    pagesOption, pdfSeedsOption, fileOutOption,
};
longPdf.Validators.Add(result =>
{
    if (result.GetValue(pagesOption) < 1)
    {
        result.AddError("--pages must be at least 1");
    }
});
longPdf.SetAction(parse => Run(() =>
{
    using var output = File.Create(parse.GetValue(fileOutOption)!.FullName);
    Extractor.Samples.Pdf.SimpleFontPdfWriter.WriteLongReport(ReadSeed(SampleCatalog.LongReportSample, parse.GetValue(pdfSeedsOption)!), parse.GetValue(pagesOption), output);
}));
root.Subcommands.Add(longPdf);

var imageOption = new Option<FileInfo[]>("--image") { Description = "JPEG of a scanned page, once per page in page order", Required = true, AllowMultipleArgumentsPerToken = true };
var scanPdf = new Command("scan-pdf", "Wraps JPEGs as a PDF of one image per page without text, as a scanner makes it.") { imageOption, fileOutOption };
scanPdf.SetAction(parse => Run(() =>
{
    var pages = parse.GetValue(imageOption)!.Select(image => File.ReadAllBytes(image.FullName)).ToList();
    using var output = File.Create(parse.GetValue(fileOutOption)!.FullName);
    Extractor.Samples.Pdf.ScanPdfWriter.Write(pages, output);
}));
root.Subcommands.Add(scanPdf);

var pageImageOption = new Option<FileInfo>("--image") { Description = "JPEG of page 1 of the sample, as the scan-pdf command gets it", Required = true };
var junkOcrPdf = new Command("junk-ocr-pdf", $"Wraps a JPEG of page 1 of the {SampleCatalog.ScanSample.Slug} sample as a scan with an invisible text layer of what English-only OCR reads there.")
{
    pageImageOption, pdfSeedsOption, fileOutOption,
};
junkOcrPdf.SetAction(parse => Run(() =>
{
    var jpeg = File.ReadAllBytes(parse.GetValue(pageImageOption)!.FullName);
    var seed = ReadSeed(SampleCatalog.ScanSample, parse.GetValue(pdfSeedsOption)!);
    using var output = File.Create(parse.GetValue(fileOutOption)!.FullName);
    Extractor.Samples.Pdf.ScanPdfWriter.WriteWithEnglishOcr(jpeg, seed, output);
}));
root.Subcommands.Add(junkOcrPdf);

return root.Parse(args).Invoke();

static Extractor.Reading.RawDocument ReadSeed(SampleSeed sample, DirectoryInfo seeds) => FormatReaders.Read(sample.Locate(seeds).FullName);

static int Run(Action action)
{
    try
    {
        action();
        return 0;
    }
    catch (Exception e) when (e is IOException or ReportReadException or InvalidDataException or InvalidOperationException)
    {
        Console.Error.WriteLine($"extractor-samples: {e.Message}");
        return 1;
    }
}
