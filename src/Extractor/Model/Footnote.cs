namespace Extractor.Model;

/// <summary>
/// A footnote as the reader of the document sees it: numbered in the order of its
/// reference, with the text of all its paragraphs.
/// </summary>
public sealed record Footnote(int Number, IReadOnlyList<Paragraph> Paragraphs)
{
    /// <summary>All paragraphs of the note joined by newlines.</summary>
    public string Text => string.Join("\n", Paragraphs.Select(p => p.Text));
}
