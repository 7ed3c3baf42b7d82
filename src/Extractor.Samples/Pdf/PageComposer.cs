namespace Extractor.Samples.Pdf;

/// <summary>A4 with the margins of Vietnamese administrative documents (Decree 30/2020): 3 cm left, 2 cm elsewhere; in points.</summary>
internal static class PageGeometry
{
    public const double Width = 595.28;
    public const double Height = 841.89;
    public const double Left = 85.04;
    public const double Right = 56.69;
    public const double Top = Height - 56.69;
    public const double Bottom = 56.69;
    public const double TextWidth = Width - Left - Right;
    public const double Centimetre = 28.35;
}

/// <summary>Paragraphs side by side, each column starting at the same height: a borderless table's row.</summary>
internal sealed record ColumnBlock(double Left, double Width, IReadOnlyList<TextParagraph> Paragraphs);

/// <summary>
/// Flows paragraphs down A4 pages and hands each finished page's content on: a line that
/// references a footnote goes where its note fits at the bottom of the same page (small type
/// under a short rule), a paragraph that does not fit continues on the next page, and pages from
/// the second on carry their number at the top, as Vietnamese reports print it.
/// </summary>
internal sealed class PageComposer
{
    // Room between body and notes, with the rule in it.
    private const double NoteSeparation = 12;
    private const double RuleLength = 144;
    private const double RuleThickness = 0.5;
    private const double PageNumberSize = 13;
    private const double PageNumberBaseline = PageGeometry.Height - 35;
    // Baseline below the top of a line's slot, as a share of its leading.
    private const double Ascent = 0.78;

    private readonly IFontSet _fonts;
    private readonly Func<string, string> _recognised;
    private readonly Func<int, IReadOnlyList<TextParagraph>> _note;
    private readonly Action<byte[]> _pageDone;
    private readonly List<(TextLine Line, double Leading)> _noteLines = [];
    private ContentBuilder _content;
    private double _cursor = PageGeometry.Top;
    private bool _pageHasBody;

    /// <param name="note">The paragraphs of footnote N, its number included.</param>
    /// <param name="pageDone">Receives each finished page's content stream.</param>
    /// <param name="recognised">The text the glyphs of a laid-out text are drawn with; by default the text itself.</param>
    public PageComposer(IFontSet fonts, Func<int, IReadOnlyList<TextParagraph>> note, Action<byte[]> pageDone, Func<string, string>? recognised = null)
    {
        _fonts = fonts;
        _note = note;
        _pageDone = pageDone;
        _recognised = recognised ?? (text => text);
        _content = new ContentBuilder(fonts, _recognised);
    }

    public int CompletedPages { get; private set; }

    private double NotesHeight => NotesHeightWith([]);

    public void Add(TextParagraph paragraph)
    {
        if (_pageHasBody)
        {
            _cursor -= paragraph.SpaceBefore;
        }

        foreach (var line in LineBreaker.Break(paragraph, PageGeometry.TextWidth))
        {
            var notes = line.Notes.SelectMany(NoteLines).ToList();
            if (_cursor - paragraph.Leading < PageGeometry.Bottom + NotesHeightWith(notes) && _pageHasBody)
            {
                NewPage();
            }

            _content.Line(line, PageGeometry.Left + line.Offset, _cursor - paragraph.Leading * Ascent);
            _cursor -= paragraph.Leading;
            _noteLines.AddRange(notes);
            _pageHasBody = true;
        }

        _content.EndText();
        _cursor -= paragraph.SpaceAfter;
    }

    /// <summary>Lays out a row of columns; a row is never split across pages.</summary>
    public void Add(IReadOnlyList<ColumnBlock> row)
    {
        var columns = row.Select(c => (Column: c, Paragraphs: c.Paragraphs.Select(p => (Paragraph: p, Lines: LineBreaker.Break(p, c.Width))).ToList())).ToList();
        if (columns.SelectMany(c => c.Paragraphs).SelectMany(p => p.Lines).Any(l => l.Notes.Count > 0))
        {
            throw new InvalidOperationException("footnote references inside a two-column block are not laid out");
        }

        var height = columns.Max(c => c.Paragraphs.Sum(p => p.Paragraph.SpaceBefore + p.Lines.Count * p.Paragraph.Leading + p.Paragraph.SpaceAfter));
        if (_cursor - height < PageGeometry.Bottom + NotesHeight && _pageHasBody)
        {
            NewPage();
        }

        foreach (var (column, paragraphs) in columns)
        {
            var y = _cursor;
            foreach (var (paragraph, lines) in paragraphs)
            {
                y -= paragraph.SpaceBefore;
                foreach (var line in lines)
                {
                    _content.Line(line, column.Left + line.Offset, y - paragraph.Leading * Ascent);
                    y -= paragraph.Leading;
                }

                y -= paragraph.SpaceAfter;
            }

            _content.EndText();
        }

        _cursor -= height;
        _pageHasBody = true;
    }

    /// <summary>Hands on the last page; without this call a page under way is dropped (a generated report cut at a page count).</summary>
    public void Finish()
    {
        if (_pageHasBody)
        {
            NewPage();
        }
    }

    /// <summary>Height of the footnote area with <paramref name="added"/> note lines more.</summary>
    private double NotesHeightWith(List<(TextLine Line, double Leading)> added) =>
        _noteLines.Count + added.Count == 0 ? 0 : _noteLines.Concat(added).Sum(l => l.Leading) + NoteSeparation;

    private IEnumerable<(TextLine Line, double Leading)> NoteLines(int number) =>
        _note(number).SelectMany(p => LineBreaker.Break(p, PageGeometry.TextWidth).Select(line => (line, p.Leading)));

    private void NewPage()
    {
        if (_noteLines.Count > 0)
        {
            var top = PageGeometry.Bottom + _noteLines.Sum(l => l.Leading);
            _content.Rule(PageGeometry.Left, top + (NoteSeparation - RuleThickness) / 2, RuleLength, RuleThickness);
            foreach (var (line, leading) in _noteLines)
            {
                _content.Line(line, PageGeometry.Left + line.Offset, top - leading * Ascent);
                top -= leading;
            }

            _content.EndText();
        }

        CompletedPages++;
        _pageDone(_content.ToBytes());
        _content = new ContentBuilder(_fonts, _recognised);
        _noteLines.Clear();
        _cursor = PageGeometry.Top;
        _pageHasBody = false;
        PageNumber(CompletedPages + 1);
    }

    private void PageNumber(int number)
    {
        var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var paragraph = new TextParagraph([new TextRun(text, StandardFont.Roman, PageNumberSize)], Alignment.Center, PageNumberSize);
        var line = LineBreaker.Break(paragraph, PageGeometry.TextWidth)[0];
        _content.Line(line, PageGeometry.Left + line.Offset, PageNumberBaseline);
        _content.EndText();
    }
}
