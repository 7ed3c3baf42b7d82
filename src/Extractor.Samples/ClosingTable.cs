using Extractor.Model;
using Extractor.Reading;

namespace Extractor.Samples;

/// <summary>
/// What ends a document and is laid out side by side in a borderless table: the "Nơi nhận:"
/// list on the left, the signature block (capacity, title, name) on the right.
/// </summary>
internal sealed record ClosingTable(IReadOnlyList<Paragraph> Recipients, IReadOnlyList<Paragraph> Signature)
{
    /// <summary>The closing at the end of <paramref name="blocks"/>, or null when there is none; <paramref name="start"/> is its first block.</summary>
    public static ClosingTable? Take(IReadOnlyList<RawBlock> blocks, out int start)
    {
        start = blocks.Count;
        var first = -1;
        for (var i = blocks.Count - 1; i >= 0 && blocks[i] is RawParagraph raw; i--)
        {
            if (raw.Paragraph.Text.StartsWith("Nơi nhận", StringComparison.Ordinal))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return null;
        }

        var paragraphs = blocks.Skip(first).Select(b => ((RawParagraph)b).Paragraph).ToList();
        // The list is the heading line and the "- ..." items after it; the first other line opens the signature.
        var listLength = 1 + paragraphs.Skip(1).TakeWhile(p => p.Text.StartsWith('-')).Count();
        if (listLength == paragraphs.Count)
        {
            return null;
        }

        start = first;
        return new ClosingTable(paragraphs[..listLength], paragraphs[listLength..]);
    }
}
