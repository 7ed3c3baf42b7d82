using Extractor.Model;

namespace Extractor.Reading.Pdf;

/// <summary>Something in a page's running text, placed by its top edge: a line of text or a table.</summary>
internal abstract record PageItem(double Top);

internal sealed record LineItem(TextLine Line) : PageItem(Line.Baseline - Line.Size);

internal sealed record TableItem(PageTable Table) : PageItem(Table.Top);

/// <summary>A page laid out: its running text top-down and its footnote area.</summary>
internal sealed record PageText(int Number, IReadOnlyList<PageItem> Body, IReadOnlyList<NoteLine> Notes);

/// <summary>
/// Lays out one page: ruled tables out of the glyphs first, then lines; margins (running
/// headers, page numbers) and a signing stamp removed; two-column blocks as tables; the
/// rest one line per row, the footnote area taken off the bottom.
/// </summary>
internal sealed class PageLayout(TextMeasures measures)
{
    private readonly RunningHeaders _headers = new();

    /// <param name="isNewNote">Whether a note number is still to come (plain leading digits may then open it).</param>
    /// <param name="isEarlierReference">Whether raised digits on an earlier page gave a number no note has answered yet.</param>
    public PageText Lay(PageFrame frame, OpenNote openNote, Func<int, bool> isNewNote, Func<int, bool> isEarlierReference, List<Diagnostic> diagnostics)
    {
        var glyphs = frame.Glyphs.ToList();
        var tables = RuledTables.Extract(frame.Rules, glyphs);
        var lines = LineBuilder.Build(glyphs);
        _headers.Remove(lines, frame.Height);
        SigningStamp.Remove(lines, frame.Number, diagnostics);
        var columns = ColumnBlocks.Extract(lines);

        // What is left is running text: the parts of a row are one line (a wide gap is a tab, not a column).
        var rows = lines.GroupBy(l => l.Row)
            .Select(row => row.Count() == 1 ? row.First() : new TextLine(row.SelectMany(l => l.Glyphs).ToList(), row.Key))
            .ToList();
        measures.Learn(rows, frame.Width);

        var raised = RaisedNumbers(rows);
        var notes = FootnoteArea.Extract(rows, frame.Rules, measures.BodySize, frame.Width, openNote, n => (raised.Contains(n) || isEarlierReference(n)) && isNewNote(n));
        var body = rows.Select(l => (PageItem)new LineItem(l))
            .Concat(tables.Concat(columns).Select(t => new TableItem(t)))
            .OrderBy(item => item.Top)
            .ToList();
        return new PageText(frame.Number, body, notes);
    }

    /// <summary>Numbers written in raised digits anywhere on the page: the references a footnote marker can answer.</summary>
    private static HashSet<int> RaisedNumbers(List<TextLine> lines)
    {
        var numbers = new HashSet<int>();
        foreach (var line in lines)
        {
            var digits = "";
            foreach (var (glyph, space) in line.Visible())
            {
                var raisedDigit = line.IsRaised(glyph) && glyph.Text.All(char.IsAsciiDigit);
                if ((!raisedDigit || space) && digits.Length is > 0 and <= 3)
                {
                    numbers.Add(int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
                }

                digits = !raisedDigit ? "" : space ? glyph.Text : digits + glyph.Text;
            }

            if (digits.Length is > 0 and <= 3)
            {
                numbers.Add(int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return numbers;
    }
}
