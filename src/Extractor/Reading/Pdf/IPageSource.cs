namespace Extractor.Reading.Pdf;

/// <summary>
/// The one thing a PDF engine implements for the reader: a document's pages as they draw them (<see cref="DrawnPage"/>),
/// on which the legacy-font decoding, OCR and layout stages run. <see cref="ExtractorPdfPageSource"/> is ours; another
/// engine's letters (for a differential test) come in through another implementation and nothing else.
/// </summary>
internal interface IPageSource
{
    /// <summary>
    /// The pages in order, each read when the enumeration reaches it, so that memory stays flat in the page count.
    /// A file the engine cannot read surfaces as a <see cref="ReportReadException"/>.
    /// </summary>
    IEnumerable<DrawnPage> Pages { get; }

    /// <summary>What the engine repaired to read the file, in order; complete once <see cref="Pages"/> has been read.</summary>
    IReadOnlyList<string> Repairs { get; }
}
