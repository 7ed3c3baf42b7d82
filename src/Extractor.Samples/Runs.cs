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
        // Line breaks become runs of their own (w:br), so cut before and after each.
        var breaks = Enumerable.Range(0, paragraph.Text.Length).Where(k => paragraph.Text[k] == '\n').SelectMany(k => new[] { k, k + 1 });
        var references = 0;
        foreach (var piece in ParagraphPieces.Of(paragraph, splits.Concat(breaks)))
        {
            if (piece is ReferencePiece reference)
            {
                references++;
                yield return new W.Run(
                    new W.RunProperties(new W.RunStyle { Val = FootnoteReferenceStyle }),
                    new W.FootnoteReference { Id = footnoteIds.IdOf(reference.Number) });
                continue;
            }

            var text = ((TextPiece)piece).Text;
            var properties = Properties(format with { Bold = format.Bold || piece.Bold, Italic = format.Italic || piece.Italic });
            OpenXmlElement content = text == "\n"
                ? new W.Break()
                : new W.Text(text) { Space = SpaceProcessingModeValues.Preserve };
            yield return properties is null ? new W.Run(content) : new W.Run(properties, content);
        }

        if (references < paragraph.FootnoteRefs.Count)
        {
            throw new InvalidOperationException($"a footnote reference of the paragraph \"{paragraph.Text[..Math.Min(40, paragraph.Text.Length)]}\" lies outside it");
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
