using Extractor.Model;
using Extractor.Text;

namespace Extractor.Reading.Pdf;

/// <summary>
/// Turns laid-out pages, one after another, into body blocks and numbered footnotes. Only
/// the paragraph and the note still open at the end of a page are carried to the next:
/// a paragraph cut by the page break continues on the next page past the footnote area,
/// and a note that runs over continues the next page's footnote area.
/// </summary>
internal sealed class PageFlow(TextMeasures measures)
{
    // A line starting this many font sizes right of the margin is indented (Word's first-line indent is 1 cm).
    private const double Indent = 0.4;

    // A line ending this many font sizes before the right margin is the short last line of a paragraph.
    private const double ShortBy = 2.0;

    // A centred line's middle is within this many font sizes of the text's middle.
    private const double CenterTolerance = 0.5;

    // ... and starts at least this many font sizes off the margin (a centred title may be nearly as wide as the text).
    private const double CentredOffMargin = 0.2;

    // Extra space (font sizes) over the line pitch that separates two paragraphs.
    private const double ParagraphSpace = 0.25;

    private readonly List<RawBlock> _blocks = [];
    private readonly SortedDictionary<int, List<Paragraph>> _notes = [];
    private readonly OpenText _paragraph = new();
    private readonly OpenText _note = new();
    private readonly HashSet<int> _raisedInBody = [];
    private readonly HashSet<int> _endnotes = [];
    private readonly List<(int Block, ParagraphBuilder Builder, SourceLocation Location)> _withRaisedNumbers = [];
    private PageTable? _lastTable;
    private int _noteNumber;
    private int _index;

    public OpenNote OpenNote => new(_note.IsOpen, _note.Last is { } last && !(SentenceEnd.Ends(last.Text) && IsShort(last)));

    /// <summary>Whether a note numbered <paramref name="number"/> has not been started yet (plain digits may open it).</summary>
    public bool IsNewNote(int number) => !_notes.ContainsKey(number) && !(_note.IsOpen && _noteNumber == number);

    /// <summary>
    /// Whether raised digits on an earlier page, which named no note there, gave <paramref name="number"/>: a note
    /// printed later under that number (as Chromium prints notes, at the end) is the one they refer to.
    /// </summary>
    public bool IsEarlierReference(int number) => _raisedInBody.Contains(number) && IsNewNote(number);

    public int BlockCount => _blocks.Count;

    public void Add(PageText page)
    {
        var markers = page.Notes.Where(n => n.Marker is not null).Select(n => n.Marker!.Number).ToHashSet();
        var first = true;
        foreach (var item in page.Body)
        {
            switch (item)
            {
                case LineItem { Line: var line }:
                    var continues = _paragraph.Last is { } last && (first ? JoinsAcrossPages(last, line) : !Breaks(last, line, measures.BodyLeft));
                    Write(_paragraph, line, continues, page.Number, markers.Contains, 0, CloseParagraph);
                    break;
                case TableItem { Table: var table } when first && !_paragraph.IsOpen && _lastTable is { } previous && Continues(previous, table):
                    _lastTable = Merge(previous, table);
                    _blocks[^1] = new RawTable(new Table(_lastTable.Rows, ((RawTable)_blocks[^1]).Table.Location));
                    break;
                case TableItem { Table: var table }:
                    CloseParagraph();
                    _lastTable = table;
                    _blocks.Add(new RawTable(new Table(table.Rows, new SourceLocation(_index++, page.Number))));
                    break;
            }

            first = false;
        }

        _raisedInBody.UnionWith(_paragraph.Builder.RaisedNumbers);
        var noteLeft = WrapEdge(page.Notes);
        foreach (var (line, marker) in page.Notes)
        {
            if (marker is not null)
            {
                CloseNote();
                _noteNumber = marker.Number;
                if (_raisedInBody.Contains(marker.Number))
                {
                    _endnotes.Add(marker.Number);
                }

                Write(_note, line, false, page.Number, _ => false, marker.GlyphCount, CloseNote);
            }
            else if (_note.Last is { } last)
            {
                Write(_note, line, !Breaks(last, line, noteLeft), page.Number, _ => false, 0, CloseNote);
            }
        }
    }

