using Extractor.Layout;
using Extractor.Model;
using Extractor.Reading;
using Extractor.Reading.Pdf;
using Extractor.Tests.Reading.Pdf;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace Extractor.Benchmarks;

/// <summary>PdfPig, the tests' oracle, as the PDF benchmarks run it beside our own layer: its letters, and our reading fed them.</summary>
internal static class PdfPigContenders
{
    /// <summary>Opens the file and reads every page's letters; returns how many.</summary>
    public static int ReadLetters(string file)
    {
        using var document = PigDocument.Open(file);
        return document.GetPages().Sum(page => page.Letters.Count);
    }

    /// <summary>Our whole reading (layout, sections, metadata) of PdfPig's letters, through the tests' page source.</summary>
    public static Report ReadThroughOurLayout(string file) =>
        ReportAssembler.Assemble(PdfReader.Read(file, new PdfPigPageSource(file), ReaderOptions.Default));
}
