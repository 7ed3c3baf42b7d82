using System.Diagnostics;
using System.Runtime.InteropServices;
using Extractor.Pdf;
using Extractor.Reading;

namespace Extractor.Benchmarks;

/// <summary>
/// Pages per second of our whole PDF reading (file to Report: glyphs, layout, sections,
/// metadata) beside PdfPig's letters, our reading fed PdfPig's letters, and pdftotext on the
/// same files, in alternating rounds, each as a ratio to pdftotext; then the peak
/// memory of reading one long generated report in a child process, which must stay flat
/// in the page count.
/// </summary>
internal sealed class PdfReaderBenchmark : IBenchmark
{
    private const string ChildFlag = "--peak-memory-of";
    private const int LongReportPages = 500;

    public string Name => "pdf-reader";

    public string Description =>
        "pdf-reader [--long FILE.pdf] [PDF or folder...]: whole PDF reading vs PdfPig and pdftotext, pages/s; peak memory on a 500-page report (default: samples/ and ../shared/realworld)";

    public int Run(string[] arguments)
    {
        if (arguments.Length == 2 && arguments[0] == ChildFlag)
        {
            return ReportPeakMemory(arguments[1]);
        }

        var longIndex = Array.IndexOf(arguments, "--long");
        var longReport = longIndex >= 0 && longIndex + 1 < arguments.Length ? arguments[longIndex + 1] : null;
        var files = Readable(PdfFiles(longIndex >= 0 ? arguments.Where((_, i) => i != longIndex && i != longIndex + 1).ToArray() : arguments));
        if (files.Count == 0)
        {
            Console.Error.WriteLine("no PDFs with a text layer found; pass files or folders");
            return 1;
        }

        var pagesPerRound = files.Sum(file => PdfDocument.Open(file).PageCount);
        Console.WriteLine($"{files.Count} PDFs, {pagesPerRound} pages per round; {Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        var havePdftotext = PdfFileLayerBenchmark.PdftotextAvailable();
        Action<string>[] contenders = [file => ReportFile.Read(file), file => PdfPigContenders.ReadLetters(file), file => PdfPigContenders.ReadThroughOurLayout(file)];
        var rates = PdfFileLayerBenchmark.Measure(files, pagesPerRound, havePdftotext ? [.. contenders, PdfFileLayerBenchmark.RunPdftotext] : contenders);
        var pdftotext = havePdftotext ? rates[3] : (double?)null;
        PdfFileLayerBenchmark.Report("our PDF reading (file to Report; goal >= 0.5x pdftotext)", rates[0], pdftotext);
        PdfFileLayerBenchmark.Report("PdfPig 0.1.16 letters (open + letters of every page)", rates[1], pdftotext);
        PdfFileLayerBenchmark.Report("our reading fed PdfPig's letters (file to Report)", rates[2], pdftotext);
        if (pdftotext is { } rate)
        {
            PdfFileLayerBenchmark.Report("pdftotext (text only)", rate, rate);
        }
        else
        {
            Console.WriteLine("pdftotext not found (apt: poppler-utils); no comparison");
        }

        return MeasureLongReport(longReport);
    }

    /// <summary>Reads one file in this (child) process and prints its peak working set and the GC's largest heap.</summary>
    private static int ReportPeakMemory(string file)
    {
        var clock = Stopwatch.StartNew();
        var report = ReportFile.Read(file);
        var seconds = clock.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var paragraphs = report.AllSections().Sum(s => s.Paragraphs.Count);
        Console.WriteLine($"{self.PeakWorkingSet64 / (1024 * 1024)} {GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024)} {seconds:F1} {paragraphs}");
        return 0;
    }

    private static int MeasureLongReport(string? file)
    {
        var root = RepositoryPaths.Root();
        if (file is null && root is not null)
        {
            file = Path.Combine(Path.GetTempPath(), $"extractor-long-{LongReportPages}.pdf");
            if (!File.Exists(file))
            {
                Console.WriteLine($"generating a {LongReportPages}-page report: dotnet run --project src/Extractor.Samples -c Release -- long-pdf --pages {LongReportPages} --out {file}");
                RunToEnd("dotnet", ["run", "--project", Path.Combine(root, "src", "Extractor.Samples"), "-c", "Release", "--", "long-pdf", "--pages", $"{LongReportPages}", "--out", file]);
            }
        }

        if (file is null || !File.Exists(file))
        {
            Console.WriteLine("no long report to measure peak memory on (pass --long FILE.pdf)");
            return 1;
        }

        var host = Environment.ProcessPath!;
        string[] self = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [typeof(PdfReaderBenchmark).Assembly.Location] : [];
        var fields = RunToEnd(host, [.. self, "pdf-reader", ChildFlag, file]).Trim().Split(' ');
        var pages = PdfDocument.Open(file).PageCount;
        Console.WriteLine($"peak memory reading {Path.GetFileName(file)} ({pages} pages, {fields[3]} paragraphs, {fields[2]} s): working set {fields[0]} MB, GC heap after {fields[1]} MB (goal < 300 MB)");
        return 0;
    }


    private static string RunToEnd(string program, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    /// <summary>The files we can read to a report without OCR: scans are left out of the speed comparison (see the ocr benchmark).</summary>
    private static List<string> Readable(List<string> files) => files.Where(file =>
    {
        try
        {
            ReportFile.Read(file, ReaderOptions.Default with { Ocr = Extractor.Reading.Ocr.OcrOptions.Disabled });
            return true;
        }
        catch (ReportReadException)
        {
            return false;
        }
    }).ToList();

    private static List<string> PdfFiles(string[] arguments)
    {
        var root = RepositoryPaths.Root();
        var roots = arguments.Length > 0 ? arguments
            : root is null ? [] : [Path.Combine(root, "samples"), Path.Combine(root, "..", "shared", "realworld")];
        return roots
            .SelectMany<string, string>(path => Directory.Exists(path) ? Directory.GetFiles(path, "*.pdf").Order(StringComparer.Ordinal) : File.Exists(path) ? [path] : [])
            .ToList();
    }
}
