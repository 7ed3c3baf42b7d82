namespace Extractor.Evaluation;

/// <summary>
/// A tab-separated annotation file: one header line naming the columns, "#" comment lines,
/// then rows. Both the gold records and the training annotations use it.
/// </summary>
public static class AnnotationTable
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string path)
    {
        string[]? header = null;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            if (cells.Length > header.Length)
            {
                throw new FormatException($"{Path.GetFileName(path)} line {lineNumber}: {cells.Length} cells, the header has {header.Length}");
            }

            yield return header.Select((name, i) => (name, value: i < cells.Length ? cells[i] : ""))
                .ToDictionary(c => c.name, c => c.value);
        }
    }
}
