using Extractor.Model;
using Extractor.Records;

namespace Extractor.Extraction;

/// <summary>
/// A piece of running text that may state indicators, with where it stands: a body paragraph
/// or a footnote paragraph, the section path, and the words that frame it (the section titles
/// from the root; for a footnote, also the body clause that references it).
/// </summary>
internal sealed record Passage(string Text, RecordSource Source, int? Footnote, string SectionPath, string Context)
{
    /// <summary>The paragraph's OCR confidence when it was read off a scan.</summary>
    public double? OcrConfidence { get; init; }

    /// <summary>The page the paragraph or table starts on, where the format has pages.</summary>
    public int? Page { get; init; }

    /// <summary>Where later pages begin in <see cref="Text"/> when a page break cut the paragraph.</summary>
    public IReadOnlyList<PageBreak> PageBreaks { get; init; } = [];

    /// <summary>The page the character at <paramref name="offset"/> of the text stands on.</summary>
    public int? PageAt(int offset) => PageBreak.PageAt(PageBreaks, Page, offset);

    /// <summary>A paragraph's passage, with the paragraph's pages and OCR confidence.</summary>
    public static Passage Of(Paragraph paragraph, RecordSource source, int? footnote, string sectionPath, string context) =>
        new(paragraph.Text, source, footnote, sectionPath, context)
        {
            OcrConfidence = paragraph.OcrConfidence, Page = paragraph.Location.Page, PageBreaks = paragraph.PageBreaks,
        };
}

/// <summary>Walks a report in reading order and yields its running-text passages and its tables with their places.</summary>
internal static class Passages
{
    public static IEnumerable<Passage> Of(Report report)
    {
        var footnoteHome = new Dictionary<int, (string Path, string Context)>();
        foreach (var (section, path, titles) in Walk(report.Sections, "", ""))
        {
            foreach (var paragraph in section.Paragraphs)
            {
                foreach (var reference in paragraph.FootnoteRefs)
                {
                    footnoteHome.TryAdd(reference.Number, (path, $"{titles} / {ClauseBefore(paragraph.Text, reference.Offset)}"));
                }

                yield return Passage.Of(paragraph, RecordSource.Body, null, path, titles);
            }
        }

        foreach (var paragraph in report.Preamble)
        {
            yield return Passage.Of(paragraph, RecordSource.Body, null, "", "");
        }

        foreach (var note in report.Footnotes)
        {
            var (path, context) = footnoteHome.TryGetValue(note.Number, out var home) ? home : ("", "");
            foreach (var paragraph in note.Paragraphs)
            {
                yield return Passage.Of(paragraph, RecordSource.Footnote, note.Number, path, context);
            }
        }
    }

    /// <summary>The quantities the rules read in the report's passages, then in its tables, each with the passage it stands in (for a table, its place).</summary>
    /// <param name="labels">The model that chooses labels; null: the library's.</param>
    public static IEnumerable<(StatedQuantity Quantity, Passage Passage)> Stated(Report report, Labels.LabelModel? labels = null) =>
        Of(report).SelectMany(passage => Placed(PassageReader.Read(passage.Text, labels), passage))
            .Concat(Tables(report).SelectMany(t =>
                Placed(TableReader.Read(t.Table), new Passage("", RecordSource.Table, null, t.Path, t.Titles) { Page = t.Table.Location.Page })));

    /// <summary>A passage's quantities with what its place says of them: under a section of what is to come, targets.</summary>
    private static IEnumerable<(StatedQuantity, Passage)> Placed(IEnumerable<StatedQuantity> quantities, Passage passage)
    {
        var ahead = FigureKind.AheadIn(passage.Context);
        foreach (var quantity in quantities)
        {
            quantity.Kind = ahead ? FigureKind.Ahead(quantity.Kind) : quantity.Kind;
            yield return (quantity, passage);
        }
    }

    /// <summary>The report's tables (other than the header block) with their section path and titles.</summary>
    public static IEnumerable<(Table Table, string Path, string Titles)> Tables(Report report) =>
        report.PreambleTables.Select(t => (t, "", ""))
            .Concat(Walk(report.Sections, "", "").SelectMany(s => s.Section.Tables.Select(t => (t, s.Path, s.Titles))));

    /// <summary>Sections depth first, with their label path ("II > 1 > a)") and title path.</summary>
    private static IEnumerable<(Section Section, string Path, string Titles)> Walk(IEnumerable<Section> sections, string parentPath, string parentTitles)
    {
        foreach (var section in sections)
        {
            // An unlabelled heading (a Word heading style) is named by its title in the path.
            var name = section.Label.Length > 0 ? section.Label : section.Title;
            var path = parentPath.Length == 0 ? name : $"{parentPath} > {name}";
            var titles = parentTitles.Length == 0 ? section.Title : $"{parentTitles} / {section.Title}";
            yield return (section, path, titles);
            foreach (var child in Walk(section.Sections, path, titles))
            {
                yield return child;
            }
        }
    }

    /// <summary>The clause a footnote reference closes: what the note's numbers break down.</summary>
    private static string ClauseBefore(string text, int offset)
    {
        var start = text.LastIndexOfAny(['.', ';', ':'], Math.Max(0, offset - 1)) + 1;
        return text[start..offset].Trim();
    }
}