    public (List<RawBlock> Blocks, List<Footnote> Footnotes) Finish()
    {
        CloseParagraph();
        CloseNote();
        foreach (var (block, builder, location) in _withRaisedNumbers.Where(p => p.Builder.RaisedNumbers.Any(_endnotes.Contains)))
        {
            builder.ResolveRaised(_endnotes.Contains);
            _blocks[block] = new RawParagraph(builder.Build(location));
        }

        return (_blocks, _notes.Select(n => new Footnote(n.Key, n.Value)).ToList());
    }

    private static void Write(OpenText open, TextLine line, bool continues, int page, Func<int, bool> isNote, int skip, Action close)
    {
        // A line that ends in a hyphen glued to its word ("KH-" of "72/KH-UBND") broke inside the word: no space.
        if (continues && !EndsInsideWord(open.Last!.Text))
        {
            var lastGlyph = open.Last!.Visible().Last().Glyph;
            var firstGlyph = line.Visible().Skip(skip).FirstOrDefault().Glyph;
            open.Builder.Append(" ", lastGlyph.Bold && firstGlyph?.Bold == true, lastGlyph.Italic && firstGlyph?.Italic == true);
        }

        if (continues && page != open.LastPage)
        {
            open.Builder.StartPage(page);
        }
        else if (!continues)
        {
            close();
            open.Page = page;
        }

        LineWriter.Write(line, open.Builder, isNote, skip);
        open.Last = line;
        open.LastPage = page;
    }

    /// <summary>A table at the top of a page right after a table of the same kind and width: the page break cut it.</summary>
    private static bool Continues(PageTable previous, PageTable table) =>
        previous.Borderless == table.Borderless && previous.Rows.Max(r => r.Count) == table.Rows.Max(r => r.Count);

    /// <summary>
    /// The two parts of a cut table as one: a borderless block's columns run on; a ruled
    /// table's rows follow, without the header row a repeating table draws again.
    /// </summary>
    private static PageTable Merge(PageTable previous, PageTable table)
    {
        if (previous.Borderless)
        {
            var row = previous.Rows[0].Zip(table.Rows[0], (a, b) => a.Length == 0 ? b : b.Length == 0 ? a : a + "\n" + b).ToList();
            return previous with { Rows = [row] };
        }

        var repeated = table.Rows[0].SequenceEqual(previous.Rows[0]);
        return previous with { Rows = [.. previous.Rows, .. table.Rows.Skip(repeated ? 1 : 0)] };
    }

    private static bool EndsInsideWord(string text) => text.Length > 1 && text[^1] == '-' && char.IsLetterOrDigit(text[^2]);

    private void CloseParagraph()
    {
        _lastTable = null;
        var raised = _paragraph.Builder.RaisedNumbers.Any();
        _raisedInBody.UnionWith(_paragraph.Builder.RaisedNumbers);
        var builder = _paragraph.Builder;
        if (_paragraph.Take(_index, keepBuilder: raised) is { } paragraph)
        {
            if (raised)
            {
                // Kept until the end: an endnote found later turns its raised digits into references.
                _withRaisedNumbers.Add((_blocks.Count, builder, paragraph.Location));
            }

            _index++;
            _blocks.Add(new RawParagraph(paragraph));
        }
    }

    private void CloseNote()
    {
        if (_note.Take(_index) is { } paragraph)
        {
            if (!_notes.TryGetValue(_noteNumber, out var note))
            {
                _notes[_noteNumber] = note = [];
            }

            note.Add(paragraph);
        }
    }

