namespace Extractor.Model;

/// <summary>A paragraph of NFC text with where its footnote references sit and its emphasis.</summary>
/// <param name="Location">Where it came from: paragraph index in the source, page for PDF.</param>
public sealed record Paragraph(
    string Text,
    IReadOnlyList<FootnoteRef> FootnoteRefs,
    IReadOnlyList<StyleSpan> Spans,
    SourceLocation Location)
{
    /// <summary>Mean confidence (0..1) of the OCR that read this paragraph off a scan; null for text the file states.</summary>
    public double? OcrConfidence { get; init; }

    public static Paragraph Plain(string text, SourceLocation location) => new(text, [], [], location);

    /// <summary>The part of this paragraph from <paramref name="start"/> on, trimmed, with references and spans moved along.</summary>
    public Paragraph From(int start)
    {
        while (start < Text.Length && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        var refs = FootnoteRefs.Where(r => r.Offset >= start).Select(r => r with { Offset = r.Offset - start }).ToList();
        var spans = Spans
            .Where(s => s.Start + s.Length > start)
            .Select(s => s with { Start = Math.Max(0, s.Start - start), Length = s.Start + s.Length - Math.Max(s.Start, start) })
            .ToList();
        return this with { Text = Text[start..], FootnoteRefs = refs, Spans = spans };
    }

    /// <summary>The paragraph without a colon that opened it (left by splitting "Title: body").</summary>
    public Paragraph TrimLeadingColon() => Text.StartsWith(':') ? From(1) : this;

    /// <summary>Length of the bold text that opens the paragraph (0 when it does not open bold).</summary>
    public int LeadingBoldLength => Spans.Count > 0 && Spans[0].Start == 0 && Spans[0].Bold ? Spans[0].Length : 0;
}

/// <summary>A footnote reference: the note's number and the character offset in the paragraph text it follows.</summary>
public sealed record FootnoteRef(int Number, int Offset);

/// <summary>A run of bold and/or italic text: [Start, Start + Length) of the paragraph text.</summary>
public sealed record StyleSpan(int Start, int Length, bool Bold, bool Italic);

/// <summary>Provenance of a paragraph: its index among the source's paragraphs, and its page where the format has pages.</summary>
public sealed record SourceLocation(int Index, int? Page = null);
