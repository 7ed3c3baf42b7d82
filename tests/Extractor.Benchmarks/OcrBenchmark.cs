using System.Diagnostics;
using Extractor.Pdf;
using Extractor.Pdf.Content;
using Extractor.Reading;

namespace Extractor.Benchmarks;

/// <summary>
/// OCR of a scanned PDF: our whole reading (page images taken from the file, Tesseract on each, layout) against
/// Tesseract alone on the same images, which gives the share spent in Tesseract, and against rendering each page at
/// 300 dpi with pdftoppm before Tesseract (the usual way), on the first --pages pages.
/// </summary>
internal sealed class OcrBenchmark : IBenchmark
{
    public string Name => "ocr";

    public string Description => "OCR of the scanned sample (or a given PDF): pages/s, Tesseract's share, ratio to pdftoppm -r 300 + tesseract [FILE] [--pages N]";

    public int Run(string[] arguments)
    {
        var pagesAt = Array.IndexOf(arguments, "--pages");
        var renderedPages = pagesAt >= 0 && pagesAt + 1 < arguments.Length ? int.Parse(arguments[pagesAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var file = arguments.FirstOrDefault(a => a.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            ?? (RepositoryPaths.Root() is { } root ? Path.Combine(root, "samples", "xa-binh-trung-6-thang-2023.scan.pdf") : null);
        if (file is null || !File.Exists(file))
        {
            Console.Error.WriteLine("no scanned PDF found; pass one");
            return 2;
        }

        var parallelism = ReaderOptions.Default.Ocr.Parallelism;
        var images = PageImages(file);
        Console.WriteLine($"{Path.GetFileName(file)}: {images.Count} pages; {Environment.ProcessorCount} CPUs, {parallelism} pages at once");

        var ours = Stopwatch.StartNew();
        ReportFile.Read(file);
        ours.Stop();
        var perPage = ours.Elapsed.TotalSeconds / images.Count;
        Console.WriteLine($"our OCR reading (file to Report): {images.Count / ours.Elapsed.TotalSeconds:N2} pages/s, {perPage:N2} s per page");

        var tesseract = Stopwatch.StartNew();
        Parallel.ForEach(images, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, image => Tesseract(image, parallelism));
        tesseract.Stop();
        var share = tesseract.Elapsed.TotalSeconds / ours.Elapsed.TotalSeconds;
        Console.WriteLine($"tesseract alone on the same images: {tesseract.Elapsed.TotalSeconds / images.Count:N2} s per page; share of our time: Tesseract {share:P0}, our code {1 - Math.Min(1, share):P0}");

        if (!Available("pdftoppm"))
        {
            Console.WriteLine("pdftoppm not found (apt: poppler-utils); no comparison with rendering");
            return 0;
        }

        var pages = Math.Min(renderedPages, images.Count);
        var rendered = Stopwatch.StartNew();
        Parallel.For(1, pages + 1, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, page => RenderAndRecognize(file, page, parallelism));
        rendered.Stop();
        var renderedPerPage = rendered.Elapsed.TotalSeconds / pages;
        Console.WriteLine($"pdftoppm -r 300 + tesseract ({pages} pages): {1 / renderedPerPage:N2} pages/s, {renderedPerPage:N2} s per page");
        Console.WriteLine($"ratio: ours {renderedPerPage / perPage:N2}x as fast");
        return 0;
    }

    /// <summary>Each page's scan written as the file stores it (the sample's are JPEGs).</summary>
    private static List<string> PageImages(string file)
    {
        var document = PdfDocument.Open(file);
        var folder = Directory.CreateTempSubdirectory("extractor-ocr-bench-").FullName;
        return document.Pages.Select(page =>
        {
            var image = PageContentReader.Read(document, page).Images.MaxBy(i => i.Width * i.Height)!.Source!.Read();
            var path = Path.Combine(folder, $"page-{page.Number:D3}.jpg");
            File.WriteAllBytes(path, image.Data.ToArray());
            return path;
        }).ToList();
    }

    private static void RenderAndRecognize(string file, int page, int parallelism)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"extractor-ocr-bench-{Guid.NewGuid():N}");
        var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        RunToEnd("pdftoppm", ["-r", "300", "-gray", "-png", "-f", number, "-l", number, "-singlefile", file, prefix], parallelism);
        Tesseract(prefix + ".png", parallelism);
        File.Delete(prefix + ".png");
    }

    private static void Tesseract(string image, int parallelism) => RunToEnd("tesseract", [image, "stdout", "-l", "vie", "hocr"], parallelism);

    private static void RunToEnd(string program, string[] arguments, int parallelism)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (parallelism > 1)
        {
            start.Environment["OMP_THREAD_LIMIT"] = "1";
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        errors.Wait();
    }

    private static bool Available(string program) =>
        Environment.GetEnvironmentVariable("PATH")?.Split(':').Any(dir => File.Exists(Path.Combine(dir, program))) == true;
}
