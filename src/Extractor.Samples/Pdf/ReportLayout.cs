using System.Globalization;
using Extractor.Model;
using Extractor.Reading;

namespace Extractor.Samples.Pdf;

/// <summary>
/// How a report read from text is set on the page, following the DOCX samples: the header and
/// the closing as two columns, Times 14 pt justified body with a 1 cm first-line indent, bold
/// headings, superscript footnote references and 10 pt notes.
/// </summary>
internal static class ReportLayout
{
    private const double BodySize = 14;
    private const double BodyLeading = 17;
    private const double ParagraphSpace = 6;
    private const double ReferenceSize = 9;
    private const double ReferenceRise = 5;
    private const double NoteSize = 10;
    private const double NoteLeading = 11.5;
    private const double NoteReferenceSize = 7;
    private const double NoteReferenceRise = 3.5;
    private const double HeaderSize = 13;
    private const double RecipientsHeadingSize = 12;
    private const double RecipientSize = 11;
    private const double SignatureSpace = 72;

    // Column widths of the DOCX samples' tables; the header reaches 1 cm into the left margin.
    private const double HeaderLeft = PageGeometry.Left - PageGeometry.Centimetre;
    private const double IssuerWidth = 198.45;
    private const double MottoWidth = 283.46;
    private const double RecipientsWidth = 212.65;

    private static readonly IReadOnlySet<string> TypedLabels = new HashSet<string>();

    /// <summary>Lays out the whole document and finishes its last page.</summary>
    public static void Compose(RawDocument document, PageComposer composer)
    {
        var (header, body, closing) = DocumentParts.Of(document);
        if (header is not null)
        {
            composer.Add(
            [
                Column(HeaderLeft, IssuerWidth, header.IssuingBody, HeaderSize, bold: false, italic: false),
                Column(HeaderLeft + IssuerWidth, MottoWidth, header.Motto, HeaderSize, bold: false, italic: false),
            ]);
            composer.Add(
            [
                Column(HeaderLeft, IssuerWidth, header.Reference, HeaderSize, bold: false, italic: false, space: ParagraphSpace),
                Column(HeaderLeft + IssuerWidth, MottoWidth, header.PlaceDate, BodySize, bold: false, italic: true, space: ParagraphSpace),
            ]);
        }

        foreach (var paragraph in Body(body, noteOffset: 0))
        {
            composer.Add(paragraph);
        }

        if (closing is not null)
        {
            composer.Add([Recipients(closing.Recipients), Signature(closing.Signature)]);
        }

        composer.Finish();
    }

    /// <summary>Body paragraphs with their footnote references renumbered by <paramref name="noteOffset"/>.</summary>
    public static IEnumerable<TextParagraph> Body(IReadOnlyList<RawBlock> blocks, int noteOffset) =>
        BodyPlan.Plan(blocks, TypedLabels, new AutoNumbering()).Select(block => block switch
        {
            PlannedParagraph planned => BodyParagraph(planned, noteOffset),
            _ => throw new InvalidOperationException("tables are not laid out by the PDF sample writer"),
        });

    /// <summary>Footnote <paramref name="note"/> as it is printed with number <paramref name="number"/>: a superscript number, a space, the text.</summary>
    public static IReadOnlyList<TextParagraph> Note(Footnote note, int number) =>
        note.Paragraphs.Select((p, i) =>
        {
            var runs = Runs(p, bold: false, italic: false, NoteSize, noteOffset: 0);
            if (i == 0)
            {
                runs.InsertRange(0, [Reference(number, StandardFont.Roman, NoteReferenceSize, NoteReferenceRise, note: null), new TextRun(" ", StandardFont.Roman, NoteSize)]);
            }

            return new TextParagraph(runs, Alignment.Justified, NoteLeading);
        }).ToList();

    private static TextParagraph BodyParagraph(PlannedParagraph planned, int noteOffset)
    {
        var paragraph = planned.Paragraph;
        var bold = planned.Role is ParagraphRole.DocumentType or ParagraphRole.PartHeading or ParagraphRole.Heading;
        var runs = Runs(paragraph, bold, italic: false, BodySize, noteOffset);
        var spaceBefore = planned.Role == ParagraphRole.DocumentType ? 2 * ParagraphSpace : 0;
        if (planned.Role is ParagraphRole.DocumentType or ParagraphRole.Title or ParagraphRole.PartHeading)
        {
            return new TextParagraph(runs, Alignment.Center, BodyLeading, SpaceBefore: spaceBefore, SpaceAfter: ParagraphSpace);
        }

        // Lists kept line by line are set flush left under a hanging indent, as offices set them.
        return paragraph.Text.Contains('\n')
            ? new TextParagraph(runs, Alignment.Left, BodyLeading, LeftIndent: PageGeometry.Centimetre, SpaceAfter: ParagraphSpace)
            : new TextParagraph(runs, Alignment.Justified, BodyLeading, FirstIndent: PageGeometry.Centimetre, SpaceAfter: ParagraphSpace);
    }

    /// <summary>A header column; <paramref name="space"/> goes above its first paragraph and, doubled, below its last.</summary>
    private static ColumnBlock Column(double left, double width, IReadOnlyList<Paragraph> paragraphs, double size, bool bold, bool italic, double space = 0) =>
        new(left, width, paragraphs
            .Select((p, i) => new TextParagraph(Runs(p, bold, italic, size, noteOffset: 0), Alignment.Center, size * 1.2,
                SpaceBefore: i == 0 ? space : 0, SpaceAfter: i == paragraphs.Count - 1 ? 2 * space : 0))
            .ToList());

    private static ColumnBlock Recipients(IReadOnlyList<Paragraph> recipients) =>
        new(PageGeometry.Left, RecipientsWidth, recipients
            .Select((p, i) => i == 0
                ? new TextParagraph(Runs(p, bold: true, italic: true, RecipientsHeadingSize, noteOffset: 0), Alignment.Left, RecipientsHeadingSize * 1.2)
                : new TextParagraph(Runs(p, bold: false, italic: false, RecipientSize, noteOffset: 0), Alignment.Left, RecipientSize * 1.2))
            .ToList());

    private static ColumnBlock Signature(IReadOnlyList<Paragraph> signature) =>
        new(PageGeometry.Left + RecipientsWidth, PageGeometry.TextWidth - RecipientsWidth, signature
            // Room for the handwritten signature and the seal above the signer's name.
            .Select((p, i) => new TextParagraph(Runs(p, bold: true, italic: false, BodySize, noteOffset: 0), Alignment.Center, BodyLeading,
                SpaceBefore: i > 0 && i == signature.Count - 1 ? SignatureSpace : 0))
            .ToList());

    /// <summary>The paragraph's runs in the paragraph's own emphasis on top of <paramref name="bold"/> and <paramref name="italic"/>, references as superscripts.</summary>
    private static List<TextRun> Runs(Paragraph paragraph, bool bold, bool italic, double size, int noteOffset) =>
        ParagraphPieces.Of(paragraph).Select(piece =>
        {
            var font = StandardFontMetrics.Of(bold || piece.Bold, italic || piece.Italic);
            return piece switch
            {
                TextPiece text => new TextRun(text.Text, font, size),
                ReferencePiece reference => Reference(reference.Number + noteOffset, font, ReferenceSize * size / BodySize, ReferenceRise * size / BodySize, reference.Number + noteOffset),
                _ => throw new InvalidOperationException(),
            };
        }).ToList();

    private static TextRun Reference(int number, StandardFont font, double size, double rise, int? note) =>
        new(number.ToString(CultureInfo.InvariantCulture), font, size, rise, note);
}
