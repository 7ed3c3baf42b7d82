using Extractor.Reading.LegacyWord;
using Extractor.Reading.Ocr;

namespace Extractor.Reading;

/// <summary>
/// Limits that keep hostile or broken files from exhausting memory or time.
/// Every limit hit is reported as a <see cref="ReportReadException"/> naming it.
/// </summary>
/// <param name="MaxFileBytes">Largest input file accepted, and the most a package or one PDF stream may unpack to.</param>
/// <param name="MaxPartCharacters">Largest XML part (characters) a package may hold; guards zip and XML bombs.</param>
/// <param name="MaxNestingDepth">Deepest element nesting accepted in a part (tables in tables, runs in fields...), and of PDF arrays, dictionaries and page trees.</param>
/// <param name="MaxParagraphs">Most paragraphs in one document.</param>
/// <param name="MaxCompressionRatio">Largest uncompressed/compressed ratio of a package entry.</param>
public sealed record ReaderOptions(
    long MaxFileBytes = 256L * 1024 * 1024,
    long MaxPartCharacters = 64L * 1024 * 1024,
    int MaxNestingDepth = 128,
    int MaxParagraphs = 500_000,
    int MaxCompressionRatio = 200)
{
    public static ReaderOptions Default { get; } = new();

    /// <summary>How pages without a text layer are read.</summary>
    public OcrOptions Ocr { get; init; } = OcrOptions.Default;

    /// <summary>How Word 97-2003 files are converted to DOCX.</summary>
    public LibreOfficeOptions LibreOffice { get; init; } = LibreOfficeOptions.Default;

    /// <summary>
    /// Longest a PDF may take to read, OCR included, checked page by page; past it the file is refused as over a limit
    /// and a batch goes on. Thirty minutes is a 900-page scan at Tesseract's 2 s a page on one core.
    /// </summary>
    public TimeSpan MaxReadingTime { get; init; } = TimeSpan.FromMinutes(30);
}
