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

    /// <summary>Where a later page begins in the text of a paragraph that a page break cut, in order; empty otherwise.</summary>
    public IReadOnlyList<PageBreak> PageBreaks { get; init; } = [];

    /// <summary>The page the character at <paramref name="offset"/> stands on; null where the format has no pages.</summary>
    public int? PageAt(int offset) => PageBreak.PageAt(PageBreaks, Location.Page, offset);

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
        var breaks = PageBreaks.Where(b => b.Offset > start).Select(b => b with { Offset = b.Offset - start }).ToList();
        return this with { Text = Text[start..], FootnoteRefs = refs, Spans = spans, PageBreaks = breaks, Location = Location with { Page = PageAt(start) } };
    }

    /// <summary>The paragraph without a colon that opened it (left by splitting "Title: body").</summary>
    public Paragraph TrimLeadingColon() => Text.StartsWith(':') ? From(1) : this;

    /// <summary>Length of the bold text that opens the paragraph (0 when it does not open bold).</summary>
    public int LeadingBoldLength => Spans.Count > 0 && Spans[0].Start == 0 && Spans[0].Bold ? Spans[0].Length : 0;
}

/// <summary>A footnote reference: the note's number and the character offset in the paragraph text it follows.</summary>
public sealed record FootnoteRef(int Number, int Offset);

/// <summary>Page <paramref name="Page"/> begins at character <paramref name="Offset"/> of the paragraph text.</summary>
public sealed record PageBreak(int Offset, int Page)
{
    /// <summary>The page of the character at <paramref name="offset"/> of a text that starts on <paramref name="first"/>.</summary>
    public static int? PageAt(IReadOnlyList<PageBreak> breaks, int? first, int offset) => breaks.LastOrDefault(b => b.Offset <= offset)?.Page ?? first;
}

/// <summary>A run of bold and/or italic text: [Start, Start + Length) of the paragraph text.</summary>
public sealed record StyleSpan(int Start, int Length, bool Bold, bool Italic);

/// <summary>Provenance of a paragraph: its index among the source's paragraphs, and its page where the format has pages.</summary>
public sealed record SourceLocation(int Index, int? Page = null);
