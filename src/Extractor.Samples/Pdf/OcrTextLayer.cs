using Extractor.Reading;

namespace Extractor.Samples.Pdf;

/// <summary>
/// The invisible text (render mode 3) scanner software lays over a page image so that the scan can be
/// searched, with the fonts it is drawn in.
/// </summary>
internal sealed record OcrTextLayer(byte[] Content, IFontSet Fonts)
{
    private const ulong Seed = 2023;

    /// <summary>Page 1 of <paramref name="report"/> as our writer lays it out (the scan's page, line for line near enough), read by OCR that knows only English.</summary>
    public static OcrTextLayer EnglishOcrOfFirstPage(RawDocument report)
    {
        var fonts = new StandardTimesFonts(SimpleFontEncoding.For(EnglishOcrMisreading.Characters));
        var misreading = new EnglishOcrMisreading(Seed);
        var notes = report.Footnotes.ToDictionary(n => n.Number);
        var pages = new List<byte[]>();
        ReportLayout.Compose(report, new PageComposer(fonts, n => ReportLayout.Note(notes[n], n), pages.Add, misreading.Misread));
        return new OcrTextLayer([.. "3 Tr\n"u8, .. pages[0]], fonts);
    }
}
