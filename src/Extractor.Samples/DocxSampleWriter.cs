using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Extractor.Model;
using Extractor.Reading;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Samples;

/// <summary>
/// Writes a document read from text as the DOCX an office would have made of it: header and
/// closing as borderless two-column tables, bold headings with some labels drawn by automatic
/// numbering, real footnotes, and runs split as Word leaves them. The text stays as read.
/// </summary>
public static class DocxSampleWriter
{
    // Every so many body paragraphs, one run is split inside a word.
    private const int SplitEvery = 7;
    private const int SplitPhase = 2;

    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    // The header reaches 1 cm into the 3 cm left margin, as offices set it, so that the motto's
    // first line and the subject lines fit their columns.
    private static readonly TwoColumns HeaderColumns = new(3969, 5670, -567);
    private static readonly TwoColumns ClosingColumns = new(4253, PageSetup.TextWidth - 4253, 0);
    private const string SignatureSpaceTwips = "1440";
    private const string DocumentTypeSpaceBefore = "240";
    private const string ListIndent = "567";

    // Sizes as offices print them (Decree 30/2020): issuing body 13 pt; motto, number and subject
    // 12 pt (the motto's first line only fits its column so); recipients 12 and 11 pt.
    private static readonly RunFormat IssuingBodyFormat = new(HalfPoints: 26);
    private static readonly RunFormat MottoFormat = new(HalfPoints: 24);
    private static readonly RunFormat ReferenceFormat = new(HalfPoints: 24);
    private static readonly RunFormat PlaceDateFormat = new(Italic: true);
    private static readonly RunFormat RecipientsHeadingFormat = new(Bold: true, Italic: true, HalfPoints: 24);
    private static readonly RunFormat RecipientFormat = new(HalfPoints: 22);
    private static readonly RunFormat SignatureFormat = new(Bold: true);

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>; the same input always gives the same bytes.</summary>
    /// <param name="autoNumberedParts">Parts whose Roman and Arabic labels become automatic numbering, see <see cref="SampleSeed.AutoNumberedParts"/>.</param>
    public static void Write(RawDocument document, IReadOnlySet<string> autoNumberedParts, Stream output)
    {
        var blocks = document.Blocks;
        var header = HeaderTable.Take(blocks, out var headerCount);
        var closing = ClosingTable.Take(blocks, out var closingStart);
        var numbering = new AutoNumbering();
        var body = BodyPlan.Plan(blocks.Take(closingStart).Skip(headerCount).ToList(), autoNumberedParts, numbering);
        CheckReferenceOrder(blocks, document.Footnotes);
        var footnoteIds = new FootnoteIds(document.Footnotes.Select(n => n.Number));

        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // Explicit relationship ids throughout: the SDK would otherwise make up random ones.
            var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            CoreProperties.Write(word.AddNewPart<CoreFilePropertiesPart>("rId2"));
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = PageSetup.Styles();
            main.AddNewPart<DocumentSettingsPart>("rId2").Settings = PageSetup.Settings();
            main.AddNewPart<FootnotesPart>("rId3").Footnotes = FootnotesWriter.Footnotes(document.Footnotes, footnoteIds);
            if (!numbering.IsEmpty)
            {
                main.AddNewPart<NumberingDefinitionsPart>("rId4").Numbering = numbering.ToNumbering();
            }

            var content = new W.Body();
            if (header is not null)
            {
                content.Append(HeaderTableElement(header, footnoteIds));
            }

            var ordinal = 0;
            foreach (var block in body)
            {
                content.Append(block switch
                {
                    PlannedParagraph p => BodyParagraph(p, footnoteIds, ordinal++ % SplitEvery == SplitPhase),
                    PlannedTable t => DataTable(t.Table),
                    _ => throw new InvalidOperationException(),
                });
            }

            if (closing is not null)
            {
                content.Append(ClosingTableElement(closing, footnoteIds));
            }

            content.Append(PageSetup.Section());
            main.Document = new W.Document(content);
        }

