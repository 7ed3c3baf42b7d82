using Extractor.Model;

namespace Extractor.Samples;

/// <summary>A stretch of a paragraph's text in one emphasis, or a footnote reference, in text order.</summary>
internal abstract record Piece(bool Bold, bool Italic);

internal sealed record TextPiece(string Text, bool Bold, bool Italic) : Piece(Bold, Italic);

/// <summary>A footnote reference, in the emphasis of the text it follows.</summary>
internal sealed record ReferencePiece(int Number, bool Bold, bool Italic) : Piece(Bold, Italic);

internal static class ParagraphPieces
{
    /// <summary>
    /// The paragraph cut where its emphasis changes, and at <paramref name="cuts"/>, with each
    /// footnote reference where it sits (line breaks stay in the text).
    /// </summary>
    public static IEnumerable<Piece> Of(Paragraph paragraph, IEnumerable<int>? cuts = null)
    {
        var text = paragraph.Text;
        var refs = paragraph.FootnoteRefs.OrderBy(r => r.Offset).ToList();
        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (var span in paragraph.Spans)
        {
            boundaries.Add(span.Start);
            boundaries.Add(span.Start + span.Length);
        }

        boundaries.UnionWith(refs.Select(r => r.Offset));
        boundaries.UnionWith((cuts ?? []).Where(c => c > 0 && c < text.Length));
        var nextRef = 0;
        var start = 0;
        var (bold, italic) = (false, false);
        foreach (var end in boundaries.Skip(1).Append(int.MaxValue))
        {
            // A reference at the end takes the emphasis of the text before it.
            if (start < text.Length)
            {
                var span = paragraph.Spans.FirstOrDefault(s => s.Start <= start && start < s.Start + s.Length);
                (bold, italic) = (span?.Bold == true, span?.Italic == true);
            }

            for (; nextRef < refs.Count && refs[nextRef].Offset == start; nextRef++)
            {
                yield return new ReferencePiece(refs[nextRef].Number, bold, italic);
            }

            if (end == int.MaxValue)
            {
                break;
            }

            yield return new TextPiece(text[start..end], bold, italic);
            start = end;
        }
    }
}
