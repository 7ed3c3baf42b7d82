using DocumentFormat.OpenXml;
using Extractor.Model;
using Extractor.Reading.LegacyText;
using M = DocumentFormat.OpenXml.Math;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Reading.Docx;

/// <summary>
/// Walks a story (the body, a note) in document order and turns what Word would display into
/// paragraphs and tables: text boxes once (the DrawingML choice, never the VML fallback), field
/// results not instructions, insertions kept and deletions dropped, hidden text dropped.
/// Numbering counters and note numbers advance as paragraphs are met, so one reader walks a
/// whole document.
/// </summary>
internal sealed class DocxStoryReader(DocxStyles styles, DocxNumbering numbering, DocxNoteNumbers notes)
{
    private readonly DocxLegacyText _legacy = new();
    private int _paragraphIndex;
    private int _runIndex;

    /// <summary>Tracked deletions (deleted or moved-away text, deleted table rows) left out.</summary>
    public int DroppedDeletions { get; private set; }

    /// <summary>Embedded foreign-format chunks (<c>w:altChunk</c>), which are not read.</summary>
    public int SkippedChunks { get; private set; }

    /// <summary>Runs decoded from a legacy encoding, one note per font.</summary>
    public IEnumerable<Diagnostic> LegacyTextDiagnostics => _legacy.Diagnostics;

    public void ReadStory(OpenXmlElement container, IStorySink sink) => ReadBlocks(container, sink, new DocxFieldState());

