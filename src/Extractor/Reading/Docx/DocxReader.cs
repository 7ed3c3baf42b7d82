using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Extractor.Model;

namespace Extractor.Reading.Docx;

/// <summary>
/// Reads Word .docx files (OpenXML) into body paragraphs and tables in document order, with
/// footnotes and endnotes numbered as a reader sees them, automatic numbering labels and
/// outline levels as layout hints. Page headers and footers are not body content and are not read.
/// </summary>
internal sealed class DocxReader : IFormatReader
{
    public RawDocument Read(string path, ReaderOptions options)
    {
        try
        {
            DocxPackageLimits.CheckEntries(path, options);
            // Markup compatibility is left unprocessed (the default): the story reader picks the
            // choice of each mc:AlternateContent itself, so text boxes are read once.
            using var document = WordprocessingDocument.Open(path, false, new OpenSettings { MaxCharactersInPart = options.MaxPartCharacters });
            var main = document.MainDocumentPart
                ?? throw new ReportReadException(path, ReadFailure.Corrupt, "package has no main document part");
            return Read(path, options, main);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new ReportReadException(path, ReadFailure.Corrupt, "damaged or truncated ZIP package", e);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or XmlException or IOException)
        {
            throw new ReportReadException(path, ReadFailure.Corrupt, $"not a readable Word package ({FirstLine(e.Message)})", e);
        }
    }

    private static RawDocument Read(string path, ReaderOptions options, MainDocumentPart main)
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

        var body = main.Document?.Body
            ?? throw new ReportReadException(path, ReadFailure.Corrupt, "main document part has no body");
        var styles = DocxStyles.Load(main.StyleDefinitionsPart);
        var notes = new DocxNoteNumbers();
        var reader = new DocxStoryReader(styles, DocxNumbering.Load(main.NumberingDefinitionsPart, styles), notes);

        var sink = new BodySink();
        reader.ReadStory(body, sink);
        var diagnostics = new List<Diagnostic>();
        var footnotes = DocxNotes.Read(main, reader, notes, diagnostics);
        var blocks = notes.HasEndnotes ? sink.Blocks.Select(b => Renumbered(b, notes)).ToList() : sink.Blocks;

        if (reader.DroppedDeletions > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticLevel.Info, DiagnosticCode.TrackedDeletionsDropped, $"{reader.DroppedDeletions} tracked deletion(s) dropped, insertions kept"));
        }

        diagnostics.AddRange(reader.LegacyTextDiagnostics);
        if (reader.SkippedChunks > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticLevel.Warning, DiagnosticCode.EmbeddedChunksSkipped, $"{reader.SkippedChunks} embedded foreign-format chunk(s) (altChunk) not read"));
        }

        return new RawDocument(path, blocks, footnotes, diagnostics);
    }

    private static RawBlock Renumbered(RawBlock block, DocxNoteNumbers notes) =>
        block is RawParagraph paragraph ? paragraph with { Paragraph = notes.Renumber(paragraph.Paragraph) } : block;

    private static string FirstLine(string message)
    {
        var line = message.AsSpan();
        var end = line.IndexOfAny('\r', '\n');
        line = end >= 0 ? line[..end] : line;
        return line.Length > 120 ? string.Concat(line[..117], "...") : line.ToString();
    }
}
