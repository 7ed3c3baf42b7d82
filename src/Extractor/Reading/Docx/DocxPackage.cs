using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Reading.Docx;

/// <summary>
/// The package layer (ZIP, System.IO.Packaging and the OpenXML SDK's parts, content types, relationships and
/// element trees) behind one boundary: opening the package loads every part the reader reads, so that whatever
/// that layer throws on a damaged or hostile package becomes a <see cref="ReportReadException"/> here, and the
/// reading past this point (our own code) runs on trees already in memory, where an exception is a bug of ours.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    private readonly WordprocessingDocument _document;

    private DocxPackage(WordprocessingDocument document, W.Body body)
    {
        _document = document;
        Body = body;
        var main = document.MainDocumentPart!;
        Styles = main.StyleDefinitionsPart?.Styles;
        Numbering = main.NumberingDefinitionsPart?.Numbering;
        Footnotes = main.FootnotesPart?.Footnotes;
        Endnotes = main.EndnotesPart?.Endnotes;
    }

    public W.Body Body { get; }

    public W.Styles? Styles { get; }

    public W.Numbering? Numbering { get; }

    public W.Footnotes? Footnotes { get; }

    public W.Endnotes? Endnotes { get; }

    /// <summary>Opens the package within the limits and loads its story parts; every failure is one line naming the file.</summary>
    public static DocxPackage Open(string path, ReaderOptions options)
    {
        WordprocessingDocument? document = null;
        try
        {
            DocxPackageLimits.CheckEntries(path, options);
            // Markup compatibility is left unprocessed (the default): the story reader picks the
            // choice of each mc:AlternateContent itself, so text boxes are read once.
            document = WordprocessingDocument.Open(path, false, new OpenSettings { MaxCharactersInPart = options.MaxPartCharacters });
            var main = document.MainDocumentPart
                ?? throw new ReportReadException(path, ReadFailure.Corrupt, "package has no main document part");
            CheckParts(path, options, main);
            var body = main.Document?.Body
                ?? throw new ReportReadException(path, ReadFailure.Corrupt, "main document part has no body");
            return new DocxPackage(document, body);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            document?.Dispose();
            throw e switch
            {
                ReportReadException => e,
                InvalidDataException or EndOfStreamException => new ReportReadException(path, ReadFailure.Corrupt, "damaged or truncated ZIP package", e),
                // Any other exception out of the package layer (ArgumentException for a bad content type or part name,
                // XmlException, OpenXmlPackageException...) is what this package does to that layer; the innermost says why.
                _ => new ReportReadException(path, ReadFailure.Corrupt, $"not a readable Word package ({FirstLine(e.GetBaseException().Message)})", e),
            };
        }
    }

    public void Dispose() => _document.Dispose();

    /// <summary>Streams through the parts read before their trees are built: nesting and paragraph limits, malformed XML named by part.</summary>
    private static void CheckParts(string path, ReaderOptions options, MainDocumentPart main)
    {
        var paragraphs = 0;
        foreach (var part in new OpenXmlPart?[] { main, main.StyleDefinitionsPart, main.NumberingDefinitionsPart, main.FootnotesPart, main.EndnotesPart })
        {
            paragraphs += DocxPackageLimits.ScanPart(path, part, options);
        }

        if (paragraphs > options.MaxParagraphs)
        {
            throw new ReportReadException(path, ReadFailure.LimitExceeded,
                $"{paragraphs:N0} paragraphs, over the limit of {options.MaxParagraphs:N0}");
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.AsSpan();
        var end = line.IndexOfAny('\r', '\n');
        line = end >= 0 ? line[..end] : line;
        return line.Length > 120 ? string.Concat(line[..117], "...") : line.ToString();
    }
}
