using Extractor.Model;
using Extractor.Reading;
using Extractor.Text;

namespace Extractor.Layout;

/// <summary>
/// Turns what a reader saw into a <see cref="Report"/>: separates the header block, the body
/// and the closing, reads metadata, and builds the section tree. Every reader shares it,
/// so a DOCX, a PDF and a text file of the same report come out alike.
/// </summary>
public static class ReportAssembler
{
    // Header lines (issuer, motto, number, date, type, subject) sit within the first blocks.
    private const int HeaderSearchDepth = 16;

    public static Report Assemble(RawDocument raw)
    {
        var blocks = raw.Blocks;
        var (header, bodyStart) = FindHeader(blocks);
        var (closingStart, formula) = FindClosing(blocks, bodyStart);

        var tree = new SectionTree();
        foreach (var block in blocks.Skip(bodyStart).Take(closingStart - bodyStart))
        {
            tree.Add(block);
        }

        var (closing, signer) = ClosingBlock.Read(formula, blocks.Skip(closingStart + (formula is null ? 0 : 1)).SelectMany(LinesOf));
        var bodyText = string.Join('\n', blocks.OfType<RawParagraph>().Select(p => p.Paragraph.Text));
        var metadata = header.ToMetadata(formula, signer, bodyText);
        return new Report(raw.Source, metadata, tree.Preamble, tree.PreambleTables, tree.Sections, raw.Footnotes, closing, raw.Diagnostics);
    }

    private static (HeaderBlock Header, int BodyStart) FindHeader(IReadOnlyList<RawBlock> blocks)
    {
        var lines = new List<string>();
        var limit = Math.Min(blocks.Count, HeaderSearchDepth);
        for (var i = 0; i < limit; i++)
        {
            var blockLines = LinesOf(blocks[i]).ToList();
            if (blocks[i] is RawParagraph p && HeaderBlock.IsTypeLine(p.Paragraph.Text))
            {
                var (titleLines, next) = TitleBlock(blocks, i + 1);
                return (new HeaderBlock { Lines = lines, TypeLine = p.Paragraph.Text, TitleLines = titleLines }, next);
            }

            if (blockLines.Any(l => l.StartsWith("Kính gửi", StringComparison.OrdinalIgnoreCase)))
            {
                var (recipients, next) = Recipients(blocks, i, blockLines);
                return (new HeaderBlock { Lines = lines, Recipients = recipients }, next);
            }

            if (!IsHeaderBlock(blocks[i], blockLines))
            {
                return (new HeaderBlock { Lines = lines }, i);
            }

            lines.AddRange(blockLines);
        }

        return (new HeaderBlock { Lines = [] }, 0);
    }

    /// <summary>Issuer, motto, number and date lines: short, and never a labelled or long body paragraph.</summary>
    private static bool IsHeaderBlock(RawBlock block, List<string> lines) => block switch
    {
        RawTable => true,
        RawParagraph p => p.NumberingLabel is null && !SectionLabel.TryParse(p.Paragraph.Text, out _, out _)
            && lines.All(l => l.Length <= 120) && lines.Count <= 8,
        _ => false,
    };

    /// <summary>The subject after the type line, and a parenthesised note such as "(Trình kỳ họp thứ Bảy ...)".</summary>
    private static (List<string> Lines, int Next) TitleBlock(IReadOnlyList<RawBlock> blocks, int start)
    {
        var lines = new List<string>();
        var i = start;
        while (i < blocks.Count && blocks[i] is RawParagraph p && p.NumberingLabel is null
               && !SectionLabel.TryParse(p.Paragraph.Text, out _, out _)
               && (lines.Count == 0 || p.Paragraph.Text.StartsWith('(')))
        {
            lines.AddRange(p.Paragraph.Text.Split('\n'));
            i++;
        }

        return (lines, i);
    }

    private static (List<string> Recipients, int Next) Recipients(IReadOnlyList<RawBlock> blocks, int index, List<string> lines)
    {
        var at = lines.FindIndex(l => l.StartsWith("Kính gửi", StringComparison.OrdinalIgnoreCase));
        var recipients = new List<string>();
        var inline = lines[at]["Kính gửi".Length..].TrimStart(':', ' ');
        if (inline.Length > 0)
        {
            recipients.Add(inline);
        }

        recipients.AddRange(lines.Skip(at + 1).Select(ListItemMarker.Strip));
        var next = index + 1;
        while (next < blocks.Count && blocks[next] is RawParagraph p && ListItemMarker.Starts(p.Paragraph.Text))
        {
            recipients.AddRange(p.Paragraph.Text.Split('\n').Select(ListItemMarker.Strip));
            next++;
        }

        return (recipients, next);
    }

    /// <summary>The closing formula paragraph (or the "Nơi nhận" list when there is none) and where the closing starts.</summary>
    private static (int Start, string? Formula) FindClosing(IReadOnlyList<RawBlock> blocks, int bodyStart)
    {
        var recipients = -1;
        for (var i = blocks.Count - 1; i >= bodyStart; i--)
        {
            if (LinesOf(blocks[i]).Any(ClosingBlock.IsRecipientsHeading))
            {
                recipients = i;
                break;
            }
        }

        var searchFrom = recipients >= 0 ? recipients - 1 : blocks.Count - 1;
        for (var i = searchFrom; i >= Math.Max(bodyStart, searchFrom - 3); i--)
        {
            if (blocks[i] is RawParagraph p && ClosingBlock.IsFormula(p.Paragraph.Text))
            {
                return (i, p.Paragraph.Text);
            }
        }

        return (recipients >= 0 ? recipients : blocks.Count, null);
    }

    /// <summary>The text lines of a block; a table's cells are read row by row, left to right.</summary>
    private static IEnumerable<string> LinesOf(RawBlock block) => block switch
    {
        RawParagraph p => p.Paragraph.Text.Split('\n'),
        RawTable t => t.Table.Rows.SelectMany(r => r).SelectMany(c => c.Split('\n')),
        _ => [],
    };
}
