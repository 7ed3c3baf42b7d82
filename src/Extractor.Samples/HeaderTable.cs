using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Reading;

namespace Extractor.Samples;

/// <summary>
/// The header block an office lays out as a borderless two-column table: issuing body over
/// "Số: ..." (and any "V/v ..." subject) on the left, national motto over place and date on the right.
/// </summary>
internal sealed partial record HeaderTable(
    IReadOnlyList<Paragraph> IssuingBody,
    IReadOnlyList<Paragraph> Reference,
    IReadOnlyList<Paragraph> Motto,
    IReadOnlyList<Paragraph> PlaceDate)
{
    // The motto comes right after the issuing body's one or two paragraphs; further down it is not a header.
    private const int MaxMottoIndex = 3;

    /// <summary>The header paragraphs at the start of <paramref name="blocks"/>, or null when the document has none.</summary>
    public static HeaderTable? Take(IReadOnlyList<RawBlock> blocks, out int count)
    {
        count = 0;
        var motto = -1;
        for (var i = 1; i < Math.Min(blocks.Count, MaxMottoIndex + 1) && motto < 0; i++)
        {
            if (blocks[i] is not RawParagraph)
            {
                return null;
            }

            if (IsMotto(Text(blocks[i])))
            {
                motto = i;
            }
        }

        if (motto < 0 || blocks[0] is not RawParagraph)
        {
            return null;
        }

        var reference = new List<Paragraph>();
        var placeDate = new List<Paragraph>();
        var end = motto + 1;
        for (; end < blocks.Count && blocks[end] is RawParagraph { Paragraph: var p }; end++)
        {
            if (ReferencePattern().IsMatch(p.Text))
            {
                reference.Add(p);
            }
            else if (PlaceDatePattern().IsMatch(p.Text))
            {
                placeDate.Add(p);
            }
            else
            {
                break;
            }
        }

        count = end;
        return new HeaderTable(
            blocks.Take(motto).Select(b => ((RawParagraph)b).Paragraph).ToList(),
            reference,
            [((RawParagraph)blocks[motto]).Paragraph],
            placeDate);
    }

    private static string Text(RawBlock block) => ((RawParagraph)block).Paragraph.Text;

    // Both tone placements occur in real headers: "CỘNG HOÀ" and "CỘNG HÒA".
    private static bool IsMotto(string text) =>
        text.StartsWith("CỘNG HOÀ", StringComparison.Ordinal) || text.StartsWith("CỘNG HÒA", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:Số\s*:|V/v\b)")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^[^,\n]+,\s*ngày\b.*\btháng\b.*\bnăm\s+\d{4}")]
    private static partial Regex PlaceDatePattern();
}
