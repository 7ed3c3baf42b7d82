namespace Extractor.Model;

/// <summary>A table as rows of cell texts (a cell's paragraphs joined by newlines).</summary>
public sealed record Table(IReadOnlyList<IReadOnlyList<string>> Rows, SourceLocation Location)
{
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Count);
}
