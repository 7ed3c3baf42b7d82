using System.Globalization;
using System.Text;
using Extractor.Model;
using Extractor.Reading;

namespace Extractor.Samples;

/// <summary>
/// Writes a report as a web page for a browser to print to PDF: the header and closing as
/// borderless two-column tables, bold headings, emphasis, footnote references as superscripts
/// and the notes as a numbered list under a short rule at the end, as a report exported to
/// HTML looks. The text stays as read.
/// </summary>
public static class HtmlSampleWriter
{
    private const string Style = """
        @page { size: A4; margin: 2cm 2cm 2cm 3cm; }
        body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt; line-height: 1.2; margin: 0; }
        p { margin: 0 0 6pt; text-align: justify; text-indent: 1cm; }
        p.centre { text-align: center; text-indent: 0; }
        p.lines { text-align: left; text-indent: 0; margin-left: 1cm; }
        p.type { margin-top: 12pt; }
        table { border-collapse: collapse; margin-bottom: 12pt; }
        td { vertical-align: top; padding: 0; }
        td p { text-indent: 0; text-align: center; margin: 0; }
        table.header { width: calc(100% + 1cm); margin-left: -1cm; font-size: 13pt; }
        table.header td:first-child { width: 7cm; }
        table.closing { width: 100%; margin-top: 12pt; }
        table.closing td:first-child { width: 7.5cm; }
        td.recipients p { text-align: left; font-size: 11pt; }
        td.recipients p:first-child { font-size: 12pt; font-weight: bold; font-style: italic; }
        td.signature p { font-weight: bold; }
        td.signature p:last-child { margin-top: 2.5cm; }
        td.date p { font-style: italic; font-size: 14pt; }
        sup { font-size: 65%; line-height: 0; }
        hr.notes { width: 5cm; margin: 12pt 0 6pt; border: 0; border-top: 0.5pt solid black; }
        ol.notes { font-size: 10pt; margin: 0; padding-left: 0; list-style-position: inside; }
        ol.notes li { text-align: justify; }
        """;

    private static readonly IReadOnlySet<string> TypedLabels = new HashSet<string>();

    public static void Write(RawDocument document, TextWriter output)
    {
        var (header, body, closing) = DocumentParts.Of(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Escape(Path.GetFileNameWithoutExtension(document.Source)))
            .Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        if (header is not null)
        {
            html.Append("<table class=\"header\">\n");
            Row(html, Cell(header.IssuingBody, ""), Cell(header.Motto, ""));
            Row(html, Cell(header.Reference, ""), Cell(header.PlaceDate, "date"));
            html.Append("</table>\n");
        }

        foreach (var block in BodyPlan.Plan(body, TypedLabels, new AutoNumbering()))
        {
            var planned = block as PlannedParagraph ?? throw new InvalidOperationException("tables are not written by the HTML sample writer");
            html.Append(planned.Role switch
            {
                ParagraphRole.DocumentType => "<p class=\"centre type\"><b>" + Inline(planned.Paragraph) + "</b></p>\n",
                ParagraphRole.PartHeading => "<p class=\"centre\"><b>" + Inline(planned.Paragraph) + "</b></p>\n",
                ParagraphRole.Title => "<p class=\"centre\">" + Inline(planned.Paragraph) + "</p>\n",
                ParagraphRole.Heading => "<p><b>" + Inline(planned.Paragraph) + "</b></p>\n",
                _ when planned.Paragraph.Text.Contains('\n') => "<p class=\"lines\">" + Inline(planned.Paragraph) + "</p>\n",
                _ => "<p>" + Inline(planned.Paragraph) + "</p>\n",
            });
        }

        if (closing is not null)
        {
            html.Append("<table class=\"closing\">\n");
            Row(html, Cell(closing.Recipients, "recipients"), Cell(closing.Signature, "signature"));
            html.Append("</table>\n");
        }

        if (document.Footnotes.Count > 0)
        {
            html.Append("<hr class=\"notes\">\n<ol class=\"notes\">\n");
            foreach (var note in document.Footnotes.OrderBy(n => n.Number))
            {
                html.Append(CultureInfo.InvariantCulture, $"<li value=\"{note.Number}\">")
                    .AppendJoin("<br>", note.Paragraphs.Select(Inline))
                    .Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        output.Write(html.Append("</body>\n</html>\n").ToString());
    }

    private static void Row(StringBuilder html, string left, string right) =>
        html.Append("<tr>").Append(left).Append(right).Append("</tr>\n");

    private static string Cell(IReadOnlyList<Paragraph> paragraphs, string cssClass) =>
        (cssClass.Length > 0 ? $"<td class=\"{cssClass}\">" : "<td>") + string.Concat(paragraphs.Select(p => "<p>" + Inline(p) + "</p>")) + "</td>";

    /// <summary>The paragraph's text with its emphasis, references and line breaks as markup.</summary>
    private static string Inline(Paragraph paragraph) =>
        string.Concat(ParagraphPieces.Of(paragraph).Select(piece => piece switch
        {
            ReferencePiece reference => $"<sup>{reference.Number.ToString(CultureInfo.InvariantCulture)}</sup>",
            TextPiece text => Emphasis(Escape(text.Text).Replace("\n", "<br>\n", StringComparison.Ordinal), text.Bold, text.Italic),
            _ => throw new InvalidOperationException(),
        }));

    private static string Emphasis(string html, bool bold, bool italic) =>
        (bold, italic) switch
        {
            (true, true) => $"<b><i>{html}</i></b>",
            (true, false) => $"<b>{html}</b>",
            (false, true) => $"<i>{html}</i>",
            _ => html,
        };

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
