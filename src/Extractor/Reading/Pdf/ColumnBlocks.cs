using Extractor.Text;

namespace Extractor.Reading.Pdf;

/// <summary>
/// Two-column blocks without borders: the header (issuing body and number | motto and
/// place-date) and the closing ("Nơi nhận" list | signature). Word lays them out as
/// borderless tables and the DOCX reader yields them as two-column tables, so they are
/// yielded the same way: one row, each column's lines in reading order.
/// </summary>
internal static class ColumnBlocks
{
    // Rows of one block follow each other at most this many font sizes apart.
    private const double MaxRowGap = 2.0;

    // ... except the signer's name, centred under the title after the space for the signature.
    private const double SignatureGap = 7.0;

    // A lone line belongs to a column when it is centred in it, or starts at its left edge, within these many font
    // sizes ("Số: 8977 /BNV" is off centre by the blanks left for the number; the next paragraph's indent is further off).
    private const double CentreTolerance = 1.0;
    private const double AlignTolerance = 0.5;

    // At least this many rows must show both columns, so that one wide gap in running text is not a block;
    // or one such row with more rows under it that fit the columns (a closing block the page break cut).
    private const int MinTwoColumnRows = 2;
    private const int MinRowsWithOneSplit = 3;

    // A wrapped line of a column starts at the column's left edge, within this many font sizes; lines centred
    // on one axis are a centred block ("KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"), one paragraph per line.
    private const double WrapAlign = 0.3;

    // ... and follows without extra space (the signer's name, after the space to sign, is no wrap).
    private const double WrapPitch = 1.6;

    public static List<PageTable> Extract(List<TextLine> lines)
    {
        var tables = new List<PageTable>();
        var rows = lines.GroupBy(l => l.Row).Select(g => g.OrderBy(l => l.Left).ToList()).ToList();
        var taken = new HashSet<TextLine>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Count != 2)
            {
                continue;
            }

            var block = new Block(rows[i][0], rows[i][1]);
            var end = i + 1;
            while (end < rows.Count && block.TryAdd(rows[end]))
            {
                end++;
            }

            if (block.TwoColumnRows >= MinTwoColumnRows || (block.TwoColumnRows == 1 && end - i >= MinRowsWithOneSplit))
            {
                tables.Add(new PageTable(rows[i].Min(l => l.Baseline - l.Size), [[block.Left.ToText(), block.Right.ToText()]], Borderless: true));
                taken.UnionWith(block.Left.Lines);
                taken.UnionWith(block.Right.Lines);
                i = end - 1;
            }
        }

        lines.RemoveAll(taken.Contains);
        return tables;
    }

    private sealed class Block(TextLine left, TextLine right)
    {
        private double _low = left.Right;
        private double _high = right.Left;
        private double _lastBaseline = Math.Max(left.Baseline, right.Baseline);

        public Column Left { get; } = new(left);

        public Column Right { get; } = new(right);

        public int TwoColumnRows { get; private set; } = 1;

        public bool TryAdd(List<TextLine> row)
        {
            var gap = row.Min(l => l.Baseline) - _lastBaseline;
            var size = row.Max(l => l.Size);
            if (gap > MaxRowGap * size && !(gap < SignatureGap * size && row.Count == 1 && Right.IsCentredIn(row[0])))
            {
                return false;
            }

            if (row.Count == 2 && row[0].Right < _high && row[1].Left > _low)
            {
                (_low, _high) = (Math.Max(_low, row[0].Right), Math.Min(_high, row[1].Left));
                Left.Add(row[0]);
                Right.Add(row[1]);
                TwoColumnRows++;
            }
            else if (row.Count == 1 && row[0].Right < _high && Left.Fits(row[0]))
            {
                _low = Math.Max(_low, row[0].Right);
                Left.Add(row[0]);
            }
            else if (row.Count == 1 && row[0].Left > _low && Right.Fits(row[0]))
            {
                _high = Math.Min(_high, row[0].Left);
                Right.Add(row[0]);
            }
            else
            {
                return false;
            }

            _lastBaseline = row.Max(l => l.Baseline);
            return true;
        }
    }

    private sealed class Column(TextLine first)
    {
        public List<TextLine> Lines { get; } = [first];

        private double LeftEdge => Lines.Min(l => l.Left);

        private double RightEdge => Lines.Max(l => l.Right);

        public void Add(TextLine line) => Lines.Add(line);

        public bool Fits(TextLine line) => IsCentredIn(line) || Math.Abs(line.Left - LeftEdge) < AlignTolerance * line.Size;

        public bool IsCentredIn(TextLine line) => Math.Abs(line.Center - ((LeftEdge + RightEdge) / 2)) < CentreTolerance * line.Size;

        /// <summary>
        /// The column's paragraphs, one per line, except that a line filling the column
        /// followed by one starting at its left edge is a wrapped paragraph, joined with a space.
        /// </summary>
        public string ToText()
        {
            var text = new System.Text.StringBuilder();
            TextLine? previous = null;
            foreach (var line in Lines)
            {
                if (previous is not null)
                {
                    var wrapped = previous.Right > RightEdge - (2 * previous.Size)
                        && line.Baseline - previous.Baseline < WrapPitch * line.Size
                        && Math.Abs(line.Center - previous.Center) > WrapAlign * line.Size
                        && Math.Abs(line.Left - LeftEdge) < WrapAlign * line.Size
                        && !ListItemMarker.Starts(line.Text);
                    text.Append(wrapped ? ' ' : '\n');
                }

                text.Append(line.Text);
                previous = line;
            }

            return text.ToString();
        }
    }
}