    private void ReadBlocks(OpenXmlElement container, IStorySink sink, DocxFieldState fields)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph paragraph:
                    ReadParagraph(paragraph, sink, fields);
                    break;
                case W.Table table:
                    sink.AddTable(ReadTable(table, fields));
                    break;
                case W.SdtBlock sdt when !ShowsPlaceholder(sdt.SdtProperties) && sdt.SdtContentBlock is { } content:
                    ReadBlocks(content, sink, fields);
                    break;
                case W.CustomXmlBlock custom:
                    ReadBlocks(custom, sink, fields);
                    break;
                case AlternateContent alternate when alternate.GetFirstChild<AlternateContentChoice>() is { } choice:
                    ReadBlocks(choice, sink, fields);
                    break;
                case W.AltChunk:
                    SkippedChunks++;
                    break;
            }
        }
    }

    private void ReadParagraph(W.Paragraph paragraph, IStorySink sink, DocxFieldState fields)
    {
        var location = new SourceLocation(_paragraphIndex++);
        var properties = paragraph.ParagraphProperties;
        var style = styles.ParagraphStyleOf(properties);
        var label = styles.NumberingOf(properties, style) is { } list ? numbering.NextLabel(list, style) : null;

        var builder = new ParagraphBuilder();
        if (label is not null && sink.InlinesNumberingLabels)
        {
            builder.Append(label + " ");
        }

        var scope = new InlineScope(builder, style, fields);
        ReadInline(paragraph, scope);
        FlushLegacy(scope);
        if (!builder.IsBlank || builder.HasFootnoteRefs)
        {
            sink.AddParagraph(
                builder.Build(location),
                sink.InlinesNumberingLabels ? null : label,
                styles.OutlineLevelOf(properties, style));
        }

        // A text box is its own story: its paragraphs follow the paragraph it is anchored in.
        foreach (var textBox in scope.TextBoxes)
        {
            ReadBlocks(textBox, sink, new DocxFieldState());
        }
    }

    private void ReadInline(OpenXmlElement container, InlineScope scope)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Run run:
                    ReadRun(run, scope);
                    break;
                case W.ParagraphProperties:
                    break;
                case W.DeletedRun or W.MoveFromRun:
                    DroppedDeletions++;
                    break;
                case W.SdtRun sdt:
                    if (!ShowsPlaceholder(sdt.SdtProperties) && sdt.SdtContentRun is { } content)
                    {
                        ReadInline(content, scope);
                    }

                    break;
                case AlternateContent alternate:
                    if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice)
                    {
                        ReadInline(choice, scope);
                    }

                    break;
                case M.Text mathText when scope.Fields.ShowsResult:
                    FlushLegacy(scope);
                    scope.Builder.Append(mathText.Text);
                    break;
                default:
                    // Hyperlinks, insertions (w:ins), moved-here text (w:moveTo), simple fields
                    // (their runs are the result), smart tags, custom XML, math zones: their runs are content.
                    ReadInline(child, scope);
                    break;
            }
        }
    }

    private void ReadRun(W.Run run, InlineScope scope)
    {
        var format = styles.RunFormatOf(scope.Style, run.RunProperties);
        _runIndex++;
        foreach (var child in run.ChildElements)
        {
            if (child is W.FieldChar fieldChar)
            {
                // Field characters count even in hidden runs, or the field nesting would go wrong.
                scope.Fields.Apply(fieldChar);
                continue;
            }

            if (format.Hidden || !scope.Fields.ShowsResult)
            {
                continue;
            }

            switch (child)
            {
                case W.Text when scope.SkipCustomMark:
                    // The mark shown for a w:customMarkFollows reference; the note keeps its order-based number.
                    scope.SkipCustomMark = false;
                    break;
                case W.Text text:
                    Append(scope, text.Text, format);
                    break;
                case W.TabChar or W.PositionalTab:
                    Append(scope, " ", format);
                    break;
                case W.Break lineBreak:
                    FlushLegacy(scope);
                    // Page and column breaks end nothing: the text just continues.
                    if (lineBreak.Type.Parsed() is not { } kind || kind == W.BreakValues.TextWrapping)
                    {
                        scope.Builder.AppendLineBreak();
                    }

                    break;
                case W.CarriageReturn:
                    FlushLegacy(scope);
                    scope.Builder.AppendLineBreak();
                    break;
                case W.NoBreakHyphen:
                    Append(scope, "-", format);
                    break;
                case W.SymbolChar symbol when SymbolFonts.Character(symbol.Font?.Value, symbol.Char?.Value) is { } character:
                    // The symbol's own font draws it, whatever the run's font.
                    AppendPlain(scope, character, format);
                    break;
                case W.FootnoteReference reference:
                    FlushLegacy(scope);
                    scope.Builder.AppendFootnoteRef(notes.Reference(NoteKind.Footnote, reference.Id.Parsed() ?? 0));
                    scope.SkipCustomMark = reference.CustomMarkFollows.Parsed() ?? false;
                    break;
                case W.EndnoteReference reference:
                    FlushLegacy(scope);
                    scope.Builder.AppendFootnoteRef(notes.Reference(NoteKind.Endnote, reference.Id.Parsed() ?? 0));
                    scope.SkipCustomMark = reference.CustomMarkFollows.Parsed() ?? false;
                    break;
                case W.Drawing or W.Picture or AlternateContent:
                    CollectTextBoxes(child, scope.TextBoxes);
                    break;
            }
        }
    }

    /// <summary>Appends a run's text; text in a legacy font waits until its font ends, to be judged whole.</summary>
    private void Append(InlineScope scope, string text, RunFormat format)
    {
        if (LegacyFont.Of(format.Font) is { } font)
        {
            _legacy.Add(text, format, _runIndex, font, (decoded, f) => Write(scope, decoded, f));
            return;
        }

        AppendPlain(scope, text, format);
    }

    private void AppendPlain(InlineScope scope, string text, RunFormat format)
    {
        FlushLegacy(scope);
        Write(scope, text, format);
    }

    private void FlushLegacy(InlineScope scope) => _legacy.Flush((text, format) => Write(scope, text, format));

    private static void Write(InlineScope scope, string text, RunFormat format) =>
        scope.Builder.Append(format.Caps ? text.ToUpperInvariant() : text, format.Bold, format.Italic);

    /// <summary>
    /// Text boxes in a drawing or VML shape, outermost only (an inner one is read with its box).
    /// Word writes each box twice, as a DrawingML choice and a VML fallback: fallbacks are skipped.
    /// </summary>
    private static void CollectTextBoxes(OpenXmlElement element, List<W.TextBoxContent> found)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case W.TextBoxContent textBox:
                    found.Add(textBox);
                    break;
                case AlternateContentFallback:
                    break;
                default:
                    CollectTextBoxes(child, found);
                    break;
            }
        }
    }

    private Table ReadTable(W.Table table, DocxFieldState fields)
    {
        var location = new SourceLocation(_paragraphIndex);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in Rows(table))
        {
            var rowProperties = row.TableRowProperties;
            if (rowProperties?.GetFirstChild<W.Deleted>() is not null)
            {
                DroppedDeletions++;
                continue;
            }

            var cells = new List<string>();
            AddEmpty(cells, rowProperties?.GetFirstChild<W.GridBefore>()?.Val.Parsed());
            foreach (var cell in Cells(row))
            {
                cells.Add(IsMergedIntoCellAbove(cell) ? string.Empty : ReadCell(cell, fields));
                AddEmpty(cells, cell.TableCellProperties?.GridSpan?.Val.Parsed() - 1);
            }

            AddEmpty(cells, rowProperties?.GetFirstChild<W.GridAfter>()?.Val.Parsed());
            rows.Add(cells);
        }

        return new Table(rows, location);
    }

    private string ReadCell(W.TableCell cell, DocxFieldState fields)
    {
        var sink = new CellSink();
        ReadBlocks(cell, sink, fields);
        return sink.Text;
    }

    /// <summary>
    /// Merged cells keep their text once, at the top-left grid position; the positions a merge
    /// covers (gridSpan to the right, vMerge continuation below) are empty, so each table
    /// figure appears once and every row keeps one entry per grid column.
    /// </summary>
    private static bool IsMergedIntoCellAbove(W.TableCell cell) =>
        cell.TableCellProperties?.VerticalMerge is { } merge
        && (merge.Val.Parsed() is not { } value || value == W.MergedCellValues.Continue);

    private static void AddEmpty(List<string> cells, int? count)
    {
        for (var i = 0; i < count; i++)
        {
            cells.Add(string.Empty);
        }
    }

    private static IEnumerable<W.TableRow> Rows(OpenXmlElement container) =>
        container.ChildElements.SelectMany(child => child switch
        {
            W.TableRow row => [row],
            W.SdtRow or W.SdtContentRow or W.CustomXmlRow => Rows(child),
            _ => Enumerable.Empty<W.TableRow>(),
        });

    private static IEnumerable<W.TableCell> Cells(OpenXmlElement container) =>
        container.ChildElements.SelectMany(child => child switch
        {
            W.TableCell cell => [cell],
            W.SdtCell or W.SdtContentCell or W.CustomXmlCell => Cells(child),
            _ => Enumerable.Empty<W.TableCell>(),
        });

    /// <summary>A content control still showing its placeholder prompt ("Click here to enter text") holds no content.</summary>
    private static bool ShowsPlaceholder(W.SdtProperties? properties) =>
        properties?.GetFirstChild<W.ShowingPlaceholder>() is { } showing && (showing.Val.Parsed() ?? true);

    /// <summary>The state of one paragraph being read.</summary>
    private sealed class InlineScope(ParagraphBuilder builder, string? style, DocxFieldState fields)
    {
        public ParagraphBuilder Builder { get; } = builder;

        public string? Style { get; } = style;

        public DocxFieldState Fields { get; } = fields;

        public List<W.TextBoxContent> TextBoxes { get; } = [];

        public bool SkipCustomMark { get; set; }
    }
}
