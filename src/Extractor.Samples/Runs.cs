using DocumentFormat.OpenXml;
using Extractor.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Samples;

/// <summary>Formatting a whole paragraph's runs share, on top of the paragraph's own emphasis.</summary>
/// <param name="HalfPoints">Font size in half points; null keeps the style's.</param>
internal sealed record RunFormat(bool Bold = false, bool Italic = false, int? HalfPoints = null)
{
    public static RunFormat Plain { get; } = new();
}

/// <summary>
/// Writes a paragraph's text as Word runs: one run per stretch of like emphasis, line breaks as
/// w:br, footnote references as their own runs exactly at their offsets, and extra run
/// boundaries where asked (Word splits runs mid-word after edits; readers must join them).
/// </summary>
internal static class Runs
{
    public const string FootnoteReferenceStyle = "FootnoteReference";

    public static IEnumerable<W.Run> For(Paragraph paragraph, RunFormat format, FootnoteIds footnoteIds, IReadOnlyCollection<int> splits)
    {
        var text = paragraph.Text;
        var refs = paragraph.FootnoteRefs.OrderBy(r => r.Offset).ToList();
        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (var span in paragraph.Spans)
        {
            boundaries.Add(span.Start);
            boundaries.Add(span.Start + span.Length);
        }

        boundaries.UnionWith(refs.Select(r => r.Offset));
        boundaries.UnionWith(splits.Where(s => s > 0 && s < text.Length));
        for (var k = text.IndexOf('\n'); k >= 0; k = text.IndexOf('\n', k + 1))
        {
            boundaries.Add(k);
            boundaries.Add(k + 1);
        }

        var nextRef = 0;
        var start = 0;
        foreach (var end in boundaries.Skip(1).Append(int.MaxValue))
        {
            for (; nextRef < refs.Count && refs[nextRef].Offset == start; nextRef++)
            {
                yield return new W.Run(
                    new W.RunProperties(new W.RunStyle { Val = FootnoteReferenceStyle }),
                    new W.FootnoteReference { Id = footnoteIds.IdOf(refs[nextRef].Number) });
            }

            if (end == int.MaxValue)
            {
                break;
            }

            var span = paragraph.Spans.FirstOrDefault(s => s.Start <= start && start < s.Start + s.Length);
            var properties = Properties(format with { Bold = format.Bold || span?.Bold == true, Italic = format.Italic || span?.Italic == true });
            OpenXmlElement content = text[start] == '\n'
                ? new W.Break()
                : new W.Text(text[start..end]) { Space = SpaceProcessingModeValues.Preserve };
            yield return properties is null ? new W.Run(content) : new W.Run(properties, content);
            start = end;
        }

        if (nextRef < refs.Count)
        {
            throw new InvalidOperationException($"footnote reference {refs[nextRef].Number} at {refs[nextRef].Offset} lies outside its paragraph");
        }
    }

    /// <summary>Run properties for <paramref name="format"/>, or null when the style's defaults already say it all.</summary>
    private static W.RunProperties? Properties(RunFormat format)
    {
        var properties = new W.RunProperties();
        if (format.Bold)
        {
            properties.Append(new W.Bold(), new W.BoldComplexScript());
        }

        if (format.Italic)
        {
            properties.Append(new W.Italic(), new W.ItalicComplexScript());
        }

        if (format.HalfPoints is { } size)
        {
            properties.Append(new W.FontSize { Val = Size(size) }, new W.FontSizeComplexScript { Val = Size(size) });
        }

        return properties.HasChildren ? properties : null;
    }

    /// <summary>The same formatting for a paragraph mark, which also draws an automatic number.</summary>
    public static W.ParagraphMarkRunProperties? MarkProperties(RunFormat format) =>
        Properties(format) is { } properties ? new W.ParagraphMarkRunProperties(properties.ChildElements.Select(e => e.CloneNode(true))) : null;

    private static string Size(int halfPoints) => halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
