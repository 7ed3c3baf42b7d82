namespace Extractor.Model;

/// <summary>A paragraph of NFC text with where its footnote references sit and its emphasis.</summary>
/// <param name="Location">Where it came from: paragraph index in the source, page for PDF.</param>
public sealed record Paragraph(
    string Text,
    IReadOnlyList<FootnoteRef> FootnoteRefs,
    IReadOnlyList<StyleSpan> Spans,
    SourceLocation Location)
{
    public static Paragraph Plain(string text, SourceLocation location) => new(text, [], [], location);
}

/// <summary>A footnote reference: the note's number and the character offset in the paragraph text it follows.</summary>
public sealed record FootnoteRef(int Number, int Offset);

/// <summary>A run of bold and/or italic text: [Start, Start + Length) of the paragraph text.</summary>
public sealed record StyleSpan(int Start, int Length, bool Bold, bool Italic);

/// <summary>Provenance of a paragraph: its index among the source's paragraphs, and its page where the format has pages.</summary>
public sealed record SourceLocation(int Index, int? Page = null);
