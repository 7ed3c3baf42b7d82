using Extractor.Reading;
using Extractor.Model;
using Extractor.Text;

namespace Extractor.Layout;

/// <summary>
/// Builds the section tree from body blocks: a paragraph that opens with a label (typed, or
/// drawn by automatic numbering), or a heading-sized paragraph in a Word heading style or
/// outline level, starts a section, nested under the nearest open section of lower rank;
/// other paragraphs and tables belong to the innermost open section.
/// </summary>
internal sealed class SectionTree
{
    // A label followed by this much text or more is a numbered body item, not a heading.
    private const int MaxTitleLength = 200;
    private const int MaxInlineTitleLength = 150;

    private readonly List<OpenSection> _roots = [];
    private readonly Stack<OpenSection> _open = new();
    private readonly List<Paragraph> _preamble = [];
    private readonly List<Table> _preambleTables = [];
    private bool _expectPartTitle;

    public IReadOnlyList<Paragraph> Preamble => _preamble;

    public IReadOnlyList<Table> PreambleTables => _preambleTables;

    public IReadOnlyList<Section> Sections => _roots.Select(r => r.ToSection(1)).ToList();

    public void Add(RawBlock block)
    {
        switch (block)
        {
            case RawTable table:
                _expectPartTitle = false;
                (_open.Count == 0 ? _preambleTables : _open.Peek().Tables).Add(table.Table);
                break;
            case RawParagraph paragraph:
                AddParagraph(paragraph);
                break;
        }
    }

    private void AddParagraph(RawParagraph raw)
    {
        var paragraph = raw.Paragraph;
        if (_expectPartTitle && IsPartTitle(paragraph.Text))
        {
            _open.Peek().Title = paragraph.Text;
            _expectPartTitle = false;
            return;
        }

        _expectPartTitle = false;
        if (!TryLabel(raw, out var label, out var restStart))
        {
            (_open.Count == 0 ? _preamble : _open.Peek().Paragraphs).Add(paragraph);
            return;
        }

        var (title, body) = SplitHeading(paragraph, restStart);
        var section = new OpenSection(label, title);
        if (body is not null)
        {
            section.Paragraphs.Add(body);
        }

        while (_open.Count > 0 && _open.Peek().Label.Rank >= label.Rank)
        {
            _open.Pop();
        }

        (_open.Count == 0 ? _roots : _open.Peek().Children).Add(section);
        _open.Push(section);
        _expectPartTitle = label.Kind == LabelKind.Part && title.Length == 0;
    }

    private static bool TryLabel(RawParagraph raw, out SectionLabel label, out int restStart)
    {
        var text = raw.Paragraph.Text;
        if (raw.NumberingLabel is { } numbering && SectionLabel.TryParse(numbering, out label, out _))
        {
            restStart = 0;
            return true;
        }

        if (SectionLabel.TryParse(text, out label, out var rest))
        {
            restStart = text.Length - rest.Length;
            return true;
        }

        restStart = 0;
        if (raw.OutlineLevel is { } level && text.Length <= MaxTitleLength)
        {
            label = SectionLabel.Heading(level);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Title and body of a labelled paragraph: the bold lead when the rest is not bold,
    /// else the words before a colon ("4.1. Công tác Dân tộc: Tiếp tục ..."), else the whole
    /// rest when it is heading-sized; a long numbered item keeps its text as body.
    /// </summary>
    private static (string Title, Paragraph? Body) SplitHeading(Paragraph paragraph, int restStart)
    {
        var text = paragraph.Text;
        var rest = text[restStart..];
        var bold = paragraph.LeadingBoldLength;
        if (bold > restStart && bold < text.Length && text[bold..].Trim().Length > 1)
        {
            return (Clean(text[restStart..bold]), paragraph.From(bold).TrimLeadingColon());
        }

        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon <= MaxInlineTitleLength && rest[(colon + 1)..].Trim().Length > 0)
        {
            return (Clean(rest[..colon]), paragraph.From(restStart + colon + 1));
        }

        return rest.Length <= MaxTitleLength ? (Clean(rest), null) : ("", paragraph.From(restStart));
    }

    private static string Clean(string title) => title.Trim().TrimEnd(':').Trim();

    // "PHẦN THỨ NHẤT" / "KẾT QUẢ THỰC HIỆN ...": the title of a part stands on its own line in capitals.
    private static bool IsPartTitle(string text) =>
        text.Length <= MaxTitleLength && !SectionLabel.TryParse(text, out _, out _)
        && text.Count(char.IsLower) <= text.Count(char.IsLetter) / 5;

    private sealed class OpenSection(SectionLabel label, string title)
    {
        public SectionLabel Label { get; } = label;

        public string Title { get; set; } = title;

        public List<Paragraph> Paragraphs { get; } = [];

        public List<Table> Tables { get; } = [];

        public List<OpenSection> Children { get; } = [];

        public Section ToSection(int level) => new(
            Label.Text, Title, level, Paragraphs, Tables, Children.Select(c => c.ToSection(level + 1)).ToList());
    }
}
