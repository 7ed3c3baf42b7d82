using Extractor.Model;

namespace Extractor.Reading;

/// <summary>
/// What a format reader saw, before layout analysis: body blocks in document order and
/// numbered footnotes. The layout stage turns it into a <see cref="Report"/>; readers know
/// nothing of sections or metadata.
/// </summary>
public sealed record RawDocument(
    string Source,
    IReadOnlyList<RawBlock> Blocks,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>A body paragraph or a table.</summary>
public abstract record RawBlock;

/// <summary>A body paragraph with the layout hints its format carries.</summary>
/// <param name="NumberingLabel">Label drawn by automatic numbering ("I.", "1.1.", "a)"); not part of the text.</param>
/// <param name="OutlineLevel">0-based outline level from a heading style or paragraph property, else null.</param>
public sealed record RawParagraph(
    Paragraph Paragraph,
    string? NumberingLabel = null,
    int? OutlineLevel = null) : RawBlock;

public sealed record RawTable(Table Table) : RawBlock;
