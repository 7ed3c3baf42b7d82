using Extractor.Model;

namespace Extractor.Reading.Docx;

internal enum NoteKind
{
    Footnote,
    Endnote,
}

/// <summary>
/// Numbers notes the way a reader sees them: Word numbers notes by the order of their
/// references, the XML ids are arbitrary. Footnotes get 1..n; endnotes follow as n+1.., in
/// their own reference order. A note referenced twice keeps the number of its first reference.
/// </summary>
internal sealed class DocxNoteNumbers
{
    private readonly Dictionary<long, int> _footnotes = [];
    private readonly Dictionary<long, int> _endnotes = [];

    public bool HasEndnotes => _endnotes.Count > 0;

    /// <summary>
    /// Records a reference met in document order and returns the number to put in the paragraph.
    /// The footnote count is not known until the body is read, so an endnote gets a provisional
    /// negative number that <see cref="Renumber(Paragraph)"/> later makes final.
    /// </summary>
    public int Reference(NoteKind kind, long id)
    {
        var numbers = kind == NoteKind.Footnote ? _footnotes : _endnotes;
        if (!numbers.TryGetValue(id, out var number))
        {
            number = numbers.Count + 1;
            numbers[id] = number;
        }

        return kind == NoteKind.Footnote ? number : -number;
    }

    /// <summary>The final number of note <paramref name="id"/>, or null when nothing refers to it.</summary>
    public int? NumberOf(NoteKind kind, long id) => kind switch
    {
        NoteKind.Footnote => _footnotes.TryGetValue(id, out var n) ? n : null,
        _ => _endnotes.TryGetValue(id, out var e) ? _footnotes.Count + e : null,
    };

    public IEnumerable<long> ReferencedIds(NoteKind kind) => (kind == NoteKind.Footnote ? _footnotes : _endnotes).Keys;

    public Paragraph Renumber(Paragraph paragraph) =>
        paragraph.FootnoteRefs.Any(r => r.Number < 0)
            ? paragraph with { FootnoteRefs = [.. paragraph.FootnoteRefs.Select(r => r.Number < 0 ? r with { Number = _footnotes.Count - r.Number } : r)] }
            : paragraph;
}
