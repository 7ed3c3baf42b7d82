namespace Extractor.Reading.Pdf;

/// <summary>A table found on a page: its rows of cell texts and where its top edge is.</summary>
/// <param name="Borderless">A two-column block found by alignment rather than drawn with rules.</param>
internal sealed record PageTable(double Top, IReadOnlyList<IReadOnlyList<string>> Rows, bool Borderless = false);

/// <summary>
/// Finds tables drawn with borders (Word and LibreOffice tables): connected horizontal and
/// vertical rules make a grid; each band between horizontal rules is a row, cut into cells
/// by the vertical rules that cross it (so merged cells stay one cell). The glyphs inside
/// are taken out of the page's running text.
/// </summary>
internal static class RuledTables
{
    // Rules this close (points) touch: borders are drawn as separate segments per cell.
    private const double Touch = 1.5;

    public static List<PageTable> Extract(IReadOnlyList<PlacedRule> rules, List<PlacedGlyph> glyphs)
    {
        var tables = new List<PageTable>();
        var lines = rules.Where(r => r.IsHorizontal || r.IsVertical).ToList();
        foreach (var grid in Components(lines))
        {
            var table = Read(grid, glyphs);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    private static PageTable? Read(List<PlacedRule> grid, List<PlacedGlyph> glyphs)
    {
        var rowEdges = Distinct(grid.Where(r => r.IsHorizontal).Select(r => (r.Top + r.Bottom) / 2));
        var columnRules = grid.Where(r => r.IsVertical).ToList();
        if (rowEdges.Count < 2 || Distinct(columnRules.Select(r => (r.Left + r.Right) / 2)).Count < 2)
        {
            return null;
        }

        var (left, right) = (grid.Min(r => r.Left), grid.Max(r => r.Right));
        var (top, bottom) = (rowEdges[0], rowEdges[^1]);
        var cells = new List<List<PlacedGlyph>[]>();
        var columnEdges = new List<List<double>>();
        for (var r = 0; r + 1 < rowEdges.Count; r++)
        {
            var middle = (rowEdges[r] + rowEdges[r + 1]) / 2;
            var edges = Distinct(columnRules.Where(c => c.Top - Touch <= middle && c.Bottom + Touch >= middle).Select(c => (c.Left + c.Right) / 2));
            if (edges.Count < 2)
            {
                edges = [left, right];
            }

            columnEdges.Add(edges);
            cells.Add(Enumerable.Range(0, edges.Count - 1).Select(_ => new List<PlacedGlyph>()).ToArray());
        }

        var inside = 0;
        for (var i = glyphs.Count - 1; i >= 0; i--)
        {
            var glyph = glyphs[i];
            // The middle of the glyph's body, not its baseline, says which band it is in.
            var y = glyph.Baseline - (0.3 * glyph.Size);
            if (glyph.Center < left || glyph.Center > right || y < top || y > bottom)
            {
                continue;
            }

            var row = Band(rowEdges, y);
            var column = Math.Clamp(Band(columnEdges[row], glyph.Center), 0, cells[row].Length - 1);
            cells[row][column].Add(glyph);
            glyphs.RemoveAt(i);
            inside++;
        }

        if (inside == 0)
        {
            return null;
        }

        var rows = cells
            .Select(row => (IReadOnlyList<string>)row.Select(CellText).ToList())
            .Where(row => row.Any(cell => cell.Length > 0))
            .ToList();
        return rows.Count == 0 ? null : new PageTable(top, rows);
    }

    /// <summary>A cell's lines, one paragraph per line: wrapping in a narrow cell cannot be told from a break.</summary>
    private static string CellText(List<PlacedGlyph> glyphs) =>
        string.Join(' ', LineBuilder.Build(glyphs).GroupBy(l => l.Row).Select(row => string.Join(' ', row.Select(l => l.Text))));

    private static int Band(List<double> edges, double value)
    {
        var i = 0;
        while (i + 2 < edges.Count && value > edges[i + 1])
        {
            i++;
        }

        return i;
    }

    private static List<double> Distinct(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var value in values.Order())
        {
            if (result.Count == 0 || value - result[^1] > Touch * 2)
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>Groups of rules that touch one another (union-find).</summary>
    private static IEnumerable<List<PlacedRule>> Components(List<PlacedRule> rules)
    {
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = i + 1; j < rules.Count; j++)
            {
                if (Touches(rules[i], rules[j]))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        return Enumerable.Range(0, rules.Count).GroupBy(Find).Select(g => g.Select(i => rules[i]).ToList());
    }

    private static bool Touches(PlacedRule a, PlacedRule b) =>
        a.Left - Touch <= b.Right && b.Left - Touch <= a.Right && a.Top - Touch <= b.Bottom && b.Top - Touch <= a.Bottom;
}
