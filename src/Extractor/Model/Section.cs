namespace Extractor.Model;

/// <summary>
/// A labelled part of the body: "Phần I", "II", "1.1", "a)". The label is as the reader
/// sees it (automatic numbering included), without the trailing dot of "I." or "1.1.".
/// </summary>
/// <param name="Level">Depth in the tree, 1 for top-level sections.</param>
/// <param name="Title">Heading text after the label; empty when the label opens a long body item.</param>
public sealed record Section(
    string Label,
    string Title,
    int Level,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Table> Tables,
    IReadOnlyList<Section> Sections)
{
    public IEnumerable<Section> SelfAndDescendants() => Sections.SelectMany(s => s.SelfAndDescendants()).Prepend(this);
}
