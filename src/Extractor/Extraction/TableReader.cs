using System.Text.RegularExpressions;
using Extractor.Extraction.Quantities;
using Extractor.Model;

namespace Extractor.Extraction;

/// <summary>
/// Reads indicators from a table by its columns, as report tables are laid out: the header
/// rows (often two, a merged group over its sub-columns) name the columns; one column names
/// the indicator ("Chỉ tiêu", "Nội dung"), one may give the unit ("ĐVT", "Đơn vị tính");
/// value columns give the numbers, and "% KH" / "% CK" / "Kế hoạch" columns qualify the
/// row's value. Order numbers ("STT"), ranks ("Thứ hạng") and notes are not values.
/// </summary>
internal static partial class TableReader
{
    public static List<StatedQuantity> Read(Table table)
    {
        var stated = new List<StatedQuantity>();
        var headerRows = table.Rows.TakeWhile(r => !IsDataRow(r)).Count();
        if (headerRows == 0 || headerRows == table.Rows.Count)
        {
            return stated;
        }

        var columns = ColumnNames(table, headerRows);
        var name = columns.FindIndex(c => NameColumn().IsMatch(c));
        name = name >= 0 ? name : columns.FindIndex(c => !OrderColumn().IsMatch(c));
        var unit = columns.FindIndex(c => UnitColumn().IsMatch(c));
        var values = Enumerable.Range(0, columns.Count)
            .Where(c => c != name && c != unit && !OrderColumn().IsMatch(columns[c]) && !RankColumn().IsMatch(columns[c]) && !NoteColumn().IsMatch(columns[c]))
            .ToList();
        var actual = values.Where(c => !PlanPercentColumn().IsMatch(columns[c]) && !SamePeriodColumn().IsMatch(columns[c]) && !PlanColumn().IsMatch(columns[c])).ToList();

        foreach (var row in table.Rows.Skip(headerRows))
        {
            var indicator = name >= 0 && name < row.Count ? Flatten(row[name]) : "";
            var unitText = unit >= 0 && unit < row.Count ? Flatten(row[unit]) : "";
            foreach (var c in actual.Where(c => c < row.Count && row[c].Any(char.IsDigit)))
            {
                var quantity = Cell(row[c], unitText);
                if (quantity is null)
                {
                    continue;
                }

                quantity.Label = actual.Count > 1 ? $"{indicator} ({columns[c]})" : indicator;
                quantity.Evidence = RowText(row);
                if (actual.Count == 1)
                {
                    Qualify(quantity, row, columns, unitText);
                }

                stated.Add(quantity);
            }
        }

        return stated;
    }

    /// <summary>A cell's number read with the row's unit ("467.565" in a "Hồ sơ" row is 467.565 hồ sơ).</summary>
    private static StatedQuantity? Cell(string cell, string unitText)
    {
        var text = Flatten(cell);
        var mention = QuantityScanner.Scan(text).FirstOrDefault();
        if (mention is null)
        {
            return null;
        }

        if (mention.Unit is null && unitText.Length > 0)
        {
            mention = QuantityScanner.Scan($"{text} {unitText}").FirstOrDefault() ?? mention;
        }

        var unit = mention.Unit?.Canonical ?? unitText.ToLowerInvariant();
        return new StatedQuantity(mention, unit, mention.CanonicalValue);
    }

    private static void Qualify(StatedQuantity quantity, IReadOnlyList<string> row, List<string> columns, string unitText)
    {
        for (var c = 0; c < Math.Min(row.Count, columns.Count); c++)
        {
            var value = Cell(row[c], unitText);
            if (value is null)
            {
                continue;
            }

            if (PlanPercentColumn().IsMatch(columns[c]))
            {
                quantity.PlanPercent = value.Mention.Value;
            }
            else if (SamePeriodColumn().IsMatch(columns[c]))
            {
                quantity.SamePeriodPercent = value.Mention.Value;
            }
            else if (PlanColumn().IsMatch(columns[c]))
            {
                quantity.PlanValue = value.Value;
            }
        }
    }

    /// <summary>Each column's name from the header rows: a merged group over its sub-column ("Lâm Đồng / Chỉ số").</summary>
    private static List<string> ColumnNames(Table table, int headerRows)
    {
        var width = table.ColumnCount;
        var names = Enumerable.Repeat("", width).ToList();
        for (var r = 0; r < headerRows; r++)
        {
            var group = "";
            for (var c = 0; c < width; c++)
            {
                var cell = c < table.Rows[r].Count ? Flatten(table.Rows[r][c]) : "";
                // A merged header cell leaves the cells it spans empty: they belong to its group.
                group = cell.Length > 0 ? cell : r < headerRows - 1 ? group : "";
                var part = cell.Length > 0 ? cell : group;
                names[c] = part.Length == 0 || names[c].EndsWith(part, StringComparison.Ordinal) ? names[c]
                    : names[c].Length == 0 ? part : $"{names[c]} / {part}";
            }
        }

        return names;
    }

    // A data row has a number in a cell other than its first (the order number).
    private static bool IsDataRow(IReadOnlyList<string> row) =>
        row.Skip(1).Any(c => QuantityScanner.Scan(Flatten(c)).Count > 0 && !c.Any(char.IsLetter) || DataCell().IsMatch(Flatten(c)));

    private static string Flatten(string cell) => cell.Replace('\n', ' ').Trim();

    /// <summary>A table row as the clause of its quantities: its non-empty cells, each on one line, joined by " | ".</summary>
    public static string RowText(IReadOnlyList<string> row) => string.Join(" | ", row.Where(x => x.Length > 0).Select(Flatten));

    [GeneratedRegex(@"^\d+(?:[.,]\d+)*\s*%?$")]
    private static partial Regex DataCell();

    [GeneratedRegex(@"chỉ tiêu|nội dung|tên|danh mục|hạng mục|lĩnh vực", RegexOptions.IgnoreCase)]
    private static partial Regex NameColumn();

    [GeneratedRegex(@"^(?:stt|tt|số tt|số thứ tự)$", RegexOptions.IgnoreCase)]
    private static partial Regex OrderColumn();

    [GeneratedRegex(@"đvt|đơn vị tính|đơn vị$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitColumn();

    [GeneratedRegex(@"thứ hạng|xếp hạng|xếp thứ", RegexOptions.IgnoreCase)]
    private static partial Regex RankColumn();

    [GeneratedRegex(@"ghi chú", RegexOptions.IgnoreCase)]
    private static partial Regex NoteColumn();

    [GeneratedRegex(@"%\s*(?:so\s+(?:với\s+)?)?(?:KH|kế hoạch|dự toán)|(?:so\s+(?:với\s+)?)(?:KH|kế hoạch|dự toán)", RegexOptions.IgnoreCase)]
    private static partial Regex PlanPercentColumn();

    [GeneratedRegex(@"%\s*(?:so\s+(?:với\s+)?)?(?:CK|cùng kỳ)|(?:so\s+(?:với\s+)?)(?:CK|cùng kỳ)", RegexOptions.IgnoreCase)]
    private static partial Regex SamePeriodColumn();

    [GeneratedRegex(@"^(?:kế hoạch|KH)(?:\s+(?:năm|giao|\d{4}))*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlanColumn();
}
