namespace Extractor.Model;

/// <summary>
/// One document as every reader yields it: metadata, the body as a section tree,
/// footnotes, and the closing block kept apart from the body.
/// </summary>
/// <param name="Source">File the report was read from (as given by the caller).</param>
/// <param name="Preamble">Body paragraphs before the first section label (e.g. a letter's opening).</param>
/// <param name="PreambleTables">Tables before the first section label, other than the header table.</param>
public sealed record Report(
    string Source,
    ReportMetadata Metadata,
    IReadOnlyList<Paragraph> Preamble,
    IReadOnlyList<Table> PreambleTables,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Footnote> Footnotes,
    Closing Closing,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Every section in document order, depth first.</summary>
    public IEnumerable<Section> AllSections() => Sections.SelectMany(s => s.SelfAndDescendants());
}
