using Extractor.Model;

namespace Extractor.Reading.Docx;

/// <summary>Where the paragraphs and tables of a story (the body, a table cell, a note) go.</summary>
internal interface IStorySink
{
    /// <summary>Cells and notes have no place for a numbering hint, so Word's label goes into their text.</summary>
    bool InlinesNumberingLabels { get; }

    void AddParagraph(Paragraph paragraph, string? numberingLabel, int? outlineLevel);

    void AddTable(Table table);

    /// <summary>A table where a story holds only lines: one line per row, its non-empty cells joined by " | ".</summary>
    static IEnumerable<string> RowLines(Table table) =>
        table.Rows
            .Select(row => string.Join(" | ", row.Where(cell => cell.Length > 0).Select(cell => cell.Replace('\n', ' '))))
            .Where(line => line.Length > 0);
}

/// <summary>The document body: paragraphs with their layout hints, and tables, in document order.</summary>
internal sealed class BodySink : IStorySink
{
    public List<RawBlock> Blocks { get; } = [];

    public bool InlinesNumberingLabels => false;

    public void AddParagraph(Paragraph paragraph, string? numberingLabel, int? outlineLevel) =>
        Blocks.Add(new RawParagraph(paragraph, numberingLabel, outlineLevel));

    public void AddTable(Table table) => Blocks.Add(new RawTable(table));
}

/// <summary>A table cell: its paragraphs as lines; a nested table flattened into lines.</summary>
internal sealed class CellSink : IStorySink
{
    private readonly List<string> _lines = [];

    public string Text => string.Join("\n", _lines);

    public bool InlinesNumberingLabels => true;

    public void AddParagraph(Paragraph paragraph, string? numberingLabel, int? outlineLevel) => _lines.Add(paragraph.Text);

    public void AddTable(Table table) => _lines.AddRange(IStorySink.RowLines(table));
}

/// <summary>A footnote or endnote: its paragraphs; a table in a note read as one paragraph per row.</summary>
internal sealed class NoteSink : IStorySink
{
    public List<Paragraph> Paragraphs { get; } = [];

    public bool InlinesNumberingLabels => true;

    public void AddParagraph(Paragraph paragraph, string? numberingLabel, int? outlineLevel) => Paragraphs.Add(paragraph);

    public void AddTable(Table table)
    {
        foreach (var line in IStorySink.RowLines(table))
        {
            var builder = new ParagraphBuilder();
            builder.Append(line);
            Paragraphs.Add(builder.Build(table.Location));
        }
    }
}
