using Extractor.Text;

namespace Extractor.Reading;

/// <summary>
/// What the words after a page break say about the paragraph the break may have cut, for both
/// readers that stitch cut paragraphs back together: PDF pages and text flattened from print.
/// The PDF flow adds what the layout shows (style changes, indents, centred and short lines).
/// </summary>
internal static class ParagraphStart
{
    /// <summary>Text that opens a list item or a labelled section starts a paragraph of its own: the paragraph before the break ended there.</summary>
    public static bool Opens(string text) => ListItemMarker.Starts(text) || SectionLabel.TryParse(text, out _, out _);
}
