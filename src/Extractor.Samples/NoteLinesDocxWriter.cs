using DocumentFormat.OpenXml.Packaging;
using Extractor.Reading;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Samples;

/// <summary>
/// Writes a DOCX sample whose footnotes are laid out as some office templates do: the note's number stands alone on
/// a line of its own, and the note's text follows on the lines below with a hanging indent. Printed, a note's number
/// is then not on the line of its text, so a reader cannot find notes by "number, then text" on one line.
/// The body is <see cref="DocxSampleWriter"/>'s.
/// </summary>
public static class NoteLinesDocxWriter
{
    // Half a centimetre in twentieths of a point: the note text's hanging indent.
    private const string Hanging = "284";

    public static void Write(RawDocument document, IReadOnlySet<string> autoNumberedParts, Stream output)
    {
        using var package = new MemoryStream();
        DocxSampleWriter.Write(document, autoNumberedParts, package);
        using (var word = WordprocessingDocument.Open(package, true))
        {
            foreach (var note in word.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<W.Footnote>().Where(n => n.Type is null))
            {
                var first = note.GetFirstChild<W.Paragraph>()!;
                var mark = first.Elements<W.Run>().First(r => r.GetFirstChild<W.FootnoteReferenceMark>() is not null);
                var space = mark.NextSibling<W.Run>();
                var numberLine = new W.Paragraph((W.ParagraphProperties)first.ParagraphProperties!.CloneNode(true));
                mark.Remove();
                space?.Remove();
                numberLine.Append(mark);
                first.InsertBeforeSelf(numberLine);
                foreach (var paragraph in note.Elements<W.Paragraph>().Skip(1))
                {
                    paragraph.ParagraphProperties!.Append(new W.Indentation { Left = Hanging, Hanging = Hanging });
                }
            }
        }

        package.Position = 0;
        DeterministicPackage.RepackInWordOrder(package, output);
    }
}
