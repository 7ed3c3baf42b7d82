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
        using var package = DocxPackage.Open(path, options);
        return Read(path, package);
    }

    private static RawDocument Read(string path, DocxPackage package)
    {
        var styles = DocxStyles.Load(package.Styles);
        var notes = new DocxNoteNumbers();
        var reader = new DocxStoryReader(styles, DocxNumbering.Load(package.Numbering, styles), notes);

        var sink = new BodySink();
        reader.ReadStory(package.Body, sink);
        var diagnostics = new List<Diagnostic>();
        var footnotes = DocxNotes.Read(package, reader, notes, diagnostics);
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

}
