using System.Runtime.InteropServices;
using Extractor.Pdf;
using Extractor.Pdf.Content;

namespace Extractor.Benchmarks;

/// <summary>
/// Pages per second for opening PDFs and reading every page's glyphs, rules and images with PageContentReader, against
/// pdftotext's full text extraction of the same files in alternating rounds of the same run (see
/// <see cref="PdfFileLayerBenchmark.Measure"/>).
/// </summary>
internal sealed class PdfGlyphBenchmark : IBenchmark
{
    private static readonly string[] DefaultFiles = ["p02_BC_chi_so_tinh_0611.pdf", "p03_TTXT_BC_PCI_DDCI_0511.pdf", "p10_VB8977_BNV_vntime_font.pdf"];

    public string Name => "pdf-glyphs";

    public string Description => "pdf-glyphs [PDF...]: open + PageContentReader on every page vs pdftotext, pages/s (default: p02, p03, p10 of ../shared/realworld)";

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
        Console.WriteLine($"{files.Count} PDFs, {pagesPerRound} pages and {files.Sum(ReadGlyphs)} glyphs per round; {Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");

        var havePdftotext = PdfFileLayerBenchmark.PdftotextAvailable();
        var rates = PdfFileLayerBenchmark.Measure(files, pagesPerRound, havePdftotext ? [file => ReadGlyphs(file), PdfFileLayerBenchmark.RunPdftotext] : [file => ReadGlyphs(file)]);
        Console.WriteLine($"glyph layer (open + PageContentReader on every page): {rates[0]:N0} pages/s");
        if (!havePdftotext)
        {
            Console.WriteLine("pdftotext not found (apt: poppler-utils); no comparison");
            return 0;
        }

        Console.WriteLine($"pdftotext (full text extraction, process start included): {rates[1]:N0} pages/s");
        Console.WriteLine($"ratio: {rates[0] / rates[1]:N1}x");
        return 0;
    }

    private static int ReadGlyphs(string file)
    {
        var document = PdfDocument.Open(file);
        return document.Pages.Sum(page => PageContentReader.Read(document, page).Glyphs.Count);
    }
}
