using DocumentFormat.OpenXml.Packaging;
using Extractor.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Reading.Docx;

/// <summary>
/// Reads footnotes.xml and endnotes.xml once the body has numbered their references: every
/// paragraph of every referenced note, in number order. Separator notes are layout, not content.
/// </summary>
internal static class DocxNotes
{
    public static IReadOnlyList<Footnote> Read(DocxPackage package, DocxStoryReader reader, DocxNoteNumbers numbers, List<Diagnostic> diagnostics)
    {
        var notes = new List<Footnote>();
        ReadPart(NoteKind.Footnote, package.Footnotes?.Elements<W.Footnote>(), reader, numbers, notes, diagnostics);
        ReadPart(NoteKind.Endnote, package.Endnotes?.Elements<W.Endnote>(), reader, numbers, notes, diagnostics);
        if (numbers.HasEndnotes)
        {
            diagnostics.Add(new Diagnostic(DiagnosticLevel.Info, DiagnosticCode.EndnotesNumberedAfterFootnotes,
                "the document has endnotes: they are numbered after the footnotes, in the order of their references"));
        }

        return [.. notes.OrderBy(n => n.Number)];
    }

    private static void ReadPart(
        NoteKind kind,
        IEnumerable<W.FootnoteEndnoteType>? elements,
        DocxStoryReader reader,
        DocxNoteNumbers numbers,
        List<Footnote> notes,
        List<Diagnostic> diagnostics)
    {
        var found = new HashSet<long>();
        var unreferenced = 0;
        foreach (var note in elements ?? [])
        {
            if (note.Type.Parsed() is { } type && type != W.FootnoteEndnoteValues.Normal)
            {
                continue;
            }

            var id = note.Id.Parsed() ?? 0;
            if (!found.Add(id))
            {
                continue;
            }

            if (numbers.NumberOf(kind, id) is not { } number)
            {
                unreferenced++;
                continue;
            }

            var sink = new NoteSink();
            reader.ReadStory(note, sink);
            notes.Add(new Footnote(number, sink.Paragraphs));
        }

        var word = kind == NoteKind.Footnote ? "footnote" : "endnote";
        if (unreferenced > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticLevel.Info, DiagnosticCode.UnreferencedNotesDropped, $"{unreferenced} {word}(s) never referenced in the text were left out"));
        }

        var missing = numbers.ReferencedIds(kind).Count(id => !found.Contains(id));
        if (missing > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticLevel.Warning, DiagnosticCode.NoteReferencesUnresolved, $"{missing} {word} reference(s) point to no {word} in the package"));
        }
    }
}
