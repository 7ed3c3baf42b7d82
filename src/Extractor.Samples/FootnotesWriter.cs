using DocumentFormat.OpenXml;
using Extractor.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Samples;

/// <summary>
/// The footnotes part: Word's two separator notes, then every note with all its paragraphs,
/// stored last reference first, so that a reader numbering notes by their place in the part
/// (instead of by their references) fails on the samples.
/// </summary>
internal static class FootnotesWriter
{
    public const int SeparatorId = -1;
    public const int ContinuationSeparatorId = 0;

    public static W.Footnotes Footnotes(IReadOnlyList<Footnote> notes, FootnoteIds ids)
    {
        var footnotes = new W.Footnotes(
            new W.Footnote(SeparatorParagraph(new W.SeparatorMark())) { Type = W.FootnoteEndnoteValues.Separator, Id = SeparatorId },
            new W.Footnote(SeparatorParagraph(new W.ContinuationSeparatorMark())) { Type = W.FootnoteEndnoteValues.ContinuationSeparator, Id = ContinuationSeparatorId });
        foreach (var note in notes.OrderByDescending(n => n.Number))
        {
            footnotes.Append(new W.Footnote(note.Paragraphs.Select((p, i) => NoteParagraph(p, i == 0, ids))) { Id = ids.IdOf(note.Number) });
        }

        return footnotes;
    }

    private static W.Paragraph SeparatorParagraph(OpenXmlElement mark) =>
        new(
            new W.ParagraphProperties
            {
                SpacingBetweenLines = new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
            },
            new W.Run(mark));

    private static W.Paragraph NoteParagraph(Paragraph paragraph, bool first, FootnoteIds ids)
    {
        var result = new W.Paragraph(new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = PageSetup.FootnoteTextStyle } });
        if (first)
        {
            // The note's own number, drawn by Word from the reference order; a space separates it from the text.
            result.Append(
                new W.Run(new W.RunProperties(new W.RunStyle { Val = Runs.FootnoteReferenceStyle }), new W.FootnoteReferenceMark()),
                new W.Run(new W.Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
        }

        result.Append(Runs.For(paragraph, RunFormat.Plain, ids, []));
        return result;
    }
}
