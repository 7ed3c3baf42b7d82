using System.Runtime.InteropServices;
using Extractor.Pdf;
using Extractor.Pdf.Content;

namespace Extractor.Benchmarks;

/// <summary>
/// Pages per second for opening PDFs and reading every page's glyphs, rules and images with PageContentReader, beside
/// PdfPig reading every page's letters and pdftotext's full text extraction of the same files, in alternating rounds of
/// the same run (see <see cref="PdfFileLayerBenchmark.Measure"/>); each given as a ratio to pdftotext.
/// </summary>
internal sealed class PdfGlyphBenchmark : IBenchmark
{
    private static readonly string[] DefaultFiles = ["p02_BC_chi_so_tinh_0611.pdf", "p03_TTXT_BC_PCI_DDCI_0511.pdf", "p10_VB8977_BNV_vntime_font.pdf"];

    public string Name => "pdf-glyphs";

    public string Description => "pdf-glyphs [PDF...]: open + PageContentReader on every page vs PdfPig's letters and pdftotext, pages/s (default: p02, p03, p10 of ../shared/realworld)";

    public int Run(string[] arguments)
    {
        var files = arguments.Length > 0
            ? arguments.ToList()
            : RepositoryPaths.Root() is { } root ? DefaultFiles.Select(name => Path.Combine(root, "..", "shared", "realworld", name)).Where(File.Exists).ToList() : [];
        if (files.Count == 0)
        {
            Console.Error.WriteLine("no PDFs found; pass files, or provide ../shared/realworld next to the repository");
            return 1;
        }

        var pagesPerRound = files.Sum(file => PdfDocument.Open(file).PageCount);
        Console.WriteLine($"{files.Count} PDFs, {pagesPerRound} pages, {files.Sum(ReadGlyphs)} glyphs (PdfPig: {files.Sum(PdfPigContenders.ReadLetters)} letters) per round; {Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");

        var havePdftotext = PdfFileLayerBenchmark.PdftotextAvailable();
        Action<string>[] contenders = [file => ReadGlyphs(file), file => PdfPigContenders.ReadLetters(file)];
        var rates = PdfFileLayerBenchmark.Measure(files, pagesPerRound, havePdftotext ? [.. contenders, PdfFileLayerBenchmark.RunPdftotext] : contenders);
        var pdftotext = havePdftotext ? rates[2] : (double?)null;
        PdfFileLayerBenchmark.Report("glyph layer (open + PageContentReader on every page)", rates[0], pdftotext);
        PdfFileLayerBenchmark.Report("PdfPig 0.1.16 (open + letters of every page)", rates[1], pdftotext);
        if (pdftotext is { } rate)
        {
            PdfFileLayerBenchmark.Report("pdftotext (full text extraction, process start included)", rate, rate);
        }
        else
        {
            Console.WriteLine("pdftotext not found (apt: poppler-utils); no comparison");
        }

        return 0;
    }

    private static int ReadGlyphs(string file)
    {
        var document = PdfDocument.Open(file);
        return document.Pages.Sum(page => PageContentReader.Read(document, page).Glyphs.Count);
    }
}