        package.Position = 0;
        DeterministicPackage.RepackInWordOrder(package, output);
    }

    /// <summary>
    /// Word numbers notes by the order of their references, so the seed's numbers survive only
    /// if its references run 1, 2, 3... once each; anything else would silently renumber them.
    /// </summary>
    private static void CheckReferenceOrder(IReadOnlyList<RawBlock> blocks, IReadOnlyList<Footnote> notes)
    {
        var referenced = blocks.OfType<RawParagraph>().SelectMany(b => b.Paragraph.FootnoteRefs.Select(r => r.Number)).ToList();
        var expected = notes.Select(n => n.Number).Order().ToList();
        if (!referenced.SequenceEqual(Enumerable.Range(1, referenced.Count)) || !referenced.SequenceEqual(expected))
        {
            throw new InvalidDataException(
                $"footnote references run [{string.Join(", ", referenced)}] but the notes are [{string.Join(", ", expected)}]: Word would renumber them");
        }
    }

    private static W.Paragraph BodyParagraph(PlannedParagraph planned, FootnoteIds ids, bool splitRun)
    {
        var centred = planned.Role is ParagraphRole.DocumentType or ParagraphRole.Title or ParagraphRole.PartHeading;
        var bold = planned.Role is ParagraphRole.DocumentType or ParagraphRole.PartHeading or ParagraphRole.Heading;
        var format = RunFormat.Plain with { Bold = bold };
        var lines = planned.Paragraph.Text.Contains('\n');
        var properties = new W.ParagraphProperties
        {
            KeepNext = planned.Role is ParagraphRole.PartHeading or ParagraphRole.Heading ? new W.KeepNext() : null,
            NumberingProperties = planned.Number is { } number
                ? new W.NumberingProperties(new W.NumberingLevelReference { Val = number.Level }, new W.NumberingId { Val = number.NumId })
                : null,
            SpacingBetweenLines = planned.Role == ParagraphRole.DocumentType ? new W.SpacingBetweenLines { Before = DocumentTypeSpaceBefore } : null,
            Indentation = centred ? new W.Indentation { FirstLine = "0" }
                : lines ? new W.Indentation { Left = ListIndent, FirstLine = "0" }
                : null,
            // Justified lines that end in a manual break get stretched word by word; offices left-align such lists.
            Justification = centred ? new W.Justification { Val = W.JustificationValues.Center }
                : lines ? new W.Justification { Val = W.JustificationValues.Left }
                : null,
            ParagraphMarkRunProperties = Runs.MarkProperties(format),
        };
        var splits = splitRun && MidWordSplit.Find(planned.Paragraph.Text) is { } at ? new[] { at } : [];
        return new W.Paragraph(Runs.For(planned.Paragraph, format, ids, splits).Prepend<OpenXmlElement>(properties));
    }

    private static W.Table HeaderTableElement(HeaderTable header, FootnoteIds ids)
    {
        var rows = new List<W.TableRow>
        {
            Row(HeaderColumns,
                CellParagraphs(header.IssuingBody, IssuingBodyFormat, W.JustificationValues.Center, ids),
                CellParagraphs(header.Motto, MottoFormat, W.JustificationValues.Center, ids)),
        };
        if (header.Reference.Count + header.PlaceDate.Count > 0)
        {
            rows.Add(Row(HeaderColumns,
                CellParagraphs(header.Reference, ReferenceFormat, W.JustificationValues.Center, ids),
                CellParagraphs(header.PlaceDate, PlaceDateFormat, W.JustificationValues.Center, ids)));
        }

        return BorderlessTable(HeaderColumns, rows);
    }

    private static W.Table ClosingTableElement(ClosingTable closing, FootnoteIds ids)
    {
        var recipients = closing.Recipients
            .Select((p, i) => CellParagraph(p, i == 0 ? RecipientsHeadingFormat : RecipientFormat, W.JustificationValues.Left, ids))
            .ToList();
        var signature = CellParagraphs(closing.Signature, SignatureFormat, W.JustificationValues.Center, ids);
        if (signature.Count > 1)
        {
            // Room for the handwritten signature and the seal above the signer's name.
            signature[^2].ParagraphProperties!.SpacingBetweenLines = new W.SpacingBetweenLines { After = SignatureSpaceTwips };
        }

        return BorderlessTable(ClosingColumns, [Row(ClosingColumns, recipients, signature)]);
    }

    private static List<W.Paragraph> CellParagraphs(IReadOnlyList<Paragraph> paragraphs, RunFormat format, W.JustificationValues alignment, FootnoteIds ids) =>
        paragraphs.Select(p => CellParagraph(p, format, alignment, ids)).ToList();

    private static W.Paragraph CellParagraph(Paragraph paragraph, RunFormat format, W.JustificationValues alignment, FootnoteIds ids) =>
        new(Runs.For(paragraph, format, ids, []).Prepend<OpenXmlElement>(new W.ParagraphProperties
        {
            SpacingBetweenLines = new W.SpacingBetweenLines { After = "0" },
            Indentation = new W.Indentation { FirstLine = "0" },
            Justification = new W.Justification { Val = alignment },
            ParagraphMarkRunProperties = Runs.MarkProperties(format),
        }));

    private static W.TableRow Row(TwoColumns columns, List<W.Paragraph> left, List<W.Paragraph> right) =>
        new(Cell(columns.Left, left), Cell(columns.Right, right));

    private static W.TableCell Cell(int width, List<W.Paragraph> paragraphs)
    {
        var cell = new W.TableCell(new W.TableCellProperties(new W.TableCellWidth { Width = Twips(width), Type = W.TableWidthUnitValues.Dxa }));
        // A cell must hold a paragraph, even an empty one.
        cell.Append(paragraphs.Count > 0 ? paragraphs : [new W.Paragraph()]);
        return cell;
    }

    private static W.Table BorderlessTable(TwoColumns columns, IEnumerable<W.TableRow> rows)
    {
        var table = Table(W.BorderValues.None, [columns.Left, columns.Right]);
        var properties = table.GetFirstChild<W.TableProperties>()!;
        if (columns.Indent != 0)
        {
            properties.TableIndentation = new W.TableIndentation { Width = columns.Indent, Type = W.TableWidthUnitValues.Dxa };
        }

        // Fixed layout keeps the office's column widths whatever the text; Word would otherwise autofit.
        properties.TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed };
        table.Append(rows);
        return table;
    }

    private static W.Table DataTable(Table source)
    {
        var columns = Math.Max(source.ColumnCount, 1);
        var width = PageSetup.TextWidth / columns;
        var table = Table(W.BorderValues.Single, Enumerable.Repeat(width, columns).ToArray());
        foreach (var row in source.Rows)
        {
            table.Append(new W.TableRow(Enumerable.Range(0, columns).Select(c => Cell(width, (c < row.Count ? row[c] : "")
                .Split('\n')
                .Select(line => CellParagraph(Paragraph.Plain(line, new SourceLocation(0)), RunFormat.Plain, W.JustificationValues.Left, NoFootnotes))
                .ToList()))));
        }

        return table;
    }

    private static W.Table Table(W.BorderValues border, int[] columnWidths)
    {
        var size = border == W.BorderValues.None ? 0U : 4U;
        return new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = Twips(columnWidths.Sum()), Type = W.TableWidthUnitValues.Dxa },
                new W.TableBorders(
                    new W.TopBorder { Val = border, Size = size },
                    new W.LeftBorder { Val = border, Size = size },
                    new W.BottomBorder { Val = border, Size = size },
                    new W.RightBorder { Val = border, Size = size },
                    new W.InsideHorizontalBorder { Val = border, Size = size },
                    new W.InsideVerticalBorder { Val = border, Size = size })),
            new W.TableGrid(columnWidths.Select(w => new W.GridColumn { Width = Twips(w) })));
    }

    private static readonly FootnoteIds NoFootnotes = new([]);

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Widths of a two-column layout table and how far it starts left of the margin, in twips.</summary>
internal sealed record TwoColumns(int Left, int Right, int Indent);