    /// <summary>
    /// The edge the notes' wrapped lines go on at: the margin, or right of it where notes are set with a hanging indent
    /// (first line at the margin, the rest indented); a note line is indented from this edge, not from the body's.
    /// </summary>
    private double WrapEdge(IReadOnlyList<NoteLine> notes)
    {
        var wrapped = notes.Zip(notes.Skip(1))
            .Where(pair => pair.Second.Marker is null && !pair.First.IsNumberOnly && !IsShort(pair.First.Line))
            .Select(pair => Math.Round(pair.Second.Line.Left))
            .ToList();
        return wrapped.Count > 0
            ? wrapped.GroupBy(left => left).MaxBy(group => group.Count())!.Key
            : notes.Where(n => !n.IsNumberOnly).Select(n => n.Line.Left).DefaultIfEmpty(measures.BodyLeft).Min();
    }

    /// <summary>Whether <paramref name="line"/> starts a new paragraph after <paramref name="previous"/> on the same page.</summary>
    /// <param name="left">The left edge of the text the lines belong to.</param>
    private bool Breaks(TextLine previous, TextLine line, double left)
    {
        if (ChangesStyle(previous, line) || ListItemMarker.Starts(line.Text))
        {
            return true;
        }

        if (line.Baseline - previous.Baseline > measures.Pitch(line.Size) + (ParagraphSpace * line.Size))
        {
            return true;
        }

        // A centred title wraps into centred lines; its first line may fill the whole width.
        if (IsCentred(line) && (IsCentred(previous) || (!IsShort(previous) && Math.Abs(previous.Center - measures.BodyCenter) < CenterTolerance * line.Size)))
        {
            return false;
        }

        return IsIndented(line, left) || IsShort(previous);
    }

    /// <summary>
    /// Whether the first line of a page continues the paragraph the previous page ended
    /// with: not when it opens a section, a list item or a centred line, or when the last
    /// line stopped short; yes when the last line did not end a sentence or this one has no first-line indent.
    /// </summary>
    private bool JoinsAcrossPages(TextLine last, TextLine line)
    {
        if (ChangesStyle(last, line) || ParagraphStart.Opens(line.Text) || IsCentred(line) || IsShort(last))
        {
            return false;
        }

        return !SentenceEnd.Ends(last.Text) || !IsIndented(line, measures.BodyLeft);
    }

    /// <summary>A size change, or a heading line (all bold) next to a line that is not: a bold word or two inside a paragraph is no break.</summary>
    private static bool ChangesStyle(TextLine previous, TextLine line) =>
        Math.Abs(line.Size - previous.Size) > 0.6
        || (previous.AllBold && !line.AllBold)
        || (previous.NoneBold && line.AllBold);

    private static bool IsIndented(TextLine line, double left) => line.Left > left + (Indent * line.Size);

    private bool IsShort(TextLine line) => line.Right < measures.BodyRight - (ShortBy * line.Size);

    private bool IsCentred(TextLine line) =>
        line.Left > measures.BodyLeft + (CentredOffMargin * line.Size) && Math.Abs(line.Center - measures.BodyCenter) < CenterTolerance * line.Size;

    /// <summary>A paragraph being written: its builder, its last line and the page it started on.</summary>
    private sealed class OpenText
    {
        public ParagraphBuilder Builder { get; private set; } = new();

        public TextLine? Last { get; set; }

        public int Page { get; set; }

        /// <summary>The page of the last line, which a line from the next page breaks.</summary>
        public int LastPage { get; set; }

        public bool IsOpen => Last is not null;

        /// <summary>The paragraph built (null when it is blank), and the text emptied for the next one.</summary>
        /// <param name="keepBuilder">Leave the builder as it is to whoever holds it, and start the next paragraph in a new one.</param>
        public Paragraph? Take(int index, bool keepBuilder = false)
        {
            var blank = Builder.IsBlank;
            var paragraph = blank ? null : Builder.Build(new SourceLocation(index, Page));
            if (keepBuilder)
            {
                Builder = new ParagraphBuilder();
            }
            else
            {
                Builder.Clear();
            }

            Last = null;
            return paragraph;
        }
    }
}
